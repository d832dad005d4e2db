import { CartesianGrid, XAxis, YAxis } from 'recharts';
import type { TrendChartView, XmrChartView } from '../../hooks/view-models';
import type { ChartSize } from './TrendChart';
import { tickInterval } from './tick-interval';

/** What the time charts (trend, XmR) share: their words, and the scales of their two axes. */
export type TimeChartFrame = Pick<
  TrendChartView & XmrChartView,
  'title' | 'description' | 'unitLabel' | 'xDomain' | 'xTicks' | 'yDomain' | 'yTicks'
>;

const AXIS_STROKE = '#505a5f';
const TICK = { fill: '#0b0c0c', fontSize: 12 };
const Y_AXIS_WIDTH = 48;

type Margin = { top: number; right: number; bottom: number; left: number };

/** The props of a time chart's LineChart: its size, margin, and its name and words for readers. */
export function timeChartProps(chart: TimeChartFrame, size: ChartSize, margin: Margin) {
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
 * A time chart's grid and axes: periods along the bottom (labelled ticks, as many as fit without
 * overlapping at the chart's size), the unit up the side. Returned as a list of elements, so the
 * chart finds them among its own children.
 */
export function timeChartAxes(chart: TimeChartFrame, size: ChartSize, margin: Margin) {
  const every =
    tickInterval(
      chart.xTicks.map((tick) => tick.x),
      chart.xDomain[1] - chart.xDomain[0],
      size.width - margin.left - margin.right - Y_AXIS_WIDTH,
      Math.max(0, ...chart.xTicks.map((tick) => tick.label.length)),
    ) + 1;
  // Counted back from the newest period, so the latest year is always labelled.
  const shown = chart.xTicks.filter((_, i) => (chart.xTicks.length - 1 - i) % every === 0);
  return [
    <CartesianGrid key="grid" stroke="#d8dadb" vertical={false} />,
    <XAxis
      key="x"
      type="number"
      dataKey="x"
      domain={[chart.xDomain[0], chart.xDomain[1]]}
      ticks={shown.map((tick) => tick.x)}
      tickFormatter={(x: number) => chart.xTicks.find((tick) => tick.x === x)?.label ?? ''}
      stroke={AXIS_STROKE}
      tick={TICK}
      allowDuplicatedCategory={false}
      interval={0}
    />,
    <YAxis
      key="y"
      type="number"
      domain={[chart.yDomain[0], chart.yDomain[1]]}
      ticks={[...chart.yTicks]}
      interval={0}
      stroke={AXIS_STROKE}
      tick={TICK}
      width={Y_AXIS_WIDTH}
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
