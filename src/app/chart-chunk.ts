/**
 * The indicator page's charts (recharts, about 110 KB gzip) are a chunk of their own, kept out
 * of the first screen. Once the overview has been painted and the browser is idle, the chunk is
 * fetched and run, and then the charts of one indicator are drawn once off screen, so that
 * opening an indicator waits neither for the network nor for the browser's first compile of
 * recharts' code (measured: the first indicator page opened took about twice the main-thread
 * time of later ones). The page's text and tables are drawn first either way (IndicatorPage).
 */
import type { IndicatorPageView } from '../hooks/view-models';

type ChartsModule = typeof import('./pages/IndicatorCharts');

let loading: Promise<ChartsModule> | null = null;
let loaded: ChartsModule | null = null;
let warmed = false;

/** The chart chunk, fetched once however often it is asked for. */
export function loadIndicatorCharts(): Promise<ChartsModule> {
  loading ??= import('./pages/IndicatorCharts').then((module) => {
    loaded = module;
    return module;
  });
  return loading;
}

/** The chart chunk if it has already arrived (then the page need not wait a task for it). */
export function loadedIndicatorCharts(): ChartsModule | null {
  return loaded;
}

/**
 * Asks for the chart chunk when the browser is next idle (within `timeout` ms at the latest);
 * then, each step in an idle moment of its own, works out the page of `warmUp`'s indicator and
 * draws its charts off screen once per visit. Returns a function that cancels what has not run.
 */
export function preloadIndicatorChartsWhenIdle(
  warmUp: (() => IndicatorPageView | null) | null = null,
  timeout = 2000,
): () => void {
  let cancelled = false;
  let cancelStep = (): void => undefined;
  const whenIdle = (step: () => void): void => {
    if (cancelled) return;
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = setTimeout(step, 200);
      cancelStep = () => {
        clearTimeout(timer);
      };
      return;
    }
    const handle = window.requestIdleCallback(step, { timeout });
    cancelStep = () => {
      window.cancelIdleCallback(handle);
    };
  };
  whenIdle(() => {
    void loadIndicatorCharts().then((module) => {
      if (warmed || !warmUp) return;
      whenIdle(() => {
        const page = warmed ? null : warmUp();
        if (!page) return;
        whenIdle(() => {
          if (warmed) return;
          warmed = true;
          module.drawOffScreen(page);
        });
      });
    });
  });
  return () => {
    cancelled = true;
    cancelStep();
  };
}
