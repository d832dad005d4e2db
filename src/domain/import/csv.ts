/**
 * From text to records: line endings made `\n`, the delimiter detected (comma, semicolon or
 * tab), then papaparse reads the text in chunks as arrays of strings (never typed, never keyed
 * by header). A record is what a spreadsheet shows as one row: a quoted cell with line breaks
 * inside stays in one record.
 */
import Papa from 'papaparse';
import { DOUBLE_ENCODED, type TextPiece } from './bytes';

export type Delimiter = ',' | ';' | '\t';

/** Whether text has a first character of a DOUBLE_ENCODED pattern: a quick test before the full one. */
const maybeDoubleEncoded = (text: string) =>
  text.includes('\u00c2') || text.includes('\u00c3') || text.includes('\u00e2');

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
  /** Where the quote mark is, in characters of the text with line endings made `\n`. */
  readonly offset: number;
}

export interface ChunkInfo {
  /** Records handed over so far. */
  readonly records: number;
  /** How far the source has been read: bytes of the file (or characters of a string). */
  readonly read: number;
  /** Whether a double-encoding pattern (DOUBLE_ENCODED) occurs in this chunk's text. */
  readonly doubleEncoded: boolean;
}

/** Splits a string into pieces, for reading a string like a file. */
function* stringPieces(text: string, size: number): Generator<TextPiece> {
  for (let start = 0; start < text.length; start += size) {
    const end = Math.min(text.length, start + size);
    yield { text: text.slice(start, end), end };
  }
}

/**
 * The pieces with line endings made `\n`. A CR at the end of a piece waits for the next, in case
 * the LF of its CRLF starts it.
 */
function* normalisedPieces(pieces: Iterable<TextPiece>): Generator<TextPiece> {
  let held = '';
  let end = 0;
  for (const piece of pieces) {
    let text = held + piece.text;
    held = '';
    if (text.endsWith('\r')) {
      held = '\r';
      text = text.slice(0, -1);
    }
    end = piece.end;
    yield { text: normaliseNewlines(text), end };
  }
  if (held !== '') yield { text: '\n', end };
}

/**
 * Reads text record by record: papaparse's Parser is run on each piece (with the part of a
 * record cut off at the end of the last piece carried over), in a plain loop, so only one
 * piece's records are alive at a time. `onRecords` gets each chunk's records and the line
 * number of the first (records are numbered from 1); return false from it to stop. Line
 * endings become `\n`; a final newline does not make an extra empty record. Cells are never
 * typed. Runs synchronously.
 */
export function readRecords(
  source: string | Iterable<TextPiece>,
  delimiter: Delimiter,
  onRecords: (
    records: readonly (readonly string[])[],
    firstLine: number,
    quoteProblems: readonly QuoteProblem[],
    info: ChunkInfo,
  ) => boolean,
  chunkSize = 1 << 16,
): {
  readonly records: number;
  readonly quoteProblems: readonly QuoteProblem[];
  readonly stopped: boolean;
} {
  const pieces = normalisedPieces(
    typeof source === 'string' ? stringPieces(source, chunkSize) : source,
  );
  const quoteProblems: QuoteProblem[] = [];
  const config = {
    delimiter,
    newline: '\n' as const,
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
  };
  let records = 0;
  let carry = '';
  /** Characters of the normalised text before `carry`. */
  let start = 0;
  // A record longer than a piece (one 100 MB line) is not parsed again from its start at every
  // piece: text is gathered until it is at least twice what the last unfinished parse saw, so
  // the work stays linear in the file's length.
  let waitFor = 0;
  let next = pieces.next();
  while (!next.done) {
    const piece = next.value;
    next = pieces.next();
    const last = next.done === true;
    if (!last && carry.length + piece.text.length < waitFor) {
      carry += piece.text;
      continue;
    }
    let input = carry + piece.text;
    // A final newline ends the last record; it does not start an empty one.
    if (last && input.endsWith('\n')) input = input.slice(0, -1);
    if (input === '') {
      carry = '';
      continue;
    }
    const parsed = new Papa.Parser(config).parse(input, 0, !last) as Papa.ParseResult<string[]>;
    carry = last ? '' : input.slice(parsed.meta.cursor);
    const inputStart = start;
    start += input.length - carry.length;
    waitFor = parsed.data.length === 0 ? input.length * 2 : 0;
    if (parsed.data.length === 0) continue;
    const first = records + 1;
    const problems: QuoteProblem[] = [];
    for (const error of parsed.errors) {
      // A row at or past the end of the data is the partial record carried to the next piece,
      // where it is parsed (and reported) again.
      if (
        error.type === 'Quotes' &&
        typeof error.row === 'number' &&
        error.row < parsed.data.length
      ) {
        const line = first + error.row;
        if (!problems.some((p) => p.line === line && p.code === error.code))
          problems.push({ line, code: error.code, offset: inputStart + (error.index ?? 0) });
      }
    }
    quoteProblems.push(...problems);
    records += parsed.data.length;
    const go = onRecords(parsed.data, first, problems, {
      records,
      read: piece.end,
      doubleEncoded: maybeDoubleEncoded(input) && DOUBLE_ENCODED.test(input),
    });
    if (!go) return { records, quoteProblems, stopped: true };
  }
  return { records, quoteProblems, stopped: false };
}

/**
 * The line of the text (counted from 1, each line break a new line, as a text editor counts)
 * that holds character `offset` of the text with line endings made `\n`. Used only to name the
 * line where a broken quote starts, so it reads the text again rather than counting every file's
 * line breaks as it is read.
 */
export function textLineAt(source: string | Iterable<TextPiece>, offset: number): number {
  const pieces = normalisedPieces(
    typeof source === 'string' ? stringPieces(source, 1 << 16) : source,
  );
  let line = 1;
  let at = 0;
  for (const piece of pieces) {
    const text = piece.text;
    const end = Math.min(text.length, offset - at);
    for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) line++;
    at += text.length;
    if (at >= offset) break;
  }
  return line;
}
