import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { NeighbourBar, NeighbourChartView } from '../../hooks/view-models';
import type { ChartSize } from './TrendChart';
import { tickInterval } from './tick-interval';
import { wrapName } from './wrap-name';
import './charts.css';

/** A generous average character width, in ems, for sizing and wrapping the name column. */
const CHAR_WIDTH = 0.62;

const FILL: Record<NeighbourBar['role'], string> = {
  self: 'url(#pattern-self)',
  neighbour: '#8fb0d6',
  england: 'url(#pattern-england)',
};

/**
 * This council among its ten statistical neighbours and England for the latest published year,
 * ordered best first by polarity. This council's bar is hatched, outlined and named "(this
 * council)", England's is dotted: more than colour tells them apart.
 */
export function NeighbourChart({
  chart,
  size,
  compact = false,
}: {
  chart: NeighbourChartView;
  size: ChartSize;
  /** Tighter rows and smaller names, for half a printed page in the committee pack. */
  compact?: boolean;
}) {
  const rows = chart.bars.map((bar) => ({
    ...bar,
    name: bar.role === 'self' ? `${bar.label} (this council)` : bar.label,
    // Missing bars are drawn at zero length and labelled with the reason.
    drawn: bar.value ?? 0,
  }));
  const fontSize = compact ? 11 : 12;
  // Names carry DfE's closeness band, so the name column fits the longest (within limits); a
  // name longer than the column wraps onto more lines (at 375 px), and the rows grow to hold it.
  const longest = Math.max(0, ...rows.map((row) => row.name.length));
  const nameWidth = Math.min(
    Math.max(compact ? 150 : 190, Math.ceil(longest * fontSize * CHAR_WIDTH) + 8),
    Math.max(150, Math.floor(size.width * 0.45)),
  );
  const perLine = Math.max(8, Math.floor((nameWidth - 8) / (fontSize * CHAR_WIDTH)));
  const lines = Math.max(1, ...rows.map((row) => wrapName(row.name, perLine).length));
  const rowHeight = Math.max(compact ? 19 : 26, lines * (fontSize + 2) + 8);
  // recharts' default five ticks from 0 to the largest value, labelled without measuring them.
  const margin = { top: 8, right: 90, bottom: 24, left: 8 };
  const valueInterval = tickInterval(
    [0, 1, 2, 3, 4],
    4,
    size.width - nameWidth - margin.left - margin.right,
    Math.max(3, String(chart.maxValue).length),
  );
  const height = compact
    ? rows.length * rowHeight + 40
    : Math.max(size.height, rows.length * rowHeight + 50);
  return (
    <div className="chart">
      <BarChart
        width={size.width}
        height={height}
        data={rows}
        layout="vertical"
        margin={margin}
        className="chart__svg"
        title={chart.title}
        desc={chart.description}
        role="img"
        aria-label={`${chart.title}. ${chart.description}`}
      >
        <defs>
          <pattern
            id="pattern-self"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#1d4e89" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#fff" strokeWidth="2" />
          </pattern>
          <pattern id="pattern-england" width="5" height="5" patternUnits="userSpaceOnUse">
            <rect width="5" height="5" fill="#fff" />
            <circle cx="2.5" cy="2.5" r="1.4" fill="#005a30" />
          </pattern>
        </defs>
        <CartesianGrid stroke="#d8dadb" horizontal={false} />
        <XAxis
          type="number"
          domain={[0, chart.maxValue]}
          interval={valueInterval}
          stroke="#505a5f"
          tick={{ fill: '#0b0c0c', fontSize: 12 }}
          label={{
            value: chart.unitLabel,
            position: 'insideBottom',
            offset: -16,
            fill: '#0b0c0c',
            fontSize: 12,
          }}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={nameWidth}
          stroke="#505a5f"
          interval={0}
          tick={(props: NameTickProps) => (
            <NameTick {...props} fontSize={fontSize} perLine={perLine} />
          )}
        />
        <Tooltip
          isAnimationActive={false}
          formatter={(_value, _name, item) => [
            (item.payload as NeighbourBar).valueText,
            chart.unitLabel,
          ]}
        />
        <Bar dataKey="drawn" isAnimationActive={false} name={chart.unitLabel} shape={BarShape}>
          <LabelList dataKey="valueText" position="right" fill="#0b0c0c" fontSize={fontSize} />
        </Bar>
      </BarChart>
    </div>
  );
}

/** Each bar filled and outlined by its role (this council, a neighbour, England). */
function BarShape(props: {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: { role?: NeighbourBar['role'] };
}) {
  const role = props.payload?.role ?? 'neighbour';
  return (
    <rect
      x={props.x ?? 0}
      y={props.y ?? 0}
      width={Math.max(0, props.width ?? 0)}
      height={Math.max(0, props.height ?? 0)}
      fill={FILL[role]}
      stroke={role === 'neighbour' ? '#1d4e89' : '#0b0c0c'}
      strokeWidth={role === 'self' ? 2.5 : 1}
    />
  );
}

interface NameTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

function NameTick(props: NameTickProps & { fontSize: number; perLine: number }) {
  const value = props.payload?.value;
  const name = typeof value === 'string' ? value : '';
  const self = name.endsWith('(this council)');
  const lines = wrapName(name, props.perLine);
  const x = Number(props.x ?? 0);
  const lineHeight = props.fontSize + 2;
  return (
    <text
      x={x}
      y={Number(props.y ?? 0)}
      dy={4 - ((lines.length - 1) * lineHeight) / 2}
      textAnchor="end"
      fontSize={props.fontSize}
      fontWeight={self ? 700 : 400}
      fill="#0b0c0c"
    >
      {lines.length === 1
        ? name
        : lines.map((line, i) => (
            <tspan key={i} x={x} dy={i === 0 ? 0 : lineHeight}>
              {line}
            </tspan>
          ))}
    </text>
  );
}
