/**
 * The pure core of `npm run -s spc -- [options] FILE` (scripts/spc.ts reads the file): the
 * arguments, the file imported as the scorecard imports it, one XmR analysis per indicator and
 * area (spc-series.ts and spc.ts, as the app uses them), and the output as one JSON object or a
 * short readable report.
 */
import { formatReport } from '../src/domain/import';
import type { ImportContext } from '../src/domain/import';
import { importFile } from '../src/domain/import';
import { observationsOf } from '../src/domain/model';
import { parsePeriod, periodKey } from '../src/domain/model';
import { analyseSpc, type SpcResult, type SpcRule } from '../src/domain/assess';
import { spcSeries } from '../src/domain/assess';
import type { Observation, PeriodKey, Polarity } from '../src/domain/model';

export interface SpcCliOptions {
  readonly file: string;
  readonly json: boolean;
  /** Null: the indicator's own polarity when it is known, else `none`. */
  readonly polarity: Extract<Polarity, 'higher' | 'lower' | 'none'> | null;
  readonly target: number | null;
  readonly run: 6 | 7;
  readonly baseline: number | null;
  readonly recalculateAt: readonly PeriodKey[];
}

export const SPC_USAGE = `Usage: npm run -s spc -- [options] FILE

Reads a tidy CSV (indicator, period, area, value; area_code also works) and prints an XmR
(statistical process control) analysis of each indicator and area's series: mean, moving
ranges, limits (mean ± 2.66 × mean moving range), special causes and the variation and
assurance icons of the latest point. Periods may be quarters (2024-25 Q2), years (2024-25) or
months (2026-09, September 2026); one cadence per series.

Options:
  --json                      print one JSON object: {"series": [...]}
  --polarity higher|lower|none  which way is good (default: the indicator's own, else none)
  --target N                  a target, for the assurance icon
  --run 6|7                   points in a shift or trend (default 6)
  --baseline N                fix the limits from the first N points
  --recalculate-at PERIOD     recalculate the limits from this period (may be repeated)`;

/** Reads the command line; returns a message for anything it cannot use. */
export function parseSpcArgs(argv: readonly string[]): SpcCliOptions | { readonly error: string } {
  const files: string[] = [];
  let json = false;
  let polarity: SpcCliOptions['polarity'] = null;
  let target: number | null = null;
  let run: 6 | 7 = 6;
  let baseline: number | null = null;
  const recalculateAt: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--json') {
      json = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') return { error: SPC_USAGE };
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const value = argv[i + 1];
    i++;
    if (value === undefined || value.startsWith('--')) return { error: `${arg} needs a value.` };
    if (arg === '--polarity') {
      if (value !== 'higher' && value !== 'lower' && value !== 'none') {
        return { error: `--polarity is higher, lower or none, not "${value}".` };
      }
      polarity = value;
    } else if (arg === '--target') {
      const n = Number(value);
      if (value.trim() === '' || !Number.isFinite(n)) {
        return { error: `--target needs a number, not "${value}".` };
      }
      target = n;
    } else if (arg === '--run') {
      if (value !== '6' && value !== '7') return { error: `--run is 6 or 7, not "${value}".` };
      run = value === '6' ? 6 : 7;
    } else if (arg === '--baseline') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 2) {
        return { error: `--baseline needs a whole number of points (2 or more), not "${value}".` };
      }
      baseline = n;
    } else if (arg === '--recalculate-at') {
      const period = parsePeriod(value, { monthMeaning: 'month' });
      if (!period.ok) return { error: `--recalculate-at: ${period.message}` };
      recalculateAt.push(periodKey(period.period));
    } else {
      return { error: `Unknown option ${arg}.\n\n${SPC_USAGE}` };
    }
  }
  if (files.length !== 1) {
    return { error: files.length === 0 ? SPC_USAGE : 'Give one file.\n\n' + SPC_USAGE };
  }
  return { file: files[0] ?? '', json, polarity, target, run, baseline, recalculateAt };
}

/** JSON numbers without binary noise (0.1 + 0.2 is printed 0.3). */
const clean = (x: number | null): number | null =>
  x === null ? null : Number.parseFloat(x.toPrecision(12));

export interface SeriesJson {
  readonly indicator: string;
  readonly area: string;
  readonly points: number;
  readonly mean: number | null;
  readonly upperLimit: number | null;
  readonly lowerLimit: number | null;
  readonly values: readonly {
    readonly period: PeriodKey;
    readonly value: number | null;
    readonly special: boolean;
    readonly rules: readonly SpcRule[];
    readonly meaning: 'improvement' | 'concern' | 'neither' | null;
  }[];
  readonly variation: string | null;
  readonly assurance: string | null;
  /** Why there are no limits, or why the series could not be analysed. */
  readonly note: string | null;
}

