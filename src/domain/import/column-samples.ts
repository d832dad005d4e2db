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

/**
 * Bytes looked at: a council's long export is far smaller, and reading the whole of a 100 MB file
 * only to list its columns' values would keep the analyst waiting. Values first seen further in
 * are not listed (the step's choices then leave them to the reader's own checks).
 */
export const SAMPLE_BYTES = 4 * 1000 * 1000;

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
  const cut = bytes.length <= SAMPLE_BYTES ? bytes.length : bytes.lastIndexOf(10, SAMPLE_BYTES) + 1;
  const decoded = decodeBytes(
    bytes.subarray(0, cut > 0 ? cut : Math.min(bytes.length, SAMPLE_BYTES)),
  );
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
