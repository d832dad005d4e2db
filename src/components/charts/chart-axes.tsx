import { CartesianGrid, XAxis, YAxis } from 'recharts';
import type { TrendChartView, XmrChartView } from '../../hooks/view-models';
import type { ChartSize } from './TrendChart';

/** What the time charts (trend, XmR) share: their words, and the scales of their two axes. */
export type TimeChartFrame = Pick<
  TrendChartView & XmrChartView,
  'title' | 'description' | 'unitLabel' | 'xDomain' | 'xTicks' | 'yDomain' | 'yTicks'
>;

const AXIS_STROKE = '#505a5f';
const TICK = { fill: '#0b0c0c', fontSize: 12 };

/** The props of a time chart's LineChart: its size, margin, and its name and words for readers. */
export function timeChartProps(
  chart: TimeChartFrame,
  size: ChartSize,
  margin: { top: number; right: number; bottom: number; left: number },
) {
  return {
    width: size.width,
    height: size.height,
    margin,
    className: 'chart__svg',
    title: chart.title,
    desc: chart.description,
    role: 'img',
    'aria-label': `${chart.title}. ${chart.description}`,
  } as const;
}

/**
 * A time chart's grid and axes: periods along the bottom (labelled ticks), the unit up the side.
 * Returned as a list of elements, so the chart finds them among its own children.
 */
export function timeChartAxes(chart: TimeChartFrame) {
  return [
    <CartesianGrid key="grid" stroke="#d8dadb" vertical={false} />,
    <XAxis
      key="x"
      type="number"
      dataKey="x"
      domain={[chart.xDomain[0], chart.xDomain[1]]}
      ticks={chart.xTicks.map((tick) => tick.x)}
      tickFormatter={(x: number) => chart.xTicks.find((tick) => tick.x === x)?.label ?? ''}
      stroke={AXIS_STROKE}
      tick={TICK}
      allowDuplicatedCategory={false}
    />,
    <YAxis
      key="y"
      type="number"
      domain={[chart.yDomain[0], chart.yDomain[1]]}
      ticks={[...chart.yTicks]}
      interval={0}
      stroke={AXIS_STROKE}
      tick={TICK}
      width={48}
      label={{
        value: chart.unitLabel,
        angle: -90,
        position: 'insideLeft',
        fill: '#0b0c0c',
        fontSize: 12,
      }}
    />,
  ];
}
