/**
 * The import report: every line of a file ends in exactly one of loaded, rejected or skipped
 * (with a counted reason); errors and warnings are listed separately with the line, column and
 * value they are about. ReportBuilder keeps the ledger while a file is read; formatReport and
 * reportToJson turn the finished FileReport into plain English and plain data.
 *
 * A line is a record as a spreadsheet shows it: counted from 1 at the top of the file (title
 * rows included), blank lines included, and a quoted cell with line breaks inside is one line.
 * A line that holds several values (a wide scorecard row, an EES row used by two measures) is
 * loaded when at least one of its values is loaded; values that were not are listed as errors.
 */
import {
  echo,
  echoMessage,
  GrowableColumns,
  MISSING_STATES,
  type ObservationColumns,
} from '../model';
import type { FileReport, Layout, ReportIssue } from '../model';
import { formatIssueGroup, groupIssues } from './error-groups';

/** At most this many errors (and as many warnings) are listed; the rest are counted. */
export const MAX_LISTED_ISSUES = 1000;
/** At most this many notices are listed. */
const MAX_NOTICES = 50;

const FLAG_ERROR = 1;
const FLAG_DROPPED = 2;

/** The per-line ledger: a skip reason's code (0: not skipped), flag bits, values loaded. */
const LEDGER_COLUMNS = { skipCode: Uint16Array, flags: Uint8Array, loaded: Uint32Array } as const;

interface Aggregate {
  readonly line: number;
  readonly column: string;
  readonly value: string;
  readonly message: (count: number, firstLine: number) => string;
  count: number;
}

/**
 * An issue as it is kept: the cell, header and message cut to a readable length (echo), so a
 * 100 MB cell never becomes a 100 MB message. Every importer message goes through here.
 */
function cutIssue(line: number, column: string, value: string, message: string): ReportIssue {
  return {
    line,
    column: echo(column),
    value: echo(value),
    message: echoMessage(message, [value, column]),
  };
}

/** Keeps the line ledger and the issues while a file is read. */
export class ReportBuilder {
  readonly file: string;
  private readonly ledger = new GrowableColumns(LEDGER_COLUMNS, 1024);
  private readonly reasons: string[] = [];
  private readonly reasonCodes = new Map<string, number>();
  private readonly errors: ReportIssue[] = [];
  private readonly warnings: ReportIssue[] = [];
  private readonly notices: ReportIssue[] = [];
  private readonly aggregates = new Map<string, Aggregate>();
  private errorCount = 0;
  private warningCount = 0;
  /** The error given to a line whose every value was dropped for a column-level reason. */
  droppedMessage =
    'None of the values on this line could be loaded (see the errors for its columns).';

  constructor(file: string) {
    this.file = file;
  }

  private ensure(line: number): void {
    this.ledger.ensure(line);
  }

  /** Counts the line as skipped for `reason` (a short lower-case phrase, e.g. "blank line"); returns its code. */
  skip(line: number, reason: string): number {
    this.ensure(line);
    // Reasons are a handful of phrases; should a file ever produce more than a Uint16 can
    // number, the rest share one.
    const known = this.reasonCodes.get(reason);
    const named = known !== undefined || this.reasons.length < 0xfffe ? reason : 'other reasons';
    let code = this.reasonCodes.get(named);
    if (code === undefined) {
      this.reasons.push(named);
      code = this.reasons.length;
      this.reasonCodes.set(named, code);
    }
    this.ledger.columns.skipCode[line] = code;
    return code;
  }

  isSkipped(line: number): boolean {
    return line < this.ledger.capacity && (this.ledger.columns.skipCode[line] ?? 0) !== 0;
  }

  /** An error about a line (line > 0) or the whole file (line 0). */
  error(line: number, column: string, value: string, message: string): void {
    if (line > 0) {
      this.ensure(line);
      this.ledger.columns.flags[line] = (this.ledger.columns.flags[line] ?? 0) | FLAG_ERROR;
    }
    this.errorCount++;
    if (this.errors.length < MAX_LISTED_ISSUES)
      this.errors.push(cutIssue(line, column, value, message));
  }

  hasError(line: number): boolean {
    return (
      line < this.ledger.capacity && ((this.ledger.columns.flags[line] ?? 0) & FLAG_ERROR) !== 0
    );
  }

  get errorTotal(): number {
    return this.errorCount;
  }

  warn(line: number, column: string, value: string, message: string): void {
    this.warningCount++;
    if (this.warnings.length < MAX_LISTED_ISSUES)
      this.warnings.push(cutIssue(line, column, value, message));
  }

