import { describe, expect, it } from 'vitest';
import {
  comparePeriodKeys,
  endMonthIndex,
  isUnfinished,
  parsePeriod,
  parsePeriodKey,
  periodEnd,
  periodKey,
  periodLabel,
  previousPeriod,
  sameTimeLastYear,
  type PeriodParseOptions,
} from './periods';
import type { Period } from './types';

const keyOf = (text: string, options: PeriodParseOptions = {}): string => {
  const result = parsePeriod(text, options);
  return result.ok ? periodKey(result.period) : `error: ${result.message}`;
};

describe('parsePeriod accepts the ways files write periods', () => {
  it.each([
    // Edges first.
    ['2024-25 Q1', '2024-25 Q1'],
    ['2024-25 Q4', '2024-25 Q4'],
    ['2099-00 Q1', '2099-00 Q1'],
    ['  2024-25   Q2 ', '2024-25 Q2'],
    ['2024-25 Q2', '2024-25 Q2'],
    ['Q2 2024-25', '2024-25 Q2'],
    ['Q2 2024/25', '2024-25 Q2'],
    ['2024/25 Q2', '2024-25 Q2'],
    ['Q2 24/25', '2024-25 Q2'],
    ['q2 2024-2025', '2024-25 Q2'],
    ['Quarter 2 2024-25', '2024-25 Q2'],
    ['Jul-Sep 2024', '2024-25 Q2'],
    ['Jul–Sep 2024', '2024-25 Q2'],
    ['July to September 2024', '2024-25 Q2'],
    ['Jan-Mar 2025', '2024-25 Q4'],
    ['Oct-Dec 2024', '2024-25 Q3'],
    ['Sep-24', '2024-25 Q2'],
    ['September 2024', '2024-25 Q2'],
    ['Sept 2024', '2024-25 Q2'],
    ['Mar-25', '2024-25 Q4'],
    ['Jun 2024', '2024-25 Q1'],
    ['2024-25', '2024-25'],
    ['2024/25', '2024-25'],
    ['2024-2025', '2024-25'],
    ['1999-00', '1999-00'],
  ])('%s -> %s', (text, expected) => {
    expect(keyOf(text)).toBe(expected);
  });

  it.each<[string, PeriodParseOptions, string]>([
    ['202425', { timeIdentifier: 'Financial year Q2' }, '2024-25 Q2'],
    ['202425', { timeIdentifier: 'Financial year' }, '2024-25'],
    ['2025', { timeIdentifier: 'Reporting year' }, '2024-25'],
    ['2024', { timeIdentifier: 'Calendar year Q3' }, '2024-25 Q2'],
    ['2025', { timeIdentifier: 'Calendar year Q1' }, '2024-25 Q4'],
    ['2024 Q3', { quarterBasis: 'calendar' }, '2024-25 Q2'],
    ['2024 Q3', { quarterBasis: 'financial' }, '2024-25 Q3'],
    ['Aug 2024', { monthMeaning: 'month' }, 'Aug 2024'],
    ['Sep 2024', { monthMeaning: 'month' }, 'Sep 2024'],
    ['2025', { yearMeaning: 'reporting-year' }, '2024-25'],
  ])('%s with %o -> %s', (text, options, expected) => {
    expect(keyOf(text, options)).toBe(expected);
  });
});

describe('parsePeriod rejects what it cannot read for certain, saying why', () => {
  it.each([
    ['', 'The period is blank.'],
    ['2024 Q3', 'is ambiguous: calendar Q3 2024 is not financial Q3'],
    ['Q3 2024', 'is ambiguous'],
    ['2024-25 Q5', 'There is no Q5.'],
    ['Q0 2024-25', 'There is no Q0.'],
    ['201619', 'needs a time_identifier'],
    ['2016-19', 'is not one financial year'],
    ['2024-2026', 'is not one financial year'],
    ['2025', 'could be a calendar, financial or reporting year'],
    ['Aug 2024', 'is a month that does not end a quarter'],
    ['Jul-Oct 2024', 'is not a financial quarter'],
    ['Feb-Apr 2024', 'is not a financial quarter'],
    ['Smarch 2024', 'is not a period'],
    ['TRUE', 'is not a period this scorecard reads'],
  ])('%j', (text, message) => {
    expect(keyOf(text)).toContain(message);
  });

  it.each<[string, PeriodParseOptions, string]>([
    ['201619', { timeIdentifier: 'Financial year' }, 'the last two digits should be 17'],
    ['202425', { timeIdentifier: 'Financial year Q5' }, 'There is no Q5.'],
    ['202425', { timeIdentifier: 'Academic year' }, 'is not a financial year or quarter'],
  ])('%s with %o', (text, options, message) => {
    expect(keyOf(text, options)).toContain(message);
  });
});

