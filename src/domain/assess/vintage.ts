/**
 * Which published figure to compare a local one with, and whether the comparison is fair.
 * Published comparators are annual and lag local data: in 2025-26 Q2 the latest is usually
 * 2024-25. Every comparator carries its own period. Where the measurement types differ the
 * comparison is flagged, never silently made:
 * - the same period, or periods of the same length (a year with a year): like-for-like;
 * - snapshot: a count at a date is comparable with one at another date (the dates are shown);
 * - rolling 12 months: always covers a year, so comparable with an annual figure;
 * - year to date: comparable with an annual outturn only at Q4 (or a March month), when the
 *   year is complete;
 * - in period: a quarter's (or month's) figure is not like-for-like with a whole year's.
 */
import { figurePeriodLabel, formatDate } from '../model';
import { comparePeriods, endMonthIndex, parsePeriodKey, periodEnd } from '../model';
import type { MeasurementType, Period, PeriodKey } from '../model';

export interface Vintage {
  readonly period: PeriodKey;
  /** True when no comparator period ends on or before the local one and a later one was used. */
  readonly laterThanLocal: boolean;
}

/**
 * The latest of `periods` whose end is on or before the end of `localPeriod`; when none does,
 * the latest of all, flagged `laterThanLocal`. Keys that do not parse are ignored. Undefined
 * when there is no period at all.
 */
export function latestComparablePeriod(
  periods: Iterable<PeriodKey>,
  localPeriod: PeriodKey,
): Vintage | undefined {
  return latestComparablePeriodAmong([periods], localPeriod);
}

/**
 * latestComparablePeriod over several lists at once (each neighbour's own periods, say), as if
 * they were one: the lists are read where they are rather than first joined into one.
 */
export function latestComparablePeriodAmong(
  lists: Iterable<Iterable<PeriodKey>>,
  localPeriod: PeriodKey,
): Vintage | undefined {
  // One pass, no sorting and nothing made per key: this runs for every comparator of every
  // indicator on every view. Distinct keys are distinct periods, so the order does not matter.
  const local = parsePeriodKey(localPeriod);
  const end = local ? endMonthIndex(local) : -Infinity;
  let latestKey: PeriodKey | undefined;
  let latest: Period | undefined;
  let onOrBeforeKey: PeriodKey | undefined;
  let onOrBefore: Period | undefined;
  for (const periods of lists) {
    for (const key of periods) {
      const period = parsePeriodKey(key);
      if (!period) continue;
      if (!latest || comparePeriods(period, latest) > 0) {
        latest = period;
        latestKey = key;
      }
      if (endMonthIndex(period) <= end && (!onOrBefore || comparePeriods(period, onOrBefore) > 0)) {
        onOrBefore = period;
        onOrBeforeKey = key;
      }
    }
  }
  if (onOrBeforeKey !== undefined) return { period: onOrBeforeKey, laterThanLocal: false };
  return latestKey === undefined ? undefined : { period: latestKey, laterThanLocal: true };
}

export interface Comparability {
  readonly comparable: boolean;
  /** Plain words, e.g. "A year-to-date figure at Q2 is not like-for-like with a full year." */
  readonly reason: string;
}

const LENGTH_WORDS: Readonly<Record<Period['kind'], string>> = {
  quarter: 'one quarter',
  month: 'one month',
  year: 'a whole year',
};

/** True for a period that ends the financial year (Q4, or the month of March). */
function endsFinancialYear(period: Period): boolean {
  return (
    (period.kind === 'quarter' && period.quarter === 4) ||
    (period.kind === 'month' && period.month === 3)
  );
}

/**
 * Whether a local figure for `localPeriod` can fairly be compared with a comparator's figure
 * for `comparatorPeriod`, given how the indicator is measured (see the module comment). Keys
 * that do not parse are only comparable when identical.
 */
export function comparability(
  measurement: MeasurementType,
  localPeriod: PeriodKey,
  comparatorPeriod: PeriodKey,
): Comparability {
  if (localPeriod === comparatorPeriod) return { comparable: true, reason: 'The same period.' };
  const local = parsePeriodKey(localPeriod);
  const other = parsePeriodKey(comparatorPeriod);
  if (!local || !other) {
    return { comparable: false, reason: 'The periods cannot be matched.' };
  }
  if (local.kind === other.kind) {
    return {
      comparable: true,
      reason: `Both cover ${LENGTH_WORDS[local.kind]}; the comparator is for ${comparatorPeriod}.`,
    };
  }
  switch (measurement) {
    case 'snapshot':
      return {
        comparable: true,
        reason: `Both are counts at a date; the comparator is at ${formatDate(periodEnd(other))}.`,
      };
    case 'rolling-12-months':
      return { comparable: true, reason: 'Both cover 12 months.' };
    case 'year-to-date': {
      const [shorter, longer] = local.kind === 'year' ? [other, local] : [local, other];
      if (longer.kind === 'year' && endsFinancialYear(shorter)) {
        return {
          comparable: true,
          reason: 'A year-to-date figure at year end covers the whole year.',
        };
      }
      return {
        comparable: false,
        reason: `A year-to-date figure for ${figurePeriodLabel('year-to-date', local.kind === 'year' ? comparatorPeriod : localPeriod)} is not like-for-like with ${LENGTH_WORDS[longer.kind]}.`,
      };
    }
    case 'in-period':
      return {
        comparable: false,
        reason: `The local figure covers ${LENGTH_WORDS[local.kind]} and the comparator ${LENGTH_WORDS[other.kind]}, so they are not like-for-like.`,
      };
  }
}
