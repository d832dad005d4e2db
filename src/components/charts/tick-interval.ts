/** A generous average character width, in ems, as the neighbour chart sizes its names. */
const CHAR_WIDTH = 0.62;
/** recharts' default least gap between two tick labels, in pixels. */
const MIN_GAP = 5;

/**
 * Every how many ticks a label is shown so that labels never overlap (recharts' `interval`:
 * 0 shows all, 1 every other one), worked out from the labels' lengths. recharts would
 * otherwise measure each label in the page while the chart is first drawn, which was a tenth of
 * the time of opening an indicator. Positions are in the axis' units, `span` is its domain's
 * length and `plotWidth` its length in pixels.
 */
export function tickInterval(
  positions: readonly number[],
  span: number,
  plotWidth: number,
  longestLabel: number,
  fontSize = 12,
): number {
  const sorted = [...positions].sort((a, b) => a - b);
  let step = Infinity;
  for (let i = 1; i < sorted.length; i++) {
    const gap = (sorted[i] ?? 0) - (sorted[i - 1] ?? 0);
    if (gap > 0) step = Math.min(step, gap);
  }
  if (!Number.isFinite(step) || span <= 0 || plotWidth <= 0) return 0;
  const spacing = (plotWidth * step) / span;
  const needed = longestLabel * fontSize * CHAR_WIDTH + MIN_GAP;
  return Math.max(0, Math.ceil(needed / spacing) - 1);
}
