/**
 * Warming the overview up while the data loads. The hosted files take a few hundred
 * milliseconds to read in the worker, and the page has nothing to do meanwhile; the first
 * overview after them was about twice as slow as the next (about 250 against 90 ms here), the
 * difference being the browser compiling the code that assesses and draws it on first use. So,
 * once the files are handed to the worker, a made-up scorecard (domain/warm-up-data.ts) goes
 * through the same hooks and components into an element, which is laid out once (so the
 * browser's style and text caches are warm too) and removed in the same task: it is never
 * painted, hidden from assistive technology (aria-hidden, inert, visibility: hidden) and thrown
 * away. Nothing is shown, announced or kept, and the real data is not touched.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { ContextBar } from '../components/ContextBar';
import { FilterBar } from '../components/FilterBar';
import { StatusKey } from '../components/StatusKey';
import type { ScorecardConfig } from '../domain/config';
import { warmUpScorecard } from '../domain/warm-up-data';
import { defaultLoadDependencies, ScorecardDataContext } from '../data/useScorecardData';
import type { LoadDependencies } from '../data/load-scorecard';
import { DEFAULT_STATE, type ViewState } from '../data/url-state';
import { useFrame, useOverview, useScorecardModel } from '../data/useScreens';
import { OverviewPage } from './pages/OverviewPage';

function WarmOverview({ state }: { state: ViewState }) {
  const model = useScorecardModel(state);
  const frame = useFrame(state, model);
  const overview = useOverview(state, model);
  return (
    <>
      <ContextBar context={frame.context} />
      <FilterBar filters={frame.filters} onChange={() => undefined} />
      <StatusKey />
      <OverviewPage overview={overview} />
    </>
  );
}

/**
 * Renders the made-up overview into a hidden element, lays it out and removes it; returns how
 * many tiles it drew.
 */
export function renderWarmUp(config: ScorecardConfig, now: Date): number {
  const data = warmUpScorecard(config, now);
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.inert = true;
  container.style.cssText =
    'position:absolute;top:0;left:0;width:100%;visibility:hidden;contain:strict';
  document.body.append(container);
  const root = createRoot(container);
  try {
    flushSync(() => {
      root.render(
        <ScorecardDataContext.Provider value={{ data, now }}>
          <WarmOverview state={DEFAULT_STATE} />
        </ScorecardDataContext.Provider>,
      );
    });
    // Reading its size makes the browser work out style and layout now.
    container.getBoundingClientRect();
    return container.querySelectorAll('article.tile').length;
  } finally {
    root.unmount();
    container.remove();
  }
}

/** The hosted data's loading, warming the overview up while the worker reads the files. */
export const appLoadDependencies = (): LoadDependencies => ({
  ...defaultLoadDependencies(),
  whileImporting: (config, now) => {
    // Without a worker the files are read on the page: nothing to overlap with.
    if (typeof Worker === 'undefined') return;
    try {
      renderWarmUp(config, now);
    } catch {
      // Warming up only saves time: a problem would show when the real overview is drawn.
    }
  },
});
