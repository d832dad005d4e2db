/**
 * Direction of travel: the figure against the previous period (the previous quarter, or the
 * previous year for annual data) and against the same quarter a year earlier, judged by
 * polarity. An arrow up can be worse: when lower is better, a fall is improving. A context
 * measure (polarity none) only goes up or down. For "within a range is better", getting closer
 * to the middle of the target range (or to a single-figure target) is improving.
 *
 * No real change: a change smaller than the threshold. The default threshold is one unit of the
 * last displayed decimal place, compared on the shown figures, so "no real change" means the two
 * figures read the same (88.0% and 88.0%). That is the only rule a member can check by eye;
 * A change exactly equal to the threshold counts as a change.
 *
 * Small numbers: when the current figure's 95% interval is given (it needs a numerator and a
 * denominator, see interval.ts) and the earlier figure lies inside it (edges included), the
 * change could be chance: that is no real change too, and the reason says so. One care leaver
 * in 18 moves the figure by 5.6 points; that is not "worsening".
 */
import { getFigures, type Dataset } from '../model';
import { withinInterval, type Interval } from './interval';
import { missingFigure } from '../model';
import {
  comparePeriods,
  parsePeriodKey,
  periodKey,
  previousPeriod,
  sameTimeLastYear,
} from '../model';
import { earlierPeriodLabel, fromUnits, toUnits } from '../model';
import type {
  IndicatorDefinition,
  MeasurementType,
  Observation,
  Period,
  PeriodKey,
  TargetValue,
} from '../model';

export type DirectionJudgement =
  'improving' | 'worsening' | 'no-change' | 'up' | 'down' | 'not-comparable' | 'no-earlier-figure';

export type DirectionAgainst = 'previous' | 'year-ago';

export interface Direction {
  readonly against: DirectionAgainst;
  readonly judgement: DirectionJudgement;
  /** The period asked about. */
  readonly period: PeriodKey;
  /** The comparison period asked for (previous, or a year earlier); null when it cannot exist. */
  readonly requested: PeriodKey | null;
  /** The comparison period actually used: differs from `requested` when skipMissing fell back. */
  readonly used: PeriodKey | null;
  /** The earlier figure, when there was one to compare. */
  readonly earlier: number | null;
  /** Shown figure minus shown earlier figure, in the indicator's units; null when not compared. */
  readonly change: number | null;
  /**
   * One plain line, e.g. "Not comparable with 2025-26 Q1 (April to June 2025): the figure is
   * suppressed ... [c]."
   */
  readonly reason: string;
  /**
   * Short text for a sentence or tile: "Improving since 2025-26 Q1 (April to June 2025)",
   * "Worse than 30 September 2024".
   */
  readonly text: string;
  /** True when the earlier figure lies inside the current figure's interval (could be chance). */
  readonly withinInterval: boolean;
}

export interface DirectionOptions {
  /** A change smaller than this (in the indicator's units) is no real change. Default: one unit
   * of the last displayed decimal place. */
  readonly threshold?: number | undefined;
  /** When the comparison period has no usable figure, fall back to the latest earlier period
   * with one (for a year-ago comparison, the same quarter in an earlier year). Default false. */
  readonly skipMissing?: boolean | undefined;
  /** The target, needed for "within a range is better". */
  readonly target?: TargetValue | null | undefined;
  /** The current figure's interval: an earlier figure inside it is no real change. */
  readonly interval?: Interval | null | undefined;
}

/**
 * The earlier period as members read it, given how the indicator is measured (see
 * earlierPeriodLabel): "2025-26 Q1 (April to June 2025)" for a quarter, "30 September 2024" for a
 * snapshot, "2023-24 (year to 31 March 2024)" for a year. Without a measurement, as in period.
 */
export function shortPeriodLabel(
  period: PeriodKey,
  measurement: MeasurementType = 'in-period',
): string {
  return earlierPeriodLabel(measurement, period);
}

function sameKind(a: Period, b: Period): boolean {
  return a.kind === b.kind;
}

/**
 * Judges one indicator for one area in `period` against the previous period or a year earlier.
 * Edge cases: no figure now -> not-comparable; no figure of the same kind at or before the
 * comparison period -> no-earlier-figure; the comparison period missing or
 * suppressed -> not-comparable with the reason, unless skipMissing finds an earlier figure.
 * For annual data "a year earlier" is the previous period; ask for `previous` instead. A
 * series that only ever has one quarter of the year (an annual snapshot stored as Q2) is annual:
 * its previous period is the same quarter a year earlier.
 */
