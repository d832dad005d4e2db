/**
 * Illustrative quarterly figures: a made-up but plausible local series for each indicator,
 * generated deterministically (seeded, no Math.random) and consistent with the council's
 * published year-end figures where they exist:
 * - snapshot, year-to-date and rolling-12-month measures equal the published figure in the
 *   quarter it describes (Q4 for 31 March; the quarter itself for a quarterly key such as the
 *   workforce's `2025-26 Q2`, 30 September);
 * - in-period measures average, over the year's four quarters, to the published figure.
 * "Equal" means equal at the precision DfE published (a published 87 is met by 87.3 from
 * 62 of 71 children). After the last published figure a series drifts gently towards a
 * long-run level. The figures are for demonstration only and must always be labelled so.
 */
import { seededRandom } from '../../src/domain/import';
import { parsePeriodKey, periodKey } from '../../src/domain/model';
import type { MeasurementType, Period, PeriodKey, Unit } from '../../src/domain/model';

type Quarter = Extract<Period, { kind: 'quarter' }>;

/** Counts behind a percentage: the group counted (numerator) out of the cohort (denominator). */
export interface CountSpec {
  /**
   * The published cohort by period key (e.g. `2024-25` -> 131 care leavers in the year, or
   * 275 plans at 31 March); the generator interpolates between them. For an in-period measure
   * it is the year's total and the four quarters' cohorts add up to it.
   */
  readonly cohort: ReadonlyMap<PeriodKey, number>;
  /** Published numerator and denominator by period key, used as they are where consistent. */
  readonly published?: ReadonlyMap<
    PeriodKey,
    { readonly numerator: number; readonly denominator: number }
  >;
}

export interface IllustrativeSpec {
  readonly indicator: string;
  readonly unit: Unit;
  readonly measurement: MeasurementType;
  /** Decimal places the local figures are written with. */
  readonly decimals: number;
  /** Decimal places of the published figures (the precision consistency is judged at). */
  readonly publishedDecimals: number;
  /**
   * The council's published figures, keyed as the published data keys them: a financial year
   * (`2024-25`) or a quarter (`2025-26 Q2` for a 30 September snapshot).
   */
  readonly published: ReadonlyMap<PeriodKey, number>;
  /** Typical quarter-to-quarter movement, in the indicator's unit. */
  readonly noise: number;
  /** Where the series heads after the last published figure (e.g. the England average). */
  readonly longRun?: number;
  /** Fallback level when nothing is published for the council. */
  readonly level?: number;
  readonly counts?: CountSpec;
  /** Commentary for particular quarters, as a service manager would write it. */
  readonly notes?: ReadonlyMap<PeriodKey, string>;
}

export interface IllustrativeRow {
  readonly indicator: string;
  readonly period: PeriodKey;
  /** The figure at the spec's decimals, or `c` where a count of 1 to 5 children is suppressed. */
  readonly value: number | 'c';
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly note: string | null;
}

