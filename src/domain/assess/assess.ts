/**
 * Assembly: everything a member reads about one indicator (or a whole scorecard) for one area
 * and period, as plain data. Each part comes from its own module (rag, direction, benchmarks,
 * interval, sentence); this one only chooses the figure, passes options through and puts the
 * parts together.
 */
import type { AreaCode, IndicatorId, SnAverage } from '../model';
import { benchmarks, type Benchmarks } from './benchmarks';
import { getSeries, type Dataset } from '../model';
import { directionOfTravel, type Direction } from './direction';
import { chooseFigure } from './figure-choice';
import { formatFigure, observationOrigin } from '../model';
import { countsText, observationInterval, withinInterval, type Interval } from './interval';
import { MISSING_LABELS } from '../model';
import { isUnfinished, parsePeriodKey } from '../model';
import { rateValue, selectTarget, type RagConfig, type RagResult } from './rag';
import { indicatorSentence, type ComparatorKind } from './sentence';
import type { SpcResult } from './spc';
import type { FigureGaps, SpcSettings } from '../model';
import { indicatorSpc } from './spc-series';
import {
  SECTIONS,
  type IndicatorDefinition,
  type Observation,
  type PeriodKey,
  type SectionId,
  type SnModel,
} from '../model';

export interface AssessOptions {
  /** Statistical-neighbour model. Default '2025'. */
  readonly snModel?: SnModel | undefined;
  /** Statistical-neighbour average. Default 'mean' (as LAIT). */
  readonly snAverage?: SnAverage | undefined;
  /** Comparators the sentence mentions, in order. Default neighbours then England. Every
   * benchmark is computed whatever this says. */
  readonly comparators?: readonly ComparatorKind[] | undefined;
  /** RAG defaults. Default DEFAULT_RAG_CONFIG. */
  readonly rag?: RagConfig | undefined;
  /** Direction of travel: a change smaller than this is no real change. Default one unit of the
   * last displayed decimal place. */
  readonly directionThreshold?: number | undefined;
  /** Direction of travel falls back to the latest earlier figure. Default false. */
  readonly skipMissing?: boolean | undefined;
  /** Show each indicator's newest figure on or before the end of the period asked for (the
   * reporting date) when it has none for that period; a quarterly series' missing quarter still
   * shows as missing (see figure-choice.ts). Default true. */
  readonly latestPublishedYear?: boolean | undefined;
  /** Rank among all councils and quartile band (the indicator page shows them; the overview,
   * table and exceptions do not). Default true. */
  readonly ranks?: boolean | undefined;
  /** Today, to flag a period that has not ended. Default: not checked. */
  readonly now?: Date | undefined;
  /** Run length, baselines and recalculation points for the XmR analysis. Default: run 6, none. */
  readonly spc?: SpcSettings | undefined;
  /** Figures that depend on a hosted file that could not be read; the sentence says so. */
  readonly gaps?: FigureGaps | undefined;
}

export const DEFAULT_COMPARATORS: readonly ComparatorKind[] = ['neighbours', 'england'];

export interface Assessment {
  readonly indicator: IndicatorDefinition;
  readonly area: { readonly code: AreaCode; readonly name: string };
  /** The period asked for. */
  readonly requestedPeriod: PeriodKey;
  /** The period of the figure shown: the one asked for, or the newest on or before it. */
  readonly period: PeriodKey;
  readonly periodBasis: 'requested' | 'newest-on-or-before';
  /** True when `now` was given and the period has not ended. */
  readonly unfinished: boolean;
  /** The observation shown, or undefined when the data has no row at all. */
  readonly observation: Observation | undefined;
  /** The figure, or null when missing or suppressed. */
  readonly value: number | null;
  /** Whether the figure was read from DfE's published file or is the council's own
   * (published-precision.ts); it decides the places the figure is shown with. */
  readonly origin: 'published' | 'local';
  /** "88.0%", "47 per 10,000" (DfE's whole number), "Suppressed [c]", "No figure". */
  readonly valueText: string;
  /** "12 of 18 care leavers", when the numerator and denominator are known. */
  readonly counts: string | null;
  /** 95% Wilson interval, when the numerator and denominator are known (percent and rates). */
  readonly interval: Interval | null;
  readonly rag: RagResult;
  /** True when the target lies inside the interval: the gap could be chance. */
  readonly targetWithinInterval: boolean;
  readonly direction: { readonly previous: Direction; readonly yearAgo: Direction | null };
  readonly benchmarks: Benchmarks;
  /** The comparators the sentence mentions. */
  readonly comparators: readonly ComparatorKind[];
  /** The whole judgement in plain English (see sentence.ts). */
  readonly sentence: string;
  /** The very short status phrase for tiles, e.g. "2.0 points below target". */
  readonly phrase: string;
  /** Figures that depend on a hosted file that could not be read (figure-gaps.ts). */
  readonly gaps?: FigureGaps | undefined;
  /** XmR analysis of the local series of the figure's cadence up to its period (spc.ts). */
  readonly spc: SpcResult | null;
}

