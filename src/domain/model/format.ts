/** Every number (and date) the app shows is formatted here, in en-GB, and nowhere else. */
import type { TargetValue, Unit } from './types';

const formatters = new Map<string, Intl.NumberFormat>();

/** A cached en-GB number format; `minimum` below `maximum` drops trailing zeros. */
function numberFormat(
  maximum: number,
  style: 'decimal' | 'currency' = 'decimal',
  minimum = maximum,
): Intl.NumberFormat {
  const key = `${style}:${minimum}:${maximum}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', {
      style,
      ...(style === 'currency' ? { currency: 'GBP' } : {}),
      minimumFractionDigits: minimum,
      maximumFractionDigits: maximum,
    });
    formatters.set(key, format);
  }
  return format;
}

function withUnit(text: string, unit: Unit, currency: () => string): string {
  switch (unit) {
    case 'percent':
      return `${text}%`;
    case 'rate-per-10k':
      return `${text} per 10,000`;
    case 'days':
      return `${text} days`;
    case 'working-days':
      return `${text} working days`;
    case 'currency':
      return currency();
    case 'count':
    case 'score':
      return text;
  }
}

/** Formats a number with its unit, e.g. `88.0%`, `45.5 per 10,000`, `£1,234`. */
export function formatValue(value: number, unit: Unit, decimals: number): string {
  return withUnit(numberFormat(decimals).format(value), unit, () =>
    numberFormat(decimals, 'currency').format(value),
  );
}

/** A whole count with thousands separators, e.g. `1,234`. */
export function formatCount(value: number): string {
  return numberFormat(0).format(value);
}

/**
 * A target as members write it: no trailing zeros (`90%`, `87.5%`, `40 per 10,000`), at most
 * `decimals` places; a range reads `10% to 20%`.
 */
export function formatTarget(target: TargetValue, unit: Unit, decimals: number): string {
  const one = (value: number): string =>
    withUnit(numberFormat(decimals, 'decimal', 0).format(value), unit, () =>
      numberFormat(decimals, 'currency', 0).format(value),
    );
  return target.kind === 'point' ? one(target.value) : `${one(target.low)} to ${one(target.high)}`;
}

/**
 * The size of a gap in the indicator's unit, always positive: `2.0 points` for percentages and
 * scores (percentage points, never "%" which would read as relative), `3 days`, `4 per 10,000`.
 */
export function formatGapAmount(amount: number, unit: Unit, decimals: number): string {
  const size = Math.abs(amount);
  if (unit === 'percent' || unit === 'score') {
    const text = numberFormat(decimals).format(size);
    return `${text} ${text === '1' ? 'point' : 'points'}`;
  }
  return formatValue(size, unit, decimals);
}

/** A relative difference in whole percent (`12%`); below 0.5 but not zero, `less than 1%`. */
export function formatRelative(percent: number): string {
  const size = Math.abs(percent);
  if (size > 0 && size < 0.5) return 'less than 1%';
  return `${numberFormat(0).format(size)}%`;
}

const ordinals = new Intl.PluralRules('en-GB', { type: 'ordinal' });
const ORDINAL_SUFFIX: Readonly<Record<string, string>> = { one: 'st', two: 'nd', few: 'rd' };

// Ranks (1st to 153rd) and period ends are formatted again for every indicator on every view,
// and Intl formatting shows in profiles, so their texts are remembered. Keyed by number (a
// date by its time); bounded.
const ordinalTexts = new Map<number, string>();
const dateTexts = new Map<number, string>();
const MAX_REMEMBERED = 1000;

/** `1st`, `2nd`, `3rd`, `11th`, `22nd`, `153rd`. */
export function formatOrdinal(value: number): string {
  let text = ordinalTexts.get(value);
  if (text === undefined) {
    text = `${formatCount(value)}${ORDINAL_SUFFIX[ordinals.select(value)] ?? 'th'}`;
    // Only positions: a Map would take -0 (formatted "-0th") for 0.
    if (Number.isInteger(value) && value > 0 && ordinalTexts.size < MAX_REMEMBERED)
      ordinalTexts.set(value, text);
  }
  return text;
}

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** A calendar date as members read it: `31 March 2025`. */
export function formatDate(date: Date): string {
  const time = date.getTime();
  let text = dateTexts.get(time);
  if (text === undefined) {
    text = longDate.format(date); // throws for an invalid date, as it always has
    if (dateTexts.size < MAX_REMEMBERED) dateTexts.set(time, text);
  }
  return text;
}
