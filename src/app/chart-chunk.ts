/**
 * The indicator page's charts (recharts, about 110 KB gzip) are a chunk of their own, kept out
 * of the first screen. Once the overview has been painted and the browser is idle, the chunk is
 * fetched and run, so opening an indicator does not wait for the network or for recharts' module
 * to be evaluated; the page's text and tables are drawn first either way (IndicatorPage).
 */
let loading: Promise<typeof import('./pages/IndicatorCharts')> | null = null;

/** The chart chunk, fetched once however often it is asked for. */
export function loadIndicatorCharts(): Promise<typeof import('./pages/IndicatorCharts')> {
  loading ??= import('./pages/IndicatorCharts');
  return loading;
}

/** Asks for the chart chunk when the browser is next idle (within `timeout` ms at the latest). */
export function preloadIndicatorChartsWhenIdle(timeout = 2000): () => void {
  if (typeof window.requestIdleCallback !== 'function') {
    const timer = setTimeout(() => void loadIndicatorCharts(), 200);
    return () => {
      clearTimeout(timer);
    };
  }
  const handle = window.requestIdleCallback(() => void loadIndicatorCharts(), { timeout });
  return () => {
    window.cancelIdleCallback(handle);
  };
}
