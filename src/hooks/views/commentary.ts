/**
 * Officers' commentary as the screens show it: the reporting period's commentary for an
 * indicator (headline on tiles and in the table; text and actions on the indicator page and in
 * the pack), earlier periods as a history, and the commentary-due check. Pure: the words come
 * from the domain; this only arranges them.
 */
import { parseISO } from 'date-fns';
import type { Assessment } from '../../domain/assess';
import {
  ACTION_STATE_LABELS,
  actionState,
  commentaryDue,
  commentaryHistory,
  commentaryKey,
  isEmptyCommentary,
  LENGTH_GUIDE,
  lengthNote,
  type Commentary,
  type CommentaryAction,
} from '../../domain/model';
import { formatDate } from '../../domain/model';
import { periodKeyLabel } from '../../domain/model';
import type { ActionView, CommentaryDueView, CommentaryView } from '../view-models';
import { exceptionReasons } from './scorecard';
import type { TileContext } from './tiles';

const plural = (n: number, one: string, many: string) => `${String(n)} ${n === 1 ? one : many}`;

export function actionView(action: CommentaryAction, asAt: Date): ActionView {
  const state = actionState(action, asAt);
  return {
    what: action.what,
    owner: action.owner === '' ? 'No owner given' : action.owner,
    dueText: action.due === null ? 'No date' : formatDate(parseISO(action.due)),
    stateLabel: ACTION_STATE_LABELS[state],
    overdue: state === 'overdue',
  };
}

export function commentaryView(c: Commentary, asAt: Date): CommentaryView {
  return {
    periodText: periodKeyLabel(c.period),
    headline: c.headline,
    text: c.text,
    actions: c.actions.filter((a) => a.what.trim() !== '').map((a) => actionView(a, asAt)),
  };
}

/** The reporting period's written commentary for an indicator, if there is any. */
export function writtenFor(context: TileContext, indicator: string): Commentary | undefined {
  const { commentary, selection } = context;
  if (!commentary || selection.period === undefined) return undefined;
  const found = commentary.get(commentaryKey(indicator, selection.areaCode, selection.period));
  return found && !isEmptyCommentary(found) ? found : undefined;
}

/** The headline a tile or table row shows ('' when none is written). */
export function headlineFor(context: TileContext, indicator: string): string {
  return writtenFor(context, indicator)?.headline ?? '';
}

export function writtenView(context: TileContext, indicator: string): CommentaryView | undefined {
  const found = writtenFor(context, indicator);
  return found ? commentaryView(found, context.asAt ?? new Date()) : undefined;
}

/** Earlier periods' commentary on the indicator for the council, newest first. */
export function historyView(context: TileContext, indicator: string): CommentaryView[] {
  const { commentary, selection } = context;
  if (!commentary) return [];
  return commentaryHistory(commentary, indicator, selection.areaCode)
    .filter((c) => c.period !== selection.period)
    .map((c) => commentaryView(c, context.asAt ?? new Date()));
}

/** Why members will ask: red, worsening or special cause (the neighbours' range is not enough). */
const needsWords = (assessment: Assessment) =>
  exceptionReasons(assessment).filter(
    (reason) => reason === 'Red' || reason === 'Worsening' || /special cause/i.test(reason),
  );

export function commentaryDueView(
  assessments: readonly Assessment[],
  context: TileContext,
): CommentaryDueView | null {
  const { commentary, selection } = context;
  if (selection.period === undefined) return null;
  const asAt = context.asAt ?? new Date();
  const titles = new Map(assessments.map((a) => [a.indicator.id, a.indicator.title]));
  const due = commentaryDue(
    assessments.map((a) => ({
      indicator: a.indicator.id,
      title: a.indicator.title,
      reasons: needsWords(a),
    })),
    commentary ?? new Map(),
    selection.areaCode,
    selection.period,
    asAt,
  );
  const parts: string[] = [];
  if (due.missing.length > 0)
    parts.push(
      `${plural(due.missing.length, 'indicator', 'indicators')} that ${due.missing.length === 1 ? 'is' : 'are'} red, worsening or showing special cause ${due.missing.length === 1 ? 'has' : 'have'} no commentary yet`,
    );
  if (due.overdue.length > 0)
    parts.push(`${plural(due.overdue.length, 'action is', 'actions are')} overdue`);
  return {
    periodText: periodKeyLabel(selection.period),
    missing: due.missing.map((m) => ({
      id: m.indicator,
      title: m.title,
      href: context.indicatorHref(m.indicator),
      reasons: m.reasons.join('; '),
    })),
    overdue: due.overdue.map((o) => ({
      id: o.indicator,
      title: titles.get(o.indicator) ?? o.indicator,
      href: context.indicatorHref(o.indicator),
      periodText: periodKeyLabel(o.period),
      action: actionView(o.action, asAt),
    })),
    summary:
      parts.length === 0
        ? 'Ready for committee: every red, worsening or special-cause indicator has commentary, and no action is overdue.'
        : `Not ready for committee: ${parts.join(', and ')}.`,
  };
}

export interface LengthView {
  readonly text: string;
  readonly over: boolean;
}

/** What the editor shows for a draft: the length of each field against its guide, and errors. */
export interface CommentaryEditorView {
  readonly headline: LengthView;
  readonly text: LengthView;
  readonly actions: readonly {
    readonly what: LengthView;
    readonly stateLabel: string;
    readonly overdue: boolean;
    /** Said when the action cannot be kept as it is, e.g. an owner with no action. */
    readonly error: string | null;
  }[];
}

export function editorView(draft: Commentary, asAt: Date): CommentaryEditorView {
  const length = (text: string, guide: number): LengthView => {
    const note = lengthNote(text, guide);
    return { text: note.text, over: note.over };
  };
  return {
    headline: length(draft.headline, LENGTH_GUIDE.headline),
    text: length(draft.text, LENGTH_GUIDE.text),
    actions: draft.actions.map((action) => {
      const state = actionState(action, asAt);
      return {
        what: length(action.what, LENGTH_GUIDE.what),
        stateLabel: ACTION_STATE_LABELS[state],
        overdue: state === 'overdue',
        error:
          // The owner is filled in for the officer, so only a date they chose makes it an error.
          action.what.trim() === '' && action.due !== null
            ? 'Say what the action is. An action with no description is kept here but not published.'
            : null,
      };
    }),
  };
}
