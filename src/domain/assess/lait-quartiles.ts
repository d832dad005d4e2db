/**
 * Quartile bands as DfE's Local Authority Interactive Tool (LAIT) gives them, so that a member
 * comparing the scorecard's band with LAIT's sees the same letter (see docs/figures.md):
 * - cut points: the quartiles of every council's figure in the period (R's default quantile,
 *   type 7, the same as Excel's QUARTILE.INC), on the figures as published, not rounded;
 * - bands by value, not by rank: lower is better: at or below the lower quartile is A, above it
 *   and at or below the median B, above that and at or below the upper quartile C, above D;
 *   higher is better: the same cuts read the other way, so above the upper quartile is A,
 *   above the median and at or below the upper quartile B, above the lower quartile C, at or
 *   below it D (a figure exactly on a cut point takes the band below the cut, as LAIT does);
 * - no band for a context measure or a range (LAIT shows "-").
 */
import { quartiles } from './summary';
import type { Polarity } from '../model';

export type LaitBand = 'A' | 'B' | 'C' | 'D';

/** The band of `value` among `values` (every council's figure, `value` included). */
export function laitQuartileBand(
  values: readonly number[],
  value: number,
  polarity: Polarity,
): LaitBand | undefined {
  if (polarity !== 'higher' && polarity !== 'lower') return undefined;
  const cuts = quartiles(values);
  if (!cuts) return undefined;
  // Position from the lowest quarter (0) to the highest (3), a cut point closing its quarter.
  const quarter = value <= cuts.lower ? 0 : value <= cuts.median ? 1 : value <= cuts.upper ? 2 : 3;
  const lowFirst: readonly LaitBand[] = ['A', 'B', 'C', 'D'];
  const highFirst: readonly LaitBand[] = ['D', 'C', 'B', 'A'];
  return (polarity === 'lower' ? lowFirst : highFirst)[quarter];
}
