/**
 * The overview benchmark page. `?variant=path` draws tile sparklines as the app does (one SVG
 * path each); `?variant=recharts` draws each as a recharts LineChart (the baseline);
 * `?variant=none` draws no sparklines at all (the floor: what any sparkline adds is on top).
 * `?tiles=60` renders the real overview's tiles repeated to 60 (the load the reference
 * figure was measured with) through the same page component; without it, the whole real app.
 * `?again=1` draws it twice in the same page and the second is measured (see below).
 */
import { useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { Line, LineChart } from 'recharts';
import { App } from '../../../src/app/App';
import { OverviewPage } from '../../../src/app/pages/OverviewPage';
import { appLoadDependencies } from '../../../src/app/warm-up';
import { SparklineRenderer, type RenderSparkline } from '../../../src/components/SparklineRenderer';
import { DEFAULT_STATE } from '../../../src/hooks/url-state';
import { usePaintedMark } from '../../../src/hooks/usePaintedMark';
import {
  MARK_OVERVIEW_PAINTED,
  ScorecardDataContext,
  useLoadScorecard,
} from '../../../src/hooks/useScorecardData';
import { useOverview, useScorecardModel } from '../../../src/hooks/useScreens';
import type { SparklineView } from '../../../src/hooks/view-models';

/** The sparkline's points back from its path data ("M0 5 L10 3 M30 4 ..."), gaps as nulls. */
function pointsOf(sparkline: SparklineView): { x: number; y: number | null }[] {
  const points: { x: number; y: number | null }[] = [];
  for (const match of sparkline.path.matchAll(/([ML])([\d.]+) ([\d.]+)/g)) {
    if (match[1] === 'M' && points.length > 0) points.push({ x: points.length, y: null });
    points.push({ x: points.length, y: 32 - Number(match[3]) });
  }
  return points;
}

const rechartsSparkline: RenderSparkline = (sparkline) => (
  <LineChart
    width={106}
    height={34}
    data={pointsOf(sparkline)}
    role="img"
    aria-label={sparkline.label}
  >
    <Line dataKey="y" stroke="#1d4e89" strokeWidth={2} dot={false} isAnimationActive={false} />
  </LineChart>
);

/** The real overview's tiles, repeated to `count`, rendered by the app's own page component. */
function ManyTiles({ count }: { count: number }) {
  const model = useScorecardModel(DEFAULT_STATE);
  const overview = useOverview(DEFAULT_STATE, model);
  const many = useMemo(() => {
    const tiles = overview.sections.flatMap((section) => section.items);
    const items = Array.from({ length: count }, (_, i) => {
      const tile = tiles[i % tiles.length];
      if (!tile) throw new Error('no tiles');
      return { ...tile, id: `${tile.id}-${String(i)}` };
    });
    return { ...overview, sections: [{ id: 'all', title: 'All indicators', items }] };
  }, [overview, count]);
  usePaintedMark(MARK_OVERVIEW_PAINTED);
  return <OverviewPage overview={many} />;
}

function ManyTilesApp({ count }: { count: number }) {
  const loaded = useLoadScorecard(appLoadDependencies);
  const provided = useMemo(
    () => (loaded.kind === 'ready' ? { data: loaded.data, now: new Date() } : null),
    [loaded],
  );
  return provided ? (
    <ScorecardDataContext.Provider value={provided}>
      <ManyTiles count={count} />
    </ScorecardDataContext.Provider>
  ) : (
    <p>Loading</p>
  );
}

const params = new URLSearchParams(window.location.search);
const tiles = Number(params.get('tiles') ?? '0');
const element = document.getElementById('root');
if (!element) throw new Error('no #root');
const page = tiles > 0 ? <ManyTilesApp count={tiles} /> : <App />;
const noSparkline: RenderSparkline = () => null;
const variant = params.get('variant');
const tree =
  variant === 'recharts' || variant === 'none' ? (
    <SparklineRenderer.Provider value={variant === 'recharts' ? rechartsSparkline : noSparkline}>
      {page}
    </SparklineRenderer.Provider>
  ) : (
    page
  );
let root = createRoot(element);
root.render(tree);

// `?again=1`: once the overview has painted, take it down and draw it again from the start in
// the same page (the data fetched, read in the worker and assessed again), so that the second
// "data ready to painted" is measured with the page's code already compiled and run once.
// `window.__benchDone` says the measured paint has happened.
const bench = window as unknown as { __benchDone?: boolean };
const painted = () =>
  new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      if (performance.getEntriesByName(MARK_OVERVIEW_PAINTED).length === 0) return;
      clearInterval(timer);
      resolve();
    }, 20);
  });
void (async () => {
  await painted();
  if (params.get('again') === '1') {
    root.unmount();
    performance.clearMarks();
    await new Promise((resolve) => setTimeout(resolve, 300));
    root = createRoot(element);
    root.render(tree);
    await painted();
  }
  bench.__benchDone = true;
})();
