/**
 * Benchmarks: how a council's figure compares with its statistical neighbours, its region (and
 * Inner or Outer London), England, and every council.
 *
 * - Statistical-neighbour (SN) average: the mean (as DfE's LAIT) or the median (as DfE's newer
 *   dashboard) of the neighbours with a figure, with how many of the ten contributed and why
 *   each other one did not (suppressed, missing, not applicable, no data for that year, or a
 *   council that no longer exists: `live` false, or not in the dataset's areas at all).
 *   Quartiles of the neighbours' figures: QUARTILE.INC (see summary.ts).
 * - Vintage: each comparator uses its own latest period ending on or before the local period's
 *   end (see vintage.ts), and says whether that is like-for-like with the local figure.
 * - Ranks: polarity-aware; 1 is best (higher is better: the highest figure). For a context
 *   measure or a range, 1 is the highest figure and says so ("3rd highest"). Ties share the
 *   lower rank number, as LAIT does: two councils tied for 3rd are both 3rd and the next is 5th.
 *   Figures are compared as shown (at the indicator's decimals). Ranks among all councils count
 *   live councils (level `la`) with a figure in the ranking period.
 * - Quartile band among all councils as DfE's LAIT gives it: by value against the quartiles of
 *   every council's figure (see lait-quartiles.ts). Not given for a context measure or a range.
 * - Judgement against each comparator, on shown figures: the same; similar (inside the local
 *   figure's 95% interval, when known); else better or worse by polarity, or higher or lower
 *   for a context measure or a range. Not compared when not like-for-like.
 */
import { getFigures, type AreaCode, type Dataset, type SnAverage } from '../model';
import { figurePeriodPhrase, formatOrdinal } from '../model';
import { withinInterval, type Interval } from './interval';
import { laitQuartileBand } from './lait-quartiles';
import { MISSING_WORDS } from '../model';
import { toUnits } from '../model';
import { mean, quartiles } from './summary';
import {
  ENGLAND,
  type Area,
  type IndicatorDefinition,
  type MissingState,
  type Neighbour,
  type Observation,
  type ObservedValue,
  type PeriodKey,
  type Polarity,
  type SnModel,
} from '../model';
import {
  comparability,
  latestComparablePeriod,
  latestComparablePeriodAmong,
  type Comparability,
} from './vintage';

export type ComparatorJudgement =
  'better' | 'worse' | 'similar' | 'same' | 'higher' | 'lower' | 'not-compared' | 'no-figure';

interface ComparatorBase {
  /** The period of the comparator's figure (its own vintage); null when it has no data. */
  readonly period: PeriodKey | null;
  /** True when no period on or before the local one had data and a later one was used. */
  readonly laterThanLocal: boolean;
  /** False when the figure is not like-for-like with the local one (it is then not judged). */
  readonly comparable: boolean;
  /** Why it is (not) comparable, in plain words. */
  readonly comparability: string;
  readonly judgement: ComparatorJudgement;
}

export interface AreaComparator extends ComparatorBase {
  readonly kind: 'england' | 'region' | 'sub-region';
  readonly code: AreaCode;
  readonly name: string;
  /** The figure, or null (see `missing`). */
  readonly value: number | null;
  /** Why there is no figure: a DfE state, or null when there is a figure or no row at all. */
  readonly missing: MissingState | null;
  /** For tables: "England 2024-25". */
  readonly label: string;
}

export interface NeighbourFigure {
  readonly code: AreaCode;
  readonly name: string;
  /** DfE's order of closeness, 1 to 10. */
  readonly rank: number;
  readonly value: number;
}

export type ExclusionReason =
  | 'suppressed'
  | 'not-available'
  | 'not-applicable'
  | 'rounds-to-zero'
  | 'missing'
  | 'no-data'
  | 'reorganised'
  | 'unknown-area';

export interface NeighbourExclusion {
  readonly code: AreaCode;
  readonly name: string;
  readonly rank: number;
  readonly reason: ExclusionReason;
  /** "Reading: suppressed to protect confidentiality [c]". */
  readonly text: string;
}

