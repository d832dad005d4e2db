/** The indicator page's charts: loaded only when an indicator page opens (recharts is large). */
import { useRef } from 'react';
import { ChartFigure } from '../../components/ChartFigure';
import { NeighbourChart } from '../../components/charts/NeighbourChart';
import { TrendChart } from '../../components/charts/TrendChart';
import { useChartSize } from '../../components/charts/useChartSize';
import { XmrChart } from '../../components/charts/XmrChart';
import { SpcIcons } from '../../components/SpcIcons';
import { SpcSettingsForm } from '../../components/SpcSettingsForm';
import type { IndicatorSpcSettings } from '../../hooks/useIndicatorSpc';
import type { IndicatorPageView } from '../../hooks/view-models';

export default function IndicatorCharts({
  page,
  showTables,
  spcSettings = null,
}: {
  page: IndicatorPageView;
  showTables: boolean;
  /** The analyst's SPC settings form under the XmR chart (null: not offered). */
  spcSettings?: IndicatorSpcSettings | null;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const size = useChartSize(ref);
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
        <TrendChart chart={page.trend} size={size} />
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
          <XmrChart chart={page.xmr} size={size} />
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
          <NeighbourChart chart={page.neighbours} size={size} />
        </ChartFigure>
      ) : (
        <p>{page.neighboursMissing}</p>
      )}
    </div>
  );
}