describe('period keys, order and arithmetic', () => {
  const q = (fy: number, quarter: 1 | 2 | 3 | 4): Period => ({ kind: 'quarter', fy, quarter });

  it('round-trips every canonical key', () => {
    for (const period of [q(2024, 1), q(2024, 4), { kind: 'year', fy: 2016 } as const]) {
      expect(parsePeriodKey(periodKey(period))).toEqual(period);
    }
    expect(parsePeriodKey('Sep 2024')).toEqual({ kind: 'month', year: 2024, month: 9 });
    expect(parsePeriodKey('2024-26')).toBeUndefined();
    expect(parsePeriodKey('2024 Q3')).toBeUndefined();
  });

  it('gives the same Period object for the same key, and undefined again for a bad one', () => {
    const first = parsePeriodKey('2023-24 Q3');
    expect(parsePeriodKey('2023-24 Q3')).toBe(first);
    expect(first).toEqual(q(2023, 3));
    for (const bad of ['', ' ', '2024-25 Q5', '2024-26', 'sep 2024', 'Sept 2024', '__proto__']) {
      expect(parsePeriodKey(bad)).toBeUndefined();
      expect(parsePeriodKey(bad)).toBeUndefined();
    }
  });

  it.each<[Period, string]>([
    [{ kind: 'month', year: 2024, month: 2 }, 'Thu Feb 29 2024'],
    [{ kind: 'month', year: 2025, month: 2 }, 'Fri Feb 28 2025'],
    [{ kind: 'month', year: 2024, month: 12 }, 'Tue Dec 31 2024'],
    [{ kind: 'month', year: 2024, month: 1 }, 'Wed Jan 31 2024'],
    [{ kind: 'quarter', fy: 2024, quarter: 2 }, 'Mon Sep 30 2024'],
    [{ kind: 'quarter', fy: 2024, quarter: 3 }, 'Tue Dec 31 2024'],
    [{ kind: 'quarter', fy: 2023, quarter: 4 }, 'Sun Mar 31 2024'],
    [{ kind: 'year', fy: 1999 }, 'Fri Mar 31 2000'],
  ])('%o ends at midnight on %s', (period, day) => {
    const end = periodEnd(period);
    expect(end.toDateString()).toBe(day);
    expect([end.getHours(), end.getMinutes(), end.getSeconds(), end.getMilliseconds()]).toEqual([
      0, 0, 0, 0,
    ]);
  });

  it('knows when each quarter ends', () => {
    expect(periodEnd(q(2024, 1)).toDateString()).toBe('Sun Jun 30 2024');
    expect(periodEnd(q(2024, 4)).toDateString()).toBe('Mon Mar 31 2025');
    expect(periodEnd({ kind: 'year', fy: 2024 }).toDateString()).toBe('Mon Mar 31 2025');
  });

  it('orders periods by end, a quarter before the year it ends', () => {
    const keys = ['2024-25', '2024-25 Q4', 'Mar 2025', '2023-24 Q1', '2024-25 Q1', 'junk'];
    expect([...keys].sort(comparePeriodKeys)).toEqual([
      '2023-24 Q1',
      '2024-25 Q1',
      'Mar 2025',
      '2024-25 Q4',
      '2024-25',
      'junk',
    ]);
  });

  it('steps back a quarter across a financial year and a year to the same quarter', () => {
    expect(periodKey(previousPeriod(q(2024, 1)))).toBe('2023-24 Q4');
    expect(periodKey(previousPeriod({ kind: 'month', year: 2024, month: 1 }))).toBe('Dec 2023');
    expect(periodKey(sameTimeLastYear(q(2025, 2)))).toBe('2024-25 Q2');
  });

  it('labels periods in plain English', () => {
    expect(periodLabel(q(2024, 2), 'long')).toBe('July to September 2024');
    expect(periodLabel(q(2024, 4), 'long')).toBe('January to March 2025');
    expect(periodLabel({ kind: 'year', fy: 2024 }, 'long')).toBe('April 2024 to March 2025');
  });

  it('treats a quarter as unfinished until its last day has passed', () => {
    const now = new Date(2026, 10, 22);
    expect(isUnfinished(q(2026, 3), now)).toBe(true);
    expect(isUnfinished(q(2026, 2), now)).toBe(false);
    // On its last day (at midnight) it has ended; a moment before, it has not.
    expect(isUnfinished(q(2026, 2), new Date(2026, 8, 30))).toBe(false);
    expect(isUnfinished(q(2026, 2), new Date(2026, 8, 29, 23, 59, 59, 999))).toBe(true);
  });
});

describe('endMonthIndex', () => {
  it.each<[Period, string]>([
    [{ kind: 'quarter', fy: 2024, quarter: 1 }, 'Jun 2024'],
    [{ kind: 'quarter', fy: 2024, quarter: 4 }, 'Mar 2025'],
    [{ kind: 'year', fy: 2024 }, 'Mar 2025'],
    [{ kind: 'month', year: 2024, month: 9 }, 'Sep 2024'],
  ])('agrees with periodEnd for %o', (period, month) => {
    const end = periodEnd(period);
    const index = end.getFullYear() * 12 + end.getMonth();
    expect(endMonthIndex(period)).toBe(index);
    expect(
      periodKey({ kind: 'month', year: Math.floor(index / 12), month: (index % 12) + 1 }),
    ).toBe(month);
  });
});

describe('parsePeriod reads a month written year first', () => {
  it.each<[string, PeriodParseOptions, string]>([
    ['2026-09', {}, '2026-27 Q2'],
    ['2026-09', { monthMeaning: 'month' }, 'Sep 2026'],
    ['2026-08', { monthMeaning: 'month' }, 'Aug 2026'],
    ['2026-01', { monthMeaning: 'month' }, 'Jan 2026'],
    ['2026-12', { monthMeaning: 'month' }, 'Dec 2026'],
    // The month that follows the year's last two digits is the financial year.
    ['2011-12', { monthMeaning: 'month' }, '2011-12'],
  ])('%s with %o -> %s', (text, options, expected) => {
    expect(keyOf(text, options)).toBe(expected);
  });

  it('says a month that ends no quarter needs a monthly file', () => {
    const parsed = parsePeriod('2026-08');
    expect(parsed.ok).toBe(false);
  });

  it('still refuses a month number above 12 as a financial year', () => {
    expect(parsePeriod('2026-13').ok).toBe(false);
  });
});