export interface NeighbourComparator extends ComparatorBase {
  readonly kind: 'neighbours';
  readonly model: SnModel;
  readonly average: SnAverage;
  /** The chosen average (mean or median) of the contributing neighbours. */
  readonly value: number | null;
  readonly mean: number | null;
  readonly median: number | null;
  readonly lowerQuartile: number | null;
  readonly upperQuartile: number | null;
  /** How many neighbours the model lists (10). */
  readonly listed: number;
  /** How many of them DfE's model calls "Not close"; more than half makes a weak comparison. */
  readonly notClose: number;
  readonly contributed: number;
  readonly contributors: readonly NeighbourFigure[];
  readonly excluded: readonly NeighbourExclusion[];
  /** The local figure against the neighbours' interquartile range (edges count as inside). */
  readonly position: 'above' | 'inside' | 'below' | null;
  /** For tables: "SN mean 2024-25, 10 of 10". */
  readonly label: string;
}

export interface Rank {
  /** 1 is best (or highest, see `order`); ties share the lower number. */
  readonly position: number;
  readonly of: number;
  /** True when another council shares the position. */
  readonly joint: boolean;
  readonly period: PeriodKey;
  readonly order: 'best-first' | 'highest-first';
  /** "3rd of 11", "joint 3rd of 11", "3rd highest of 153". */
  readonly text: string;
}

export type QuartileBandLetter = 'A' | 'B' | 'C' | 'D';

export interface QuartileBand {
  readonly band: QuartileBandLetter;
  readonly period: PeriodKey;
  /** How many councils were ranked. */
  readonly of: number;
  /** "A (best quarter of councils)". */
  readonly text: string;
}

export interface Benchmarks {
  /** Null when the model has no neighbour list for the area. */
  readonly neighbours: NeighbourComparator | null;
  /** Null when the area has no region (England, a region). */
  readonly region: AreaComparator | null;
  /** Inner or Outer London, when the area has one and the data has figures for it. */
  readonly subRegion: AreaComparator | null;
  /** Null only when the area is England. */
  readonly england: AreaComparator | null;
  readonly rankAmongNeighbours: Rank | null;
  readonly rankAmongAll: Rank | null;
  readonly quartileBand: QuartileBand | null;
}

export interface BenchmarkOptions {
  /** Rank among all councils and the quartile band (scans every council). Default true. */
  readonly ranks?: boolean | undefined;
  /** Default '2025'. */
  readonly model?: SnModel | undefined;
  /** Default 'mean'. */
  readonly average?: SnAverage | undefined;
  /** The local figure's interval: comparators inside it are "similar". */
  readonly interval?: Interval | null | undefined;
}

// ---------------------------------------------------------------------------------------------
// Judging and ranking

/**
 * Judges a local figure against a comparator figure on shown values (see the module comment).
 * `no-figure` when either is missing; `not-compared` when not comparable.
 */
export function judgeAgainst(
  local: number | null,
  comparator: number | null,
  indicator: Pick<IndicatorDefinition, 'polarity' | 'decimals'>,
  comparable: boolean,
  interval: Interval | null = null,
): ComparatorJudgement {
  if (local === null || comparator === null) return 'no-figure';
  if (!comparable) return 'not-compared';
  const a = toUnits(local, indicator.decimals);
  const b = toUnits(comparator, indicator.decimals);
  if (a === b) return 'same';
  if (withinInterval(interval, comparator)) return 'similar';
  switch (indicator.polarity) {
    case 'higher':
      return a > b ? 'better' : 'worse';
    case 'lower':
      return a < b ? 'better' : 'worse';
    case 'range':
    case 'none':
      return a > b ? 'higher' : 'lower';
  }
}

/**
 * The rank of `code` among `values` (area code -> figure), by polarity, on shown figures; ties
 * share the lower rank number. Undefined when `code` has no figure in `values`.
 */
