import { startTransition, useCallback, useEffect, useState } from 'react';
import { parseHash, toHash, type ParsedHash, type ViewState } from './url-state';

export interface HashState extends ParsedHash {
  /** Moves to a new state; `replace` edits the current history entry (e.g. while typing). */
  readonly navigate: (next: Partial<ViewState>, options?: { replace?: boolean }) => void;
  /** The link for a state (for real `<a href>` links, so they open in a new tab too). */
  readonly hrefFor: (next: Partial<ViewState>) => string;
}

/** The `#/...` link a click follows in this tab, or null (a new tab, a download, no link). */
function followedLink(event: MouseEvent): string | null {
  if (event.defaultPrevented || event.button !== 0) return null;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute('download')) return null;
  if (anchor.target !== '' && anchor.target !== '_self') return null;
  const href = anchor.getAttribute('href') ?? '';
  return href.startsWith('#/') ? href : null;
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
    // A link within the app is followed here: the new entry is added to the history as the
    // browser would, and the view is drawn as a transition (in slices of a few milliseconds,
    // the view before staying on screen and answering meanwhile), not in the one task a
    // hashchange gets (React draws those at once). Back and forward still draw at once, so the
    // browser can put the scroll position back. (No "busy" flag: it would draw the whole view
    // again, at once, to show it.)
    const onClick = (event: MouseEvent): void => {
      const hash = followedLink(event);
      if (hash === null) return;
      event.preventDefault();
      if (hash === window.location.hash) return;
      window.history.pushState(null, '', hash);
      startTransition(() => {
        update(hash);
      });
    };
    window.addEventListener('hashchange', onChange);
    window.addEventListener('popstate', onChange);
    document.addEventListener('click', onClick);
    return () => {
      window.removeEventListener('hashchange', onChange);
      window.removeEventListener('popstate', onChange);
      document.removeEventListener('click', onClick);
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
