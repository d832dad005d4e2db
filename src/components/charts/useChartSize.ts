import { useEffect, useState, type RefObject } from 'react';
import type { ChartSize } from './TrendChart';

/** Logical sizes charts are drawn at; the SVG then scales to its box. */
export const WIDE: ChartSize = { width: 760, height: 340 };
export const NARROW: ChartSize = { width: 420, height: 320 };

/**
 * Wide layout on a roomy screen and always in print (so a printed chart is never a squashed
 * phone layout); narrow below 600 CSS pixels so text stays readable when scaled down.
 */
export function useChartSize(ref: RefObject<HTMLElement | null>): ChartSize {
  const [size, setSize] = useState<ChartSize>(WIDE);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const print = window.matchMedia('print');
    const update = (): void => {
      setSize(print.matches || element.clientWidth >= 600 ? WIDE : NARROW);
    };
    const observer = new ResizeObserver(update);
    observer.observe(element);
    print.addEventListener('change', update);
    window.addEventListener('beforeprint', update);
    update();
    return () => {
      observer.disconnect();
      print.removeEventListener('change', update);
      window.removeEventListener('beforeprint', update);
    };
  }, [ref]);
  return size;
}