export function rankOf(
  values: ReadonlyMap<string, number>,
  code: string,
  polarity: Polarity,
  decimals: number,
  period: PeriodKey,
): Rank | undefined {
  const own = values.get(code);
  if (own === undefined) return undefined;
  const ownUnits = toUnits(own, decimals);
  const lowerFirst = polarity === 'lower';
  let ahead = 0;
  let tied = 0;
  for (const value of values.values()) {
    const units = toUnits(value, decimals);
    if (lowerFirst ? units < ownUnits : units > ownUnits) ahead++;
    else if (units === ownUnits) tied++;
  }
  const position = ahead + 1;
  const of = values.size;
  const order = polarity === 'higher' || polarity === 'lower' ? 'best-first' : 'highest-first';
  const joint = tied > 1;
  const text = `${joint ? 'joint ' : ''}${formatOrdinal(position)}${order === 'highest-first' ? ' highest' : ''} of ${of}`;
  return { position, of, joint, period, order, text };
}

const BAND_WORDS: Readonly<Record<QuartileBandLetter, string>> = {
  A: 'A (best quarter of councils)',
  B: 'B (second quarter)',
  C: 'C (third quarter)',
  D: 'D (worst quarter of councils)',
};

// ---------------------------------------------------------------------------------------------
// Comparators

const EXCLUSION: Readonly<Record<MissingState, ExclusionReason>> = {
  c: 'suppressed',
  x: 'not-available',
  z: 'not-applicable',
  low: 'rounds-to-zero',
  blank: 'missing',
};

function numberOf(value: ObservedValue | undefined): number | null {
  return value?.kind === 'number' ? value.value : null;
}

function areaName(dataset: Dataset, code: string): string {
  return dataset.areas.get(code)?.name ?? (code === ENGLAND ? 'England' : code);
}

/** The local figure being benchmarked: its period and value (undefined: no row). */
export interface LocalFigure {
  readonly period: PeriodKey;
  readonly value: ObservedValue | undefined;
}

function judgedAgainst(
  indicator: IndicatorDefinition,
  local: LocalFigure,
  period: PeriodKey | null,
  value: number | null,
  interval: Interval | null,
): Pick<ComparatorBase, 'comparable' | 'comparability' | 'judgement'> {
  const fit: Comparability =
    period === null
      ? { comparable: false, reason: 'There is no comparator figure.' }
      : comparability(indicator.measurement, local.period, period);
  return {
    comparable: fit.comparable,
    comparability: fit.reason,
    judgement: judgeAgainst(numberOf(local.value), value, indicator, fit.comparable, interval),
  };
}

/**
 * One area's figure (England, a region, a sub-region) at its latest comparable period for the
 * local period, judged against the local figure.
 */
export function areaComparator(
  dataset: Dataset,
  indicator: IndicatorDefinition,
  kind: AreaComparator['kind'],
  code: string,
  local: LocalFigure,
  interval: Interval | null = null,
): AreaComparator {
  const name = areaName(dataset, code);
  const figures = getFigures(dataset, indicator.id, code);
  const vintage = latestComparablePeriod(figures?.keys() ?? [], local.period);
  const observation = vintage && figures?.get(vintage.period);
  const value = numberOf(observation?.value);
  const period = vintage?.period ?? null;
  const judged = judgedAgainst(indicator, local, period, value, interval);
  return {
    kind,
    code,
    name,
    period,
    laterThanLocal: vintage?.laterThanLocal ?? false,
    value,
    missing: observation?.value.kind === 'missing' ? observation.value.state : null,
    label: period === null ? `${name}: no figure` : `${name} ${period}`,
    comparable: judged.comparable,
    comparability: judged.comparability,
    judgement: judged.judgement,
  };
}

/**
 * The statistical-neighbour average for `areaCode` under `model`, in the latest period (ending
 * on or before the local period) in which any neighbour has data. Undefined when the model has
 * no list for the area.
 */
