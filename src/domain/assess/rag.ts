/**
 * Red/amber/green (and blue) judgement of one value against its target, by polarity, with the
 * rules taken from configuration: a RagConfig of defaults merged with each indicator's `rag`.
 *
 * Boundary rules (written down so they are never a surprise):
 * - Everything is compared at the indicator's displayed precision (`decimals`): the value, the
 *   target, the tolerance, the floor and the blue line are each rounded half away from zero
 *   first. So 89.96 shown as 90.0% against a 90% target is green, never amber.
 * - A relative tolerance (a percentage of the target) is computed, then rounded at the same
 *   precision: 10% of 45.5 is 4.55, which becomes 4.6.
 * - Higher or lower is better: at or better than target is green (exactly on target is green);
 *   worse by no more than the tolerance is amber (exactly on the tolerance line is amber);
 *   worse than that is red.
 * - Floor (the red line): a value worse than the floor is red whatever else holds; exactly on
 *   the floor is not worse. If an indicator sets a floor but no tolerance of its own, the floor
 *   replaces the default tolerance: everything between the target and the floor is amber. If it
 *   sets both, red begins at whichever line comes first.
 * - Blue: at or better than `blueFrom` is blue ("well above target"; "well below" when lower is
 *   better). Checked after the floor, before green.
 * - Amber only if improving: a value that would be amber is red unless it is improving since
 *   the previous period; no real change, worsening or no comparable earlier figure is red.
 * - Within a range is better: inside the target range (edges included) is green; outside it by
 *   no more than the tolerance is amber; further is red. A single-figure target is a range of
 *   one displayed value, so only a value shown as the target is green. Floor and blue do not
 *   apply (there is no single "better" direction). A relative tolerance is a percentage of the
 *   edge crossed.
 * - A range target on a higher-is-better indicator is judged against its low edge (its high
 *   edge when lower is better).
 * - Order of checks: a missing value is "not rated" (never a colour); then a context measure
 *   (polarity none) is "not rated"; then no target is "no target set".
 */
import { formatGapAmount, formatRelative, formatTarget } from '../model';
import { missingFigure, MISSING_LABELS } from '../model';
import { financialYearOf, parsePeriodKey, periodKey } from '../model';
import { fromUnits, toUnits } from '../model';
import type {
  IndicatorDefinition,
  ObservedValue,
  PeriodKey,
  RagRules,
  Target,
  TargetValue,
  Tolerance,
} from '../model';

/**
 * Every status the engine gives, worst first: the one list the status counts, the link's status
 * filter and the types are derived from. Blue only when an indicator sets blueFrom.
 */
export const RAG_RATING_STATUSES = [
  'red',
  'amber',
  'green',
  'blue',
  'not-rated',
  'no-target',
] as const;
export type RagRatingStatus = (typeof RAG_RATING_STATUSES)[number];

export interface RagConfig {
  /** Amber band for percentage indicators. */
  readonly percentTolerance: Tolerance;
  /** Amber band for every other unit (rates, days, scores, counts, money). */
  readonly otherTolerance: Tolerance;
  /** Used when an indicator does not say. */
  readonly amberOnlyIfImproving: boolean;
}

/**
 * Percentages share one 0-100 scale, so a fixed band of 5 percentage points means the same on
 * every such indicator and is what councils commonly use. Rates, days, scores and counts have
 * no common scale (a rate of 40 per 10,000 and a caseload of 15), so a fixed figure would be too
 * wide for one and too narrow for another: 10% of the target scales with each.
 */
export const DEFAULT_RAG_CONFIG: RagConfig = {
  percentTolerance: { kind: 'points', amount: 5 },
  otherTolerance: { kind: 'relative', percent: 10 },
  amberOnlyIfImproving: false,
};

/** The rules that apply to one indicator: its own `rag` settings over the configured defaults. */
export function resolveRagRules(
  indicator: Pick<IndicatorDefinition, 'unit' | 'rag'>,
  config: RagConfig = DEFAULT_RAG_CONFIG,
): RagRules {
  return {
    tolerance:
      indicator.rag.tolerance ??
      (indicator.unit === 'percent' ? config.percentTolerance : config.otherTolerance),
    floor: indicator.rag.floor ?? null,
    blueFrom: indicator.rag.blueFrom ?? null,
    amberOnlyIfImproving: indicator.rag.amberOnlyIfImproving ?? config.amberOnlyIfImproving,
  };
}

