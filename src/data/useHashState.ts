import { useCallback, useEffect, useState } from 'react';
import { parseHash, toHash, type ParsedHash, type ViewState } from './url-state';

export interface HashState extends ParsedHash {
  /** Moves to a new state; `replace` edits the current history entry (e.g. while typing). */
  readonly navigate: (next: Partial<ViewState>, options?: { replace?: boolean }) => void;
  /** The link for a state (for real `<a href>` links, so they open in a new tab too). */
  readonly hrefFor: (next: Partial<ViewState>) => string;
}

/** The view state from `location.hash`, kept in step with back/forward and link clicks. */
export function useHashState(): HashState {
  const [parsed, setParsed] = useState<ParsedHash>(() => parseHash(window.location.hash));

  // A new object only when the view really changed, so memoised work is not redone.
  const update = useCallback((hash: string) => {
    setParsed((previous) => {
      const next = parseHash(hash);
      return toHash(next.state) === toHash(previous.state) &&
        next.problems.join('\n') === previous.problems.join('\n')
        ? previous
        : next;
    });
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
