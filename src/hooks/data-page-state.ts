/**
 * The Data page's state and every change to it, as a pure reducer: useDataPage dispatches an
 * action for each thing that happens (files chosen, progress, files read, a decision, apply),
 * and this file alone says what each one changes.
 */
import type { Decision, FileOutcome } from '../domain/import';
import type { ChangePreview } from '../domain/workspace';
import type { ChangeRowView, MappingFileView, ProgressView } from './data-page-models';

export type Step =
  | { readonly kind: 'choose' }
  | { readonly kind: 'reading'; readonly progress: ProgressView }
  | { readonly kind: 'mapping'; readonly files: readonly MappingFileView[] }
  | { readonly kind: 'comparing'; readonly progress: ProgressView }
  | { readonly kind: 'review' }
  | { readonly kind: 'applying' };

export interface DataPageState {
  readonly step: Step;
  /** The latest outcome, for the live region. */
  readonly announcement: string;
  /** Problems before reading (files too large) or with reading, in plain English. */
  readonly problems: readonly string[];
  readonly files: readonly File[];
  readonly outcomes: readonly FileOutcome[];
  readonly preview: ChangePreview | null;
  /** Every change worded once (see changeRows); decisions are laid over them when shown. */
  readonly changeRowViews: readonly ChangeRowView[];
  readonly decisions: ReadonlyMap<string, Decision>;
  readonly applyProblem: string | null;
  readonly cleanLinesOnly: ReadonlySet<string>;
  readonly registerConfirmed: boolean;
  readonly definitionsConfirmed: boolean;
}

export type DataPageAction =
  /** Back to choosing files, forgetting everything read (the announcement and problems stay). */
  | { readonly type: 'reset' }
  | { readonly type: 'announce'; readonly text: string }
  | { readonly type: 'problems'; readonly problems: readonly string[] }
  | { readonly type: 'chosen'; readonly files: readonly File[] }
  | { readonly type: 'step'; readonly step: Step }
  | { readonly type: 'read'; readonly outcomes: readonly FileOutcome[] }
  | {
      readonly type: 'compared';
      readonly preview: ChangePreview;
      readonly rows: readonly ChangeRowView[];
    }
  | { readonly type: 'readFailed'; readonly problem: string }
  | { readonly type: 'decide'; readonly key: string; readonly decision: Decision }
  | { readonly type: 'decideAll'; readonly decision: Decision }
  | { readonly type: 'chooseCleanLines'; readonly fileName: string; readonly chosen: boolean }
  | { readonly type: 'confirmRegister'; readonly confirmed: boolean }
  | { readonly type: 'confirmDefinitions'; readonly confirmed: boolean }
  | { readonly type: 'applyProblem'; readonly problem: string }
  | { readonly type: 'applyFailed'; readonly problem: string };

export const initialDataPageState: DataPageState = {
  step: { kind: 'choose' },
  announcement: '',
  problems: [],
  files: [],
  outcomes: [],
  preview: null,
  changeRowViews: [],
  decisions: new Map(),
  applyProblem: null,
  cleanLinesOnly: new Set(),
  registerConfirmed: false,
  definitionsConfirmed: false,
};

export function dataPageReducer(state: DataPageState, action: DataPageAction): DataPageState {
  switch (action.type) {
    case 'reset':
      return {
        ...initialDataPageState,
        announcement: state.announcement,
        problems: state.problems,
      };
    case 'announce':
      return { ...state, announcement: action.text };
    case 'problems':
      return { ...state, problems: action.problems };
    case 'chosen':
      return { ...state, files: action.files };
    case 'step':
      return { ...state, step: action.step };
    case 'read':
      return { ...state, outcomes: action.outcomes };
    case 'compared':
      return {
        ...state,
        preview: action.preview,
        changeRowViews: action.rows,
        decisions: new Map(),
        step: { kind: 'review' },
      };
    case 'readFailed':
      return { ...state, problems: [action.problem], step: { kind: 'choose' } };
    case 'decide':
      return {
        ...state,
        applyProblem: null,
        decisions: new Map(state.decisions).set(action.key, action.decision),
      };
    case 'decideAll': {
      const { preview } = state;
      if (!preview) return state;
      const next = new Map<string, Decision>();
      for (const change of preview.changes) next.set(change.key, action.decision);
      for (const change of preview.definitionChanges) next.set(change.key, action.decision);
      return {
        ...state,
        applyProblem: null,
        decisions: next,
        announcement:
          action.decision === 'keep'
            ? 'Every current figure will be kept.'
            : 'Every figure that differs will be replaced with the new one.',
      };
    }
    case 'chooseCleanLines': {
      const next = new Set(state.cleanLinesOnly);
      if (action.chosen) next.add(action.fileName);
      else next.delete(action.fileName);
      return { ...state, applyProblem: null, cleanLinesOnly: next };
    }
    case 'confirmRegister':
      return { ...state, applyProblem: null, registerConfirmed: action.confirmed };
    case 'confirmDefinitions':
      return { ...state, applyProblem: null, definitionsConfirmed: action.confirmed };
    case 'applyProblem':
      return { ...state, applyProblem: action.problem };
    case 'applyFailed':
      return { ...state, step: { kind: 'review' }, applyProblem: action.problem };
  }
}
