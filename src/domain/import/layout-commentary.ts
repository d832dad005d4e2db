/**
 * Commentary files: `indicator,area,period,headline,text,action,owner,due,status`, one row per
 * action (a commentary with no actions is one row with the action columns empty). The rows of
 * one indicator, area and period make one commentary, its actions in line order; the headline
 * and text are given on the first of them, and later rows leave them empty (or repeat them
 * exactly). What the app publishes (write-commentary.ts) reads back to the same commentary.
 *
 * Like every layout, every line is accounted for: loaded, rejected with a reason, or skipped
 * with a counted reason. Text cells are kept exactly as written (spaces, line breaks inside
 * quotes, apostrophe escapes taken off); only the indicator, area, period, due and status cells
 * are trimmed.
 */
import {
  normaliseText,
  readDueDate,
  type ActionStatus,
  type Commentary,
  type CommentaryAction,
} from '../model';
import { unescapeFormula } from '../model';
import { parsePeriod, periodKey } from '../model';
import type { Area, FileReport, IndicatorDefinition } from '../model';
import { decodeBytes, refusalReason } from './bytes';
import { detectDelimiter, readRecords } from './csv';
import { ReportBuilder } from './report';
import { AreaIndex, IndicatorIndex } from './resolve';
import { normaliseHeader, normaliseWords } from './vocabulary';

/** The columns, in the order the app writes them. */
export const COMMENTARY_COLUMNS = [
  'indicator',
  'area',
  'period',
  'headline',
  'text',
  'action',
  'owner',
  'due',
  'status',
] as const;
type Column = (typeof COMMENTARY_COLUMNS)[number];

/** Other headings each column is found by (after normaliseHeader). */
const ALSO: Readonly<Record<Column, readonly string[]>> = {
  indicator: ['indicator_id', 'ref'],
  area: ['area_code', 'la', 'council'],
  period: ['reporting_period'],
  headline: ['summary'],
  text: ['commentary', 'explanation'],
  action: ['actions', 'what'],
  owner: ['action_owner', 'responsible'],
  due: ['due_date', 'action_due'],
  status: ['action_status'],
};

const STATUS_WORDS: ReadonlyMap<string, ActionStatus> = new Map<string, ActionStatus>([
  ['not started', 'not-started'],
  ['not-started', 'not-started'],
  ['in progress', 'in-progress'],
  ['in-progress', 'in-progress'],
  ['started', 'in-progress'],
  ['done', 'done'],
  ['complete', 'done'],
  ['completed', 'done'],
]);
const STATUS_HELP = 'Write "not started", "in progress" or "done".';

export interface CommentaryContext {
  readonly indicators: ReadonlyMap<string, IndicatorDefinition>;
  readonly areas: ReadonlyMap<string, Area>;
}

