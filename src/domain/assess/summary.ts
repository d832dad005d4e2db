/**
 * Averages and quartiles of a handful of figures (a council's ten statistical neighbours).
 * Quartiles use linear interpolation between the closest ranks (R's type 7, the same as Excel's
 * QUARTILE.INC and PERCENTILE.INC), so an analyst can check any figure in a spreadsheet.
 */

/** The arithmetic mean; undefined for no values. */
export function mean(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * The `p` quantile (0 to 1) by linear interpolation between closest ranks (QUARTILE.INC):
 * position (n - 1) x p in the sorted values. One value is its own every quantile; undefined for
 * no values.
 */
export function quantile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  return quantileOfSorted(ascending(values), p);
}

/** The lower quartile, median and upper quartile, as quantile gives them, from one sort;
 * undefined for no values. */
export function quartiles(
  values: readonly number[],
): { readonly lower: number; readonly median: number; readonly upper: number } | undefined {
  if (values.length === 0) return undefined;
  const sorted = ascending(values);
  return {
    lower: quantileOfSorted(sorted, 0.25),
    median: quantileOfSorted(sorted, 0.5),
    upper: quantileOfSorted(sorted, 0.75),
  };
}

function ascending(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

function quantileOfSorted(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const low = sorted[below] ?? 0;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
  return low + (high - low) * (position - below);
}

/** The median (the middle value, or the mean of the middle two); undefined for no values. */
export function median(values: readonly number[]): number | undefined {
  return quantile(values, 0.5);
}