function seriesJson(indicator: string, area: string, result: SpcResult): SeriesJson {
  return {
    indicator,
    area,
    points: result.points.filter((p) => p.value !== null).length,
    mean: clean(result.mean),
    upperLimit: clean(result.limits?.upper ?? null),
    lowerLimit: clean(result.limits?.lower ?? null),
    values: result.points.map((p) => ({
      period: p.period,
      value: p.value,
      special: p.rules.length > 0,
      rules: p.rules,
      meaning: p.meaning,
    })),
    variation: result.variation?.kind ?? null,
    assurance: result.assurance,
    note: result.reason,
  };
}

function refusedJson(indicator: string, area: string, message: string): SeriesJson {
  return {
    indicator,
    area,
    points: 0,
    mean: null,
    upperLimit: null,
    lowerLimit: null,
    values: [],
    variation: null,
    assurance: null,
    note: message,
  };
}

const VARIATION_WORDS: Readonly<Record<string, string>> = {
  'common-cause': 'common cause (no sign of real change)',
  'special-cause-improvement': 'special cause: improvement',
  'special-cause-concern': 'special cause: concern',
  'special-cause-neither': 'special cause (neither better nor worse)',
};
const ASSURANCE_WORDS: Readonly<Record<string, string>> = {
  pass: 'the target lies outside the limits on the bad side: it will be met consistently',
  fail: 'the target lies outside the limits on the good side: it will be missed consistently',
  'hit-and-miss': 'the target lies inside the limits: it will be met in some periods, not others',
};

function readable(s: SeriesJson): string {
  const lines = [`${s.indicator}, ${s.area}: ${String(s.points)} points`];
  if (s.mean !== null) lines.push(`  mean ${String(s.mean)}`);
  if (s.upperLimit !== null && s.lowerLimit !== null) {
    lines.push(`  limits ${String(s.lowerLimit)} to ${String(s.upperLimit)}`);
  }
  if (s.note !== null) lines.push(`  ${s.note}`);
  for (const v of s.values.filter((x) => x.special)) {
    lines.push(
      `  ${v.period} ${String(v.value)}: ${v.rules.join(', ')} (${v.meaning ?? 'neither'})`,
    );
  }
  if (s.variation !== null) lines.push(`  latest point: ${VARIATION_WORDS[s.variation] ?? ''}`);
  if (s.assurance !== null) lines.push(`  target: ${ASSURANCE_WORDS[s.assurance] ?? ''}`);
  return lines.join('\n');
}

/**
 * Imports the file and analyses each series. `exitCode` 1 when the file has errors (the report is
 * printed to `errors`, and the series that did load are still analysed) or a series is refused.
 */
export function runSpc(
  bytes: Uint8Array,
  options: SpcCliOptions,
  context: ImportContext,
): { readonly output: string; readonly errors: string; readonly exitCode: number } {
  const name = options.file.split(/[\\/]/).pop() ?? options.file;
  const mapping = { indicator: 'indicator', period: 'period', area: 'area', value: 'value' };
  let result = importFile(bytes, name, context);
  // A tidy file with `area` rather than `area_code` is read through the same tidy reader.
  if (result.report.layout === 'unknown') result = importFile(bytes, name, { ...context, mapping });
  const report = result.report;
  const problems = report.errors.length > 0 ? formatReport(report) : '';
  const groups = new Map<string, Observation[]>();
  for (const observation of observationsOf(result.observations)) {
    const key = `${observation.indicator}\u0000${observation.area}`;
    const list = groups.get(key) ?? [];
    list.push(observation);
    groups.set(key, list);
  }
  let refused = false;
  const series: SeriesJson[] = [];
  for (const list of groups.values()) {
    const first = list[0];
    if (!first) continue;
    const built = spcSeries(list);
    if (!built.ok) {
      refused = true;
      series.push(refusedJson(first.indicator, first.area, built.message));
      continue;
    }
    const known = context.indicators.get(first.indicator);
    const polarity =
      options.polarity ??
      (known?.polarity === 'higher' || known?.polarity === 'lower' ? known.polarity : 'none');
    const analysis = analyseSpc(built.points, {
      polarity,
      target: options.target,
      run: options.run,
      baseline: options.baseline,
      recalculateAt: options.recalculateAt,
    });
    series.push(seriesJson(first.indicator, first.area, analysis));
  }
  const output = options.json
    ? JSON.stringify({ series }, null, 2)
    : series.length === 0
      ? 'No series could be read from the file.'
      : series.map(readable).join('\n\n');
  return {
    output,
    errors: problems,
    exitCode: report.errors.length > 0 || refused || series.length === 0 ? 1 : 0,
  };
}
