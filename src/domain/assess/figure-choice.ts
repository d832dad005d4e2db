/**
 * Which figure an indicator shows at a reporting date. The scorecard has one reporting date (the
 * end of the period chosen); each indicator shows its newest figure on or before that date,
 * whatever its cadence: a quarter, a year to 31 March, a snapshot at 30 September, a rolling
 * 12 months. So at 30 September 2025 the workforce figures are at 30 September 2025 while the
 * children-in-need figures are for 2024-25. Nothing newer than the reporting date is chosen.
 *
 * One exception keeps a gap visible: an indicator with quarterly (or monthly) figures of its own
 * (figures in more than one quarter of the year) whose asked-for quarter has no row shows that
 * quarter as missing, not the quarter before it.
 */
import { getSeries, type Dataset } from '../model';
import { endMonthIndex, parsePeriodKey } from '../model';
import type { IndicatorDefinition, Observation, Period, PeriodKey } from '../model';

export interface FigureChoice {
  readonly period: PeriodKey;
  readonly observation: Observation | undefined;
  /** `requested`: the period asked for; `newest-on-or-before`: an earlier figure stands for it. */
  readonly basis: 'requested' | 'newest-on-or-before';
}

/** True when the figures fall in more than one quarter of the year (or are monthly). */
function hasInYearFigures(periods: readonly (Period | undefined)[]): boolean {
  const quarters = new Set<number>();
  for (const period of periods) {
    if (period?.kind === 'month') return true;
    if (period?.kind === 'quarter') quarters.add(period.quarter);
  }
  return quarters.size > 1;
}

/**
 * The figure to show for `indicator` in `areaCode` at the reporting period `period` (see the
 * module comment). With `fallBack` false only the period asked for is shown.
 */
export function chooseFigure(
  dataset: Dataset,
  indicator: IndicatorDefinition,
  areaCode: string,
  period: PeriodKey,
  fallBack = true,
): FigureChoice {
  const byPeriod = dataset.observations.get(indicator.id)?.get(areaCode);
  const exact = byPeriod?.get(period);
  const asRequested: FigureChoice = { period, observation: exact, basis: 'requested' };
  const asked = parsePeriodKey(period);
  if (exact || !fallBack || !asked) return asRequested;
  const series = getSeries(dataset, indicator.id, areaCode);
  const periods = series.map((o) => parsePeriodKey(o.period));
  // A missing quarter of a quarterly series must show as missing, not as last quarter's figure.
  if (asked.kind !== 'year' && hasInYearFigures(periods)) return asRequested;
  const end = endMonthIndex(asked);
  // The series is in period order (at the same end date a year sorts after a quarter), so the
  // last one ending on or before the reporting date is the newest.
  for (let i = series.length - 1; i >= 0; i--) {
    const candidate = periods[i];
    const observation = series[i];
    if (candidate && observation && endMonthIndex(candidate) <= end) {
      return { period: observation.period, observation, basis: 'newest-on-or-before' };
    }
  }
  return asRequested;
}

/**
 * The reporting date's figure in a column of the scorecard table: the figure for that very
 * period; or, for a year column and a snapshot or rolling 12-month indicator, the newest figure
 * taken within that year (workforce figures at 30 September sit in their year's column). Never a
 * figure ending after `reportingEnd` (an end-month index, see endMonthIndex).
 */
export function columnFigure(
  dataset: Dataset,
  indicator: IndicatorDefinition,
  areaCode: string,
  column: PeriodKey,
  reportingEnd: number,
): Observation | undefined {
  const byPeriod = dataset.observations.get(indicator.id)?.get(areaCode);
  const asked = parsePeriodKey(column);
  if (!asked || !byPeriod) return undefined;
  const exact = byPeriod.get(column);
  if (exact) return endMonthIndex(asked) <= reportingEnd ? exact : undefined;
  if (asked.kind !== 'year') return undefined;
  if (indicator.measurement !== 'snapshot' && indicator.measurement !== 'rolling-12-months') {
    return undefined;
  }
  const first = endMonthIndex(asked) - 11;
  const last = Math.min(endMonthIndex(asked), reportingEnd);
  let best: { observation: Observation; end: number } | undefined;
  for (const observation of byPeriod.values()) {
    const parsed = parsePeriodKey(observation.period);
    if (!parsed || parsed.kind === 'year') continue;
    const end = endMonthIndex(parsed);
    if (end >= first && end <= last && (!best || end > best.end)) best = { observation, end };
  }
  return best?.observation;
}
