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
import { startTransition, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { ContextBar } from '../components/ContextBar';
import { FilterBar } from '../components/FilterBar';
import { StatusKey } from '../components/StatusKey';
import type { ScorecardConfig } from '../domain/model';
import { warmUpScorecard } from './warm-up-data';
import { defaultLoadDependencies, ScorecardDataContext } from '../hooks/useScorecardData';
import type { LoadDependencies } from '../hooks/load-scorecard';
import { DEFAULT_STATE, type ViewState } from '../hooks/url-state';
import { useFrame, useOverview, useScorecardModel } from '../hooks/useScreens';
import { hasWorkers } from '../hooks/worker-port';
import { OverviewPage } from './pages/OverviewPage';

function WarmOverview({ state, onDrawn }: { state: ViewState; onDrawn: () => void }) {
  const model = useScorecardModel(state);
  const frame = useFrame(state, model);
  const overview = useOverview(state, model);
  useLayoutEffect(onDrawn, [onDrawn]);
  return (
    <>
      <ContextBar context={frame.context} />
      <FilterBar filters={frame.filters} onChange={() => undefined} />
      <StatusKey />
      <OverviewPage overview={overview} />
    </>
  );
}

const nextTask = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 0);
  });

/**
 * Draws the made-up overview, in short tasks (the page stays responsive meanwhile): the data;
 * the render, as a React transition (React draws it in slices of a few milliseconds) into an
 * element not in the page; then, in one task, the element is put in the page hidden, laid out
 * and removed. Stops, leaving nothing behind, as soon as `until` settles (the real data has
 * arrived and is more important). Returns how many tiles it drew (0 if stopped).
 */
export async function warmUp(
  config: ScorecardConfig,
  now: Date,
  until: Promise<unknown>,
): Promise<number> {
  const progress = { stopped: false };
  // A function, so each check after an await reads it afresh.
  const stopped = () => progress.stopped;
  const stop = until.then(
    () => {
      progress.stopped = true;
    },
    () => {
      progress.stopped = true;
    },
  );
  const data = warmUpScorecard(config, now);
  await nextTask();
  if (stopped()) return 0;
  const container = document.createElement('div');
  const root = createRoot(container);
  try {
    const drawn = new Promise<boolean>((resolve) => {
      startTransition(() => {
        root.render(
          <ScorecardDataContext.Provider value={{ data, now }}>
            <WarmOverview
              state={DEFAULT_STATE}
              onDrawn={() => {
                resolve(true);
              }}
            />
          </ScorecardDataContext.Provider>,
        );
      });
    });
    if (!(await Promise.race([drawn, stop.then(() => false)]))) return 0;
    await nextTask();
    if (stopped()) return 0;
    container.setAttribute('aria-hidden', 'true');
    container.inert = true;
    container.style.cssText =
      'position:absolute;top:0;left:0;width:100%;visibility:hidden;contain:strict';
    document.body.append(container);
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
  whileImporting: (config, now, importing) => {
    // Without a worker the files are read on the page: nothing to overlap with.
    if (!hasWorkers()) return;
    // Warming up only saves time: a problem would show when the real overview is drawn.
    warmUp(config, now, importing).catch(() => undefined);
  },
});
