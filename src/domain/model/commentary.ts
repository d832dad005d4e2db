/**
 * The service's own words beside each figure: for one indicator, council and reporting period, a
 * one-line headline (shown on tiles and in the table), the explanation (plain text: paragraphs
 * and bullet lines are kept as typed, nothing is markup) and any number of actions (what, owner,
 * due date, status). Whether an action is overdue is never stored: it is worked out from its
 * due date and a date (today, or the reporting date). Commentary is kept in a Map keyed by
 * commentaryKey, never in a plain object.
 */
import { format, isBefore, isValid, parse, startOfDay } from 'date-fns';
import { comparePeriodKeys } from './periods';
import type { AreaCode, IndicatorId } from './ids';
import type { PeriodKey } from './types';

/** What an officer says of an action; overdue is worked out (actionState), never chosen. */
export type ActionStatus = 'not-started' | 'in-progress' | 'done';
export type ActionState = ActionStatus | 'overdue';

export const ACTION_STATUSES: readonly { readonly id: ActionStatus; readonly label: string }[] = [
  { id: 'not-started', label: 'Not started' },
  { id: 'in-progress', label: 'In progress' },
  { id: 'done', label: 'Done' },
];

export const ACTION_STATE_LABELS: Readonly<Record<ActionState, string>> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  overdue: 'Overdue',
};

export interface CommentaryAction {
  readonly what: string;
  /** A role, e.g. "Head of Service, MASH". */
  readonly owner: string;
  /** ISO date (YYYY-MM-DD), or null when no date is set. */
  readonly due: string | null;
  readonly status: ActionStatus;
}

export interface Commentary {
  readonly indicator: IndicatorId;
  /** Canonical area code (GSS). */
  readonly area: AreaCode;
  /** The reporting period the commentary is written for (canonical key, e.g. `2025-26 Q2`). */
  readonly period: PeriodKey;
  readonly headline: string;
  readonly text: string;
  readonly actions: readonly CommentaryAction[];
}

/** Commentary by commentaryKey. */
export type CommentaryBook = ReadonlyMap<string, Commentary>;

/** Length guidance shown as the officer types; longer text is kept, never cut. */
export const LENGTH_GUIDE = { headline: 120, text: 1500, what: 200, owner: 80 } as const;

/** The key of one indicator, council and period in a CommentaryBook. */
export function commentaryKey(indicator: string, area: string, period: PeriodKey): string {
  return `${indicator}\u001f${area}\u001f${period}`;
}

export const keyOf = (c: Pick<Commentary, 'indicator' | 'area' | 'period'>): string =>
  commentaryKey(c.indicator, c.area, c.period);

/** An empty commentary for the key (what the editor starts from). */
export function emptyCommentary(indicator: string, area: string, period: PeriodKey): Commentary {
  return { indicator, area, period, headline: '', text: '', actions: [] };
}

const blankAction = (a: CommentaryAction) =>
  a.what.trim() === '' && a.owner.trim() === '' && a.due === null;

/** True when there is nothing to say: no headline, no text, and no action with anything in it. */
export function isEmptyCommentary(c: Commentary): boolean {
  return c.headline.trim() === '' && c.text.trim() === '' && c.actions.every(blankAction);
}

/** Line endings as `\n` (what a text box gives and what the CSV reader gives back). */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

const segmenter = new Intl.Segmenter('en-GB', { granularity: 'grapheme' });

/** Characters as a reader counts them (one emoji or accented letter is one). */
export function characterCount(text: string): number {
  return Array.from(segmenter.segment(text)).length;
}

export interface LengthNote {
  readonly count: number;
  readonly guide: number;
  readonly over: boolean;
  /** "45 of 120 characters", "5 characters over the 120 suggested (nothing is cut)". */
  readonly text: string;
}

/** How long a text is against its guide, in words. */
export function lengthNote(text: string, guide: number): LengthNote {
  const count = characterCount(text);
  const over = count > guide;
  const plural = (n: number) => `${n.toLocaleString('en-GB')} character${n === 1 ? '' : 's'}`;
  return {
    count,
    guide,
    over,
    text: over
      ? `${plural(count - guide)} over the ${guide.toLocaleString('en-GB')} suggested (nothing is cut)`
      : `${count.toLocaleString('en-GB')} of ${guide.toLocaleString('en-GB')} characters`,
  };
}