export interface CommentaryRead {
  /** In the order of their first line. */
  readonly commentary: readonly Commentary[];
  readonly report: FileReport;
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** Finds each column in the header; null for a column the file does not have. */
function columnsOf(header: readonly string[]): Map<Column, number> {
  const names = header.map(normaliseHeader);
  const found = new Map<Column, number>();
  for (const column of COMMENTARY_COLUMNS) {
    const index = names.findIndex((n) => n === column || ALSO[column].includes(n));
    if (index >= 0) found.set(column, index);
  }
  return found;
}

const isHeader = (cells: readonly string[]) => {
  const found = columnsOf(cells);
  return found.has('indicator') && found.has('area') && found.has('period');
};

/**
 * Reads a commentary file. Never throws for anything in the file. With no indicators (or no
 * areas) in the context, indicator (or area) cells are taken as written.
 */
export function readCommentaryCsv(
  bytes: Uint8Array,
  fileName: string,
  context: CommentaryContext,
): CommentaryRead {
  const report = new ReportBuilder(fileName);
  const refused = refusalReason(bytes);
  if (refused !== null) {
    report.error(0, '', '', refused);
    return { commentary: [], report: report.finish(0, 'refused', 'binary') };
  }
  const decoded = decodeBytes(bytes);
  if (decoded.refused !== null) {
    report.error(0, '', '', decoded.refused);
    return { commentary: [], report: report.finish(0, 'refused', decoded.encoding) };
  }
  for (const warning of decoded.warnings) report.warn(0, '', '', warning);
  const records: (readonly string[])[] = [];
  const quoteLines = new Set<number>();
  readRecords(decoded.text, detectDelimiter(decoded.text), (chunk, _first, problems) => {
    records.push(...chunk);
    for (const problem of problems) quoteLines.add(problem.line);
    return true;
  });
  const lines = records.length;
  const headerIndex = records.slice(0, 20).findIndex(isHeader);
  if (headerIndex < 0) {
    report.error(
      0,
      '',
      '',
      `This is not a commentary file: it needs the columns ${COMMENTARY_COLUMNS.join(', ')} (indicator, area and period at least) in a header row within the first 20 lines.`,
    );
    records.forEach((_, i) => report.skip(i + 1, 'not read: no commentary header'));
    return { commentary: [], report: report.finish(lines, 'unknown', decoded.encoding) };
  }
  const header = records[headerIndex] ?? [];
  const columns = columnsOf(header);
  const named = (column: Column) => (header[columns.get(column) ?? -1] ?? column).trim();
  const seenNames = new Map<string, number>();
  header.forEach((cell, index) => {
    const name = normaliseHeader(cell);
    if (name === '') return;
    const used = [...columns.values()].includes(index);
    if (seenNames.has(name) && used)
      report.error(
        0,
        cell.trim(),
        '',
        `The column "${cell.trim()}" is given twice; only the first is read.`,
      );
    seenNames.set(name, index);
  });
  const unread = header
    .filter((cell, index) => cell.trim() !== '' && ![...columns.values()].includes(index))
    .map((cell) => `"${cell.trim()}"`);
  if (unread.length > 0)
    report.warn(0, '', '', `These columns are not read: ${unread.join(', ')}.`);
  if (!columns.has('headline') && !columns.has('text') && !columns.has('action'))
    report.error(
      0,
      '',
      '',
      'The file has no headline, text or action column, so it holds no commentary.',
    );

  const areas = new AreaIndex(context.areas);
  const indicators = new IndicatorIndex(context.indicators);
  const groups = new Map<string, { line: number; commentary: Commentary }>();

  for (let i = 0; i < records.length; i++) {
    const line = i + 1;
    const cells = records[i] ?? [];
    if (i < headerIndex) {
      report.skip(line, isBlank(cells) ? 'blank line' : 'title row above the header');
      continue;
    }
    if (i === headerIndex) {
      report.skip(line, 'header');
      continue;
    }
    if (isBlank(cells)) {
      report.skip(line, 'blank line');
      continue;
    }
    if (quoteLines.has(line)) {
      report.error(
        line,
        '',
        '',
        'A quote mark on this line is not closed properly, so the line was not loaded.',
      );
      continue;
    }
    // A cell past the header is usually text with a comma and no quotes: its columns have
    // moved, so nothing on the line can be trusted.
    if (cells.slice(header.length).some((cell) => cell.trim() !== '')) {
      report.error(
        line,
        '',
        '',
        `This line has more cells than the header (${String(header.length)}): text with a comma in it needs quotes. The line was not loaded.`,
      );
      continue;
    }
    readLine(cells, line);
  }

  function cell(cells: readonly string[], column: Column): string {
    const index = columns.get(column);
    return index === undefined ? '' : unescapeFormula(cells[index] ?? '');
  }

  function readLine(cells: readonly string[], line: number): void {
    const problems: [Column, string, string][] = [];
    const indicatorText = cell(cells, 'indicator').trim();
    let indicator = indicatorText;
    if (indicatorText === '') problems.push(['indicator', '', 'The indicator is missing.']);
    else if (context.indicators.size > 0) {
      const found = indicators.find(indicatorText);
      if (found?.ok) indicator = found.definition.id;
      else
        problems.push([
          'indicator',
          indicatorText,
          found
            ? `"${indicatorText}" could be more than one indicator (${found.ambiguous.join(', ')}); give its id.`
            : `"${indicatorText}" is not an indicator the scorecard knows.`,
        ]);
    }
    const areaText = cell(cells, 'area').trim();
    let area = areaText;
    if (areaText === '') problems.push(['area', '', 'The area is missing.']);
    else if (context.areas.size > 0) {
      const found = areas.resolve(areaText);
      if (found.ok) area = found.area.code;
      else problems.push(['area', areaText, found.message]);
    }
    const periodText = cell(cells, 'period').trim();
    let period = '';
    const parsed = parsePeriod(periodText);
    if (parsed.ok) period = periodKey(parsed.period);
    else
      problems.push([
        'period',
        periodText,
        periodText === '' ? 'The period is missing.' : parsed.message,
      ]);

    const headline = cell(cells, 'headline');
    const text = normaliseText(cell(cells, 'text'));
    const what = cell(cells, 'action');
    const owner = cell(cells, 'owner');
    const dueText = cell(cells, 'due').trim();
    const statusText = cell(cells, 'status').trim();
    let action: CommentaryAction | null = null;
    if (what.trim() === '') {
      if (owner.trim() !== '' || dueText !== '' || statusText !== '')
        problems.push([
          'action',
          '',
          'An owner, due date or status is given with no action: say what the action is.',
        ]);
    } else {
      const due = dueText === '' ? null : readDueDate(dueText);
      if (dueText !== '' && due === null)
        problems.push([
          'due',
          dueText,
          `"${dueText}" is not a date: write it as 2025-12-31 or 31/12/2025.`,
        ]);
      let status: ActionStatus = 'not-started';
      if (statusText !== '') {
        const word = normaliseWords(statusText);
        const known = STATUS_WORDS.get(word);
        if (known) status = known;
        else if (word === 'overdue') {
          status = 'in-progress';
          report.warn(
            line,
            named('status'),
            statusText,
            'Overdue is worked out from the due date, so this action was read as in progress.',
          );
        } else
          problems.push(['status', statusText, `"${statusText}" is not a status. ${STATUS_HELP}`]);
      }
      action = { what, owner, due, status };
    }
    if (problems.length > 0) {
      for (const [column, value, message] of problems)
        report.error(line, named(column), value, `${message} This line was not loaded.`);
      return;
    }
    if (headline === '' && text === '' && action === null) {
      report.skip(line, 'no commentary on this line');
      return;
    }
    const key = `${indicator}\u001f${area}\u001f${period}`;
    const group = groups.get(key);
    if (!group) {
      groups.set(key, {
        line,
        commentary: { indicator, area, period, headline, text, actions: action ? [action] : [] },
      });
      report.markLoaded(line);
      return;
    }
    const was = group.commentary;
    for (const [column, value, before] of [
      ['headline', headline, was.headline],
      ['text', text, was.text],
    ] as const) {
      if (value !== '' && value !== before) {
        report.error(
          line,
          named(column),
          value.length > 60 ? `${value.slice(0, 57)}...` : value,
          `The ${column} differs from the one on line ${String(group.line)} for the same indicator, area and period; give it once, on the first line. This line was not loaded.`,
        );
        return;
      }
    }
    if (action === null) {
      report.skip(line, 'repeats the commentary of an earlier line');
      return;
    }
    group.commentary = { ...was, actions: [...was.actions, action] };
    report.markLoaded(line);
  }

  return {
    commentary: [...groups.values()].map((group) => group.commentary),
    report: report.finish(lines, 'commentary', decoded.encoding),
  };
}