// ---------------------------------------------------------------------------------------------
// Targets

export interface ResolvedTarget {
  readonly value: TargetValue;
  /** Why this target, e.g. "statutory timescale"; "Target given with the figure" for a row. */
  readonly rationale: string;
  /** Where it came from: the observation's own row, a target for exactly this period, for the
   * financial year containing it, or the indicator's period-less default. */
  readonly source: 'row' | 'period' | 'financial-year' | 'default';
  /** The period the target was set for (null for a row target or the default). */
  readonly period: PeriodKey | null;
  /** As members read it: `90%`, `10% to 20%`, `40 per 10,000`. */
  readonly text: string;
}

/**
 * Picks the target for a period: a target on the observation row beats the definition's; of
 * the definition's, one for exactly this period beats one for the financial year containing it
 * beats a period-less default. Among equals the first listed wins. Without a period only the
 * row target or the default applies. Null when none applies.
 */
export function selectTarget(
  indicator: Pick<IndicatorDefinition, 'targets' | 'unit' | 'decimals'>,
  period: PeriodKey | undefined,
  rowTarget: TargetValue | null = null,
): ResolvedTarget | null {
  const text = (value: TargetValue) => formatTarget(value, indicator.unit, indicator.decimals);
  if (rowTarget) {
    return {
      value: rowTarget,
      rationale: 'Target given with the figure',
      source: 'row',
      period: null,
      text: text(rowTarget),
    };
  }
  const parsed = period === undefined ? undefined : parsePeriodKey(period);
  const year = parsed ? periodKey(financialYearOf(parsed)) : undefined;
  const pick = (target: Target | undefined, source: ResolvedTarget['source']) =>
    target
      ? {
          value: target.value,
          rationale: target.rationale,
          source,
          period: target.period,
          text: text(target.value),
        }
      : undefined;
  return (
    (period === undefined
      ? undefined
      : pick(
          indicator.targets.find((t) => t.period === period),
          'period',
        )) ??
    (year === undefined || year === period
      ? undefined
      : pick(
          indicator.targets.find((t) => t.period === year),
          'financial-year',
        )) ??
    pick(
      indicator.targets.find((t) => t.period === null),
      'default',
    ) ??
    null
  );
}

// ---------------------------------------------------------------------------------------------
// Rating

export interface RagGap {
  /** Shown value minus shown target (for a range, minus the nearer edge; 0 inside it). */
  readonly difference: number;
  /** The difference as a percentage of that target figure; null when the target is 0. */
  readonly relativePercent: number | null;
  readonly side: 'above' | 'below' | 'on' | 'inside';
  /** Which the words use: points (percentages, and any points tolerance) or relative. */
  readonly basis: 'points' | 'relative';
  /** `2.0 points below`, `12% above`, `on`, `inside`. */
  readonly text: string;
}

export interface RagResult {
  readonly status: RagRatingStatus;
  /** Why it is (not) rated: a missing value and a context measure are never coloured. */
  readonly basis: 'rated' | 'value-missing' | 'context-measure' | 'no-target';
  readonly target: ResolvedTarget | null;
  /** The rules applied (defaults merged with the indicator's own). */
  readonly rules: RagRules;
  /** The amber band in the indicator's units, at display precision; null when not rated. */
  readonly toleranceAmount: number | null;
  /** Set when the floor made it red. */
  readonly belowFloor: boolean;
  /** Set when amber-only-if-improving turned amber into red. */
  readonly notImproving: boolean;
  readonly gap: RagGap | null;
  /** One line for members, e.g. "Amber: 2.0 points below the 90% target." */
  readonly reason: string;
  /** Very short, for tiles: "2.0 points below target", "No target set", "Suppressed [c]". */
  readonly phrase: string;
}

export interface RagOptions {
  /** The period being rated (for target selection and the "no figure" wording). */
  readonly period?: PeriodKey | undefined;
  /** A target on the observation row itself. */
  readonly rowTarget?: TargetValue | null | undefined;
  /** Whether the value is improving since the previous period (for amber-only-if-improving);
   * undefined means it could not be judged. */
  readonly improving?: boolean | undefined;
  readonly config?: RagConfig | undefined;
}

export type RagIndicator = Pick<
  IndicatorDefinition,
  'polarity' | 'unit' | 'decimals' | 'targets' | 'rag'
