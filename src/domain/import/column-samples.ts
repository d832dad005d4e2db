/**
 * The distinct values of each column of a file, for the mapping step: the measure and unit
 * words to choose from and the file's indicator names to match. At most SAMPLE_LIMIT values a
 * column (a column with more is a value column, not one to choose from), in the order they first
 * appear.
 */
import { decodeBytes } from './bytes';
import { detectDelimiter, readRecords } from './csv';
import { normaliseHeader } from './vocabulary';

export const SAMPLE_LIMIT = 200;

/** By column name as written in `headers`: its distinct values, and whether there were more. */
export interface ColumnSample {
  readonly values: readonly string[];
  readonly more: boolean;
}

export function columnSamples(
  bytes: Uint8Array,
  headers: readonly string[],
): Map<string, ColumnSample> {
  const out = new Map<string, ColumnSample>();
  const decoded = decodeBytes(bytes);
  if (decoded.refused !== null) return out;
  const wanted = headers.map(normaliseHeader);
  const seen = headers.map(() => new Set<string>());
  const more = headers.map(() => false);
  let header = false;
  readRecords(decoded.text, detectDelimiter(decoded.text.slice(0, 65536)), (records) => {
    for (const cells of records) {
      if (!header) {
        header =
          cells.length >= wanted.length &&
          wanted.every((name, i) => normaliseHeader(cells[i] ?? '') === name);
        continue;
      }
      for (let i = 0; i < seen.length; i++) {
        const text = (cells[i] ?? '').trim();
        const set = seen[i];
        if (text === '' || !set || set.has(text)) continue;
        if (set.size < SAMPLE_LIMIT) set.add(text);
        else more[i] = true;
      }
    }
    return true;
  });
  headers.forEach((name, i) => {
    if (name.trim() !== '') out.set(name, { values: [...(seen[i] ?? [])], more: more[i] ?? false });
  });
  return out;
}