export function neighbourComparator(
  dataset: Dataset,
  indicator: IndicatorDefinition,
  areaCode: string,
  local: LocalFigure,
  options: BenchmarkOptions = {},
): NeighbourComparator | undefined {
  const model = options.model ?? '2025';
  const average = options.average ?? 'mean';
  const list = dataset.neighbours.get(model)?.get(areaCode);
  if (!list) return undefined;
  const byArea = dataset.observations.get(indicator.id);
  const areaOf = (code: string): Area | undefined => dataset.areas.get(code);
  // Each live neighbour's periods, read where they are (not copied into one list first).
  const periodLists: Iterable<PeriodKey>[] = [];
  for (const neighbour of list) {
    const figures = areaOf(neighbour.code)?.live === true ? byArea?.get(neighbour.code) : undefined;
    if (figures) periodLists.push(figures.keys());
  }
  const vintage = latestComparablePeriodAmong(periodLists, local.period);
  const period = vintage?.period ?? null;

  const contributors: NeighbourFigure[] = [];
  const excluded: NeighbourExclusion[] = [];
  for (const neighbour of list) {
    const area = areaOf(neighbour.code);
    const name = area?.name ?? neighbour.code;
    const exclude = (reason: ExclusionReason, words: string) =>
      excluded.push(exclusion(neighbour, name, reason, words));
    if (!area) {
      exclude('unknown-area', 'not a council in this data (it may have been reorganised)');
      continue;
    }
    if (!area.live) {
      exclude('reorganised', 'no longer a council (reorganised)');
      continue;
    }
    const observation: Observation | undefined =
      period === null ? undefined : byArea?.get(neighbour.code)?.get(period);
    if (!observation) {
      exclude(
        'no-data',
        period === null
          ? 'no data'
          : `no data ${figurePeriodPhrase(indicator.measurement, period)}`,
      );
    } else if (observation.value.kind === 'missing') {
      exclude(EXCLUSION[observation.value.state], MISSING_WORDS[observation.value.state]);
    } else {
      contributors.push({
        code: neighbour.code,
        name,
        rank: neighbour.rank,
        value: observation.value.value,
      });
    }
  }

  const values = contributors.map((c) => c.value);
  const meanValue = mean(values) ?? null;
  const quarters = quartiles(values);
  const medianValue = quarters?.median ?? null;
  const lowerQuartile = quarters?.lower ?? null;
  const upperQuartile = quarters?.upper ?? null;
  const value = average === 'mean' ? meanValue : medianValue;
  const judged = judgedAgainst(indicator, local, period, value, options.interval ?? null);
  const localValue = numberOf(local.value);
  const position =
    localValue === null || lowerQuartile === null || upperQuartile === null || !judged.comparable
      ? null
      : iqrPosition(localValue, lowerQuartile, upperQuartile, indicator.decimals);
  return {
    kind: 'neighbours',
    model,
    average,
    period,
    laterThanLocal: vintage?.laterThanLocal ?? false,
    value,
    mean: meanValue,
    median: medianValue,
    lowerQuartile,
    upperQuartile,
    listed: list.length,
    notClose: list.filter((n) => n.closeness.trim().toLowerCase() === 'not close').length,
    contributed: contributors.length,
    contributors,
    excluded,
    position,
    label: `SN ${average}${period === null ? '' : ` ${period}`}, ${contributors.length} of ${list.length}`,
    comparable: judged.comparable,
    comparability: judged.comparability,
    judgement: judged.judgement,
  };
}

function exclusion(
  neighbour: Neighbour,
  name: string,
  reason: ExclusionReason,
  words: string,
): NeighbourExclusion {
  return { code: neighbour.code, name, rank: neighbour.rank, reason, text: `${name}: ${words}` };
}

function iqrPosition(
  value: number,
  lower: number,
  upper: number,
  decimals: number,
): 'above' | 'inside' | 'below' {
  const v = toUnits(value, decimals);
  if (v < toUnits(lower, decimals)) return 'below';
  if (v > toUnits(upper, decimals)) return 'above';
  return 'inside';
}