>;

const STATUS_WORD: Readonly<Record<RagRatingStatus, string>> = {
  blue: 'Blue',
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
  'not-rated': 'Not rated',
  'no-target': 'No target set',
};

/**
 * Rates one value (undefined: no observation at all) against the indicator's target for the
 * period. See the module comment for every boundary rule. Defaults: DEFAULT_RAG_CONFIG, no row
 * target, improvement unknown.
 */
export function rateValue(
  indicator: RagIndicator,
  value: ObservedValue | undefined,
  options: RagOptions = {},
): RagResult {
  const rules = resolveRagRules(indicator, options.config);
  const target = selectTarget(indicator, options.period, options.rowTarget ?? null);
  const base = {
    target,
    rules,
    toleranceAmount: null,
    belowFloor: false,
    notImproving: false,
    gap: null,
  };
  if (value === undefined || value.kind === 'missing') {
    const figure =
      value === undefined
        ? `no figure${options.period ? ` for ${options.period}` : ''}`
        : missingFigure(value.state);
    return {
      ...base,
      status: 'not-rated',
      basis: 'value-missing',
      reason: `Not rated: ${figure}.`,
      phrase: value === undefined ? 'No figure' : MISSING_LABELS[value.state],
    };
  }
  if (indicator.polarity === 'none') {
    return {
      ...base,
      status: 'not-rated',
      basis: 'context-measure',
      reason: 'A context measure: not rated.',
      phrase: 'Context measure',
    };
  }
  if (!target) {
    return {
      ...base,
      status: 'no-target',
      basis: 'no-target',
      reason: 'No target set.',
      phrase: 'No target set',
    };
  }
  return indicator.polarity === 'range'
    ? rateRange(indicator, value.value, target, rules, options.improving)
    : rateDirectional(indicator, value.value, target, rules, options.improving);
}

/** The amber band in display units: points as given, or a share of `of`, rounded. */
function toleranceUnits(tolerance: Tolerance, of: number, decimals: number): number {
  return tolerance.kind === 'points'
    ? toUnits(tolerance.amount, decimals)
    : toUnits((Math.abs(of) * tolerance.percent) / 100, decimals);
}

function makeGap(
  indicator: RagIndicator,
  differenceUnits: number,
  against: number,
  tolerance: Tolerance,
  inside: boolean,
): RagGap {
  const { decimals, unit } = indicator;
  const difference = fromUnits(differenceUnits, decimals);
  const shownAgainst = fromUnits(toUnits(against, decimals), decimals);
  const relativePercent = shownAgainst === 0 ? null : (difference / shownAgainst) * 100;
  const basis = unit !== 'percent' && tolerance.kind === 'relative' ? 'relative' : 'points';
  const side =
    differenceUnits > 0 ? 'above' : differenceUnits < 0 ? 'below' : inside ? 'inside' : 'on';
  const size =
    basis === 'relative' && relativePercent !== null
      ? formatRelative(relativePercent)
      : formatGapAmount(difference, unit, decimals);
  return {
    difference,
    relativePercent,
    side,
    basis,
    text: side === 'above' || side === 'below' ? `${size} ${side}` : side,
  };
}

/** "the 90% target" for percentages, "the target of 40 per 10,000" otherwise. */
function targetPhrase(indicator: RagIndicator, target: ResolvedTarget): string {
  if (target.value.kind === 'range') return `the target range of ${target.text}`;
  return indicator.unit === 'percent'
    ? `the ${target.text} target`
    : `the target of ${target.text}`;
}

