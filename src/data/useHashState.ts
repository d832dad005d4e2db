import { startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { parseHash, toHash, type ParsedHash, type ViewState } from './url-state';

export interface HashState extends ParsedHash {
  /** Moves to a new state; `replace` edits the current history entry (e.g. while typing). */
  readonly navigate: (next: Partial<ViewState>, options?: { replace?: boolean }) => void;
  /** The link for a state (for real `<a href>` links, so they open in a new tab too). */
  readonly hrefFor: (next: Partial<ViewState>) => string;
}

/**
 * The view state from `location.hash`, kept in step with back/forward and link clicks.
 *
 * A move to another view (a link, a tile, back or forward) is rendered as a React transition:
 * the view on screen stays, and answers clicks and keys, while the next one is drawn in slices
 * of a few milliseconds rather than in one long task (a single calculation, such as assessing
 * the scorecard, still runs whole). Changes within a view
 * (the filters, the search box) are rendered at once: those controls show the URL's state, and
 * a control held back by a transition would jump back to its old value meanwhile.
 */
export function useHashState(): HashState {
  const [parsed, setParsed] = useState<ParsedHash>(() => parseHash(window.location.hash));
  const shown = useRef(parsed);
  useLayoutEffect(() => {
    shown.current = parsed;
  }, [parsed]);

  // A new object only when the view really changed, so memoised work is not redone.
  const update = useCallback((hash: string) => {
    const next = parseHash(hash);
    const apply = (): void => {
      setParsed((previous) =>
        toHash(next.state) === toHash(previous.state) &&
        next.problems.join('\n') === previous.problems.join('\n')
          ? previous
          : next,
      );
    };
    const { view, indicator } = shown.current.state;
    if (next.state.view !== view || next.state.indicator !== indicator) startTransition(apply);
    else apply();
  }, []);

  useEffect(() => {
    const onChange = (): void => {
      update(window.location.hash);
    };
    window.addEventListener('hashchange', onChange);
    window.addEventListener('popstate', onChange);
    return () => {
      window.removeEventListener('hashchange', onChange);
      window.removeEventListener('popstate', onChange);
    };
  }, [update]);

  const hrefFor = useCallback(
    (next: Partial<ViewState>) => toHash({ ...parsed.state, ...next }),
    [parsed.state],
  );

  const navigate = useCallback(
    (next: Partial<ViewState>, options: { replace?: boolean } = {}) => {
      const hash = toHash({ ...parsed.state, ...next });
      if (hash === window.location.hash) return;
      if (options.replace) {
        window.history.replaceState(window.history.state, '', hash);
        update(hash);
      } else {
        window.location.hash = hash;
      }
    },
    [parsed.state, update],
  );

  return { ...parsed, navigate, hrefFor };
}
