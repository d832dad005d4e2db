import { useEffect, useState } from 'react';

/**
 * How many of `count` heavy children may be drawn yet: one more after each has been drawn, each
 * in a task of its own. A speed-up for the indicator page (npm run bench -- first-minute,
 * "Tile -> indicator page"): each recharts chart, drawing for the first time, is one long task
 * (recharts settles its internal store in synchronous re-renders after mounting), and three in
 * one go were one task of their sum; one at a time, the page's text is drawn and the page
 * answers between charts. `key` starts again from one (a new indicator).
 */
export function useStaggered(count: number, key: unknown): number {
  const [state, setState] = useState({ key, shown: 1 });
  const shown = state.key === key ? state.shown : 1;
  if (state.key !== key) setState({ key, shown: 1 });
  useEffect(() => {
    if (shown >= count) return;
    const timer = setTimeout(() => {
      setState({ key, shown: shown + 1 });
    }, 0);
    return () => {
      clearTimeout(timer);
    };
  }, [shown, count, key]);
  return Math.min(shown, count);
}