function rateDirectional(
  indicator: RagIndicator,
  raw: number,
  target: ResolvedTarget,
  rules: RagRules,
  improving: boolean | undefined,
): RagResult {
  const { decimals, unit } = indicator;
  const higher = indicator.polarity === 'higher';
  const targetFigure =
    target.value.kind === 'point'
      ? target.value.value
      : higher
        ? target.value.low
        : target.value.high;
  const v = toUnits(raw, decimals);
  const t = toUnits(targetFigure, decimals);
  const better = higher ? v - t : t - v;
  const tolerance = toleranceUnits(rules.tolerance, targetFigure, decimals);
  const worseThan = (line: number) => (higher ? v < line : v > line);
  const atOrBetter = (line: number) => (higher ? v >= line : v <= line);
  const gap = makeGap(indicator, v - t, targetFigure, rules.tolerance, false);
  const against = targetPhrase(indicator, target);
  const where = gap.side === 'on' ? `on ${against}` : `${gap.text} ${against}`;
  const shortWhere = gap.side === 'on' ? 'On target' : `${gap.text} target`;
  const floor = rules.floor === null ? null : toUnits(rules.floor, decimals);
  const result = (
    status: RagRatingStatus,
    reason: string,
    phrase: string,
    flags: { belowFloor?: boolean; notImproving?: boolean } = {},
  ): RagResult => ({
    status,
    basis: 'rated',
    target,
    rules,
    toleranceAmount: fromUnits(tolerance, decimals),
    belowFloor: flags.belowFloor ?? false,
    notImproving: flags.notImproving ?? false,
    gap,
    reason,
    phrase,
  });

  if (floor !== null && rules.floor !== null && worseThan(floor)) {
    const line = formatTarget({ kind: 'point', value: rules.floor }, unit, decimals);
    const floorWords = higher ? `below the ${line} floor` : `above the ${line} limit`;
    return result('red', `Red: ${where} and ${floorWords}.`, capitalise(floorWords), {
      belowFloor: true,
    });
  }
  if (rules.blueFrom !== null && atOrBetter(toUnits(rules.blueFrom, decimals))) {
    const well = higher ? 'well above' : 'well below';
    return result('blue', `Blue: ${well} ${against} (${gap.text}).`, `${capitalise(well)} target`);
  }
  if (better >= 0) return result('green', `Green: ${where}.`, capitalise(shortWhere));
  // With a floor and no tolerance of its own, the floor is the red line (checked above).
  const floorIsTheLine = floor !== null && indicator.rag.tolerance === undefined;
  if (floorIsTheLine || -better <= tolerance) {
    if (rules.amberOnlyIfImproving && improving !== true) {
      return result(
        'red',
        `Red: ${where} and not improving.`,
        `${capitalise(shortWhere)}, not improving`,
        {
          notImproving: true,
        },
      );
    }
    return result('amber', `Amber: ${where}.`, capitalise(shortWhere));
  }
  return result('red', `Red: ${where}.`, capitalise(shortWhere));
}

function rateRange(
  indicator: RagIndicator,
  raw: number,
  target: ResolvedTarget,
  rules: RagRules,
  improving: boolean | undefined,
): RagResult {
  const { decimals } = indicator;
  const [lowFigure, highFigure] =
    target.value.kind === 'point'
      ? [target.value.value, target.value.value]
      : [target.value.low, target.value.high];
  const v = toUnits(raw, decimals);
  const low = toUnits(lowFigure, decimals);
  const high = toUnits(highFigure, decimals);
  const edge = v < low ? lowFigure : highFigure;
  const outside = v < low ? v - low : v > high ? v - high : 0;
  const tolerance = toleranceUnits(rules.tolerance, edge, decimals);
  const isRange = target.value.kind === 'range';
  const gap = makeGap(indicator, outside, edge, rules.tolerance, isRange);
  const against = targetPhrase(indicator, target);
  const result = (
    status: RagRatingStatus,
    reason: string,
    phrase: string,
    notImproving = false,
  ) => ({
    status,
    basis: 'rated' as const,
    target,
    rules,
    toleranceAmount: fromUnits(tolerance, decimals),
    belowFloor: false,
    notImproving,
    gap,
    reason,
    phrase,
  });
  if (outside === 0) {
    return isRange
      ? result('green', `Green: within ${against}.`, 'Within target range')
      : result('green', `Green: on ${against}.`, 'On target');
  }
  const where = `${gap.text} ${against}`;
  const shortWhere = capitalise(`${gap.text} ${isRange ? 'target range' : 'target'}`);
  if (Math.abs(outside) <= tolerance) {
    if (rules.amberOnlyIfImproving && improving !== true) {
      return result(
        'red',
        `Red: ${where} and not improving.`,
        `${shortWhere}, not improving`,
        true,
      );
    }
    return result('amber', `Amber: ${where}.`, shortWhere);
  }
  return result('red', `Red: ${where}.`, shortWhere);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The word for a status, e.g. "Amber", "No target set". */
export function ragStatusWord(status: RagRatingStatus): string {
  return STATUS_WORD[status];
}
