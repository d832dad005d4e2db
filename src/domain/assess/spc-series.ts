/**
 * From observations to the XmR analysis (spc.ts): one series of one cadence, oldest first, with
 * every period between the first and the last present (a period with no row, or a suppressed
 * or missing value, is a gap, never zero). The app and the `spc` command both come through here.
 */
import { parsePeriodKey, periodKey, previousPeriod, comparePeriods } from '../model';
import { selectTarget } from './rag';
import { analyseSpc, type SpcInputPoint, type SpcOptions, type SpcResult } from './spc';
import { DEFAULT_SPC_SETTINGS, type SpcSettings } from '../model';
import type { IndicatorDefinition, Observation, Period, PeriodKey } from '../model';

export type Cadence = Period['kind'];

const CADENCE_WORDS: Readonly<Record<Cadence, string>> = {
  month: 'monthly',
  quarter: 'quarterly',
  year: 'annual',
};

export type SpcSeries =
  | { readonly ok: true; readonly cadence: Cadence | null; readonly points: SpcInputPoint[] }
  | { readonly ok: false; readonly message: string };

/**
 * One series from observations of one indicator and area (any order). Refused with a message
 * when the periods mix cadences (months with quarters, quarters with years) or a period key does
 * not read. Periods between the first and last with no observation become gaps.
 */
export function spcSeries(observations: readonly Observation[]): SpcSeries {
  const parsed: { period: Period; observation: Observation }[] = [];
  for (const observation of observations) {
    const period = parsePeriodKey(observation.period);
    if (!period) return { ok: false, message: `"${observation.period}" is not a period.` };
    parsed.push({ period, observation });
  }
  parsed.sort((a, b) => comparePeriods(a.period, b.period));
  const first = parsed[0];
  if (!first) return { ok: true, cadence: null, points: [] };
  const other = parsed.find((p) => p.period.kind !== first.period.kind);
  if (other) {
    return {
      ok: false,
      message: `This series mixes ${CADENCE_WORDS[first.period.kind]} and ${CADENCE_WORDS[other.period.kind]} periods (${periodKey(first.period)} and ${other.observation.period}), so its points are not comparable. Give one cadence per series: an XmR chart needs evenly spaced points.`,
    };
  }
  const byKey = new Map(parsed.map((p) => [periodKey(p.period), p.observation]));
  const last = parsed[parsed.length - 1]?.period ?? first.period;
  const points: SpcInputPoint[] = [];
  for (
    let cursor: Period = last;
    comparePeriods(cursor, first.period) >= 0;
    cursor = previousPeriod(cursor)
  ) {
    const key = periodKey(cursor);
    const value = byKey.get(key)?.value;
    points.unshift({ period: key, value: value?.kind === 'number' ? value.value : null });
  }
  return { ok: true, cadence: first.period.kind, points };
}

/** The SPC polarity of an indicator: `range` and `none` special causes mean "neither". */
export function spcOptionsFor(
  indicator: Pick<IndicatorDefinition, 'id' | 'polarity' | 'targets' | 'unit' | 'decimals'>,
  latest: Observation | undefined,
  settings: SpcSettings,
): SpcOptions {
  const target = latest ? selectTarget(indicator, latest.period, latest.target) : null;
  return {
    polarity: indicator.polarity,
    target: target?.value.kind === 'point' ? target.value.value : null,
    run: settings.run,
    baseline: settings.baselines.get(indicator.id) ?? null,
    recalculateAt: settings.recalculations.get(indicator.id) ?? [],
  };
}

/**
 * The XmR analysis of an indicator's local series in the app: the periods of the same cadence
 * as `upTo`, on or before it (the reporting period), with the indicator's polarity, the target
 * in force at the latest figure and the analyst's settings. Null when the series has no figure.
 */
export function indicatorSpc(
  indicator: IndicatorDefinition,
  series: readonly Observation[],
  upTo: PeriodKey,
  settings: SpcSettings = DEFAULT_SPC_SETTINGS,
): SpcResult | null {
  const built = indicatorSpcSeries(series, upTo);
  if (!built) return null;
  return analyseSpc(built.points, spcOptionsFor(indicator, built.latest, settings));
}

/**
 * The series the app analyses for an indicator: the periods of the same cadence as `upTo`, on or
 * before it, with its latest figure. Null when there is no figure (or the cadences mix).
 */
export function indicatorSpcSeries(
  series: readonly Observation[],
  upTo: PeriodKey,
): { points: SpcInputPoint[]; latest: Observation | undefined } | null {
  const end = parsePeriodKey(upTo);
  if (!end) return null;
  const same = series.filter((o) => {
    const period = parsePeriodKey(o.period);
    return period?.kind === end.kind && comparePeriods(period, end) <= 0;
  });
  const built = spcSeries(same);
  if (!built.ok || built.points.every((p) => p.value === null)) return null;
  return {
    points: built.points,
    latest: [...same].reverse().find((o) => o.value.kind === 'number'),
  };
}
