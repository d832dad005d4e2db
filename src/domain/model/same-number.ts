/**
 * Whether two published figures are the same number. Figures read from different files can
 * differ in the last binary digits (13.1 against 13.100000000000001, from a sum or a spreadsheet
 * export), which is not a change. A relative tolerance of one part in a thousand million is far
 * below any precision a figure is stored or shown at (at most a few decimal places), so a real
 * change (13.1 against 13.2, or 0.0001 against 0.0002) is never taken for the same figure.
 */
export const SAME_NUMBER_TOLERANCE = 1e-9;

export function sameNumber(a: number, b: number): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= SAME_NUMBER_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/** A number as a person reads it: at most 12 significant digits (no 13.100000000000001). */
export function readableNumber(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(12))) : String(value);
}