export interface IllustrativeOptions {
  readonly seed: number;
  /** First and last quarter, as canonical keys (`2022-23 Q1`, `2026-27 Q2`). */
  readonly from: PeriodKey;
  readonly to: PeriodKey;
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** 32-bit string hash (FNV-1a), for per-series seeds. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Standard normal draws from a uniform source (Box-Muller). */
function normal(random: () => number): () => number {
  return () => {
    const u = 1 - random();
    const v = random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}

// ---------------------------------------------------------------------------------------------
// Helpers

const ordinal = (q: Quarter): number => q.fy * 4 + (q.quarter - 1);
const fromOrdinal = (n: number): Quarter => ({
  kind: 'quarter',
  fy: Math.floor(n / 4),
  quarter: ((n % 4) + 1) as 1 | 2 | 3 | 4,
});

function quarterOf(key: PeriodKey): Quarter {
  const period = parsePeriodKey(key);
  if (period?.kind !== 'quarter') throw new Error(`"${key}" is not a quarter key.`);
  return period;
}

/** Rounds half away from zero at `decimals` places, without binary noise (2.675 -> 2.68). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.round(Math.abs(value) * factor + 1e-9) / factor;
  return Math.sign(value) * scaled;
}

interface Bounds {
  readonly low: number;
  readonly high: number;
}

const boundsOf = (unit: Unit): Bounds =>
  unit === 'percent' ? { low: 0, high: 100 } : { low: 0, high: Number.POSITIVE_INFINITY };

const clamp = (value: number, { low, high }: Bounds): number =>
  Math.min(high, Math.max(low, value));

interface Point {
  readonly at: number;
  readonly value: number;
}

/** A published figure as an anchor: one quarter, or (in-period) a whole year. */
interface Anchor extends Point {
  readonly key: PeriodKey;
  /** For an in-period year: the ordinal of the year's Q1; null for a one-quarter anchor. */
  readonly yearStart: number | null;
}

function anchorsOf(spec: IllustrativeSpec): Anchor[] {
  const anchors: Anchor[] = [];
  for (const [key, value] of spec.published) {
    const period = parsePeriodKey(key);
    if (!period || period.kind === 'month') continue;
    if (period.kind === 'quarter') {
      anchors.push({ at: ordinal(period), value, key, yearStart: null });
    } else if (spec.measurement === 'in-period') {
      const start = period.fy * 4;
      anchors.push({ at: start + 1.5, value, key, yearStart: start });
    } else {
      anchors.push({ at: period.fy * 4 + 3, value, key, yearStart: null });
    }
  }
  return anchors.sort((a, b) => a.at - b.at);
}

/** Linear interpolation through points; flat before the first; `after` beyond the last. */
function interpolate(
  points: readonly Point[],
  at: number,
  after: (last: Point, at: number) => number,
): number | null {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return null;
  if (at <= first.at) return first.value;
  if (at >= last.at) return after(last, at);
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a && b && at <= b.at) return a.value + ((b.value - a.value) * (at - a.at)) / (b.at - a.at);
  }
  return last.value;
}

/** Moves whole units one at a time (last entry first) until the sum hits its target. */
function fixSum(units: number[], target: number, low: number, high: number): void {
  let residual = target - units.reduce((sum, unit) => sum + unit, 0);
  for (let guard = 0; residual !== 0 && guard < 1000; guard++) {
    const step = Math.sign(residual);
    let index = -1;
    for (let i = units.length - 1; i >= 0; i--) {
      const next = (units[i] ?? 0) + step;
      if (next >= low && next <= high) {
        index = i;
        break;
      }
    }
    if (index === -1) return;
    units[index] = (units[index] ?? 0) + step;
    residual -= step;
  }
}

/** True when the mean of the values, at the published precision, is the published figure. */
export function meanMatches(values: readonly number[], target: number, decimals: number): boolean {
  return roundTo(values.reduce((sum, v) => sum + v, 0) / values.length, decimals) === target;
}

// ---------------------------------------------------------------------------------------------
// The generator

/**
 * One series per spec, every quarter from `from` to `to` inclusive, oldest first. The same
 * specs and seed always give the same rows. Throws if `from`/`to` are not quarter keys or a
 * spec has neither published figures nor a `level`.
 */
export function generateIllustrative(
  specs: readonly IllustrativeSpec[],
  options: IllustrativeOptions,
): IllustrativeRow[] {
  const first = ordinal(quarterOf(options.from));
  const last = ordinal(quarterOf(options.to));
  const rows: IllustrativeRow[] = [];
  for (const spec of specs) rows.push(...generateSeries(spec, first, last, options.seed));
  return rows;
}

interface YearAnchor {
  /** Index (within the generated quarters) of the year's Q1. */
  readonly start: number;
  readonly anchor: Anchor;
}

