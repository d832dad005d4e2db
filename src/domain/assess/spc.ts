/**
 * Statistical process control: the XmR chart of a local series, as the NHS "Making Data Count"
 * method draws it (NHS-R's NHSRplotthedots behaves the same way).
 *
 * - The mean of the points and their moving ranges (the absolute difference of each point from
 *   the one before). Limits are mean ± 2.66 × the mean moving range: three sigma, where sigma is
 *   the mean moving range / 1.128. Never from the standard deviation.
 * - With 12 points or fewer behind the limits there are no limits, no special causes and no
 *   icons: only the mean, and a reason that says so.
 * - Special-cause rules, within one segment: a single point beyond a limit; a shift (6 points,
 *   or 7 if asked, all above or all below the mean; a point on the mean breaks it); a trend (6,
 *   or 7, points each higher, or each lower, than the one before; an equal value breaks it); two
 *   out of three consecutive points beyond two sigma on the same side of the mean (only the
 *   points beyond two sigma are flagged). All comparisons are strict.
 * - A point caught by several rules is marked by the first of trend, shift, two-of-three,
 *   single point (the Making Data Count precedence); its side (high or low) comes from that rule.
 * - Gaps (suppressed or missing values) are left out: moving ranges and runs join the points
 *   either side of a gap, which is drawn as a gap, never as zero.
 * - Baseline: the mean and limits of each segment come from its first N points only.
 *   Recalculation: a period where the process changed starts a new segment with its own limits.
 *
 * Pure functions; the app and the `spc` command share them.
 */
import type { PeriodKey, Polarity } from '../model';

export type SpcRule = 'single-point' | 'shift' | 'trend' | 'two-of-three';
/** Precedence: the first rule in this list that catches a point decides how it is marked. */
export const SPC_RULE_PRECEDENCE: readonly SpcRule[] = [
  'trend',
  'shift',
  'two-of-three',
  'single-point',
];
export type SpcMeaning = 'improvement' | 'concern' | 'neither';
export type SpcSide = 'high' | 'low';
export type VariationKind =
  'common-cause' | 'special-cause-improvement' | 'special-cause-concern' | 'special-cause-neither';
export type AssuranceKind = 'pass' | 'fail' | 'hit-and-miss';

/** Limits need at least this many points (12 or fewer show only the mean). */
export const SPC_MIN_POINTS = 13;
/** 3 / d2, with d2 = 1.128 for moving ranges of two points. */
export const SPC_LIMIT_FACTOR = 2.66;

export interface SpcInputPoint {
  readonly period: PeriodKey;
  /** The figure, or null for a gap (suppressed, missing): never zero. */
  readonly value: number | null;
}

export interface SpcOptions {
  /** Which way is good; `range` and `none` give special causes that mean "neither". */
  readonly polarity: Polarity;
  /** A single-figure target, for the assurance icon; null for none. */
  readonly target?: number | null;
  /** Points in a shift or trend: 6 (default) or 7. */
  readonly run?: 6 | 7;
  /** Limits of each segment from its first N points only; null (default) uses all of them. */
  readonly baseline?: number | null;
  /** Periods where the process changed: each starts a new segment with its own limits. */
  readonly recalculateAt?: readonly PeriodKey[];
}

export interface SpcLimits {
  readonly mean: number;
  readonly meanMovingRange: number;
  /** Mean moving range / 1.128. */
  readonly sigma: number;
  readonly upper: number;
  readonly lower: number;
  readonly upperTwoSigma: number;
  readonly lowerTwoSigma: number;
}

export interface SpcSegment {
  /** First and last period of the segment (gaps included). */
  readonly from: PeriodKey;
  readonly to: PeriodKey;
  /** Points with a figure. */
  readonly points: number;
  /** Points the mean and limits were calculated from (the baseline, or all). */
  readonly calculatedFrom: number;
  /** Mean of the points the limits come from; null when the segment has no figures. */
  readonly mean: number | null;
  /** Null with too few points (see `reason`). */
  readonly limits: SpcLimits | null;
  /** Why there are no limits, in plain English; null when there are. */
  readonly reason: string | null;
  /** True when this segment starts at a recalculation point. */
  readonly recalculated: boolean;
}

export interface SpcPoint {
  readonly period: PeriodKey;
  readonly value: number | null;
  /** Index into `segments`. */
  readonly segment: number;
  /** |value - previous figure| within the segment; null for the first figure or a gap. */
  readonly movingRange: number | null;
  /** Every rule that catches the point, in precedence order. */
  readonly rules: readonly SpcRule[];
  /** The rule that decides how the point is marked (the first of `rules`), or null. */
  readonly markedBy: SpcRule | null;
  readonly side: SpcSide | null;
  readonly meaning: SpcMeaning | null;
}

