/**
 * Comparing figures as they are shown. Every judgement in the engine (RAG, direction of travel,
 * better or worse than a comparator, ranks) is made on the value rounded to the indicator's
 * displayed decimal places, so a member never sees "90.0%" marked below a 90% target.
 */

/** Rounds half away from zero at `decimals` places, as a displayed figure reads. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  // The tiny epsilon keeps 1.005 * 100 = 100.49999... from rounding down.
  const rounded = Math.round(scaled + 1e-9 * Math.max(1, scaled)) / factor;
  return Math.sign(value) * rounded;
}

/**
 * The value as a whole number of its last displayed decimal place: 89.96 at 1 place is 900.
 * Integers compare exactly, so boundary tests (on target, on the tolerance line) never depend
 * on floating-point noise.
 */
export function toUnits(value: number, decimals: number): number {
  return Math.round(roundTo(value, decimals) * 10 ** decimals);
}

/** Back from display units to the indicator's own units: 900 at 1 place is 90. */
export function fromUnits(units: number, decimals: number): number {
  return units / 10 ** decimals;
}