  /** A notice: something skipped that the report shows with its text (title, footnote rows). */
  notice(line: number, message: string): void {
    if (this.notices.length < MAX_NOTICES)
      this.notices.push({ line, column: '', value: '', message: echoMessage(message) });
    else if (this.notices.length === MAX_NOTICES)
      this.notices.push({
        line: 0,
        column: '',
        value: '',
        message: 'More skipped rows are not listed.',
      });
  }

  get warningTotal(): number {
    return this.warningCount;
  }

  /** Skips a line that repeats an earlier one cell for cell, with a warning naming that line. */
  skipExactDuplicate(line: number, earlierLine: number): void {
    this.skip(line, 'exact duplicate of an earlier line');
    this.warn(
      line,
      '',
      '',
      `This line is an exact duplicate of line ${earlierLine}, so it was skipped.`,
    );
  }

  /**
   * One warning for every occurrence of the same thing (`key`), written when the file is done
   * with the count and the first line, e.g. `":" ... was read as x on 3 lines (first on line 4)`.
   */
  aggregate(
    key: string,
    line: number,
    column: string,
    value: string,
    message: (count: number, firstLine: number) => string,
  ): void {
    const existing = this.aggregates.get(key);
    if (existing) existing.count++;
    else this.aggregates.set(key, { line, column, value, message, count: 1 });
  }

  /** One more value of this line was loaded. */
  markLoaded(line: number): void {
    this.ensure(line);
    this.ledger.columns.loaded[line] = (this.ledger.columns.loaded[line] ?? 0) + 1;
  }

  /** One value of this line was loaded earlier and has now been taken out again. */
  unmarkLoaded(line: number): void {
    this.ensure(line);
    this.ledger.columns.loaded[line] = Math.max(0, (this.ledger.columns.loaded[line] ?? 0) - 1);
  }

  /** A value of this line was not loaded because of a problem reported against its column. */
  markDropped(line: number): void {
    this.ensure(line);
    this.ledger.columns.flags[line] = (this.ledger.columns.flags[line] ?? 0) | FLAG_DROPPED;
  }

  /** Finishes the ledger for lines 1..`lines` and returns the report. */
  finish(lines: number, layout: FileReport['layout'], encoding: string): FileReport {
    this.ensure(lines);
    let loaded = 0;
    let rejected = 0;
    let skipped = 0;
    const reasonCounts = new Array<number>(this.reasons.length + 1).fill(0);
    for (let line = 1; line <= lines; line++) {
      const code = this.ledger.columns.skipCode[line] ?? 0;
      const flags = this.ledger.columns.flags[line] ?? 0;
      if (code !== 0) {
        skipped++;
        reasonCounts[code] = (reasonCounts[code] ?? 0) + 1;
      } else if ((this.ledger.columns.loaded[line] ?? 0) > 0) {
        loaded++;
      } else if ((flags & FLAG_ERROR) !== 0) {
        rejected++;
      } else if ((flags & FLAG_DROPPED) !== 0) {
        rejected++;
        this.error(line, '', '', this.droppedMessage);
      } else {
        skipped++;
        const c = this.skip(line, 'no values on this line');
        reasonCounts[c] = (reasonCounts[c] ?? 0) + 1;
      }
    }
    const skippedReasons = new Map<string, number>();
    this.reasons.forEach((reason, index) => {
      const count = reasonCounts[index + 1] ?? 0;
      if (count > 0) skippedReasons.set(reason, count);
    });

    for (const aggregate of this.aggregates.values()) {
      this.warn(
        aggregate.line,
        aggregate.column,
        aggregate.value,
        aggregate.message(aggregate.count, aggregate.line),
      );
    }
    const byLine = (a: ReportIssue, b: ReportIssue) => a.line - b.line;
    const errors = [...this.errors].sort(byLine);
    const warnings = [...this.warnings].sort(byLine);
    if (this.errorCount > errors.length) {
      errors.push({
        line: 0,
        column: '',
        value: '',
        message: `${this.errorCount - errors.length} more errors are not listed (the first ${MAX_LISTED_ISSUES} are).`,
      });
    }
    if (this.warningCount > warnings.length) {
      warnings.push({
        line: 0,
        column: '',
        value: '',
        message: `${this.warningCount - warnings.length} more warnings are not listed (the first ${MAX_LISTED_ISSUES} are).`,
      });
    }
    return {
      file: this.file,
      layout,
      encoding,
      lines,
      loaded,
      rejected,
      skipped,
      skippedReasons,
      warnings,
      errors,
      ...(this.notices.length > 0 ? { notices: [...this.notices] } : {}),
    };
  }
}

/** One issue as a sentence: `q2.csv, line 16, column "value": "150%" is more than 100%. ...`. */
export function formatIssue(file: string, issue: ReportIssue): string {
  const where =
    issue.line === 0
      ? file
      : issue.column === ''
        ? `${file}, line ${issue.line}`
        : `${file}, line ${issue.line}, column "${issue.column}"`;
  return `${where}: ${issue.message}`;
}

