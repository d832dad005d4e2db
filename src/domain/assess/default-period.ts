/** Which period a scorecard opens on, and which periods it can show, for one area. */
import type { Dataset } from '../model';
import { comparePeriods, isUnfinished, parsePeriodKey } from '../model';
import type { Period, PeriodKey } from '../model';

export interface PeriodChoice {
  /** The period to show first; undefined when the area has no figures at all. */
  readonly period: PeriodKey | undefined;
  /** Why: the latest local quarter (or month), or the latest published year. */
  readonly basis: 'local-quarter' | 'published-year' | 'none';
  /** Every period the area has figures for (any indicator), newest first. */
  readonly available: readonly PeriodKey[];
}

/**
 * The default period for an area: the latest quarter (or month) it has local figures for, else
 * the latest year. With `now`, periods that have not ended are listed but not chosen. Periods
 * that do not parse are left out.
 */
export function defaultPeriod(dataset: Dataset, areaCode: string, now?: Date): PeriodChoice {
  const keys = new Set<PeriodKey>();
  for (const byArea of dataset.observations.values()) {
    for (const key of byArea.get(areaCode)?.keys() ?? []) keys.add(key);
  }
  const periods = [...keys]
    .map((key) => ({ key, period: parsePeriodKey(key) }))
    .filter((p): p is { key: PeriodKey; period: Period } => p.period !== undefined)
    .sort((a, b) => comparePeriods(b.period, a.period));
  const ended = periods.filter((p) => now === undefined || !isUnfinished(p.period, now));
  const local = ended.find((p) => p.period.kind !== 'year');
  const year = ended.find((p) => p.period.kind === 'year');
  const available = periods.map((p) => p.key);
  if (local) return { period: local.key, basis: 'local-quarter', available };
  if (year) return { period: year.key, basis: 'published-year', available };
  return { period: undefined, basis: 'none', available };
}
