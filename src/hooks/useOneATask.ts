import { useEffect, useState } from 'react';

/**
 * How many of `count` heavy parts (the indicator page's charts) to draw now: none in the first
 * render, then one more in each task after the last was drawn, so the page's words are painted
 * first and no one task draws them all.
 */
export function useOneATask(count: number): number {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (shown >= count) return;
    const timer = setTimeout(() => {
      setShown((n) => n + 1);
    }, 0);
    return () => {
      clearTimeout(timer);
    };
  }, [shown, count]);
  return shown;
}
