/**
 * The working dataset: definitions, areas, neighbour lists and every observation, indexed by
 * indicator, area and period. Built from import results; when two sources give the same
 * indicator, area and period different values, the first is kept and the clash is returned as
 * a conflict (never silently overwritten).
 */
import { comparePeriodKeys } from './periods';
import { observationAt, type ObservationColumns } from './observations';
import type {
  Area,
  IndicatorDefinition,
  NeighbourLists,
  Observation,
  ObservedValue,
  PeriodKey,
} from './types';

type PeriodMap = ReadonlyMap<PeriodKey, Observation>;
type AreaMap = ReadonlyMap<string, PeriodMap>;

export interface Dataset {
  readonly indicators: ReadonlyMap<string, IndicatorDefinition>;
  readonly areas: ReadonlyMap<string, Area>;
  readonly neighbours: NeighbourLists;
  /** indicator -> area -> period -> observation. */
  readonly observations: ReadonlyMap<string, AreaMap>;
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
  if (a.kind === 'number' && b.kind === 'number') return a.value === b.value;
  if (a.kind === 'missing' && b.kind === 'missing') return a.state === b.state;
  return false;
}

/** Indexes observations; keeps the first of any clashing pair and reports the clash. */
export function buildDataset(parts: DatasetParts): { dataset: Dataset; conflicts: Conflict[] } {
  const observations = new Map<string, Map<string, Map<PeriodKey, Observation>>>();
  const conflicts: Conflict[] = [];
  for (const columns of parts.observations) {
    for (let i = 0; i < columns.length; i++) {
      const observation = observationAt(columns, i);
      let byArea = observations.get(observation.indicator);
      if (!byArea) {
        byArea = new Map<string, Map<PeriodKey, Observation>>();
        observations.set(observation.indicator, byArea);
      }
      let byPeriod = byArea.get(observation.area);
      if (!byPeriod) {
        byPeriod = new Map<PeriodKey, Observation>();
        byArea.set(observation.area, byPeriod);
      }
      const existing = byPeriod.get(observation.period);
      if (!existing) byPeriod.set(observation.period, observation);
      else if (!sameValue(existing.value, observation.value)) {
        conflicts.push({ existing, incoming: observation });
      }
    }
  }
  return {
    dataset: {
      indicators: new Map([...parts.indicators].map((d) => [d.id, d])),
      areas: new Map([...parts.areas].map((a) => [a.code, a])),
      neighbours: parts.neighbours,
      observations,
    },
    conflicts,
  };
}

/** The observation for one indicator, area and period, if the data has one. */
export function getObservation(
  dataset: Dataset,
  indicator: string,
  area: string,
  period: PeriodKey,
): Observation | undefined {
  return dataset.observations.get(indicator)?.get(area)?.get(period);
}

/** One indicator's observations for one area, oldest period first. */
export function getSeries(dataset: Dataset, indicator: string, area: string): Observation[] {
  const byPeriod = dataset.observations.get(indicator)?.get(area);
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