/** Live councils' (level `la`) figures in a period, by area code: every council's, or only
 * those of the councils listed in `only`. */
function councilFigures(
  dataset: Dataset,
  indicatorId: string,
  period: PeriodKey,
  only?: Iterable<string>,
): Map<string, number> {
  const figures = new Map<string, number>();
  const byArea = dataset.observations.get(indicatorId);
  const add = (code: string, byPeriod: ReadonlyMap<PeriodKey, Observation> | undefined) => {
    const area = dataset.areas.get(code);
    if (area?.level !== 'la' || !area.live) return;
    const value = numberOf(byPeriod?.get(period)?.value);
    if (value !== null) figures.set(code, value);
  };
  // A handful of councils are looked up by code rather than found among all of them.
  if (only) for (const code of only) add(code, byArea?.get(code));
  else for (const [code, byPeriod] of byArea ?? []) add(code, byPeriod);
  return figures;
}

/**
 * Every benchmark for one indicator, area and local period (see the module comment). The
 * local figure is `localValue` for `localPeriod`; ranks use the council's own figure in the
 * ranking period (the neighbours' period, or the latest period other councils have), so a rank
 * always compares like with like and carries its period.
 */
export function benchmarks(
  dataset: Dataset,
  indicator: IndicatorDefinition,
  areaCode: string,
  localPeriod: PeriodKey,
  localValue: ObservedValue | undefined,
  options: BenchmarkOptions = {},
): Benchmarks {
  const local: LocalFigure = { period: localPeriod, value: localValue };
  const interval = options.interval ?? null;
  const area = dataset.areas.get(areaCode);
  const neighbours = neighbourComparator(dataset, indicator, areaCode, local, options) ?? null;
  const region =
    area?.regionCode && area.regionCode !== areaCode
      ? areaComparator(dataset, indicator, 'region', area.regionCode, local, interval)
      : null;
  const subRegionCode = area?.subRegionCode ?? null;
  const subRegion =
    subRegionCode !== null && (getFigures(dataset, indicator.id, subRegionCode)?.size ?? 0) > 0
      ? areaComparator(dataset, indicator, 'sub-region', subRegionCode, local, interval)
      : null;
  const england =
    areaCode === ENGLAND
      ? null
      : areaComparator(dataset, indicator, 'england', ENGLAND, local, interval);

  let rankAmongNeighbours: Rank | null = null;
  if (neighbours?.period) {
    const members = new Set([areaCode, ...neighbours.contributors.map((c) => c.code)]);
    const figures = councilFigures(dataset, indicator.id, neighbours.period, members);
    rankAmongNeighbours =
      rankOf(figures, areaCode, indicator.polarity, indicator.decimals, neighbours.period) ?? null;
  }

  let rankAmongAll: Rank | null = null;
  let quartileBand: QuartileBand | null = null;
  if (area?.level === 'la' && options.ranks !== false) {
    const otherPeriods: Iterable<PeriodKey>[] = [];
    for (const [code, byPeriod] of dataset.observations.get(indicator.id) ?? []) {
      const other = dataset.areas.get(code);
      if (code === areaCode || other?.level !== 'la' || !other.live) continue;
      otherPeriods.push(byPeriod.keys());
    }
    const vintage = latestComparablePeriodAmong(otherPeriods, localPeriod);
    if (vintage) {
      const figures = councilFigures(dataset, indicator.id, vintage.period);
      rankAmongAll =
        rankOf(figures, areaCode, indicator.polarity, indicator.decimals, vintage.period) ?? null;
      const own = figures.get(areaCode);
      const band =
        own === undefined
          ? undefined
          : laitQuartileBand([...figures.values()], own, indicator.polarity);
      if (band && rankAmongAll) {
        quartileBand = { band, period: vintage.period, of: figures.size, text: BAND_WORDS[band] };
      }
    }
  }
  return {
    neighbours,
    region,
    subRegion,
    england,
    rankAmongNeighbours,
    rankAmongAll,
    quartileBand,
  };
}