function generateSeries(
  spec: IllustrativeSpec,
  first: number,
  last: number,
  seed: number,
): IllustrativeRow[] {
  const gauss = normal(seededRandom(hashString(`${seed}:${spec.indicator}`)));
  const bounds = boundsOf(spec.unit);
  const anchors = anchorsOf(spec);
  const count = last - first + 1;
  const ords = Array.from({ length: count }, (_, i) => first + i);

  // 1. A smooth level through the published figures, drifting towards longRun afterwards.
  const fallback = spec.level ?? anchors[anchors.length - 1]?.value;
  if (fallback === undefined) {
    throw new Error(`${spec.indicator}: no published figures and no level to start from.`);
  }
  const longRun = spec.longRun ?? fallback;
  const level = ords.map(
    (at) =>
      interpolate(anchors, at, (end, when) => {
        const progress = Math.min(1, (when - end.at) / 8);
        return end.value + (longRun - end.value) * 0.5 * progress;
      }) ?? fallback,
  );

  // 2. Quarter-to-quarter noise: persistent for snapshots and rolling figures, livelier for
  // in-period ones; damped near the bounds so percentages stay inside 0-100.
  const persistence =
    spec.measurement === 'in-period' ? 0.35 : spec.measurement === 'rolling-12-months' ? 0.8 : 0.6;
  const scale = spec.measurement === 'rolling-12-months' ? 0.6 : 1;
  let carry = 0;
  const raw = level.map((base) => {
    const room = Math.min(base - bounds.low, bounds.high - base);
    const sd = Math.max(0, Math.min(spec.noise * scale, room / 2.5));
    carry = persistence * carry + Math.sqrt(1 - persistence ** 2) * sd * gauss();
    return clamp(base + carry, bounds);
  });

  // 3. Published figures hold exactly, in whole units of the spec's decimals.
  const factor = 10 ** spec.decimals;
  const units = raw.map((value) => Math.round(value * factor));
  const lowUnit = Math.ceil(bounds.low * factor);
  const highUnit = Number.isFinite(bounds.high) ? Math.floor(bounds.high * factor) : Infinity;
  const anchoredAt = new Map<number, Anchor>();
  const anchoredYears: YearAnchor[] = [];
  for (const anchor of anchors) {
    if (anchor.yearStart === null) {
      const i = anchor.at - first;
      if (i < 0 || i >= count) continue;
      units[i] = Math.round(anchor.value * factor);
      anchoredAt.set(i, anchor);
      continue;
    }
    const start = anchor.yearStart - first;
    if (start < 0 || start + 3 >= count) continue;
    const year = raw.slice(start, start + 4);
    const mean = year.reduce((sum, v) => sum + v, 0) / 4;
    // Keep the year's shape but centre it on the published figure, shrinking it if that
    // would push a quarter outside the bounds.
    let shrink = 1;
    for (const v of year) {
      const deviation = v - mean;
      const candidate = anchor.value + deviation;
      if (candidate > bounds.high)
        shrink = Math.min(shrink, (bounds.high - anchor.value) / deviation);
      if (candidate < bounds.low)
        shrink = Math.min(shrink, (bounds.low - anchor.value) / deviation);
    }
    const yearUnits = year.map((v) => Math.round((anchor.value + shrink * (v - mean)) * factor));
    fixSum(yearUnits, Math.round(anchor.value * factor * 4), lowUnit, highUnit);
    yearUnits.forEach((u, j) => (units[start + j] = u));
    anchoredYears.push({ start, anchor });
  }
  const values = units.map((u) => u / factor);

  const periods = ords.map((n) => periodKey(fromOrdinal(n)));
  const note = (i: number): string | null => spec.notes?.get(periods[i] ?? '') ?? null;
  if (!spec.counts) {
    return values.map((value, i) => ({
      indicator: spec.indicator,
      period: periods[i] ?? '',
      value,
      numerator: null,
      denominator: null,
      note: note(i),
    }));
  }

  // 4. Counts behind a percentage, consistent with the figures above.
  const counted = withCounts(spec, spec.counts, ords, values, gauss, anchoredAt, anchoredYears);
  const isAnchored = (i: number) =>
    anchoredAt.has(i) || anchoredYears.some((year) => i >= year.start && i < year.start + 4);
  // DfE's small-number rule: a count of 1 to 5 children is suppressed, and so is the figure.
  const small = (n: number) => n >= 1 && n <= 5;
  return counted.map((row, i) => {
    const suppress = !isAnchored(i) && (small(row.numerator) || small(row.denominator));
    return {
      indicator: spec.indicator,
      period: periods[i] ?? '',
      value: suppress ? 'c' : row.value,
      numerator: suppress ? null : row.numerator,
      denominator: suppress ? null : row.denominator,
      note: note(i),
    };
  });
}

