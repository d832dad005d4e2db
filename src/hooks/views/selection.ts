/**
 * What the URL asks for, checked against the data: the council, the period and the comparison
 * options, with a plain-English problem for anything the link names that the data does not have
 * (the scorecard then shows the nearest sensible thing instead of a blank page).
 */
import { parse } from 'date-fns';
import type { AssessOptions } from '../../domain/assess';
import type { SnAverage } from '../../domain/model';
import { defaultPeriod } from '../../domain/assess';
import { formatDate } from '../../domain/model';
import { isUnfinished, parsePeriodKey, periodEnd, periodKeyLabel } from '../../domain/model';
import { reportingDateLabel } from '../../domain/model';
import type { AssembledScorecard } from '../../domain/import';
import { figureGaps } from '../../domain/import';
import { linkIdProblems } from './link-ids';
import type { AreaCode, PeriodKey, SnModel } from '../../domain/model';
import type { ViewState } from '../url-state';

export interface Selection {
  readonly areaCode: AreaCode;
  readonly areaName: string;
  /** The reporting period: each indicator shows its newest figure on or before its end
   * (undefined only when the council has no figures at all). */
  readonly period: PeriodKey | undefined;
  /** Every period the council has figures for (any indicator), newest first. */
  readonly periods: readonly PeriodKey[];
  /** True when the council has local quarterly (or monthly) figures. */
  readonly hasLocal: boolean;
  readonly snModel: SnModel;
  readonly snAverage: SnAverage;
  readonly options: AssessOptions;
  readonly problems: readonly string[];
}

/** Resolves the view state's council, period and options against the loaded data. */
export function resolveSelection(data: AssembledScorecard, state: ViewState, now: Date): Selection {
  const { dataset, config } = data;
  const problems: string[] = linkIdProblems(data, state);

  let areaCode = state.area ?? config.authority;
  const area = dataset.areas.get(areaCode);
  if (!area || area.level !== 'la') {
    problems.push(
      `The link asks for a council with the code "${areaCode}", which is not in the data. Showing ${dataset.areas.get(config.authority)?.name ?? config.authority} instead.`,
    );
    areaCode = config.authority;
  }
  const areaName = dataset.areas.get(areaCode)?.name ?? areaCode;

  const choice = defaultPeriod(dataset, areaCode, now);
  const hasLocal = hasLocalFigures(data, areaCode);
  // Every period in the data can be chosen as the reporting date; each indicator then shows its
  // newest figure on or before it (see figure-choice.ts).
  const available = choice.available;
  let period = choice.period;
  if (state.period !== null) {
    if (available.includes(state.period)) period = state.period;
    else {
      problems.push(
        `The data has no figures for ${areaName} in ${periodKeyLabel(state.period)}. Showing ${period === undefined ? 'the latest period' : reportingDateLabel(period, hasLocal)} instead.`,
      );
    }
  }

  // "Data as at" can never be earlier than the figures: a configured date that is says so.
  const configured = configuredDataAsAt(data);
  const newest = available
    .map((key) => parsePeriodKey(key))
    .find((p) => p !== undefined && !isUnfinished(p, now));
  if (newest && periodEnd(newest) > configured) {
    problems.push(
      `The settings file (config.json) says the data is as at ${formatDate(configured)}, but the data has figures up to ${formatDate(periodEnd(newest))}. The scorecard shows the date of its newest figure instead; update dataAsAt in config.json.`,
    );
  }

  let snModel: SnModel = config.neighbourModel;
  if (state.snModel !== null) {
    const asked = state.snModel;
    if (dataset.neighbours.has(asked)) snModel = asked;
    else problems.push(`"${state.snModel}" is not a statistical-neighbour model in the data.`);
  }
  const snAverage = state.snAverage ?? config.neighbourAverage;

  return {
    areaCode,
    areaName,
    period,
    periods: available,
    hasLocal,
    snModel,
    snAverage,
    options: {
      snModel,
      snAverage,
      comparators: [
        ...(config.comparators.statisticalNeighbours ? (['neighbours'] as const) : []),
        ...(config.comparators.region ? (['region'] as const) : []),
        ...(config.comparators.england ? (['england'] as const) : []),
      ],
      rag: {
        percentTolerance: config.rag.percentTolerance,
        otherTolerance: config.rag.otherTolerance,
        amberOnlyIfImproving: config.rag.amberOnlyIfImproving,
      },
      now,
      ...(config.spc ? { spc: config.spc } : {}),
      gaps: figureGaps(data.faults, data.config.files, areaCode, snModel),
    },
    problems,
  };
}

/** True when any of the council's figures come from a file the configuration calls local. */
export function hasLocalFigures(data: AssembledScorecard, areaCode: string): boolean {
  const localFiles = new Set(
    data.config.files.filter((file) => file.role === 'local').map((file) => file.path),
  );
  if (localFiles.size === 0) return false;
  for (const byArea of data.dataset.observations.values()) {
    for (const observation of byArea.get(areaCode)?.values() ?? []) {
      if (localFiles.has(observation.source.file)) return true;
    }
  }
  return false;
}

/** The configured "data as at" date (parseConfig has checked it is a real YYYY-MM-DD date). */
export function configuredDataAsAt(data: AssembledScorecard): Date {
  return parse(data.config.dataAsAt, 'yyyy-MM-dd', new Date(2000, 0, 1));
}
