import type { SeriesKey } from '../../hooks/view-models';

/**
 * How each series looks. Colour is never the only difference: every series has its own dash
 * pattern and marker shape, and the legend and line-end labels name them, so the chart reads
 * in black and white and for people who do not see colour.
 */
export interface SeriesStyle {
  readonly stroke: string;
  readonly dash: string | undefined;
  readonly width: number;
  readonly marker: 'circle' | 'square' | 'triangle' | 'diamond' | 'none';
}

// Each colour has at least 3:1 contrast with the white chart background.
export const SERIES_STYLES: Readonly<Record<SeriesKey, SeriesStyle>> = {
  local: { stroke: '#1d4e89', dash: undefined, width: 3, marker: 'circle' },
  target: { stroke: '#0b0c0c', dash: '10 5', width: 2, marker: 'none' },
  sn: { stroke: '#6d2c91', dash: '6 3', width: 2, marker: 'square' },
  region: { stroke: '#7a4100', dash: '2 3', width: 2, marker: 'diamond' },
  england: { stroke: '#005a30', dash: '12 3 3 3', width: 2, marker: 'triangle' },
};

/** A marker shape centred on (x, y). */
export function Marker({
  shape,
  x,
  y,
  size = 4.5,
  stroke,
  filled = true,
}: {
  shape: SeriesStyle['marker'];
  x: number;
  y: number;
  size?: number;
  stroke: string;
  filled?: boolean;
}) {
  const fill = filled ? stroke : '#fff';
  switch (shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={size} fill={fill} stroke={stroke} strokeWidth={1.5} />;
    case 'square':
      return (
        <rect
          x={x - size}
          y={y - size}
          width={size * 2}
          height={size * 2}
          fill={fill}
          stroke={stroke}
          strokeWidth={1.5}
        />
      );
    case 'triangle':
      return (
        <path
          d={`M${x} ${y - size * 1.2}L${x + size * 1.1} ${y + size * 0.9}H${x - size * 1.1}Z`}
          fill={fill}
          stroke={stroke}
          strokeWidth={1.5}
        />
      );
    case 'diamond':
      return (
        <path
          d={`M${x} ${y - size * 1.3}L${x + size * 1.1} ${y}L${x} ${y + size * 1.3}L${x - size * 1.1} ${y}Z`}
          fill={fill}
          stroke={stroke}
          strokeWidth={1.5}
        />
      );
    case 'none':
      return null;
  }
}

/** A legend sample: a short stretch of the series' line with its marker. */
export function LegendSample({ series }: { series: SeriesKey }) {
  const style = SERIES_STYLES[series];
  return (
    <svg width="44" height="16" viewBox="0 0 44 16" aria-hidden="true" focusable="false">
      <line
        x1="2"
        y1="8"
        x2="42"
        y2="8"
        stroke={style.stroke}
        strokeWidth={style.width}
        strokeDasharray={style.dash}
      />
      <Marker shape={style.marker} x={22} y={8} stroke={style.stroke} size={4} />
    </svg>
  );
}
