/**
 * One hook per screen: each assembles the domain's assessments for the view state and hands
 * finished view models to the page. Work is memoised on the parts of the state it depends on.
 */
import { useMemo } from 'react';
import { assessIndicator, assessScorecard, type ScorecardSection } from '../domain/assess';
import { toHash, type ViewState } from './url-state';
import { useCommentary } from './useCommentary';
import type { AssembledScorecard } from '../domain/import';
import { useScorecardData } from './useScorecardData';
import { commentaryDueView } from './views/commentary';
import { indicatorPageView } from './views/indicator';
import { packView } from './views/pack';
import {
  contextView,
  exceptionsView,
  filtersView,
  inScope,
  overviewView,
  tableView,
} from './views/scorecard';
import { resolveSelection, type Selection } from './views/selection';
import type { TileContext } from './views/tiles';

export interface ScorecardModel {
  readonly selection: Selection;
  readonly sections: readonly ScorecardSection[];
  readonly context: TileContext;
}

/** The council, period and every indicator's assessment for the view state. */
export function useScorecardModel(state: ViewState): ScorecardModel {
  const { data, now } = useScorecardData();
  const { area, period, snModel, snAverage } = state;
  const selection = useMemo(
    () => resolveSelection(data, { ...state, area, period, snModel, snAverage }, now),
    // The selection depends only on these parts of the state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, now, area, period, snModel, snAverage],
  );
  // The Data page shows no council's figures: nothing to assess there (after a large import
  // that would be a long pause on the page the analyst is using).
  const assess = state.view !== 'data';
  const sections = useMemo(
    () =>
      !assess || selection.period === undefined
        ? []
        : // The scorecard views never show ranks among all councils: skip that scan here.
          assessScorecard(data.dataset, selection.areaCode, selection.period, {
            ...selection.options,
            ranks: false,
          }),
    [data, selection, assess],
  );
  const commentary = useCommentary()?.book;
  const context = useMemo<TileContext>(
    () => ({
      data,
      selection,
      indicatorHref: (id) => toHash({ ...state, view: 'indicator', indicator: id }),
      ...(commentary ? { commentary } : {}),
      asAt: now,
    }),
    [data, selection, state, commentary, now],
  );
  return { selection, sections, context };
}

/** The header and filter bar every scorecard view shows. */
export function useFrame(state: ViewState, model: ScorecardModel) {
  const { data } = useScorecardData();
  return useMemo(
    () => ({
      context: contextView(data, model.selection, model.sections),
      filters: filtersView(
        data,
        model.selection,
        state,
        inScope(model.sections, state).flatMap((section) => section.assessments),
      ),
    }),
    [data, model, state],
  );
}

export function useOverview(state: ViewState, model: ScorecardModel) {
  return useMemo(() => overviewView(model.sections, state, model.context), [model, state]);
}

export function useTable(state: ViewState, model: ScorecardModel) {
  return useMemo(() => tableView(model.sections, state, model.context), [model, state]);
}

export function useExceptions(state: ViewState, model: ScorecardModel) {
  return useMemo(() => exceptionsView(model.sections, state, model.context), [model, state]);
}

/** The indicator page, or null when the data has no indicator with the id in the link. */
export function useIndicatorPage(state: ViewState, model: ScorecardModel) {
  const { data } = useScorecardData();
  return useMemo(() => indicatorPage(data, model, state.indicator), [data, model, state.indicator]);
}

/** One indicator's page for the model's council and period (null: no such indicator or period). */
export function indicatorPage(
  data: AssembledScorecard,
  model: ScorecardModel,
  indicator: ViewState['indicator'],
) {
  if (indicator === null || model.selection.period === undefined) return null;
  const assessment = assessIndicator(
    data.dataset,
    indicator,
    model.selection.areaCode,
    model.selection.period,
    model.selection.options,
  );
  return assessment ? indicatorPageView(assessment, model.context) : null;
}

/** The page of the scorecard's first indicator, to be worked out and drawn ahead (chart-chunk). */
export function firstIndicatorPage(data: AssembledScorecard, model: ScorecardModel) {
  const first = model.sections[0]?.assessments[0];
  return first ? indicatorPage(data, model, first.indicator.id) : null;
}

/** The committee pack for the view state. */
export function usePack(state: ViewState, model: ScorecardModel) {
  const { data, now } = useScorecardData();
  return useMemo(() => {
    const frame = contextView(data, model.selection, model.sections);
    return packView(model.sections, state, model.context, frame, now);
  }, [data, model, state, now]);
}

/** The commentary-due check for the reporting period (null when there is no period). */
export function useCommentaryDue(model: ScorecardModel) {
  return useMemo(
    () =>
      commentaryDueView(
        model.sections.flatMap((section) => section.assessments),
        model.context,
      ),
    [model],
  );
}
