import { useLayoutEffect } from 'react';

/**
 * Sets a User Timing mark once the first render of a view has been painted. Asked for as the
 * view is committed (a layout effect runs before the browser renders the frame): the next
 * animation frame is that frame, and a task queued from it runs after its paint. A passive
 * effect would be late by a frame: React runs those after a concurrent render's paint, so the
 * animation frame asked for then is the one after.
 */
export function usePaintedMark(name: string): void {
  useLayoutEffect(() => {
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
