/**
 * An import report as a CSV an analyst can open in a spreadsheet: one row per error and warning
 * (file, severity, line, column, value, message), after a row per file with its counts. Values
 * come from the analyst's file, so they are escaped against formula injection like every cell.
 */
import { toCsv, type CsvValue } from '../model';
import type { FileReport } from '../model';

export const REPORT_HEADER = ['file', 'kind', 'line', 'column', 'value', 'message'] as const;

/** Plain-English summary of a report's counts, e.g. "6 lines: 2 loaded, 3 rejected, 1 skipped". */
export function reportCounts(report: FileReport): string {
  return `${String(report.lines)} lines: ${String(report.loaded)} loaded, ${String(report.rejected)} rejected, ${String(report.skipped)} skipped`;
}

export function reportCsv(reports: readonly FileReport[]): string {
  const rows: CsvValue[][] = [[...REPORT_HEADER]];
  for (const report of reports) {
    const reasons = [...report.skippedReasons]
      .map(([reason, count]) => `${String(count)} ${reason}`)
      .join('; ');
    rows.push([
      report.file,
      'summary',
      null,
      null,
      null,
      `Layout ${report.layout}, encoding ${report.encoding}. ${reportCounts(report)}${reasons === '' ? '' : ` (skipped: ${reasons})`}. ${String(report.errors.length)} errors, ${String(report.warnings.length)} warnings.`,
    ]);
    for (const [kind, issues] of [
      ['error', report.errors],
      ['warning', report.warnings],
    ] as const) {
      for (const issue of issues) {
        rows.push([report.file, kind, issue.line, issue.column, issue.value, issue.message]);
      }
    }
  }
  return toCsv(rows);
}
