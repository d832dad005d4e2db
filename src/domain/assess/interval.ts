/**
 * Small numbers. A council may have 18 care leavers: one young person moves the figure by more
 * than 5 points. Where the numerator and denominator are known, a 95% Wilson score interval says
 * how far the figure could move by chance; a gap to a target or comparator that lies inside it
 * reads "similar to", never "better" or "worse". Wilson rather than the textbook normal interval
 * because it stays inside 0-100% and behaves at 0 of 18 or 18 of 18, where the normal one
 * collapses to a width of nothing.
 */
import { formatCount } from '../model';
import type { IndicatorDefinition, Observation, Unit } from '../model';

/** z for a two-sided 95% interval. */
const Z95 = 1.959963984540054;

export interface Interval {
  /** Lower and upper bounds in the indicator's unit (percent for percentages). */
  readonly lower: number;
  readonly upper: number;
  readonly numerator: number;
  readonly denominator: number;
  readonly level: 95;
  readonly method: 'wilson';
}

/** How a proportion is scaled for display: percent is out of 100, a rate per 10,000 of 10,000. */
const SCALE: Partial<Readonly<Record<Unit, number>>> = { percent: 100, 'rate-per-10k': 10_000 };

/**
 * The 95% Wilson score interval for `numerator` of `denominator`, scaled to the unit (x100 for
 * percent, x10,000 for a rate per 10,000). Undefined for other units, a denominator of 0 or
 * less, or a numerator outside 0..denominator (such counts are not a proportion).
 */
export function wilsonInterval(
  numerator: number,
  denominator: number,
  unit: Unit,
): Interval | undefined {
  const scale = SCALE[unit];
  if (scale === undefined) return undefined;
  if (!(denominator > 0) || numerator < 0 || numerator > denominator) return undefined;
  const n = denominator;
  const p = numerator / n;
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z95 / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At 0 of n or n of n one bound is exactly 0 or 1; floating point would leave 1e-17 over.
  return {
    lower: numerator === 0 ? 0 : Math.max(0, centre - half) * scale,
    upper: numerator === n ? scale : Math.min(1, centre + half) * scale,
    numerator,
    denominator,
    level: 95,
    method: 'wilson',
  };
}

/** The interval for an observation with a known numerator and denominator, else undefined. */
export function observationInterval(
  observation: Observation | undefined,
  unit: Unit,
): Interval | undefined {
  if (observation?.value.kind !== 'number') return undefined;
  const { numerator, denominator } = observation;
  if (numerator === null || denominator === null) return undefined;
  return wilsonInterval(numerator, denominator, unit);
}

/** True when `value` lies inside the interval (edges included): a gap that could be chance. */
export function withinInterval(interval: Interval | undefined | null, value: number): boolean {
  return interval ? value >= interval.lower && value <= interval.upper : false;
}

/**
 * What the denominator counts, from the start of the title, for "12 of 18 care leavers".
 * Order matters: re-referrals are counted out of referrals.
 */
const NOUNS: readonly (readonly [RegExp, string])[] = [
  [/^care leavers\b/i, 'care leavers'],
  [/^re-?referrals\b/i, 'referrals'],
  [/^referrals\b/i, 'referrals'],
  [/^assessments\b/i, 'assessments'],
  [/^(initial )?(child protection|cp) conferences\b/i, 'conferences'],
  [/^initial conferences\b/i, 'conferences'],
  [/^(child protection|cp) reviews\b/i, 'reviews'],
  [/^(child protection|cp) plans\b/i, 'plans'],
  [/^children looked after\b|^looked after children\b|^cla\b/i, 'children looked after'],
  [/^children\b/i, 'children'],
  [/^young people\b/i, 'young people'],
  [/^social workers\b/i, 'social workers'],
];

/** A plural noun for what the indicator counts, or undefined when the title does not say. */
export function countNoun(indicator: Pick<IndicatorDefinition, 'title'>): string | undefined {
  const title = indicator.title.trim();
  return NOUNS.find(([pattern]) => pattern.test(title))?.[1];
}

/** "12 of 18 care leavers", or "12 of 18" when no noun can be derived from the title. */
export function countsText(
  numerator: number,
  denominator: number,
  indicator: Pick<IndicatorDefinition, 'title'>,
): string {
  const noun = countNoun(indicator);
  const counts = `${formatCount(numerator)} of ${formatCount(denominator)}`;
  return noun === undefined ? counts : `${counts} ${noun}`;
}