const LAYOUT_NAMES: Readonly<Record<Layout | 'unknown' | 'refused', string>> = {
  tidy: 'tidy (one row per indicator, period and area)',
  'wide-scorecard': 'wide scorecard (one row per indicator, one column per period)',
  ees: 'DfE Explore Education Statistics open data',
  'lait-long': 'DfE LAIT long format',
  definitions: 'indicator definitions',
  neighbours: 'DfE statistical neighbours',
  areas: 'area register',
  mapped: 'columns mapped by hand',
  commentary: 'commentary (headline, text and actions per indicator, area and period)',
  unknown: 'not recognised',
  refused: 'not a CSV file',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The report in plain English, as the command-line check prints it. */
export function formatReport(report: FileReport): string {
  const out: string[] = [];
  out.push(report.file);
  out.push(`  Layout: ${LAYOUT_NAMES[report.layout]}. Encoding: ${report.encoding}.`);
  const reasons = [...report.skippedReasons].map(([reason, n]) => `${n} ${reason}`).join('; ');
  out.push(
    `  ${plural(report.lines, 'line')}: ${report.loaded} loaded, ${report.rejected} rejected, ${report.skipped} skipped${reasons === '' ? '' : ` (${reasons})`}.`,
  );
  // Repeated identical issues are said once, with the lines they are on (error-groups.ts).
  const listed = (issues: readonly ReportIssue[]) =>
    groupIssues(issues).map((group) =>
      group.count === 1
        ? `    ${formatIssue(report.file, group.issue)}`
        : `    ${formatIssueGroup(report.file, group)}`,
    );
  if (report.errors.length === 0) out.push('  No errors.');
  else {
    out.push(`  ${plural(report.errors.length, 'error')}:`);
    out.push(...listed(report.errors));
  }
  if (report.warnings.length === 0) out.push('  No warnings.');
  else {
    out.push(`  ${plural(report.warnings.length, 'warning')}:`);
    out.push(...listed(report.warnings));
  }
  const notices = report.notices ?? [];
  if (notices.length > 0) {
    out.push(`  ${plural(notices.length, 'notice')} (rows skipped, not loaded):`);
    for (const issue of notices) out.push(`    ${formatIssue(report.file, issue)}`);
  }
  return out.join('\n');
}

/** One observation as the CLI's `--values` lists it. */
export interface ValueRecord {
  readonly indicator: string;
  readonly period: string;
  readonly area: string;
  /** A number, or the missing state's code (c, x, z, low, blank). */
  readonly value: number | string;
}

export interface ReportJson {
  readonly file: string;
  readonly layout: string;
  readonly encoding: string;
  readonly lines: number;
  readonly loaded: number;
  readonly rejected: number;
  readonly skipped: number;
  readonly skippedReasons: Readonly<Record<string, number>>;
  readonly warnings: readonly ReportIssue[];
  readonly errors: readonly ReportIssue[];
  readonly notices?: readonly ReportIssue[];
  readonly values?: readonly ValueRecord[];
}

/** Every observation as `{ indicator, period, area, value }`, in file order. */
export function valueRecords(columns: ObservationColumns): ValueRecord[] {
  const records: ValueRecord[] = [];
  for (let i = 0; i < columns.length; i++) {
    const state = columns.state[i] ?? 0;
    records.push({
      indicator: columns.indicatorNames[columns.indicator[i] ?? 0] ?? '',
      period: columns.periodNames[columns.period[i] ?? 0] ?? '',
      area: columns.areaNames[columns.area[i] ?? 0] ?? '',
      value: state === 0 ? (columns.value[i] ?? NaN) : (MISSING_STATES[state - 1] ?? 'blank'),
    });
  }
  return records;
}

/**
 * The report as plain JSON-ready data (the skipped reasons as an object built without a
 * prototype, so no reason text can reach Object.prototype), with the values when given.
 */
export function reportToJson(report: FileReport, values?: ObservationColumns): ReportJson {
  const skippedReasons = Object.create(null) as Record<string, number>;
  for (const [reason, count] of report.skippedReasons) skippedReasons[reason] = count;
  const issue = (i: ReportIssue): ReportIssue => ({
    line: i.line,
    column: i.column,
    value: i.value,
    message: i.message,
  });
  return {
    file: report.file,
    layout: report.layout,
    encoding: report.encoding,
    lines: report.lines,
    loaded: report.loaded,
    rejected: report.rejected,
    skipped: report.skipped,
    skippedReasons,
    warnings: report.warnings.map(issue),
    errors: report.errors.map(issue),
    ...(report.notices ? { notices: report.notices.map(issue) } : {}),
    ...(values ? { values: valueRecords(values) } : {}),
  };
}