/**
 * Assesses one indicator for one area and period. Undefined when the dataset has no such
 * indicator. An unknown area is assessed by its code (it simply has no neighbours, region or
 * ranks). Defaults: see AssessOptions.
 */
export function assessIndicator(
  dataset: Dataset,
  indicatorId: IndicatorId,
  areaCode: AreaCode,
  period: PeriodKey,
  options: AssessOptions = {},
): Assessment | undefined {
  const indicator = dataset.indicators.get(indicatorId);
  if (!indicator) return undefined;
  const figure = chooseFigure(
    dataset,
    indicator,
    areaCode,
    period,
    options.latestPublishedYear ?? true,
  );
  const { observation } = figure;
  const value = observation?.value.kind === 'number' ? observation.value.value : null;
  const interval = observationInterval(observation, indicator.unit) ?? null;
  const target = selectTarget(indicator, figure.period, observation?.target ?? null);
  const directionOptions = {
    threshold: options.directionThreshold,
    skipMissing: options.skipMissing,
    target: target?.value ?? null,
    interval,
  };
  const previous = directionOfTravel(
    dataset,
    indicator,
    areaCode,
    figure.period,
    'previous',
    directionOptions,
  );
  const yearAgo =
    parsePeriodKey(figure.period)?.kind === 'year'
      ? null
      : directionOfTravel(
          dataset,
          indicator,
          areaCode,
          figure.period,
          'year-ago',
          directionOptions,
        );
  const rag = rateValue(indicator, observation?.value, {
    period: figure.period,
    rowTarget: observation?.target ?? null,
    improving: previous.judgement === 'improving',
    config: options.rag,
  });
  const targetWithinInterval =
    interval !== null &&
    rag.target?.value.kind === 'point' &&
    withinInterval(interval, rag.target.value.value);
  const bench = benchmarks(dataset, indicator, areaCode, figure.period, observation?.value, {
    model: options.snModel,
    average: options.snAverage,
    interval,
    ranks: options.ranks,
  });
  const parsed = parsePeriodKey(figure.period);
  const unfinished =
    options.now !== undefined && parsed !== undefined && isUnfinished(parsed, options.now);
  const counts =
    observation && observation.numerator !== null && observation.denominator !== null
      ? countsText(observation.numerator, observation.denominator, indicator)
      : null;
  const comparators = options.comparators ?? DEFAULT_COMPARATORS;
  const origin = observation === undefined ? 'local' : observationOrigin(dataset, observation);
  const parts = {
    indicator,
    area: { code: areaCode, name: dataset.areas.get(areaCode)?.name ?? areaCode },
    requestedPeriod: period,
    period: figure.period,
    periodBasis: figure.basis,
    unfinished,
    observation,
    value,
    origin,
    valueText:
      observation === undefined
        ? 'No figure'
        : observation.value.kind === 'number'
          ? formatFigure(observation.value.value, indicator, origin)
          : MISSING_LABELS[observation.value.state],
    counts,
    interval,
    rag,
    targetWithinInterval,
    direction: { previous, yearAgo },
    benchmarks: bench,
    comparators,
    gaps: options.gaps,
  };
  return {
    ...parts,
    sentence: indicatorSentence(parts),
    phrase: rag.phrase,
    spc: indicatorSpc(
      indicator,
      getSeries(dataset, indicator.id, areaCode),
      figure.period,
      options.spc,
    ),
  };
}

export interface ScorecardSection {
  readonly id: SectionId;
  readonly title: string;
  readonly assessments: readonly Assessment[];
}

/**
 * Assesses every indicator in the dataset for one area and period, grouped by section in
 * SECTIONS order (indicators in dataset order within a section). Sections with no indicators
 * are left out.
 */
export function assessScorecard(
  dataset: Dataset,
  areaCode: string,
  period: PeriodKey,
  options: AssessOptions = {},
): ScorecardSection[] {
  return SECTIONS.map((section) => ({
    id: section.id,
    title: section.title,
    assessments: [...dataset.indicators.values()]
      .filter((indicator) => indicator.section === section.id)
      .flatMap(
        (indicator) => assessIndicator(dataset, indicator.id, areaCode, period, options) ?? [],
      ),
  })).filter((section) => section.assessments.length > 0);
}
