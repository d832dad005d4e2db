/**
 * From text to records: line endings made `\n`, the delimiter detected (comma, semicolon or
 * tab), then papaparse reads the text in chunks as arrays of strings (never typed, never keyed
 * by header). A record is what a spreadsheet shows as one row: a quoted cell with line breaks
 * inside stays in one record.
 */
import Papa from 'papaparse';

export type Delimiter = ',' | ';' | '\t';

/** CRLF and lone CR become LF (inside quoted cells too). Returns the text unchanged if it has no CR. */
export function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Counts a character outside double quotes in one line of text. */
function countOutsideQuotes(line: string, char: string): number {
  let count = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === char) count++;
  }
  return count;
}

/**
 * The delimiter of the first 20 lines: the candidate that appears on most lines with the same
 * count as on the busiest line (title rows above a header have fewer). Comma when nothing wins.
 */
export function detectDelimiter(text: string): Delimiter {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < 20 && start < text.length) {
    const end = text.indexOf('\n', start);
    const line = end === -1 ? text.slice(start) : text.slice(start, end);
    if (line.trim() !== '') lines.push(line);
    if (end === -1) break;
    start = end + 1;
  }
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const candidate of [',', ';', '\t'] as const) {
    const counts = lines.map((line) => countOutsideQuotes(line, candidate));
    const most = Math.max(0, ...counts);
    if (most === 0) continue;
    const score = counts.filter((n) => n === most).length * 1000 + most;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** A quoting problem papaparse found, on a record of the file (1-based). */
export interface QuoteProblem {
  readonly line: number;
  readonly code: string;
}

export interface ChunkInfo {
  /** Records handed over so far. */
  readonly records: number;
  /** Characters of the text read so far. */
  readonly chars: number;
}

/**
 * Reads `text` record by record. `onRecords` gets each chunk's records and the line number of
 * the first (records are numbered from 1); return false from it to stop. A final newline does
 * not make an extra empty record. Runs synchronously.
 */
export function readRecords(
  text: string,
  delimiter: Delimiter,
  onRecords: (
    records: readonly (readonly string[])[],
    firstLine: number,
    quoteProblems: readonly QuoteProblem[],
    info: ChunkInfo,
  ) => boolean,
  chunkSize = 1 << 20,
): {
  readonly records: number;
  readonly quoteProblems: readonly QuoteProblem[];
  readonly stopped: boolean;
} {
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  const quoteProblems: QuoteProblem[] = [];
  let records = 0;
  let stopped = false;
  if (body === '') return { records: 0, quoteProblems, stopped };
  Papa.parse<string[]>(body, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    chunkSize,
    // For a string, papaparse runs the chunks synchronously, before parse() returns.
    complete: () => undefined,
    chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
      const first = records + 1;
      const before = quoteProblems.length;
      for (const error of results.errors) {
        // A row index at or past the chunk's end is a partial record papaparse carries into the
        // next chunk, where it is parsed (and reported) again.
        if (
          error.type === 'Quotes' &&
          typeof error.row === 'number' &&
          error.row < results.data.length &&
          !quoteProblems.some((p) => p.line === first + (error.row ?? 0) && p.code === error.code)
        ) {
          quoteProblems.push({ line: first + error.row, code: error.code });
        }
      }
      records += results.data.length;
      const go = onRecords(results.data, first, quoteProblems.slice(before), {
        records,
        chars: results.meta.cursor,
      });
      if (!go) {
        stopped = true;
        parser.abort();
      }
    },
  });
  return { records, quoteProblems, stopped };
}
