/**
 * Financial-year periods: canonical keys, parsing of the ways files write them, ordering and
 * labels. Q1 is April to June; 2024-25 Q2 is July to September 2024. Dates are local calendar
 * dates (midnight, no times), so the time zone never moves a period.
 */
import { addMonths, format, isAfter, lastDayOfMonth } from 'date-fns';
import type { Period, PeriodKey } from './types';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Month number (1-12) from a full or 3/4-letter English name, any case; undefined otherwise. */
function monthNumber(text: string): number | undefined {
  const lower = text.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return undefined;
  const index = MONTHS.findIndex(
    (name) =>
      name.toLowerCase() === lower ||
      name.toLowerCase().slice(0, 3) === lower ||
      (lower === 'sept' && name === 'September'),
  );
  return index === -1 ? undefined : index + 1;
}

const shortMonth = (month: number): string => (MONTHS[month - 1] ?? '').slice(0, 3);

// ---------------------------------------------------------------------------------------------
// Keys

/** `2024-25` for the financial year starting in 2024. */
export function fyLabel(fy: number): string {
  return `${fy}-${String((fy + 1) % 100).padStart(2, '0')}`;
}

/** Canonical key: `2024-25 Q2`, `2024-25`, or `Sep 2024` for a month. */
export function periodKey(period: Period): PeriodKey {
  switch (period.kind) {
    case 'quarter':
      return `${fyLabel(period.fy)} Q${period.quarter}`;
    case 'year':
      return fyLabel(period.fy);
    case 'month':
      return `${shortMonth(period.month)} ${period.year}`;
  }
}

const KEY_QUARTER = /^(\d{4})-(\d{2}) Q([1-4])$/;
const KEY_YEAR = /^(\d{4})-(\d{2})$/;
const KEY_MONTH = /^([A-Z][a-z]{2}) (\d{4})$/;

// Keys repeat endlessly (every observation carries one, and one assessment reads hundreds), so
// parsed keys are remembered: the same key gives the same Period object. Null marks a key that
// does not parse, so that one lookup answers both. Bounded: keys come from data files.
const parsedKeys = new Map<string, Period | null>();

/** Reads a canonical key back (only the exact forms periodKey writes); undefined otherwise. */
export function parsePeriodKey(key: string): Period | undefined {
  const known = parsedKeys.get(key);
  if (known !== undefined) return known ?? undefined;
  const period = readPeriodKey(key);
  if (parsedKeys.size < 10_000) parsedKeys.set(key, period ?? null);
  return period;
}

