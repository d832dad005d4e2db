/**
 * Sparkline geometry: a plain SVG path for a short series, computed once in the domain so the
 * overview draws sixty small trend lines without a chart library. Missing values leave gaps
 * (the path lifts the pen), they are never drawn as zero.
 */

export interface SparklineGeometry {
  /** Path data in a `0 0 width height` box; '' when there is nothing to draw. */
  readonly path: string;
  /** The last point with a value, to mark it. */
  readonly last: { readonly x: number; readonly y: number } | null;
  /** How many points had a value. */
  readonly points: number;
}

const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * Lays out `values` (oldest first, null for a gap) evenly across `width`, scaled to fit
 * `height` with `pad` units kept clear top and bottom. A flat series sits in the middle. One
 * value alone draws no line but still marks its point.
 */
export function sparklinePath(
  values: readonly (number | null)[],
  width = 100,
  height = 32,
  pad = 3,
): SparklineGeometry {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length === 0) return { path: '', last: null, points: 0 };
  const min = Math.min(...present);
  const max = Math.max(...present);
  const span = max - min;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const y = (v: number): number =>
    span === 0 ? height / 2 : pad + (height - 2 * pad) * (1 - (v - min) / span);
  const parts: string[] = [];
  let penDown = false;
  let last: { x: number; y: number } | null = null;
  values.forEach((value, i) => {
    if (value === null || !Number.isFinite(value)) {
      penDown = false;
      return;
    }
    const point = { x: round(values.length > 1 ? i * step : width / 2), y: round(y(value)) };
    parts.push(`${penDown ? 'L' : 'M'}${point.x} ${point.y}`);
    penDown = true;
    last = point;
  });
  return { path: parts.join(' '), last, points: present.length };
}
