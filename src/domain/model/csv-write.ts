/**
 * Writing CSV files the app hands to people (reports, published data): UTF-8 text, LF line
 * endings, a final newline, quotes only where a cell needs them. Text cells are escaped against
 * formula injection (see formula-escape.ts); numbers are written as plain decimals, never in
 * exponent form (the importer refuses `1E5`), with exactly the digits that read back as the
 * same number.
 */
import { escapeFormula } from './formula-escape';

/** A cell: text, a number, or nothing (an empty cell). */
export type CsvValue = string | number | null;

/**
 * A finite number as a plain decimal that parses back to exactly the same number: the shortest
 * round-trip digits (as String gives them) with any exponent written out. -0 is written as 0.
 */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`${String(value)} cannot be written to a CSV.`);
  if (value === 0) return '0';
  const text = String(value);
  const e = text.indexOf('e');
  if (e < 0) return text;
  const negative = text.startsWith('-');
  const mantissa = text.slice(negative ? 1 : 0, e);
  const exponent = Number(text.slice(e + 1));
  const point = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const pointAt = (point < 0 ? mantissa.length : point) + exponent;
  let out: string;
  if (pointAt <= 0) out = `0.${'0'.repeat(-pointAt)}${digits}`;
  else if (pointAt >= digits.length) out = digits + '0'.repeat(pointAt - digits.length);
  else out = `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
  return negative ? `-${out}` : out;
}

/** One cell as written: numbers plain, text escaped and quoted when it needs quotes. */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return plainNumber(value);
  const text = escapeFormula(value);
  return /[",;\t\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows (the header first) as CSV text. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  let out = '';
  for (const row of rows) out += `${row.map(csvCell).join(',')}\n`;
  return out;
}
