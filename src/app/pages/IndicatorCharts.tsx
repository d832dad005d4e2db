/** The indicator page's charts: loaded only when an indicator page opens (recharts is large). */
import { memo, startTransition, useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { ChartFigure } from '../../components/ChartFigure';
import { NeighbourChart } from '../../components/charts/NeighbourChart';
import { TrendChart } from '../../components/charts/TrendChart';
import type { ChartSize } from '../../components/charts/TrendChart';
import { useChartSize } from '../../components/charts/useChartSize';
import { XmrChart } from '../../components/charts/XmrChart';
import { SpcIcons } from '../../components/SpcIcons';
import { SpcSettingsForm } from '../../components/SpcSettingsForm';
import type { IndicatorSpcSettings } from '../../hooks/useIndicatorSpc';
import { useOneATask } from '../../hooks/useOneATask';
import type { IndicatorPageView } from '../../hooks/view-models';

// Drawn once each: a later chart's turn does not draw the earlier ones again.
const Trend = memo(TrendChart);
const Neighbours = memo(NeighbourChart);
const Xmr = memo(XmrChart);

export default function IndicatorCharts({
  page,
  showTables,
  spcSettings = null,
  onDrawn,
}: {
  page: IndicatorPageView;
  showTables: boolean;
  /** The analyst's SPC settings form under the XmR chart (null: not offered). */
  spcSettings?: IndicatorSpcSettings | null;
  /** Told once every chart has been drawn. */
  onDrawn?: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const size = useChartSize(ref);
  // The trend, then the neighbours, then the XmR chart, each in a task of its own after the words.
  const shown = useOneATask(3);
  useEffect(() => {
    if (shown >= 3) onDrawn?.();
  }, [shown, onDrawn]);
  return (
    <div ref={ref} className="indicator-charts">
      <ChartFigure
        id="trend"
        title={page.trend.title}
        description={page.trend.description}
        table={page.trend.table}
        showTable={showTables}
        gaps={page.trend.gaps}
        notes={page.trend.notes}
        source={page.trend.source}
      >
        {shown > 0 ? <Trend chart={page.trend} size={size} /> : <Waiting size={size} />}
      </ChartFigure>
      {page.xmr && (
        <ChartFigure
          id="xmr"
          title={page.xmr.title}
          description={page.xmr.description}
          table={page.xmr.table}
          showTable={showTables}
          notes={page.xmr.notes}
          source={page.xmr.source}
        >
          <p className="xmr__icons">
            <SpcIcons spc={page.xmr.icons} showNote />
          </p>
          {shown > 2 ? <Xmr chart={page.xmr} size={size} /> : <Waiting size={size} />}
        </ChartFigure>
      )}
      {page.xmr && spcSettings && <SpcSettingsForm settings={spcSettings} />}
      {page.neighbours ? (
        <ChartFigure
          id="neighbours"
          title={page.neighbours.title}
          description={page.neighbours.description}
          table={page.neighbours.table}
          showTable={showTables}
          notes={page.neighbours.notes}
          source={page.neighbours.source}
        >
          {shown > 1 ? <Neighbours chart={page.neighbours} size={size} /> : <Waiting size={size} />}
        </ChartFigure>
      ) : (
        <p>{page.neighboursMissing}</p>
      )}
    </div>
  );
}

/** The space a chart will take, for the moment before it is drawn. */
function Waiting({ size }: { size: ChartSize }) {
  return (
    <div
      className="chart chart--waiting"
      style={{ aspectRatio: `${String(size.width)} / ${String(size.height)}` }}
    />
  );
}

/**
 * Draws one indicator's charts into an element that is not in the page, then throws them away:
 * run while the browser is idle, it makes the browser compile recharts' code before a member
 * opens an indicator, not after (chart-chunk.ts).
 */
export function drawOffScreen(page: IndicatorPageView): void {
  const root = createRoot(document.createElement('div'));
  const drawn = () => {
    setTimeout(() => {
      root.unmount();
    }, 0);
  };
  startTransition(() => {
    root.render(<IndicatorCharts page={page} showTables={false} onDrawn={drawn} />);
  });
}
