/**
 * Repeated identical issues as one: a file whose `unit` column says "Persons" on 96 lines gets one
 * entry ("lines 2–97: "Persons" is not a unit the scorecard knows…, 96 lines") instead of 96.
 * Issues are the same when their column, value and message are. The largest group comes first
 * (then by first line), so the explanation for most of a file's lines is at the top; it is said
 * once, before the lines it is about.
 */
import type { ReportIssue } from '../model';

export interface IssueGroup {
  /** The first issue of the group (its line is the first line). */
  readonly issue: ReportIssue;
  /** How many issues the group stands for. */
  readonly count: number;
  /** Its lines as runs: [[2, 97]] for lines 2 to 97; [[0, 0]] for the whole file. */
  readonly runs: readonly (readonly [number, number])[];
}

/** Runs listed in full before the rest are counted. */
const RUNS_SHOWN = 6;

/** Issues grouped by column, value and message: the largest group first, then by first line. */
export function groupIssues(issues: readonly ReportIssue[]): IssueGroup[] {
  const groups = new Map<string, { issue: ReportIssue; lines: number[] }>();
  for (const issue of issues) {
    const key = `${issue.column}\u0000${issue.value}\u0000${issue.message}`;
    const group = groups.get(key);
    if (group) group.lines.push(issue.line);
    else groups.set(key, { issue, lines: [issue.line] });
  }
  return [...groups.values()]
    .map(({ issue, lines }) => {
      const sorted = [...new Set(lines)].sort((a, b) => a - b);
      const runs: [number, number][] = [];
      for (const line of sorted) {
        const last = runs.at(-1);
        if (last && line === last[1] + 1) last[1] = line;
        else runs.push([line, line]);
      }
      return { issue, count: lines.length, runs };
    })
    .sort((a, b) => b.count - a.count);
}

/** "2–97", "2–40, 42–97", "3, 5, 7 and 12 more"; "whole file" for line 0. */
export function runsText(runs: readonly (readonly [number, number])[]): string {
  const shown = runs
    .slice(0, RUNS_SHOWN)
    .map(([a, b]) =>
      a === 0 && b === 0 ? 'whole file' : a === b ? String(a) : `${String(a)}–${String(b)}`,
    );
  const rest = runs.length - RUNS_SHOWN;
  return rest > 0 ? `${shown.join(', ')} and ${String(rest)} more` : shown.join(', ');
}

/** Where a group is: "line 16", "lines 2–97 (96 lines)", "the whole file". */
export function groupWhere(group: IssueGroup): string {
  const only = group.runs[0];
  if (group.runs.length === 1 && only && only[0] === 0 && only[1] === 0) return 'the whole file';
  if (group.count === 1 && only) return `line ${String(only[0])}`;
  return `lines ${runsText(group.runs)} (${group.count.toLocaleString('en-GB')} lines)`;
}

/**
 * A group as one sentence for the command line: `q2.csv, lines 2–97 (96 lines), column "unit":
 * "Persons" is not a unit…`.
 */
export function formatIssueGroup(file: string, group: IssueGroup): string {
  const column = group.issue.column === '' ? '' : `, column "${group.issue.column}"`;
  const where = groupWhere(group);
  return `${where === 'the whole file' ? file : `${file}, ${where}`}${column}: ${group.issue.message}`;
}
