/**
 * Writing the dataset's CSV files the same way every time: UTF-8 without a BOM, LF line
 * endings, a final newline, quotes only where a cell needs them, numbers without float noise.
 */

/** A cell as written: quoted when it holds a comma, quote, line break or edge space. */
export function csvCell(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows (header first) as CSV text. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}

/**
 * A number at no more than `decimals` places, trailing zeros dropped (17.899999999999999 -> 17.9,
 * 29 -> 29). Throws if rounding would change the value by more than float noise, so a series
 * published to more places than expected is noticed rather than silently rounded.
 */
export function formatPublished(value: number, decimals: number): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  if (Math.abs(rounded - value) > 1e-6 * Math.max(1, Math.abs(value))) {
    throw new Error(`${value} has more than ${decimals} decimal places.`);
  }
  return String(rounded === 0 ? 0 : rounded);
}

/** A number written with exactly `decimals` places (29 -> "29.0" at 1). */
export function formatFixed(value: number, decimals: number): string {
  return value.toFixed(decimals);
}