export function directionOfTravel(
  dataset: Dataset,
  indicator: IndicatorDefinition,
  areaCode: string,
  period: PeriodKey,
  against: DirectionAgainst,
  options: DirectionOptions = {},
): Direction {
  const parsed = parsePeriodKey(period);
  const base = { against, period, earlier: null, change: null, withinInterval: false } as const;
  if (!parsed) {
    return {
      ...base,
      judgement: 'not-comparable',
      requested: null,
      used: null,
      reason: `Not comparable: "${period}" is not a period the scorecard reads.`,
      text: 'Not comparable',
    };
  }
  const figures = getFigures(dataset, indicator.id, areaCode);
  // The periods of the same kind the area has figures for, in no particular order: only which
  // exist matters (the latest earlier one is the greatest), so they are not sorted.
  const series: { readonly key: PeriodKey; readonly period: Period }[] = [];
  for (const key of figures?.keys() ?? []) {
    const other = parsePeriodKey(key);
    if (other && sameKind(other, parsed)) series.push({ key, period: other });
  }
  // Annual figures stored as a quarter (workforce at 30 September is "Q2") have no previous
  // quarter: their previous period is the same quarter a year earlier.
  const annualInQuarters =
    parsed.kind === 'quarter' &&
    series.every((e) => e.period.kind === 'quarter' && e.period.quarter === parsed.quarter);
  const step = against === 'previous' && !annualInQuarters ? previousPeriod : sameTimeLastYear;
  const requestedPeriod = step(parsed);
  const requested = periodKey(requestedPeriod);
  const label = shortPeriodLabel(requested, indicator.measurement);
  const current = figures?.get(period);
  const hasEarlier = series.some((e) => comparePeriods(e.period, requestedPeriod) <= 0);

  if (current?.value.kind !== 'number') {
    const why = current
      ? missingFigure(current.value.state)
      : `there is no figure for ${shortPeriodLabel(period, indicator.measurement)}`;
    return {
      ...base,
      judgement: 'not-comparable',
      requested,
      used: null,
      reason: `Not comparable: ${why}.`,
      text: 'Not comparable',
    };
  }
  if (!hasEarlier) {
    return {
      ...base,
      judgement: 'no-earlier-figure',
      requested,
      used: null,
      reason:
        against === 'previous'
          ? 'No earlier figure to compare with.'
          : `No figure a year earlier (${label}) or before.`,
      text: against === 'previous' ? 'No earlier figure' : 'No figure a year earlier',
    };
  }

  let used = figures?.get(requested);
  let fellBack = false;
  if (used?.value.kind !== 'number' && options.skipMissing === true) {
    // The latest figure before the requested period (for a year-ago comparison, of the same
    // quarter).
    let latest: { readonly period: Period; readonly observation: Observation } | undefined;
    for (const e of series) {
      if (comparePeriods(e.period, requestedPeriod) >= 0) continue;
      if (
        against === 'year-ago' &&
        e.period.kind === 'quarter' &&
        requestedPeriod.kind === 'quarter' &&
        e.period.quarter !== requestedPeriod.quarter
      )
        continue;
      if (latest && comparePeriods(e.period, latest.period) <= 0) continue;
      const observation = figures?.get(e.key);
      if (observation?.value.kind === 'number') latest = { period: e.period, observation };
    }
    if (latest) {
      used = latest.observation;
      fellBack = true;
    }
  }
  if (used?.value.kind !== 'number') {
    const why = used ? missingFigure(used.value.state) : `there is no figure for ${label}`;
    return {
      ...base,
      judgement: 'not-comparable',
      requested,
      used: null,
      reason: `Not comparable with ${label}: ${why}.`,
      text: `Not comparable with ${label}`,
    };
  }

  const { decimals, polarity } = indicator;
  const now = toUnits(current.value.value, decimals);
  const then = toUnits(used.value.value, decimals);
  const threshold = options.threshold === undefined ? 1 : toUnits(options.threshold, decimals);
  const usedLabel = shortPeriodLabel(used.period, indicator.measurement);
  const change = fromUnits(now - then, decimals);
  const earlier = used.value.value;
  const chance = withinInterval(options.interval, earlier);
  const notes: string[] = [];
  if (chance) notes.push('with numbers this small the change could be chance');
  if (fellBack) notes.push(`${label} has no usable figure, so this is the latest earlier one`);
  const judged = (judgement: DirectionJudgement): Direction => {
    const text = directionText(judgement, against, usedLabel);
    // Written out in base's key order rather than spread from base: overwriting its null
    // earlier and change with numbers after a spread was measured as slow, and this is the
    // common case.
    return {
      against,
      period,
      earlier,
      change,
      withinInterval: chance,
      judgement,
      requested,
      used: used.period,
      // After a colon, not in brackets: the period labels carry brackets of their own.
      reason: notes.length > 0 ? `${text}: ${notes.join('; ')}.` : `${text}.`,
      text,
    };
  };

  if (chance) return judged('no-change');
  if (polarity === 'none' || (polarity === 'range' && !options.target)) {
    if (Math.abs(now - then) < threshold) return judged('no-change');
    return judged(now > then ? 'up' : 'down');
  }
  let gain: number;
  if (polarity === 'range' && options.target) {
    const middle =
      options.target.kind === 'point'
        ? toUnits(options.target.value, decimals)
        : (toUnits(options.target.low, decimals) + toUnits(options.target.high, decimals)) / 2;
    gain = Math.abs(then - middle) - Math.abs(now - middle);
  } else {
    gain = polarity === 'lower' ? then - now : now - then;
  }
  if (Math.abs(gain) < threshold) return judged('no-change');
  return judged(gain > 0 ? 'improving' : 'worsening');
}

function directionText(
  judgement: DirectionJudgement,
  against: DirectionAgainst,
  label: string,
): string {
  if (against === 'previous') {
    switch (judgement) {
      case 'improving':
        return `Improving since ${label}`;
      case 'worsening':
        return `Worsening since ${label}`;
      case 'up':
        return `Up since ${label}`;
      case 'down':
        return `Down since ${label}`;
      default:
        return `No real change since ${label}`;
    }
  }
  switch (judgement) {
    case 'improving':
      return `Better than ${label}`;
    case 'worsening':
      return `Worse than ${label}`;
    case 'up':
      return `Higher than ${label}`;
    case 'down':
      return `Lower than ${label}`;
    default:
      return `No real change from ${label}`;
  }
}
