/**
 * Reading a large file in two halves at the same time (two workers, on the two or more cores a
 * council laptop has), then putting the halves back together into exactly what reading the file
 * in one go gives.
 *
 * planSplit finds a cut: the first line break at or after the middle of the file that is not
 * inside a quoted cell (tracked as papaparse reads quotes: a quote opens a cell only at its start,
 * `""` inside is a quote mark, and a quote followed by a delimiter or line break closes it). The
 * first half is the file up to the cut; the second is the header line followed by the rest.
 *
 * mergeHalves puts the two results together, or returns null when it cannot be sure the result is
 * the same as one reading, and the file is then read again in one go. That is when the layout is
 * not one figure per line (tidy, mapped, LAIT long), the header is not the first line, either
 * half met a quote it could not close, the halves were decoded differently, the second half has
 * any error or warning (messages may name lines, or say how many lines share a problem, which
 * only a reading of the whole file can count), or the same indicator, area and period appears in
 * both halves (a duplicate is judged against the line that came first). The first half's errors
 * and warnings are already right as they are, because its lines are numbered from the top.
 */
import type { ObservationColumns } from '../model';
import type { FileReport } from '../model';
import type { ImportResult } from './context';
import { MAX_LISTED_ISSUES } from './report';

/** Files smaller than this are read in one go: two readers would save too little to matter. */
export const SPLIT_MIN_BYTES = 4 * 1024 * 1024;

export interface SplitPlan {
  /** Where the header line ends (just after its line break). */
  readonly headerEnd: number;
  /** Where the second half starts (just after a line break). */
  readonly cut: number;
}

const QUOTE = 34;
const NEWLINE = 10;
const RETURN = 13;

const endsCell = (byte: number | undefined): boolean =>
  byte === undefined ||
  byte === 44 ||
  byte === 59 ||
  byte === 9 ||
  byte === NEWLINE ||
  byte === RETURN;

/** Whether a quote mark after this byte opens a quoted cell (it starts the cell). */
const startsCell = (previous: number | undefined): boolean =>
  previous === 44 || previous === 59 || previous === 9 || previous === NEWLINE;

/** Where the cut is looked for from: the middle of a file of `length` bytes. */
export function splitMiddle(length: number): number {
  return length >>> 1;
}

/**
 * Where to cut `bytes` for reading in two halves, or null: for files under `minBytes`, files in
 * UTF-16 (whose line breaks are not single bytes), files with line breaks of a carriage return
 * alone, and files with no line break outside quotes after `middle` (tests move it).
 *
 * The cut is the first line break at or after the middle that is not inside a quoted cell, as
 * papaparse reads quotes. Rather than look at every byte before the middle (about 100 ms for a
 * 20 MB file, before the second reader could start), it jumps with the typed array's own
 * indexOf from quote mark to quote mark, checking the carriage returns and line breaks between.
 */
export function planSplit(
  bytes: Uint8Array,
  minBytes = SPLIT_MIN_BYTES,
  middle = splitMiddle(bytes.length),
): SplitPlan | null {
  const length = bytes.length;
  if (length < minBytes || length < 4) return null;
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return null;
  const next = (byte: number, from: number): number => {
    const at = bytes.indexOf(byte, from);
    return at < 0 ? length : at;
  };
  let headerEnd = 0;
  let i = 0;
  while (i < length) {
    // Outside quotes from i to the next quote mark that opens a cell.
    let open = next(QUOTE, i);
    while (open < length && open > 0 && !startsCell(bytes[open - 1])) open = next(QUOTE, open + 1);
    if (headerEnd === 0) {
      const lineBreak = next(NEWLINE, i);
      if (lineBreak < open) headerEnd = lineBreak + 1;
    }
    const cutAt = next(NEWLINE, Math.max(i, middle));
    const stop = Math.min(cutAt, open);
    // Carriage returns outside quotes must start a Windows line break.
    const outside = bytes.subarray(i, stop);
    for (let at = outside.indexOf(RETURN); at >= 0; at = outside.indexOf(RETURN, at + 1))
      if (bytes[i + at + 1] !== NEWLINE) return null;
    if (cutAt < open) return cutAt + 1 < length ? { headerEnd, cut: cutAt + 1 } : null;
    if (open >= length) return null;
    // A quoted cell ends at a quote mark that is not doubled and ends the cell.
    let close = next(QUOTE, open + 1);
    for (;;) {
      if (close >= length) return null;
      if (bytes[close + 1] === QUOTE) close = next(QUOTE, close + 2);
      else if (endsCell(bytes[close + 1])) break;
      else close = next(QUOTE, close + 1);
    }
    i = close + 1;
  }
  return null;
}

