/**
 * The indicator page's SPC settings: the analyst's choice for this indicator (a baseline, the
 * periods where the process changed and why, and the run length for every indicator), checked
 * as it is edited, previewed on the XmR chart before it is saved, then kept with the workspace
 * (IndexedDB, the workspace file, and config.json when published).
 */
import { useCallback, useContext, useMemo, useState } from 'react';
import {
  assessIndicator,
  checkSpcChoice,
  indicatorSpcSeries,
  spcChoiceOf,
  withSpcChoice,
  type SpcChoice,
  type SpcChoiceCheck,
} from '../domain/assess';
import { getSeries, periodKeyLabel, sameSpcSettings, type PeriodKey } from '../domain/model';
import { plainError } from './plain-error';
import { useScorecardData } from './useScorecardData';
import type { ScorecardModel } from './useScreens';
import { WorkspaceContext } from './useWorkspace';
import type { XmrChartView } from './view-models';
import { xmrChartView } from './views/xmr';

export interface IndicatorSpcSettings {
  readonly indicatorTitle: string;
  /** The series' periods, oldest first (the choices for a recalculation point). */
  readonly periods: readonly { readonly key: PeriodKey; readonly label: string }[];
  /** Figures in the series (gaps are not counted). */
  readonly figures: number;
  readonly draft: SpcChoice;
  readonly check: SpcChoiceCheck;
  /** True when the draft differs from what is kept. */
  readonly changed: boolean;
  /** The XmR chart with the draft's settings, while it differs and has no errors. */
  readonly preview: XmrChartView | null;
  /** True when the settings in force are this browser's, not the web host's. */
  readonly local: boolean;
  readonly edit: (next: SpcChoice) => void;
  /** Keeps the draft; resolves to a sentence saying what happened. */
  readonly save: () => Promise<string>;
  /** Puts the draft back to what is kept. */
  readonly discard: () => void;
  /** Puts back the settings before the last save (null: nothing to undo). */
  readonly undo: (() => Promise<string>) | null;
}

export function useIndicatorSpc(
  indicator: string | null,
  model: ScorecardModel,
): IndicatorSpcSettings | null {
  const workspace = useContext(WorkspaceContext);
  const { data } = useScorecardData();
  const { areaCode, period, options, areaName } = model.selection;
  const settings = data.config.spc;
  const saved = useMemo(
    () => (indicator === null ? null : spcChoiceOf(settings, indicator)),
    [settings, indicator],
  );
  // The draft belongs to one indicator and one kept choice: a new one starts from what is kept.
  const [draftOf, setDraftOf] = useState<{ saved: SpcChoice; draft: SpcChoice } | null>(null);
  const draft = draftOf && draftOf.saved === saved ? draftOf.draft : saved;

  const series = useMemo(() => {
    if (indicator === null || period === undefined) return null;
    return indicatorSpcSeries(getSeries(data.dataset, indicator, areaCode), period);
  }, [data, indicator, areaCode, period]);

  const draftSettings = useMemo(
    () =>
      indicator === null || draft === null || series === null
        ? null
        : withSpcChoice(
            settings,
            indicator,
            draft,
            series.points.map((p) => p.period),
          ),
    [settings, indicator, draft, series],
  );
  const check = useMemo(
    () => (draft && series ? checkSpcChoice(draft, series.points) : null),
    [draft, series],
  );
  const savedSettings = useMemo(
    () =>
      indicator === null || saved === null || series === null
        ? null
        : withSpcChoice(
            settings,
            indicator,
            saved,
            series.points.map((p) => p.period),
          ),
    [settings, indicator, saved, series],
  );
  const changed =
    draftSettings !== null &&
    savedSettings !== null &&
    draft !== saved &&
    !sameSpcSettings(draftSettings, savedSettings);

  const preview = useMemo(() => {
    if (!changed || !check || check.errors.length > 0) return null;
    if (indicator === null || period === undefined) return null;
    const assessment = assessIndicator(data.dataset, indicator, areaCode, period, {
      ...options,
      spc: draftSettings,
    });
    const view = assessment
      ? xmrChartView(assessment, areaName, draftSettings.reasons?.get(indicator))
      : null;
    return view ? { ...view, title: `${view.title}: preview of unsaved settings` } : null;
  }, [changed, draftSettings, check, data, indicator, areaCode, period, options, areaName]);

  const edit = useCallback(
    (next: SpcChoice) => {
      if (saved) setDraftOf({ saved, draft: next });
    },
    [saved],
  );
  const discard = useCallback(() => {
    setDraftOf(null);
  }, []);

  const save = useCallback(async () => {
    if (!workspace || !draftSettings || !check) return 'The settings cannot be kept here.';
    if (check.errors.length > 0) return 'The settings were not saved: correct the problems first.';
    try {
      await workspace.saveSpc(draftSettings);
      setDraftOf(null);
      return 'SPC settings saved in this browser. They are in the workspace file and in config.json when you publish.';
    } catch (error) {
      return plainError('The SPC settings could not be saved', error);
    }
  }, [workspace, draftSettings, check]);

  const undoSpc = workspace?.undoSpc ?? null;
  const undo = useMemo(
    () =>
      undoSpc
        ? async () => {
            try {
              await undoSpc();
              setDraftOf(null);
              return 'The last change to the SPC settings was undone.';
            } catch (error) {
              return plainError('The change could not be undone', error);
            }
          }
        : null,
    [undoSpc],
  );

  return useMemo(() => {
    if (!workspace || indicator === null || !draft || !series || !check) return null;
    return {
      indicatorTitle: data.dataset.indicators.get(indicator)?.shortTitle ?? indicator,
      periods: series.points.map((p) => ({ key: p.period, label: periodKeyLabel(p.period) })),
      figures: series.points.filter((p) => p.value !== null).length,
      draft,
      check,
      changed,
      preview,
      local: workspace.spc !== null,
      edit,
      save,
      discard,
      undo,
    };
  }, [
    workspace,
    indicator,
    draft,
    series,
    check,
    data,
    changed,
    preview,
    edit,
    save,
    discard,
    undo,
  ]);
}
