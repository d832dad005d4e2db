import {
  Line,
  LineChart,
  ReferenceArea,
  Tooltip,
  useXAxisScale,
  useYAxisScale,
  type TooltipContentProps,
} from 'recharts';
import type { ChartSeriesView, TrendChartView } from '../../hooks/view-models';
import { LegendSample, Marker, SERIES_STYLES } from './series-style';
import { timeChartAxes, timeChartProps } from './chart-axes';
import './charts.css';

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

interface Props {
  readonly chart: TrendChartView;
  /** Logical drawing size; the SVG scales to its box with CSS, so print never redraws it. */
  readonly size: ChartSize;
}

const MARGIN = { top: 16, right: 190, bottom: 28, left: 12 };

/**
 * The local series over time with its target and the published comparators. Quarterly points
 * are joined by a solid line; annual comparators are markers on their year end joined by a
 * dashed line. Gaps stay gaps. Each line is labelled at its end, and the legend shows each
 * series' dash and marker, so nothing depends on colour.
 */
export function TrendChart({ chart, size }: Props) {
  return (
    <div className="chart">
      <ul className="chart__legend" aria-label="Key">
        {chart.series.map((series) => (
          <li key={series.key}>
            <LegendSample series={series.key} />
            {series.label}
            {series.annual ? ' (annual)' : ''}
          </li>
        ))}
        {chart.targetBand && (
          <li>
            <svg width="44" height="16" aria-hidden="true" focusable="false">
              <rect x="2" y="2" width="40" height="12" className="chart__band" />
            </svg>
            Target range
          </li>
        )}
      </ul>
      <LineChart {...timeChartProps(chart, size, MARGIN)}>
        {timeChartAxes(chart, size, MARGIN)}
        {chart.targetBand && (
          <ReferenceArea
            y1={chart.targetBand.low}
            y2={chart.targetBand.high}
            className="chart__band"
            ifOverflow="extendDomain"
          />
        )}
        {chart.series.map((series) => (
          <SeriesLine key={series.key} series={series} />
        ))}
        <Tooltip content={TrendTooltip} isAnimationActive={false} />
        <EndLabels series={chart.series} right={chart.xDomain[1]} />
      </LineChart>
    </div>
  );
}

function SeriesLine({ series }: { series: ChartSeriesView }) {
  const style = SERIES_STYLES[series.key];
  return (
    <Line
      data={[...series.points]}
      dataKey="y"
      name={series.label}
      type="linear"
      stroke={style.stroke}
      strokeWidth={style.width}
      {...dashFor(series)}
      connectNulls={false}
      isAnimationActive={false}
      dot={(props: { cx?: number; cy?: number; index?: number; value?: unknown }) =>
        // A gap has no point: never draw a marker for a value that is not there.
        typeof props.value !== 'number' || props.cx === undefined || props.cy === undefined ? (
          <g key={`${series.key}-${String(props.index)}`} />
        ) : (
          <Marker
            key={`${series.key}-${String(props.index)}`}
            shape={style.marker}
            x={props.cx}
            y={props.cy}
            stroke={style.stroke}
            filled={!series.annual}
          />
        )
      }
      activeDot={false}
    />
  );
}

function dashFor(series: ChartSeriesView): { strokeDasharray?: string } {
  const dash =
    series.annual && SERIES_STYLES[series.key].dash === undefined
      ? '6 3'
      : SERIES_STYLES[series.key].dash;
  return dash === undefined ? {} : { strokeDasharray: dash };
}

/**
 * Names each series in the right-hand margin, level with its last point and nudged apart so
 * labels never overlap, with a short leader line from the point.
 */
function EndLabels({ series, right }: { series: readonly ChartSeriesView[]; right: number }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  const edge = xScale(right) ?? 0;
  const labels = series
    .map((item) => {
      const last = [...item.points].reverse().find((point) => point.y !== null);
      if (!last || last.y === null) return null;
      const y = yScale(last.y) ?? 0;
      return { key: item.key, text: item.label, x: xScale(last.x) ?? 0, pointY: y, y };
    })
    .filter((label) => label !== null)
    .sort((a, b) => a.y - b.y);
  const gap = 14;
  for (let i = 1; i < labels.length; i++) {
    const previous = labels[i - 1];
    const current = labels[i];
    if (previous && current && current.y - previous.y < gap) current.y = previous.y + gap;
  }
  return (
    <g className="chart__end-labels" aria-hidden="true">
      {labels.map((label) => (
        <g key={label.key}>
          <line
            x1={label.x + 4}
            y1={label.pointY}
            x2={edge + 6}
            y2={label.y}
            stroke="#505a5f"
            strokeWidth={1}
            strokeDasharray="1 2"
          />
          <text x={edge + 8} y={label.y + 4} fontSize={12} fill="#0b0c0c">
            {label.text}
          </text>
        </g>
      ))}
    </g>
  );
}

/**
 * The figures at the focused or hovered date. recharts matches series by position in their data,
 * so an annual series would offer a value from another year: only points at the same date as the
 * local one are listed.
 */
function TrendTooltip({ active, payload }: TooltipContentProps) {
  if (!active || payload.length === 0) return null;
  const pointOf = (entry: (typeof payload)[number] | undefined) =>
    entry?.payload as { x?: number; periodText?: string; valueText?: string } | undefined;
  const anchor = pointOf(payload[0]);
  const entries = payload.filter((entry) => pointOf(entry)?.x === anchor?.x);
  return (
    <div className="chart__tooltip">
      <p className="chart__tooltip-title">{anchor?.periodText ?? ''}</p>
      <ul>
        {entries.map((entry) => (
          <li key={String(entry.name)}>
            {String(entry.name)}: {pointOf(entry)?.valueText ?? ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