export interface SpcVariation {
  readonly kind: VariationKind;
  /** High or low, for a special cause. */
  readonly side: SpcSide | null;
}

export interface SpcResult {
  readonly points: readonly SpcPoint[];
  readonly segments: readonly SpcSegment[];
  /** The last segment's figures (what the latest point is judged against). */
  readonly mean: number | null;
  readonly limits: SpcLimits | null;
  /** Why the last segment has no limits; null when it has. */
  readonly reason: string | null;
  readonly run: 6 | 7;
  /** Of the latest figure; null without limits. */
  readonly variation: SpcVariation | null;
  /** Against the target; null without limits, target or direction. */
  readonly assurance: AssuranceKind | null;
  readonly target: number | null;
}

const pointsWord = (n: number): string => `${String(n)} point${n === 1 ? '' : 's'}`;

/** Limits from figures (in order, gaps removed): null with too few. */
export function xmrLimits(values: readonly number[]): SpcLimits | null {
  if (values.length < SPC_MIN_POINTS) return null;
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  let total = 0;
  for (let i = 1; i < values.length; i++) {
    total += Math.abs((values[i] ?? 0) - (values[i - 1] ?? 0));
  }
  const meanMovingRange = total / (values.length - 1);
  const width = SPC_LIMIT_FACTOR * meanMovingRange;
  return {
    mean,
    meanMovingRange,
    sigma: meanMovingRange / 1.128,
    upper: mean + width,
    lower: mean - width,
    upperTwoSigma: mean + (2 / 3) * width,
    lowerTwoSigma: mean - (2 / 3) * width,
  };
}

/** Indices (into the figures) of every point in a run of at least `length` matching `pairs`. */
function runs(count: number, length: number, inRun: (i: number) => boolean): Set<number> {
  const caught = new Set<number>();
  let start = 0;
  for (let i = 0; i <= count; i++) {
    if (i < count && inRun(i)) continue;
    if (i - start >= length) for (let j = start; j < i; j++) caught.add(j);
    start = i + 1;
  }
  return caught;
}

/** Marks of the rules on one segment's figures (gaps removed). */
function segmentRules(
  values: readonly number[],
  limits: SpcLimits,
  run: number,
): { rules: SpcRule[]; sides: Map<SpcRule, SpcSide> }[] {
  const marks = values.map(() => ({ rules: [] as SpcRule[], sides: new Map<SpcRule, SpcSide>() }));
  const mark = (i: number, rule: SpcRule, side: SpcSide) => {
    const m = marks[i];
    if (m && !m.sides.has(rule)) {
      m.rules.push(rule);
      m.sides.set(rule, side);
    }
  };
  const v = (i: number) => values[i] ?? 0;
  const n = values.length;
  // Trend: `run` points, each step strictly up (or strictly down). A run of k points is k-1 steps.
  for (const [side, up] of [
    ['high', true],
    ['low', false],
  ] as const) {
    // Point i is "in" the run when it moved the right way from point i-1; the run's first point
    // is the one before the first such move.
    const caught = runs(n, run - 1, (i) => i > 0 && (up ? v(i) > v(i - 1) : v(i) < v(i - 1)));
    for (const i of caught) {
      mark(i - 1, 'trend', side);
      mark(i, 'trend', side);
    }
  }
  for (const [side, beyond] of [
    ['high', (x: number) => x > limits.mean],
    ['low', (x: number) => x < limits.mean],
  ] as const) {
    for (const i of runs(n, run, (j) => beyond(v(j)))) mark(i, 'shift', side);
  }
  for (const [side, beyond] of [
    ['high', (x: number) => x > limits.upperTwoSigma],
    ['low', (x: number) => x < limits.lowerTwoSigma],
  ] as const) {
    for (let i = 0; i + 2 < n; i++) {
      const window = [i, i + 1, i + 2].filter((j) => beyond(v(j)));
      if (window.length >= 2) for (const j of window) mark(j, 'two-of-three', side);
    }
  }
  for (let i = 0; i < n; i++) {
    if (v(i) > limits.upper) mark(i, 'single-point', 'high');
    else if (v(i) < limits.lower) mark(i, 'single-point', 'low');
  }
  for (const m of marks) {
    m.rules.sort((a, b) => SPC_RULE_PRECEDENCE.indexOf(a) - SPC_RULE_PRECEDENCE.indexOf(b));
  }
  return marks;
}

