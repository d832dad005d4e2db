/**
 * The XmR settings in config.json (so they are published with the data and every reader sees
 * the same limits):
 *
 *   "spc": {
 *     "run": 6,
 *     "baselines": { "CSC-REREF": 12 },
 *     "recalculateAt": { "CSC-REREF": ["2023-24 Q1"] },
 *     "recalculationReasons": { "CSC-REREF": { "2023-24 Q1": "new front-door model" } }
 *   }
 *
 * `run` is 6 or 7 (points in a shift or trend); a baseline fixes an indicator's limits from its
 * first N points; each recalculation period starts new limits. Indicator ids are kept in Maps,
 * never as keys of plain objects. Every problem is reported and the rest still read.
 */
import { parsePeriod, periodKey } from './periods';
import type { PeriodKey } from './types';

/** The analyst's SPC choices for the scorecard, kept with the workspace and published. */
export interface SpcSettings {
  /** Points in a shift or trend. */
  readonly run: 6 | 7;
  /** Indicator id -> limits from the first N points. */
  readonly baselines: ReadonlyMap<string, number>;
  /** Indicator id -> periods where the process changed (limits recalculated from each). */
  readonly recalculations: ReadonlyMap<string, readonly PeriodKey[]>;
  /** Indicator id -> recalculation period -> why the process changed (the analyst's words). */
  readonly reasons?: ReadonlyMap<string, ReadonlyMap<PeriodKey, string>>;
}

export const DEFAULT_SPC_SETTINGS: SpcSettings = {
  run: 6,
  baselines: new Map(),
  recalculations: new Map(),
  reasons: new Map(),
};

/** Longest reason kept for a recalculation (characters). */
export const SPC_REASON_MAX = 200;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const show = (value: unknown): string => JSON.stringify(value);

/** Reads the `spc` block; absent gives the defaults (run 6, no baselines or recalculations). */
export function readSpcConfig(value: unknown): { settings: SpcSettings; problems: string[] } {
  const problems: string[] = [];
  if (value === undefined) return { settings: DEFAULT_SPC_SETTINGS, problems };
  if (!isObject(value)) {
    return {
      settings: DEFAULT_SPC_SETTINGS,
      problems: [`spc: should be an object ({ ... }), not ${show(value)}.`],
    };
  }
  for (const key of Object.keys(value)) {
    if (!['run', 'baselines', 'recalculateAt', 'recalculationReasons'].includes(key)) {
      problems.push(`spc.${key}: is not a setting this scorecard knows; check the spelling.`);
    }
  }
  let run: 6 | 7 = 6;
  const rawRun = value['run'];
  if (rawRun === 7) run = 7;
  else if (rawRun !== undefined && rawRun !== 6) {
    problems.push(`spc.run: should be 6 or 7 (points in a shift or trend), not ${show(rawRun)}.`);
  }
  const baselines = new Map<string, number>();
  const rawBaselines = value['baselines'];
  if (rawBaselines !== undefined) {
    if (!isObject(rawBaselines)) {
      problems.push(`spc.baselines: should be an object of indicator: number of points.`);
    } else {
      for (const [id, n] of Object.entries(rawBaselines)) {
        if (typeof n === 'number' && Number.isInteger(n) && n >= 2) baselines.set(id, n);
        else
          problems.push(`spc.baselines.${id}: should be a whole number of points, not ${show(n)}.`);
      }
    }
  }
  const recalculations = new Map<string, PeriodKey[]>();
  const rawRecalc = value['recalculateAt'];
  if (rawRecalc !== undefined) {
    if (!isObject(rawRecalc)) {
      problems.push(`spc.recalculateAt: should be an object of indicator: list of periods.`);
    } else {
      for (const [id, list] of Object.entries(rawRecalc)) {
        if (!Array.isArray(list)) {
          problems.push(`spc.recalculateAt.${id}: should be a list of periods, not ${show(list)}.`);
          continue;
        }
        const keys: PeriodKey[] = [];
        for (const item of list) {
          const parsed =
            typeof item === 'string' ? parsePeriod(item, { monthMeaning: 'month' }) : null;
          if (parsed?.ok) keys.push(periodKey(parsed.period));
          else
            problems.push(
              `spc.recalculateAt.${id}: ${parsed ? parsed.message : `${show(item)} is not a period.`}`,
            );
        }
        recalculations.set(id, keys);
      }
    }
  }
  const reasons = readReasons(value['recalculationReasons'], recalculations, problems);
  return { settings: { run, baselines, recalculations, reasons }, problems };
}

/** `recalculationReasons`: each reason belongs to a recalculation period of its indicator. */
function readReasons(
  raw: unknown,
  recalculations: ReadonlyMap<string, readonly PeriodKey[]>,
  problems: string[],
): Map<string, Map<PeriodKey, string>> {
  const reasons = new Map<string, Map<PeriodKey, string>>();
  if (raw === undefined) return reasons;
  if (!isObject(raw)) {
    problems.push(
      `spc.recalculationReasons: should be an object of indicator: { period: reason }.`,
    );
    return reasons;
  }
  for (const [id, byPeriod] of Object.entries(raw)) {
    if (!isObject(byPeriod)) {
      problems.push(`spc.recalculationReasons.${id}: should be an object of period: reason.`);
      continue;
    }
    const kept = new Map<PeriodKey, string>();
    for (const [period, reason] of Object.entries(byPeriod)) {
      const parsed = parsePeriod(period, { monthMeaning: 'month' });
      if (!parsed.ok) {
        problems.push(`spc.recalculationReasons.${id}: ${parsed.message}`);
        continue;
      }
      const key = periodKey(parsed.period);
      if (!(recalculations.get(id) ?? []).includes(key))
        problems.push(
          `spc.recalculationReasons.${id}: ${key} is not one of its recalculation periods (recalculateAt).`,
        );
      else if (typeof reason !== 'string' || reason.length > SPC_REASON_MAX)
        problems.push(
          `spc.recalculationReasons.${id}.${key}: should be text of at most ${String(SPC_REASON_MAX)} characters.`,
        );
      else kept.set(key, reason);
    }
    if (kept.size > 0) reasons.set(id, kept);
  }
  return reasons;
}

/** True when two sets of settings give the same limits and say the same reasons. */
export function sameSpcSettings(a: SpcSettings, b: SpcSettings): boolean {
  return JSON.stringify(spcConfigJson(a) ?? {}) === JSON.stringify(spcConfigJson(b) ?? {});
}

/** The `spc` block to publish, or undefined for the defaults (nothing to write). */
export function spcConfigJson(settings: SpcSettings): Json | undefined {
  const reasons = settings.reasons ?? new Map<string, ReadonlyMap<PeriodKey, string>>();
  if (
    settings.run === 6 &&
    settings.baselines.size === 0 &&
    settings.recalculations.size === 0 &&
    reasons.size === 0
  ) {
    return undefined;
  }
  // Object.fromEntries defines own properties: an id such as "__proto__" stays a plain key.
  return {
    run: settings.run,
    baselines: Object.fromEntries(settings.baselines),
    recalculateAt: Object.fromEntries(settings.recalculations),
    ...(reasons.size > 0
      ? {
          recalculationReasons: Object.fromEntries(
            [...reasons].map(([id, byPeriod]) => [id, Object.fromEntries(byPeriod)]),
          ),
        }
      : {}),
  };
}