/**
 * A due date as written in a file or a date box: `2025-12-31`, or `31/12/2025` (how Excel in
 * the UK writes it). Returns the ISO date, or null when the text is not a real date.
 */
export function readDueDate(text: string): string | null {
  const trimmed = text.trim();
  for (const pattern of ['yyyy-MM-dd', 'dd/MM/yyyy', 'd/M/yyyy']) {
    const date = parse(trimmed, pattern, new Date(2000, 0, 1));
    if (isValid(date) && format(date, pattern) === trimmed) return format(date, 'yyyy-MM-dd');
  }
  return null;
}

/**
 * The state of an action on the date `asAt`: overdue when it is not done and its due date is
 * before that day (an action due today is not overdue yet); otherwise its own status. An action
 * with no due date, or with a date that is not a real date, is never overdue.
 */
export function actionState(action: CommentaryAction, asAt: Date): ActionState {
  if (action.status === 'done' || action.due === null) return action.status;
  const due = parse(action.due, 'yyyy-MM-dd', asAt);
  if (!isValid(due)) return action.status;
  return isBefore(due, startOfDay(asAt)) ? 'overdue' : action.status;
}

/** Every non-empty commentary on one indicator for one council, newest period first. */
export function commentaryHistory(
  book: CommentaryBook,
  indicator: string,
  area: string,
): Commentary[] {
  const found: Commentary[] = [];
  for (const c of book.values())
    if (c.indicator === indicator && c.area === area && !isEmptyCommentary(c)) found.push(c);
  return found.sort((a, b) => comparePeriodKeys(b.period, a.period));
}

/** The newest non-empty commentary before `period` (last quarter's, usually), if any. */
export function previousCommentary(
  book: CommentaryBook,
  indicator: string,
  area: string,
  period: PeriodKey,
): Commentary | undefined {
  return commentaryHistory(book, indicator, area).find(
    (c) => comparePeriodKeys(c.period, period) < 0,
  );
}

/**
 * Last period's commentary copied forward to `period`, ready to edit: the headline and text as
 * they were, and the actions that are still open (done ones stay in the history).
 */
export function carryForward(previous: Commentary, period: PeriodKey): Commentary {
  return {
    ...previous,
    period,
    actions: previous.actions.filter((a) => a.status !== 'done'),
  };
}

export function sameCommentary(a: Commentary, b: Commentary): boolean {
  return (
    a.headline === b.headline &&
    a.text === b.text &&
    a.actions.length === b.actions.length &&
    a.actions.every((x, i) => {
      const y = b.actions[i];
      return (
        y !== undefined &&
        x.what === y.what &&
        x.owner === y.owner &&
        x.due === y.due &&
        x.status === y.status
      );
    })
  );
}

// ---------------------------------------------------------------------------------------------
// Commentary due: the officer's "ready for committee?" check

/** An indicator the checklist looks at, with why it needs commentary (empty when it does not). */
export interface DueCandidate {
  readonly indicator: string;
  readonly title: string;
  /** "Red", "Worsening", "Special cause": why members will ask about it. */
  readonly reasons: readonly string[];
}

export interface MissingCommentary {
  readonly indicator: string;
  readonly title: string;
  readonly reasons: readonly string[];
}

export interface OverdueAction {
  readonly indicator: string;
  readonly title: string;
  /** The period of the commentary the action is in. */
  readonly period: PeriodKey;
  readonly action: CommentaryAction;
}

export interface CommentaryDue {
  readonly missing: readonly MissingCommentary[];
  readonly overdue: readonly OverdueAction[];
}

/**
 * For the reporting period: every candidate with reasons and no commentary for that period,
 * and every overdue action (on `asAt`) in each indicator's current actions: those of the
 * period's commentary, or, when it has none yet, of the newest earlier commentary (last
 * quarter's actions are still owed until they are carried forward or done).
 */