/** What a special cause on this side means for an indicator with this polarity. */
export function spcMeaning(side: SpcSide, polarity: Polarity): SpcMeaning {
  if (polarity === 'higher') return side === 'high' ? 'improvement' : 'concern';
  if (polarity === 'lower') return side === 'low' ? 'improvement' : 'concern';
  return 'neither';
}

/**
 * Assurance against a single-figure target: `pass` when the target lies beyond the limit on
 * the bad side (every figure the process gives will meet it), `fail` beyond the limit on the
 * good side, `hit-and-miss` on or inside the limits. Null for no direction or no limits.
 */
export function spcAssurance(
  limits: SpcLimits | null,
  target: number | null,
  polarity: Polarity,
): AssuranceKind | null {
  if (limits === null || target === null || (polarity !== 'higher' && polarity !== 'lower')) {
    return null;
  }
  if (target < limits.lower) return polarity === 'higher' ? 'pass' : 'fail';
  if (target > limits.upper) return polarity === 'higher' ? 'fail' : 'pass';
  return 'hit-and-miss';
}

/**
 * The XmR analysis of a series (oldest first; gaps as null values). Defaults: run 6, no
 * baseline, no recalculation. A recalculation period not in the series, or the first period,
 * starts no segment. See the module comment for the rules.
 */
export function analyseSpc(series: readonly SpcInputPoint[], options: SpcOptions): SpcResult {
  const run = options.run ?? 6;
  const baseline = options.baseline ?? null;
  const recalc = new Set(options.recalculateAt ?? []);
  const target = options.target ?? null;

  // 1. Segments: split at each recalculation period.
  const bounds: number[] = [0];
  series.forEach((point, i) => {
    if (i > 0 && recalc.has(point.period)) bounds.push(i);
  });
  const points: SpcPoint[] = [];
  const segments: SpcSegment[] = [];
  bounds.forEach((start, s) => {
    const end = bounds[s + 1] ?? series.length;
    const slice = series.slice(start, end);
    const present = slice.flatMap((p, j) => (p.value === null ? [] : [{ j, value: p.value }]));
    const values = present.map((p) => p.value);
    const basis = baseline === null ? values : values.slice(0, baseline);
    const limits = xmrLimits(basis);
    const mean = basis.length === 0 ? null : basis.reduce((sum, v) => sum + v, 0) / basis.length;
    const since = s > 0 ? ` since the recalculation at ${slice[0]?.period ?? ''}` : '';
    const reason =
      limits !== null
        ? null
        : baseline !== null && values.length > baseline
          ? `Limits need at least ${String(SPC_MIN_POINTS)} points; the baseline is ${pointsWord(baseline)}.`
          : `Limits need at least ${String(SPC_MIN_POINTS)} points; this series has ${String(values.length)}${since}.`;
    segments.push({
      from: slice[0]?.period ?? '',
      to: slice[slice.length - 1]?.period ?? '',
      points: values.length,
      calculatedFrom: basis.length,
      mean,
      limits,
      reason,
      recalculated: s > 0,
    });
    const marks = limits === null ? null : segmentRules(values, limits, run);
    const markAt = new Map(present.map((p, k) => [p.j, k]));
    slice.forEach((p, j) => {
      const k = markAt.get(j);
      const previous = k === undefined || k === 0 ? undefined : values[k - 1];
      const m = k === undefined ? undefined : marks?.[k];
      const markedBy = m?.rules[0] ?? null;
      const side = markedBy === null ? null : (m?.sides.get(markedBy) ?? null);
      points.push({
        period: p.period,
        value: p.value,
        segment: s,
        movingRange:
          p.value === null || previous === undefined ? null : Math.abs(p.value - previous),
        rules: m?.rules ?? [],
        markedBy,
        side,
        meaning: side === null ? null : spcMeaning(side, options.polarity),
      });
    });
  });

  const last = segments[segments.length - 1];
  const limits = last?.limits ?? null;
  const latest = [...points].reverse().find((p) => p.value !== null);
  let variation: SpcVariation | null = null;
  if (limits !== null && latest !== undefined && latest.segment === segments.length - 1) {
    variation =
      latest.meaning === null
        ? { kind: 'common-cause', side: null }
        : { kind: `special-cause-${latest.meaning}`, side: latest.side };
  }
  return {
    points,
    segments,
    mean: last?.mean ?? null,
    limits,
    reason: last?.reason ?? null,
    run,
    variation,
    assurance: spcAssurance(limits, target, options.polarity),
    target,
  };
}
