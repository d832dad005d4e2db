/**
 * The working dataset: definitions, areas, neighbour lists and every observation, indexed by
 * indicator, area and period. Built from import results; when two sources give the same
 * indicator, area and period different values, the first is kept and the clash is returned as
 * a conflict (never silently overwritten). The figures stay in their columns (see figures.ts).
 */
import { FigureRows, PeriodFigures } from './figures';
import { comparePeriodKeys } from './periods';
import { sameNumber } from './same-number';
import type { ObservationColumns } from './observations';
import type { AreaCode, IndicatorId } from './ids';
import type {
  Area,
  IndicatorDefinition,
  NeighbourLists,
  Observation,
  ObservedValue,
  PeriodKey,
} from './types';

type AreaMap = ReadonlyMap<string, PeriodFigures>;

export interface Dataset {
  readonly indicators: ReadonlyMap<IndicatorId, IndicatorDefinition>;
  readonly areas: ReadonlyMap<AreaCode, Area>;
  readonly neighbours: NeighbourLists;
  /** indicator -> area -> period -> observation. */
  readonly observations: ReadonlyMap<string, AreaMap>;
  /** The columns the figures live in (see figures.ts). */
  readonly rows: FigureRows;
  /** Files read as DfE's published figures (the settings' `published` files); their figures are
   * shown at the indicator's published precision (published-precision.ts). */
  readonly publishedFiles?: ReadonlySet<string>;
}

export interface Conflict {
  readonly existing: Observation;
  readonly incoming: Observation;
}

export interface DatasetParts {
  readonly indicators: Iterable<IndicatorDefinition>;
  readonly areas: Iterable<Area>;
  readonly neighbours: NeighbourLists;
  readonly observations: Iterable<ObservationColumns>;
}

/** True when two values say the same thing (same number, or the same missing state). */
export function sameValue(a: ObservedValue, b: ObservedValue): boolean {
  if (a.kind === 'number' && b.kind === 'number') return sameNumber(a.value, b.value);
  if (a.kind === 'missing' && b.kind === 'missing') return a.state === b.state;
  return false;
}

/** Indexes observations; keeps the first of any clashing pair and reports the clash. */
export function buildDataset(parts: DatasetParts): { dataset: Dataset; conflicts: Conflict[] } {
  const rows = new FigureRows();
  const observations = new Map<string, Map<string, PeriodFigures>>();
  const conflicts: Conflict[] = [];
  for (const columns of parts.observations) {
    const first = rows.add(columns);
    // Each of these columns' periods looked up once, not once a figure.
    const periodCodes = columns.periodNames.map((name) => rows.periodCodeOf(name));
    // By (indicator, area) codes of these columns: the map their figures go in.
    const areaCount = columns.areaNames.length;
    const byPair = new Map<number, PeriodFigures>();
    for (let i = 0; i < columns.length; i++) {
      const ind = columns.indicator[i] ?? 0;
      const ar = columns.area[i] ?? 0;
      const pair = ind * areaCount + ar;
      let byPeriod = byPair.get(pair);
      if (!byPeriod) {
        const indicator = columns.indicatorNames[ind] ?? '';
        const area = columns.areaNames[ar] ?? '';
        let byArea = observations.get(indicator);
        if (!byArea) {
          byArea = new Map<string, PeriodFigures>();
          observations.set(indicator, byArea);
        }
        byPeriod = byArea.get(area);
        if (!byPeriod) {
          byPeriod = new PeriodFigures(rows);
          byArea.set(area, byPeriod);
        }
        byPair.set(pair, byPeriod);
      }
      const code = periodCodes[columns.period[i] ?? 0] ?? 0;
      const existing = byPeriod.refAt(code);
      if (existing === undefined) byPeriod.setAt(code, first + i);
      else if (!rows.same(existing, first + i)) {
        conflicts.push({ existing: rows.at(existing), incoming: rows.at(first + i) });
      }
    }
  }
  // Observations are made when first read (figures.ts): the first overview reads the council's,
  // its comparators' and each council's newest figures, a fraction of the tens of thousands
  // loaded, and making all of them here put every one on the way to the first paint.
  return {
    dataset: {
      indicators: new Map([...parts.indicators].map((d) => [d.id, d])),
      areas: new Map([...parts.areas].map((a) => [a.code, a])),
      neighbours: parts.neighbours,
      observations,
      rows,
    },
    conflicts,
  };
}

/** One indicator's observations for one area, by period, as stored (undefined: it has none).
 * Read in place: no copy is made. */
export function getFigures(
  dataset: Dataset,
  indicator: string,
  area: string,
): ReadonlyMap<PeriodKey, Observation> | undefined {
  return dataset.observations.get(indicator)?.get(area);
}

/** The observation for one indicator, area and period, if the data has one. */
export function getObservation(
  dataset: Dataset,
  indicator: string,
  area: string,
  period: PeriodKey,
): Observation | undefined {
  return getFigures(dataset, indicator, area)?.get(period);
}

/** One indicator's observations for one area, oldest period first. */
export function getSeries(dataset: Dataset, indicator: string, area: string): Observation[] {
  const byPeriod = getFigures(dataset, indicator, area);
  if (!byPeriod) return [];
  return [...byPeriod.values()].sort((a, b) => comparePeriodKeys(a.period, b.period));
}

/** Every area's observation of one indicator in one period. */
export function observationsInPeriod(
  dataset: Dataset,
  indicator: string,
  period: PeriodKey,
): Map<string, Observation> {
  const result = new Map<string, Observation>();
  for (const [area, byPeriod] of dataset.observations.get(indicator) ?? []) {
    const observation = byPeriod.get(period);
    if (observation) result.set(area, observation);
  }
  return result;
}

/** The periods an indicator (optionally for one area) has observations in, oldest first. */
export function periodsOf(dataset: Dataset, indicator: string, area?: string): PeriodKey[] {
  const periods = new Set<PeriodKey>();
  for (const [code, byPeriod] of dataset.observations.get(indicator) ?? []) {
    if (area !== undefined && code !== area) continue;
    for (const period of byPeriod.keys()) periods.add(period);
  }
  return [...periods].sort(comparePeriodKeys);
}
