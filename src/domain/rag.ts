/**
 * Red/amber/green judgement of one value against its target.
 *
 * Boundary rules (written down so they are never a surprise):
 * - exactly on target is green;
 * - exactly on the amber tolerance line is amber;
 * - values are compared at the indicator's displayed precision, so 89.96 shown as "90.0"
 *   against a target of 90 is green.
 */
import type { Polarity } from './types';

export type RagStatus = 'green' | 'amber' | 'red' | 'not-rated' | 'no-target';

export interface RagInput {
  readonly value: number | null;
  readonly target: number | null;
  readonly polarity: Polarity;
  /** Amber band width in the indicator's own units (percentage points for percentages). */
  readonly tolerance: number;
  /** Decimal places the value is displayed with. */
  readonly decimals: number;
}

/** Rounds half away from zero at `decimals` places, as a displayed figure reads. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  // The tiny epsilon keeps 1.005 * 100 = 100.49999... from rounding down.
  const rounded = Math.round(scaled + 1e-9 * Math.max(1, scaled)) / factor;
  return Math.sign(value) * rounded;
}

/** Returns the RAG status of a value; a missing value or a context measure is never coloured. */
export function ragStatus(input: RagInput): RagStatus {
  const { value, target, polarity, tolerance, decimals } = input;
  if (polarity === 'none' || value === null) return 'not-rated';
  if (target === null) return 'no-target';
  const shown = roundTo(value, decimals);
  // Gap in the "good" direction: positive means better than target.
  const better = polarity === 'lower' ? target - shown : shown - target;
  const gap = polarity === 'range' ? -Math.abs(shown - target) : better;
  const gapShown = roundTo(gap, decimals);
  if (gapShown >= 0) return 'green';
  if (gapShown >= -roundTo(tolerance, decimals)) return 'amber';
  return 'red';
}
