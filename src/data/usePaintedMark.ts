import { useEffect } from 'react';

/**
 * Sets a User Timing mark once the first render of a view has been painted: after the next
 * animation frame, then a task, so the mark follows the paint rather than the commit.
 */
export function usePaintedMark(name: string): void {
  useEffect(() => {
    if (performance.getEntriesByName(name, 'mark').length > 0) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => performance.mark(name), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [name]);
}
