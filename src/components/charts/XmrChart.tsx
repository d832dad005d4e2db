import { Line, LineChart, ReferenceLine, Tooltip, type TooltipContentProps } from 'recharts';
import type { XmrChartView, XmrPointView } from '../../hooks/view-models';
import { Marker, type SeriesStyle } from './series-style';
import type { ChartSize } from './TrendChart';
import { timeChartAxes, timeChartProps } from './chart-axes';
import './charts.css';

const MARGIN = { top: 16, right: 24, bottom: 28, left: 12 };

/** Special-cause points: a shape and a colour each (at least 3:1 on white), named in the key. */
const MARKS: Readonly<
  Record<
    NonNullable<XmrPointView['mark']> | 'common',
    { shape: SeriesStyle['marker']; colour: string; size: number; label: string }
  >
> = {
  common: { shape: 'circle', colour: '#1d4e89', size: 3.5, label: 'Common cause (small dot)' },
  improvement: {
    shape: 'circle',
    colour: '#1d70b8',
    size: 7,
    label: 'Special cause: improvement (large circle)',
  },
  concern: {
    shape: 'diamond',
    colour: '#b14400',
    size: 6.5,
    label: 'Special cause: concern (large diamond)',
  },
  neither: {
    shape: 'square',
    colour: '#6d2c91',
    size: 5.5,
    label: 'Special cause, neither better nor worse (square)',
  },
};

const LINES = {
  series: '#1d4e89',
  mean: '#0b0c0c',
  limit: '#505a5f',
  target: '#0b0c0c',
};

/**
 * The XmR chart: the figures joined by a line (gaps stay gaps), the mean (solid) and process
 * limits (dashed) of each segment, the target (long dashes), a vertical line where the limits
 * were recalculated, and special-cause points marked by shape and colour with a key in words.
 */
export function XmrChart({ chart, size }: { chart: XmrChartView; size: ChartSize }) {
  const marksShown = new Set(chart.points.map((p) => p.mark ?? 'common'));
  const hasLimits = chart.segments.some((s) => s.upper !== null);
  return (
    <div className="chart">
      <ul className="chart__legend" aria-label="Key">
        <li>
          <LegendLine stroke={LINES.series} width={2} />
          Figures
        </li>
        <li>
          <LegendLine stroke={LINES.mean} width={2} />
          Mean
        </li>
        {hasLimits && (
          <li>
            <LegendLine stroke={LINES.limit} width={1.5} dash="5 3" />
            Process limits
          </li>
        )}
        {chart.target && (
          <li>
            <LegendLine stroke={LINES.target} width={1.5} dash="12 4" />
            {`Target (${chart.target.text})`}
          </li>
        )}
        {chart.recalculations.length > 0 && (
          <li>
            <svg width="16" height="16" aria-hidden="true" focusable="false">
              <line
                x1="8"
                y1="1"
                x2="8"
                y2="15"
                stroke="#0b0c0c"
                strokeWidth={2}
                strokeDasharray="2 2"
              />
            </svg>
            Limits recalculated
          </li>
        )}
        {(['common', 'improvement', 'concern', 'neither'] as const)
          .filter((mark) => marksShown.has(mark))
          .map((mark) => (
            <li key={mark}>
              <svg width="18" height="18" aria-hidden="true" focusable="false">
                <Marker
                  shape={MARKS[mark].shape}
                  x={9}
                  y={9}
                  size={Math.min(MARKS[mark].size, 6)}
                  stroke={MARKS[mark].colour}
                />
              </svg>
              {MARKS[mark].label}
            </li>
          ))}
      </ul>
      <LineChart {...timeChartProps(chart, size, MARGIN)}>
        {timeChartAxes(chart, size, MARGIN)}
        {chart.target && (
          <ReferenceLine
            y={chart.target.value}
            stroke={LINES.target}
            strokeWidth={1.5}
            strokeDasharray="12 4"
          />
        )}
        {chart.recalculations.map((r) => (
          <ReferenceLine
            key={r.periodText}
            x={r.x - 0.5}
            stroke="#0b0c0c"
            strokeWidth={2}
            strokeDasharray="2 2"
          />
        ))}
        {chart.segments.flatMap((segment, s) => {
          const ends = (y: number | null) =>
            y === null
              ? null
              : [
                  { x: segment.x1 - 0.3, y },
                  { x: segment.x2 + 0.3, y },
                ];
          return [
            ['mean', segment.mean, LINES.mean, 2, undefined],
            ['upper', segment.upper, LINES.limit, 1.5, '5 3'],
            ['lower', segment.lower, LINES.limit, 1.5, '5 3'],
          ].flatMap(([name, y, stroke, width, dash]) => {
            const data = ends(y as number | null);
            return data === null
              ? []
              : [
                  <Line
                    key={`${String(s)}-${String(name)}`}
                    data={data}
                    dataKey="y"
                    stroke={stroke as string}
                    strokeWidth={width as number}
                    {...(dash === undefined ? {} : { strokeDasharray: dash as string })}
                    dot={false}
                    activeDot={false}
                    isAnimationActive={false}
                    tooltipType="none"
                  />,
                ];
          });
        })}
        <Line
          data={[...chart.points]}
          dataKey="y"
          name="Figure"
          stroke={LINES.series}
          strokeWidth={2}
          connectNulls={false}
          isAnimationActive={false}
          activeDot={false}
          dot={(props: { cx?: number; cy?: number; index?: number; payload?: XmrPointView }) => {
            const point = props.payload;
            if (!point || point.y === null || props.cx === undefined || props.cy === undefined) {
              return <g key={`xmr-${String(props.index)}`} />;
            }
            const mark = MARKS[point.mark ?? 'common'];
            return (
              <Marker
                key={`xmr-${String(props.index)}`}
                shape={mark.shape}
                x={props.cx}
                y={props.cy}
                size={mark.size}
                stroke={mark.colour}
              />
            );
          }}
        />
        <Tooltip content={XmrTooltip} isAnimationActive={false} />
      </LineChart>
    </div>
  );
}

function LegendLine({ stroke, width, dash }: { stroke: string; width: number; dash?: string }) {
  return (
    <svg width="36" height="16" aria-hidden="true" focusable="false">
      <line
        x1="2"
        y1="8"
        x2="34"
        y2="8"
        stroke={stroke}
        strokeWidth={width}
        strokeDasharray={dash}
      />
    </svg>
  );
}

function XmrTooltip({ active, payload }: TooltipContentProps) {
  const point = payload.find((entry) => entry.name === 'Figure')?.payload as
    XmrPointView | undefined;
  if (!active || !point) return null;
  return (
    <div className="chart__tooltip">
      <p className="chart__tooltip-title">{point.periodText}</p>
      <p>{`${point.valueText}: ${point.markText}`}</p>
    </div>
  );
}
