/**
 * What every layout reader shares: the file's facts (header, title rows, delimiter, indexes of
 * areas and indicators, the report) and the reading of one value cell with its checks (symbols,
 * `%` signs, ranges by unit). A layout reader gets each data line once, in order, and returns
 * its part of the ImportResult at the end.
 */
import { unescapeFormula } from '../model';
import type { ObservationColumns } from '../model';
import type { Area, IndicatorDefinition, MissingState, NeighbourLists, Unit } from '../model';
import type { ImportContext, SuppliedComparator } from './context';
import type { Delimiter } from './csv';
import { noticeMessage, parseValue, plainDecimal, type ValueOptions } from './numbers';
import type { ReportBuilder } from './report';
import type { AreaIndex, IndicatorIndex } from './resolve';
import { unitPhrase } from './vocabulary';

export interface FileInfo {
  readonly file: string;
  readonly report: ReportBuilder;
  readonly context: ImportContext;
  /** The header row's cells, as written. */
  readonly header: readonly string[];
  readonly headerLine: number;
  /** The text of the title rows above the header (their non-blank cells joined by spaces). */
  readonly titleRows: readonly string[];
  readonly delimiter: Delimiter;
  readonly valueOptions: ValueOptions;
  readonly areas: AreaIndex;
  readonly indicators: IndicatorIndex;
}

export interface LayoutOutput {
  readonly observations?: ObservationColumns;
  readonly definitions?: readonly IndicatorDefinition[];
  readonly areas?: readonly Area[];
  readonly neighbours?: NeighbourLists;
  readonly suppliedComparators?: readonly SuppliedComparator[];
}

export interface LayoutReader {
  /**
   * Reads one data line (title rows, the header, blank, total and footnote lines never get
   * here).
   */
  row(cells: readonly string[], line: number): void;
  finish(): LayoutOutput;
}

/** A value read from a cell. */
export interface CellValue {
  readonly value: number;
  readonly missing: MissingState | null;
  readonly lowReliability: boolean;
  readonly note: string | null;
}

/** The one object readValueCell returns, refilled by each call (a file has millions of cells). */
const cellValue: { -readonly [K in keyof CellValue]: CellValue[K] } = {
  value: NaN,
  missing: null,
  lowReliability: false,
  note: null,
};

function filled(
  value: number,
  missing: MissingState | null,
  lowReliability: boolean,
  note: string | null,
): CellValue {
  cellValue.value = value;
  cellValue.missing = missing;
  cellValue.lowReliability = lowReliability;
  cellValue.note = note;
  return cellValue;
}

/** Why a number cannot be a value of this unit, or null. */
export function rangeProblem(value: number, unit: Unit, raw: string): string | null {
  switch (unit) {
    case 'percent':
      if (value > 100) return `"${raw}" is more than 100%`;
      if (value < 0) return `"${raw}" is less than 0%`;
      return null;
    case 'rate-per-10k':
      if (value < 0) return `"${raw}" is negative, and a rate per 10,000 cannot be`;
      if (value > 10000) return `"${raw}" is more than 10,000 per 10,000 (more than every child)`;
      return null;
    case 'count':
    case 'days':
    case 'working-days':
    case 'score':
      if (value < 0) return `"${raw}" is negative, and ${unitPhrase(unit)} cannot be`;
      return null;
    case 'currency':
      return null;
  }
}

/**
 * Reads a value cell and checks it: symbols (with their notices aggregated into one warning
 * each), a `%` sign only on a percentage, the range of the unit. Reports an error and returns
 * null when the cell cannot be loaded. `indicator` and `period` name the value in messages
 * ("CSC-REREF in 2024-25 Q2"); they are only put together when there is a problem. The object
 * returned is reused by the next call: read what you need from it first.
 */
export function readValueCell(
  info: FileInfo,
  cell: string,
  column: string,
  line: number,
  unit: Unit | null,
  indicator: string,
  period: string,
  notLoaded: string,
  /** Whether an empty cell is worth a warning (not in wide files, where most cells may be). */
  warnIfEmpty = true,
): CellValue | null {
  let text = cell;
  const plain = plainDecimal(text);
  if (!Number.isNaN(plain) && !(info.valueOptions.decimalComma && text.includes('.'))) {
    if (unit !== null && (plain < 0 || plain > 100)) {
      const problem = rangeProblem(plain, unit, text);
      if (problem !== null) {
        info.report.error(
          line,
          column,
          text,
          `${problem} (${indicator} in ${period}). ${notLoaded}`,
        );
        return null;
      }
    }
    return filled(plain, null, false, null);
  }
  text = cell.trim();
  if (text === '' && warnIfEmpty) {
    info.report.aggregate(`empty|${column}`, line, column, '', (count, first) =>
      count === 1
        ? `The "${column}" cell is empty on line ${first}: it was read as blank (not given), never as zero. Write c, x or z if the figure is suppressed, not available or not applicable.`
        : `The "${column}" cell is empty on ${count.toLocaleString('en-GB')} lines (first on line ${first}): they were read as blank (not given), never as zero. Write c, x or z if a figure is suppressed, not available or not applicable.`,
    );
  }
  const result = parseValue(text, info.valueOptions);
  if (!result.ok) {
    info.report.error(line, column, text, `${result.message} ${notLoaded}`);
    return null;
  }
  if (result.notice) {
    const notice = result.notice;
    info.report.aggregate(
      `${notice.kind}|${notice.symbol.toLowerCase()}`,
      line,
      column,
      text,
      (count, first) => noticeMessage(notice, count, first),
    );
  }
  if (result.value.kind === 'missing') {
    return filled(NaN, result.value.state, false, result.note);
  }
  if (result.percentSign && unit !== null && unit !== 'percent') {
    info.report.error(
      line,
      column,
      text,
      `"${text}" has a % sign, but ${indicator} in ${period} is ${unitPhrase(unit)}. ${notLoaded}`,
    );
    return null;
  }
  const value = result.value.value;
  const effectiveUnit = unit ?? (result.percentSign ? 'percent' : null);
  if (effectiveUnit !== null) {
    const problem = rangeProblem(value, effectiveUnit, text);
    if (problem !== null) {
      info.report.error(line, column, text, `${problem} (${indicator} in ${period}). ${notLoaded}`);
      return null;
    }
  }
  return filled(value, null, result.value.lowReliability, result.note);
}

/**
 * The cell at `index`, or '' when the index is -1 or past the end of the row. A cell escaped
 * against formula injection (`'=...`, as the app writes them) is read without its apostrophe.
 */
export function cellAt(cells: readonly string[], index: number): string {
  return index < 0 ? '' : unescapeFormula(cells[index] ?? '');
}