function readPeriodKey(key: string): Period | undefined {
  let match = KEY_QUARTER.exec(key);
  if (match) {
    const fy = Number(match[1]);
    if ((fy + 1) % 100 !== Number(match[2])) return undefined;
    return { kind: 'quarter', fy, quarter: Number(match[3]) as 1 | 2 | 3 | 4 };
  }
  match = KEY_YEAR.exec(key);
  if (match) {
    const fy = Number(match[1]);
    return (fy + 1) % 100 === Number(match[2]) ? { kind: 'year', fy } : undefined;
  }
  match = KEY_MONTH.exec(key);
  if (match) {
    const month = monthNumber(match[1] ?? '');
    return month === undefined ? undefined : { kind: 'month', year: Number(match[2]), month };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Dates and order

/** First day of the period. */
export function periodStart(period: Period): Date {
  switch (period.kind) {
    case 'quarter':
      return new Date(period.fy, 3 + (period.quarter - 1) * 3, 1);
    case 'year':
      return new Date(period.fy, 3, 1);
    case 'month':
      return new Date(period.year, period.month - 1, 1);
  }
}

/**
 * Last day of the period (a date, no time). Remembered by the period's last month: assessments
 * ask for the same few dozen period ends many thousands of times. Callers must not change the
 * Date they are given.
 */
export function periodEnd(period: Period): Date {
  const key = endMonthIndex(period);
  let end = periodEnds.get(key);
  if (end === undefined) {
    const months = period.kind === 'quarter' ? 3 : period.kind === 'year' ? 12 : 1;
    end = lastDayOfMonth(addMonths(periodStart(period), months - 1));
    periodEnds.set(key, end);
  }
  return end;
}
const periodEnds = new Map<number, Date>();

const KIND_ORDER = { month: 0, quarter: 1, year: 2 } as const;

/** The period's last month as a count of months since year 0 (cheap to compare, no dates). */
export function endMonthIndex(period: Period): number {
  switch (period.kind) {
    case 'quarter':
      // Q1 of fy ends in June of fy (month 5 counting from January = 0).
      return period.fy * 12 + 2 + period.quarter * 3;
    case 'year':
      return period.fy * 12 + 14;
    case 'month':
      return period.year * 12 + period.month - 1;
  }
}

/** Orders by end date; at the same end date a month sorts before a quarter before a year. */
export function comparePeriods(a: Period, b: Period): number {
  const byEnd = endMonthIndex(a) - endMonthIndex(b);
  return byEnd !== 0 ? byEnd : KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

/** comparePeriods on canonical keys; keys that do not parse sort last, by text. */
export function comparePeriodKeys(a: PeriodKey, b: PeriodKey): number {
  const pa = parsePeriodKey(a);
  const pb = parsePeriodKey(b);
  if (pa && pb) return comparePeriods(pa, pb);
  if (pa) return -1;
  if (pb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The period of the same kind just before this one. */
export function previousPeriod(period: Period): Period {
  switch (period.kind) {
    case 'quarter':
      return period.quarter === 1
        ? { kind: 'quarter', fy: period.fy - 1, quarter: 4 }
        : { kind: 'quarter', fy: period.fy, quarter: (period.quarter - 1) as 1 | 2 | 3 };
    case 'year':
      return { kind: 'year', fy: period.fy - 1 };
    case 'month':
      return period.month === 1
        ? { kind: 'month', year: period.year - 1, month: 12 }
        : { kind: 'month', year: period.year, month: period.month - 1 };
  }
}

/** The same quarter, year or month a year earlier. */
export function sameTimeLastYear(period: Period): Period {
  switch (period.kind) {
    case 'quarter':
      return { ...period, fy: period.fy - 1 };
    case 'year':
      return { kind: 'year', fy: period.fy - 1 };
    case 'month':
      return { ...period, year: period.year - 1 };
  }
}

/** The financial year a period falls in (a year is its own financial year). */
export function financialYearOf(period: Period): Period {
  if (period.kind === 'month') {
    return { kind: 'year', fy: period.month >= 4 ? period.year : period.year - 1 };
  }
  return { kind: 'year', fy: period.fy };
}

/** True when the period has not finished by `now` (so its figures cannot be complete). */
export function isUnfinished(period: Period, now: Date): boolean {
  return isAfter(periodEnd(period), now);
}

// ---------------------------------------------------------------------------------------------
// Labels

/**
 * `short`: the canonical key (`2024-25 Q2`); `long`: plain English
 * (`July to September 2024`, `April 2024 to March 2025`, `September 2024`).
 */
export function periodLabel(period: Period, style: 'short' | 'long' = 'short'): string {
  const key = periodKey(period);
  if (style === 'short') return key;
  // Labels are made for every period in every list: each is formatted once.
  let label = longLabels.get(key);
  if (label === undefined) {
    const start = periodStart(period);
    const end = periodEnd(period);
    const sameYear = start.getFullYear() === end.getFullYear();
    label =
      period.kind === 'month'
        ? format(start, 'MMMM yyyy')
        : `${format(start, period.kind === 'quarter' && sameYear ? 'MMMM' : 'MMMM yyyy')} to ${format(end, 'MMMM yyyy')}`;
    longLabels.set(key, label);
  }
  return label;
}
const longLabels = new Map<PeriodKey, string>();

/** Label for a canonical key; an unparseable key is shown as it is. */
export function periodKeyLabel(key: PeriodKey, style: 'short' | 'long' = 'short'): string {
  const period = parsePeriodKey(key);
  return period ? periodLabel(period, style) : key;
}

// ---------------------------------------------------------------------------------------------
// Parsing what files write

/** What a bare quarter such as `2024 Q3` counts from: April (financial) or January (calendar). */
export const QUARTER_BASES = ['financial', 'calendar'] as const;
export type QuarterBasis = (typeof QUARTER_BASES)[number];

export interface PeriodParseOptions {
  /** EES `time_identifier` for the row, e.g. `Financial year Q2`, `Reporting year`. */
  readonly timeIdentifier?: string;
  /** What a bare `2024 Q3` means; without it such text is rejected as ambiguous. */
  readonly quarterBasis?: QuarterBasis;
  /** A month name means the quarter ending then (default) or is kept as a month. */
  readonly monthMeaning?: 'quarter-end' | 'month';
  /** What a bare four-digit year means; without it `2025` alone is rejected as ambiguous. */
  readonly yearMeaning?: 'reporting-year';
}

export type PeriodParse =
  { readonly ok: true; readonly period: Period } | { readonly ok: false; readonly message: string };

const fail = (message: string): PeriodParse => ({ ok: false, message });
const ok = (period: Period): PeriodParse => ({ ok: true, period });

const QUARTER_HELP = 'Quarters run Q1 (April to June) to Q4 (January to March).';

/** Financial year from `2024-25`, `2024/25`, `2024-2025`, `24/25` or `202425`; else a message. */
function readFinancialYear(text: string): number | string {
  const match = /^(\d{2}|\d{4})\s*[-/–]?\s*(\d{2}|\d{4})$/.exec(text);
  if (!match) return `"${text}" is not a financial year.`;
  const [first = '', second = ''] = [match[1], match[2]];
  if (first.length === 2 && second.length === 4) return `"${text}" is not a financial year.`;
  const start = first.length === 2 ? 2000 + Number(first) : Number(first);
  const end = second.length === 2 ? Number(second) : Number(second) % 100;
  if ((start + 1) % 100 !== end || (second.length === 4 && Number(second) !== start + 1)) {
    return `"${text}" is not one financial year: the second year should follow the first (for example ${fyLabel(start)}).`;
  }
  return start;
}

function quarterFromNumber(text: string): 1 | 2 | 3 | 4 | string {
  const quarter = Number(text);
  if (quarter >= 1 && quarter <= 4) return quarter as 1 | 2 | 3 | 4;
  return `There is no Q${text}. ${QUARTER_HELP}`;
}

/** The financial quarter that ends with a calendar month, or undefined if it does not. */
function quarterEndingIn(year: number, month: number): Period | undefined {
  if (month % 3 !== 0) return undefined;
  // March ends Q4 of the previous financial year; June, September, December end Q1-Q3.
  return month === 3
    ? { kind: 'quarter', fy: year - 1, quarter: 4 }
    : { kind: 'quarter', fy: year, quarter: (month / 3 - 1) as 1 | 2 | 3 };
}

function fromMonth(year: number, month: number, options: PeriodParseOptions, text: string) {
  if (options.monthMeaning === 'month') return ok({ kind: 'month', year, month });
  const quarter = quarterEndingIn(year, month);
  if (quarter) return ok(quarter);
  return fail(
    `"${text}" is a month that does not end a quarter. Write the quarter (for example ${periodKey(
      quarterEndingIn(year, month + (3 - (month % 3))) ?? { kind: 'year', fy: year },
    )}), or keep the whole file monthly.`,
  );
}

function readEes(code: string, identifier: string): PeriodParse {
  const id = identifier.trim().toLowerCase();
  if (code.length === 6) {
    const start = Number(code.slice(0, 4));
    const end = Number(code.slice(4));
    if ((start + 1) % 100 !== end) {
      return fail(
        `"${code}" is not one financial year: the last two digits should be ${String((start + 1) % 100).padStart(2, '0')}.`,
      );
    }
    if (id === 'financial year') return ok({ kind: 'year', fy: start });
    const quarter = /^financial year q(\d)$/.exec(id);
    if (quarter) {
      const q = quarterFromNumber(quarter[1] ?? '');
      return typeof q === 'string' ? fail(q) : ok({ kind: 'quarter', fy: start, quarter: q });
    }
    return fail(
      `time_identifier "${identifier}" is not a financial year or quarter this scorecard reads.`,
    );
  }
  const year = Number(code);
  if (id === 'reporting year') return ok({ kind: 'year', fy: year - 1 });
  const calendarQuarter = /^calendar year q(\d)$/.exec(id);
  if (calendarQuarter) {
    const q = quarterFromNumber(calendarQuarter[1] ?? '');
    if (typeof q === 'string') return fail(q);
    return ok(quarterEndingIn(year, q * 3) ?? { kind: 'year', fy: year });
  }
  const month = monthNumber(identifier.trim());
  if (month !== undefined) return fromMonth(year, month, { monthMeaning: 'month' }, code);
  return fail(
    `time_identifier "${identifier}" with a four-digit time_period is not a period this scorecard reads (it reads "Reporting year", "Calendar year Q1" to "Q4" and month names).`,
  );
}

/**
 * Reads a period as files write it. Accepted (any case, spaces, hyphens, slashes or en dashes):
 * `2024-25 Q2`, `Q2 2024-25`, `Q2 2024/25`, `2024/25 Q2`, `Q2 24/25`, `Jul-Sep 2024`,
 * `July to September 2024`, `Jan-Mar 2025` (Q4 2024-25), `Sep-24`, `Sep 2024`, `September 2024`
 * (a month: the quarter ending then, or the month if `monthMeaning` is `month`), `2024-25`,
 * `2024/25`, `2024-2025`, `Sep 2024` canonical month keys, `2026-09` (a month, year first, read
 * like a month name; `2011-12` is the financial year), and EES codes `202425` or `2025` with
 * their `timeIdentifier`. Rejected with a message: `2024 Q3` without `quarterBasis`, a bare
 * `2025` without `timeIdentifier` or `yearMeaning`, `Q5`, and years that do not follow on
 * (`2016-19`, `201619`). Does not judge whether a period is in the future (see isUnfinished).
 */
export function parsePeriod(raw: string, options: PeriodParseOptions = {}): PeriodParse {
  const text = raw.trim().replace(/\s+/g, ' ').replace(/[–—]/g, '-');
  if (text === '') return fail('The period is blank.');

  if (/^\d{6}$/.test(text) || (/^\d{4}$/.test(text) && options.timeIdentifier)) {
    if (options.timeIdentifier) return readEes(text, options.timeIdentifier);
    return fail(`"${raw}" needs a time_identifier saying which kind of year it is.`);
  }
  if (/^\d{4}$/.test(text)) {
    if (options.yearMeaning === 'reporting-year') return ok({ kind: 'year', fy: Number(text) - 1 });
    return fail(
      `"${raw}" could be a calendar, financial or reporting year. Write the financial year, for example ${fyLabel(Number(text) - 1)}.`,
    );
  }

  // Quarter and financial year, in either order: "2024-25 Q2", "Q2 2024/25", "Q2 24/25".
  let match =
    /^(?:fy\s?)?(\d{2,4}\s?[-/]\s?\d{2,4}|\d{6})\s?[-,]?\s?q(?:uarter)?\s?(\d+)$/i.exec(text) ??
    /^q(?:uarter)?\s?(\d+)\s?[-,]?\s?(?:fy\s?)?(\d{2,4}\s?[-/]\s?\d{2,4}|\d{6})$/i.exec(text);
  if (match) {
    const [yearText, quarterText] = /^q/i.test(text) ? [match[2], match[1]] : [match[1], match[2]];
    const fy = readFinancialYear(yearText ?? '');
    if (typeof fy === 'string') return fail(fy);
    const quarter = quarterFromNumber(quarterText ?? '');
    if (typeof quarter === 'string') return fail(quarter);
    return ok({ kind: 'quarter', fy, quarter });
  }

  // "2024 Q3" or "Q3 2024": calendar or financial? Only the file can say.
  match = /^(?:(\d{4})\s?[-,]?\s?q(\d+)|q(\d+)\s?[-,]?\s?(\d{4}))$/i.exec(text);
  if (match) {
    const year = Number(match[1] ?? match[4]);
    const quarter = quarterFromNumber(match[2] ?? match[3] ?? '');
    if (typeof quarter === 'string') return fail(quarter);
    if (options.quarterBasis === 'financial') return ok({ kind: 'quarter', fy: year, quarter });
    if (options.quarterBasis === 'calendar') {
      return ok(quarterEndingIn(year, quarter * 3) ?? { kind: 'year', fy: year });
    }
    return fail(
      `"${raw}" is ambiguous: calendar Q${quarter} ${year} is not financial Q${quarter}. Write it as ${fyLabel(year)} Q${quarter} (financial) or say in the file which is meant.`,
    );
  }

  // A three-month span: "Jul-Sep 2024", "July to September 2024", "Jan-Mar 2025".
  match = /^([a-z]+\.?)\s?(?:-|to)\s?([a-z]+\.?)\s?(\d{4})$/i.exec(text);
  if (match) {
    const first = monthNumber(match[1] ?? '');
    const last = monthNumber(match[2] ?? '');
    const year = Number(match[3]);
    if (first === undefined || last === undefined) return fail(`"${raw}" is not a period.`);
    const quarter = quarterEndingIn(year, last);
    if (!quarter || (last - first + 12) % 12 !== 2) {
      return fail(`"${raw}" is not a financial quarter. ${QUARTER_HELP}`);
    }
    return ok(quarter);
  }

  // A month: "Sep-24", "Sep 2024", "September 2024", "Sept 2024".
  match = /^([a-z]+\.?)\s?[-/ ]?\s?(\d{2}|\d{4})$/i.exec(text);
  if (match) {
    const month = monthNumber(match[1] ?? '');
    if (month === undefined) return fail(`"${raw}" is not a period.`);
    const yearText = match[2] ?? '';
    const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    return fromMonth(year, month, options, raw);
  }

  // A month written year first, "2026-09" (ISO 8601). "2011-12" stays the financial year.
  match = /^(\d{4})-(\d{2})$/.exec(text);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    if ((year + 1) % 100 !== month && month >= 1 && month <= 12) {
      return fromMonth(year, month, options, raw);
    }
  }

  // A financial year: "2024-25", "2024/25", "2024-2025", "FY 2024-25".
  match = /^(?:fy\s?)?(\d{2,4}\s?[-/]\s?\d{2,4})$/i.exec(text);
  if (match) {
    const fy = readFinancialYear(match[1] ?? '');
    return typeof fy === 'string' ? fail(fy) : ok({ kind: 'year', fy });
  }

  return fail(
    `"${raw}" is not a period this scorecard reads. Write a financial quarter such as 2024-25 Q2 or a financial year such as 2024-25.`,
  );
}
