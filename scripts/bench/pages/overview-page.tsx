/**
 * The overview benchmark page: the real app, with tile sparklines drawn either as the app draws
 * them (one SVG path each, `?variant=path`) or as a recharts LineChart each
 * (`?variant=recharts`, the baseline). Everything else is identical.
 */
import { createRoot } from 'react-dom/client';
import { Line, LineChart } from 'recharts';
import { App } from '../../../src/app/App';
import { SparklineRenderer, type RenderSparkline } from '../../../src/components/SparklineRenderer';
import type { SparklineView } from '../../../src/data/view-models';

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

const variant = new URLSearchParams(window.location.search).get('variant');
const root = document.getElementById('root');
if (!root) throw new Error('no #root');
const app = <App />;
createRoot(root).render(
  variant === 'recharts' ? (
    <SparklineRenderer.Provider value={rechartsSparkline}>{app}</SparklineRenderer.Provider>
  ) : (
    app
  ),
);