/**
 * The plan planSplit will most likely make for a file of `length` bytes, judged from its first
 * bytes (`head`, up to the first line break at least) and the bytes from its middle
 * (`fromMiddle`), so that a second reader can start before anyone has the whole file: the first
 * line break after the middle, with no quoted cell across it. Null where that cannot be told
 * from these bytes (a quote mark or a lone carriage return in the header line, a UTF-16 file,
 * no line break). Only a guess: a quoted cell over several lines may span the middle. See
 * guessHolds for how it is checked.
 */
export function guessSplit(
  head: Uint8Array,
  fromMiddle: Uint8Array,
  length: number,
  minBytes = SPLIT_MIN_BYTES,
): SplitPlan | null {
  if (length < minBytes || length < 4) return null;
  const b0 = head[0];
  const b1 = head[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return null;
  const headerBreak = head.indexOf(NEWLINE);
  if (headerBreak < 0 || !plainHeader(head, headerBreak)) return null;
  const at = fromMiddle.indexOf(NEWLINE);
  if (at < 0) return null;
  const cut = splitMiddle(length) + at + 1;
  return cut < length ? { headerEnd: headerBreak + 1, cut } : null;
}

/**
 * Whether the line ending at `headerBreak` (a line feed) is one record however it is read: no
 * quote mark (which could start a cell holding line breaks) and no carriage return other than
 * the one of a CRLF (a lone one is a line break too).
 */
function plainHeader(bytes: Uint8Array, headerBreak: number): boolean {
  const line = bytes.subarray(0, headerBreak);
  const quote = line.indexOf(QUOTE);
  const carriageReturn = line.indexOf(RETURN);
  return quote < 0 && (carriageReturn < 0 || carriageReturn === headerBreak - 1);
}

/**
 * Whether a guessed plan (guessSplit) can be used for `bytes`, given `first`, the result of
 * reading the bytes up to its cut: the header is the file's first line and a plain one
 * (plainHeader), the cut falls just after the first line break at or past the middle, and the
 * first half did not end inside a quoted cell. A reading runs left to right, so the first half
 * is read exactly as the start of the whole file is, and a cut just after a line feed that is
 * not inside a quoted cell is where a record ends in the whole file too. This costs a look at
 * the header line and the line the cut ends, where planSplit scans every byte before the cut.
 */
export function guessHolds(
  bytes: Uint8Array,
  plan: SplitPlan,
  first: Pick<ImportResult, 'unclosedQuoteAtEnd'>,
  middle = splitMiddle(bytes.length),
): boolean {
  const headerBreak = bytes.indexOf(NEWLINE);
  return (
    plan.headerEnd === headerBreak + 1 &&
    plainHeader(bytes, headerBreak) &&
    plan.cut < bytes.length &&
    bytes.indexOf(NEWLINE, middle) === plan.cut - 1 &&
    !first.unclosedQuoteAtEnd
  );
}

/** The second half's bytes: the header line, then the file from the cut. */
export function secondHalf(bytes: Uint8Array, plan: SplitPlan): Uint8Array {
  const half = new Uint8Array(plan.headerEnd + bytes.length - plan.cut);
  half.set(bytes.subarray(0, plan.headerEnd));
  half.set(bytes.subarray(plan.cut), plan.headerEnd);
  return half;
}

const ONE_FIGURE_A_LINE = new Set(['tidy', 'mapped', 'lait-long']);
/** At most this many keys get a bit each (32 MB) when checking the halves for duplicates. */
const MAX_KEY_BITS = 2 ** 28;
const UNCLOSED_QUOTE = "The file's quoting is broken";
const HEADER = 'header';

function reasonsOk(report: FileReport): boolean {
  return (
    report.skippedReasons.get(HEADER) === 1 &&
    !report.skippedReasons.has('title row above the header')
  );
}

/** Codes of one dictionary in another's numbering, adding names the other lacks. */
function recode(names: readonly string[], into: string[], index: Map<string, number>): Uint32Array {
  const codes = new Uint32Array(names.length);
  names.forEach((name, code) => {
    let mapped = index.get(name);
    if (mapped === undefined) {
      mapped = into.length;
      into.push(name);
      index.set(name, mapped);
    }
    codes[code] = mapped;
  });
  return codes;
}

const joined = <T extends Uint32Array | Float64Array | Uint8Array>(
  a: T,
  b: T,
  make: (n: number) => T,
) => {
  const out = make(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

/**
 * The second half's figures appended to the first's (its lines renumbered to follow the first
 * half's), or null when a figure's indicator, area and period is in both halves.
 */
function mergeColumns(
  first: ObservationColumns,
  second: ObservationColumns,
  lineShift: number,
  maxKeyBits: number,
): ObservationColumns | null {
  const indicatorNames = [...first.indicatorNames];
  const areaNames = [...first.areaNames];
  const periodNames = [...first.periodNames];
  const indexOf = (names: readonly string[]) => new Map(names.map((name, i) => [name, i]));
  const indicatorCode = recode(second.indicatorNames, indicatorNames, indexOf(indicatorNames));
  const areaCode = recode(second.areaNames, areaNames, indexOf(areaNames));
  const periodCode = recode(second.periodNames, periodNames, indexOf(periodNames));
  // Keys the first half has: one bit per (indicator, area, period) when that is not too many
  // bits, else a set of periods per (indicator, area) pair. The loops below run once per file,
  // before the engine has optimised them, so they keep to locals and plain arithmetic.
  const areaCount = areaNames.length;
  const periodCount = periodNames.length;
  const keys = indicatorNames.length * areaCount * periodCount;
  // Bytes rather than 32-bit words: a byte is always a small integer, where a word with its top
  // bits set is a boxed number in code the engine has not optimised yet.
  const bits = keys <= maxKeyBits ? new Uint8Array(Math.ceil(keys / 8)) : null;
  const seen = new Map<number, Set<number>>();
  const firstIndicator = first.indicator;
  const firstArea = first.area;
  const firstPeriod = first.period;
  const firstLength = first.length;
  for (let i = 0; i < firstLength; i++) {
    const pair = (firstIndicator[i] as number) * areaCount + (firstArea[i] as number);
    const per = firstPeriod[i] as number;
    if (bits) {
      const key = pair * periodCount + per;
      bits[key >>> 3] = (bits[key >>> 3] as number) | (1 << (key & 7));
      continue;
    }
    let periods = seen.get(pair);
    if (!periods) {
      periods = new Set();
      seen.set(pair, periods);
    }
    periods.add(per);
  }
  // The coded columns are written straight into the joined ones, after the first half's.
  const n = second.length;
  const total = firstLength + n;
  const indicator = new Uint32Array(total);
  const area = new Uint32Array(total);
  const period = new Uint32Array(total);
  const line = new Uint32Array(total);
  indicator.set(firstIndicator);
  area.set(firstArea);
  period.set(firstPeriod);
  line.set(first.line);
  const secondIndicator = second.indicator;
  const secondArea = second.area;
  const secondPeriod = second.period;
  const secondLine = second.line;
  for (let i = 0; i < n; i++) {
    // Codes of the second half's own dictionaries, so always in range.
    const ind = indicatorCode[secondIndicator[i] as number] as number;
    const ar = areaCode[secondArea[i] as number] as number;
    const per = periodCode[secondPeriod[i] as number] as number;
    const pair = ind * areaCount + ar;
    if (bits) {
      const key = pair * periodCount + per;
      if (((bits[key >>> 3] as number) & (1 << (key & 7))) !== 0) return null;
    } else if (seen.get(pair)?.has(per) === true) return null;
    const at = firstLength + i;
    indicator[at] = ind;
    area[at] = ar;
    period[at] = per;
    line[at] = (secondLine[i] as number) + lineShift;
  }
  const shifted = <T>(map: ReadonlyMap<number, T>): Map<number, T> => {
    const out = new Map<number, T>();
    for (const [row, item] of map) out.set(row + first.length, item);
    return out;
  };
  return {
    file: first.file,
    length: total,
    indicatorNames,
    areaNames,
    periodNames,
    indicator,
    area,
    period,
    value: joined(first.value, second.value, (k) => new Float64Array(k)),
    state: joined(first.state, second.state, (k) => new Uint8Array(k)),
    flags: joined(first.flags, second.flags, (k) => new Uint8Array(k)),
    numerator: joined(first.numerator, second.numerator, (k) => new Float64Array(k)),
    denominator: joined(first.denominator, second.denominator, (k) => new Float64Array(k)),
    line,
    targets: new Map([...first.targets, ...shifted(second.targets)]),
    notes: new Map([...first.notes, ...shifted(second.notes)]),
  };
}

/**
 * The two halves' results as one, or null when only reading the whole file can be trusted.
 * `maxKeyBits` bounds the memory for finding a figure in both halves (tests lower it).
 */
export function mergeHalves(
  first: ImportResult,
  second: ImportResult,
  maxKeyBits = MAX_KEY_BITS,
): ImportResult | null {
  const a = first.report;
  const b = second.report;
  if (a.layout !== b.layout || !ONE_FIGURE_A_LINE.has(a.layout)) return null;
  if (a.encoding !== b.encoding) return null;
  if (b.errors.length > 0 || b.warnings.length > 0 || b.rejected > 0) return null;
  if (!reasonsOk(a) || !reasonsOk(b)) return null;
  if (first.unclosedQuoteAtEnd) return null;
  if (a.errors.some((issue) => issue.message.startsWith(UNCLOSED_QUOTE))) return null;
  // Errors are listed up to a limit; past it, an unclosed quote might not be.
  if (a.errors.length >= MAX_LISTED_ISSUES) return null;
  for (const result of [first, second])
    if (
      result.definitions.length > 0 ||
      result.areas.length > 0 ||
      result.neighbours !== null ||
      result.suppliedComparators.length > 0
    )
      return null;
  // The second half's line 1 is the header; its line k + 1 is the whole file's line a.lines + k.
  const observations = mergeColumns(
    first.observations,
    second.observations,
    a.lines - 1,
    maxKeyBits,
  );
  if (observations === null) return null;
  const skippedReasons = new Map(a.skippedReasons);
  for (const [reason, count] of b.skippedReasons) {
    const add = reason === HEADER ? count - 1 : count;
    if (add > 0) skippedReasons.set(reason, (skippedReasons.get(reason) ?? 0) + add);
  }
  const offset = a.lines - 1;
  const notices = [
    ...(a.notices ?? []),
    ...(b.notices ?? []).map((n) => (n.line > 1 ? { ...n, line: n.line + offset } : n)),
  ];
  const report: FileReport = {
    ...a,
    ...(notices.length > 0 ? { notices } : {}),
    lines: a.lines + b.lines - 1,
    loaded: a.loaded + b.loaded,
    rejected: a.rejected,
    skipped: a.skipped + b.skipped - 1,
    skippedReasons,
  };
  return { ...first, report, observations };
}
