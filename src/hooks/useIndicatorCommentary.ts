/**
 * The indicator page's commentary: the reporting period's commentary being written (the draft),
 * last period's beside an empty box with a way to copy it forward, earlier periods as a
 * history, and the editor's view of the draft (lengths, errors, overdue actions).
 */
import { useMemo } from 'react';
import {
  carryForward,
  commentaryKey,
  emptyCommentary,
  isEmptyCommentary,
  previousCommentary,
  type Commentary,
} from '../domain/model';
import { periodKeyLabel } from '../domain/model';
import type { CommentaryView } from './view-models';
import { useCommentary, type CommentaryConflict } from './useCommentary';
import { useScorecardData } from './useScorecardData';
import type { ScorecardModel } from './useScreens';
import {
  commentaryView,
  editorView,
  historyView,
  type CommentaryEditorView,
} from './views/commentary';

export interface IndicatorCommentary {
  /** "2025-26 Q2": the reporting period the commentary is for. */
  readonly periodText: string;
  readonly draft: Commentary;
  readonly editor: CommentaryEditorView;
  /** Last period's commentary, offered beside an empty draft. */
  readonly previous: CommentaryView | null;
  readonly history: readonly CommentaryView[];
  /** The indicator's responsible officer (from the definitions): the default action owner. */
  readonly defaultOwner: string;
  readonly saving: 'saved' | 'saving' | 'failed';
  readonly storageProblem: string | null;
  readonly canUndo: boolean;
  /** Another tab changed this commentary while it was being written here: what it says now. */
  readonly conflict: { readonly theirs: CommentaryView | null } | null;
  /** Settles the conflict: keep what was written here, or take the other tab's. */
  readonly settle: (choice: 'mine' | 'theirs') => void;
  readonly update: (next: Commentary) => void;
  readonly copyForward: () => void;
  readonly undo: () => void;
}

export function useIndicatorCommentary(
  indicator: string | null,
  model: ScorecardModel,
): IndicatorCommentary | null {
  const work = useCommentary();
  const { data, now } = useScorecardData();
  const { areaCode, period } = model.selection;
  return useMemo(() => {
    if (!work || indicator === null || period === undefined) return null;
    const book = work.book;
    const key = commentaryKey(indicator, areaCode, period);
    const draft = book.get(key) ?? emptyCommentary(indicator, areaCode, period);
    const previous = previousCommentary(book, indicator, areaCode, period);
    return {
      periodText: periodKeyLabel(period),
      draft,
      editor: editorView(draft, now),
      previous: previous && isEmptyCommentary(draft) ? commentaryView(previous, now) : null,
      history: historyView(model.context, indicator),
      defaultOwner: data.dataset.indicators.get(indicator)?.owner ?? '',
      saving: work.saving,
      storageProblem: work.storageProblem,
      canUndo: work.undoable === key,
      conflict: conflictView(work.conflicts.get(key), now),
      settle: (choice) => {
        work.settle(key, choice);
      },
      update: work.update,
      copyForward: () => {
        if (previous) work.update(carryForward(previous, period));
      },
      undo: work.undoLast,
    };
  }, [work, indicator, areaCode, period, data, now, model.context]);
}

/** The other tab's commentary, as the page shows commentary, when there is a conflict. */
function conflictView(
  conflict: CommentaryConflict | undefined,
  now: Date,
): { readonly theirs: CommentaryView | null } | null {
  if (!conflict) return null;
  const theirs = conflict.theirs.commentary;
  return { theirs: theirs ? commentaryView(theirs, now) : null };
}