export function commentaryDue(
  candidates: readonly DueCandidate[],
  book: CommentaryBook,
  area: string,
  period: PeriodKey,
  asAt: Date,
): CommentaryDue {
  const missing: MissingCommentary[] = [];
  const overdue: OverdueAction[] = [];
  for (const candidate of candidates) {
    const own = book.get(commentaryKey(candidate.indicator, area, period));
    const written = own !== undefined && !isEmptyCommentary(own);
    if (!written && candidate.reasons.length > 0)
      missing.push({
        indicator: candidate.indicator,
        title: candidate.title,
        reasons: candidate.reasons,
      });
    const current = written ? own : previousCommentary(book, candidate.indicator, area, period);
    for (const action of current?.actions ?? []) {
      if (actionState(action, asAt) === 'overdue' && current)
        overdue.push({
          indicator: candidate.indicator,
          title: candidate.title,
          period: current.period,
          action,
        });
    }
  }
  return { missing, overdue };
}

// ---------------------------------------------------------------------------------------------
// Bringing commentary in from a file: what would change

export type CommentaryChange =
  | { readonly kind: 'new'; readonly key: string; readonly incoming: Commentary }
  | { readonly kind: 'unchanged'; readonly key: string; readonly incoming: Commentary }
  /** Different from commentary that came from the web host or an earlier file: replaced unless kept. */
  | {
      readonly kind: 'changed';
      readonly key: string;
      readonly incoming: Commentary;
      readonly current: Commentary;
    }
  /** Different from commentary written in this browser: kept unless the officer replaces it. */
  | {
      readonly kind: 'conflict';
      readonly key: string;
      readonly incoming: Commentary;
      readonly current: Commentary;
    };

/**
 * Sorts incoming commentary against what is there now. `current` gives the commentary for a key
 * and whether it was written in this browser (`edited`); an empty current commentary counts as
 * none.
 */
export function compareCommentary(
  incoming: readonly Commentary[],
  current: (
    key: string,
  ) => { readonly commentary: Commentary; readonly edited: boolean } | undefined,
): CommentaryChange[] {
  return incoming.map((c): CommentaryChange => {
    const key = keyOf(c);
    const there = current(key);
    if (!there || isEmptyCommentary(there.commentary)) return { kind: 'new', key, incoming: c };
    if (sameCommentary(there.commentary, c)) return { kind: 'unchanged', key, incoming: c };
    return there.edited
      ? { kind: 'conflict', key, incoming: c, current: there.commentary }
      : { kind: 'changed', key, incoming: c, current: there.commentary };
  });
}

/** Default decision: replace what came from a file or the host, keep what an officer wrote. */
export function defaultReplace(change: CommentaryChange): boolean {
  return change.kind === 'new' || change.kind === 'changed';
}

// ---------------------------------------------------------------------------------------------
// As JSON (the workspace file)

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const STATUS_IDS = new Set<string>(ACTION_STATUSES.map((s) => s.id));

/**
 * Commentary from parsed JSON (as JSON.stringify wrote a Commentary[]), checked field by field;
 * each entry that is not commentary is a problem in plain English and is not loaded.
 */
export function commentaryFromJson(value: unknown): {
  commentary: Commentary[];
  problems: string[];
} {
  const commentary: Commentary[] = [];
  const problems: string[] = [];
  if (!Array.isArray(value)) return { commentary, problems: ['The commentary is not a list.'] };
  value.forEach((item: unknown, i) => {
    const where = `Commentary ${String(i + 1)}`;
    if (!isRecord(item)) {
      problems.push(`${where} is damaged.`);
      return;
    }
    const { indicator, area, period, headline, text, actions } = item;
    if (
      typeof indicator !== 'string' ||
      typeof area !== 'string' ||
      typeof period !== 'string' ||
      typeof headline !== 'string' ||
      typeof text !== 'string' ||
      !Array.isArray(actions)
    ) {
      problems.push(`${where} is damaged: a field is missing or not text.`);
      return;
    }
    const read: CommentaryAction[] = [];
    for (const a of actions as unknown[]) {
      if (
        !isRecord(a) ||
        typeof a['what'] !== 'string' ||
        typeof a['owner'] !== 'string' ||
        !(
          a['due'] === null ||
          (typeof a['due'] === 'string' && readDueDate(a['due']) === a['due'])
        ) ||
        typeof a['status'] !== 'string' ||
        !STATUS_IDS.has(a['status'])
      ) {
        problems.push(`${where} (${indicator}, ${period}) has a damaged action.`);
        return;
      }
      read.push({
        what: a['what'],
        owner: a['owner'],
        due: a['due'],
        status: a['status'] as ActionStatus,
      });
    }
    commentary.push({ indicator, area, period, headline, text, actions: read });
  });
  return { commentary, problems };
}