interface Counted {
  readonly numerator: number;
  readonly denominator: number;
  readonly value: number;
}

function withCounts(
  spec: IllustrativeSpec,
  counts: CountSpec,
  ords: readonly number[],
  targets: readonly number[],
  gauss: () => number,
  anchoredAt: ReadonlyMap<number, Anchor>,
  anchoredYears: readonly YearAnchor[],
): Counted[] {
  const inPeriod = spec.measurement === 'in-period';
  const cohortPoints: Point[] = [];
  for (const [key, size] of counts.cohort) {
    const period = parsePeriodKey(key);
    if (!period || period.kind === 'month') continue;
    if (period.kind === 'quarter') cohortPoints.push({ at: ordinal(period), value: size });
    else if (inPeriod) cohortPoints.push({ at: period.fy * 4 + 1.5, value: size / 4 });
    else cohortPoints.push({ at: period.fy * 4 + 3, value: size });
  }
  cohortPoints.sort((a, b) => a.at - b.at);
  const counted = (numerator: number, denominator: number): Counted => ({
    numerator,
    denominator,
    value: denominator === 0 ? 0 : roundTo((100 * numerator) / denominator, spec.decimals),
  });

  const wobble = inPeriod ? 0.1 : 0.03;
  const denominators = ords.map((at) => {
    const base = interpolate(cohortPoints, at, (end) => end.value) ?? 0;
    return Math.max(0, Math.round(base * (1 + wobble * gauss())));
  });
  // In-period: the year's quarterly cohorts add up to the published annual cohort.
  for (const { start, anchor } of anchoredYears) {
    const total = counts.cohort.get(anchor.key);
    if (total === undefined) continue;
    const year = denominators.slice(start, start + 4);
    fixSum(year, total, 1, Infinity);
    year.forEach((d, j) => (denominators[start + j] = d));
  }
  const rows = targets.map((target, i) => {
    const d = denominators[i] ?? 0;
    return counted(Math.min(d, Math.max(0, Math.round((target * d) / 100))), d);
  });

  // Snapshot anchors: the published counts if they agree, else the nearest cohort that does.
  for (const [i, anchor] of anchoredAt) {
    const matches = (c: Counted) => roundTo(c.value, spec.publishedDecimals) === anchor.value;
    const published = counts.published?.get(anchor.key);
    const exact = published ? counted(published.numerator, published.denominator) : null;
    if (exact && matches(exact)) {
      rows[i] = exact;
      continue;
    }
    const d0 = rows[i]?.denominator ?? 0;
    let found: Counted | null = null;
    for (let step = 0; found === null && step <= Math.max(10, d0); step++) {
      for (const d of [d0 + step, d0 - step]) {
        if (d <= 0 || found !== null) continue;
        for (const n of [
          Math.floor((anchor.value * d) / 100),
          Math.ceil((anchor.value * d) / 100),
        ]) {
          const candidate = counted(n, d);
          if (n >= 0 && n <= d && matches(candidate)) {
            found = candidate;
            break;
          }
        }
      }
    }
    if (found) rows[i] = found;
  }

  // In-period anchors: nudge numerators one child at a time until the mean matches.
  for (const { start, anchor } of anchoredYears) {
    for (let guard = 0; guard < 200; guard++) {
      const year = rows.slice(start, start + 4);
      const values = year.map((row) => row.value);
      if (meanMatches(values, anchor.value, spec.publishedDecimals)) break;
      const mean = values.reduce((sum, v) => sum + v, 0) / 4;
      const step = mean < anchor.value ? 1 : -1;
      // The quarter whose change moves the mean closest to the target.
      let bestIndex = -1;
      let bestDistance = Infinity;
      for (const [j, row] of year.entries()) {
        const n = row.numerator + step;
        if (n < 0 || n > row.denominator) continue;
        const next = counted(n, row.denominator);
        const distance = Math.abs(mean + (next.value - row.value) / 4 - anchor.value);
        if (distance < bestDistance) [bestIndex, bestDistance] = [j, distance];
      }
      const row = rows[start + bestIndex];
      if (bestIndex === -1 || !row) break;
      rows[start + bestIndex] = counted(row.numerator + step, row.denominator);
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Checking

/**
 * Every way the rows break the rules above for one spec: a published figure not met (at the
 * published precision) under the measurement's rule, a percentage outside 0-100, a negative
 * figure, too many decimals, or counts that do not give the figure. Empty when all is well.
 * Published years whose quarters are not all in the rows are not judged.
 */
export function consistencyProblems(
  spec: IllustrativeSpec,
  rows: readonly IllustrativeRow[],
): string[] {
  const problems: string[] = [];
  const byPeriod = new Map(
    rows.filter((row) => row.indicator === spec.indicator).map((row) => [row.period, row]),
  );
  const numberAt = (key: PeriodKey): number | null | undefined => {
    const row = byPeriod.get(key);
    if (!row) return undefined;
    return row.value === 'c' ? null : row.value;
  };
  for (const [key, published] of spec.published) {
    const period = parsePeriodKey(key);
    if (!period || period.kind === 'month') continue;
    if (period.kind === 'year' && spec.measurement === 'in-period') {
      const quarters = ([1, 2, 3, 4] as const).map((quarter) =>
        numberAt(periodKey({ kind: 'quarter', fy: period.fy, quarter })),
      );
      if (quarters.some((q) => q === undefined)) continue;
      if (quarters.some((q) => q === null)) {
        problems.push(
          `${spec.indicator} ${key}: a quarter is suppressed, so the year cannot be checked.`,
        );
      } else if (!meanMatches(quarters as number[], published, spec.publishedDecimals)) {
        problems.push(
          `${spec.indicator} ${key}: the quarters (${quarters.join(', ')}) do not average to the published ${published}.`,
        );
      }
      continue;
    }
    const at =
      period.kind === 'quarter' ? key : periodKey({ kind: 'quarter', fy: period.fy, quarter: 4 });
    const value = numberAt(at);
    if (value === undefined) continue;
    if (value === null || roundTo(value, spec.publishedDecimals) !== published) {
      problems.push(`${spec.indicator} ${at}: ${value ?? 'c'} is not the published ${published}.`);
    }
  }
  for (const row of byPeriod.values()) {
    if (row.value === 'c') {
      if (row.numerator !== null || row.denominator !== null) {
        problems.push(`${spec.indicator} ${row.period}: a suppressed figure shows its counts.`);
      }
      continue;
    }
    if (row.value < 0) problems.push(`${spec.indicator} ${row.period}: ${row.value} is negative.`);
    if (spec.unit === 'percent' && row.value > 100) {
      problems.push(`${spec.indicator} ${row.period}: ${row.value} is more than 100%.`);
    }
    if (roundTo(row.value, spec.decimals) !== row.value) {
      problems.push(
        `${spec.indicator} ${row.period}: ${row.value} has more than ${spec.decimals} decimals.`,
      );
    }
    if (row.numerator !== null && row.denominator !== null) {
      const expected = roundTo((100 * row.numerator) / row.denominator, spec.decimals);
      if (expected !== row.value || row.numerator > row.denominator) {
        problems.push(
          `${spec.indicator} ${row.period}: ${row.numerator} of ${row.denominator} is not ${row.value}%.`,
        );
      }
    }
  }
  return problems;
}
