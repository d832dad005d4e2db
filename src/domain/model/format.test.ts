import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatGapAmount,
  formatOrdinal,
  formatRelative,
  formatTarget,
  formatValue,
} from './format';

describe('formatValue', () => {
  it.each<[number, Parameters<typeof formatValue>[1], number, string]>([
    [88, 'percent', 1, '88.0%'],
    [45.45, 'rate-per-10k', 1, '45.5 per 10,000'],
    [1234, 'currency', 0, '£1,234'],
    [12, 'working-days', 0, '12 working days'],
    [14.1, 'score', 1, '14.1'],
  ])('%f %s at %i places is %s', (value, unit, decimals, expected) => {
    expect(formatValue(value, unit, decimals)).toBe(expected);
  });
});

describe('formatTarget', () => {
  it('drops trailing zeros, up to the indicator decimals', () => {
    expect(formatTarget({ kind: 'point', value: 90 }, 'percent', 1)).toBe('90%');
    expect(formatTarget({ kind: 'point', value: 87.5 }, 'percent', 1)).toBe('87.5%');
    expect(formatTarget({ kind: 'range', low: 10, high: 20 }, 'rate-per-10k', 0)).toBe(
      '10 per 10,000 to 20 per 10,000',
    );
  });
});

describe('gap wording', () => {
  it('percentages and scores are points, never "%"', () => {
    expect(formatGapAmount(-2, 'percent', 1)).toBe('2.0 points');
    expect(formatGapAmount(1, 'score', 0)).toBe('1 point');
    expect(formatGapAmount(3, 'days', 0)).toBe('3 days');
  });

  it('relative gaps are whole percent', () => {
    expect(formatRelative(-12.4)).toBe('12%');
    expect(formatRelative(0.2)).toBe('less than 1%');
    expect(formatRelative(0)).toBe('0%');
  });
});

describe('counts, ordinals and dates', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [11, '11th'],
    [22, '22nd'],
    [153, '153rd'],
  ])('%i is %s', (value, expected) => {
    expect(formatOrdinal(value)).toBe(expected);
  });

  it('formats counts and dates in en-GB', () => {
    expect(formatCount(12345)).toBe('12,345');
    expect(formatDate(new Date(2025, 2, 31))).toBe('31 March 2025');
  });

  it.each<[number, string]>([
    [1, '1st'],
    [0, '0th'],
    // -0 is not taken for 0 (a Map would), nor 0 for -0.
    [-0, '-0th'],
    [0, '0th'],
    [-3, '-3rd'],
    [1234, '1,234th'],
  ])('gives %d the same text every time: %s', (value, expected) => {
    expect(formatOrdinal(value)).toBe(expected);
    expect(formatOrdinal(value)).toBe(expected);
  });

  it.each<[Date, string]>([
    [new Date(2025, 2, 31), '31 March 2025'],
    [new Date(2025, 2, 31, 23, 59), '31 March 2025'],
    [new Date(2024, 1, 29), '29 February 2024'],
    [new Date(2000, 0, 1), '1 January 2000'],
  ])('gives %s the same date text every time: %s', (date, expected) => {
    expect(formatDate(date)).toBe(expected);
    expect(formatDate(new Date(date.getTime()))).toBe(expected);
  });

  it('still refuses an invalid date, every time', () => {
    expect(() => formatDate(new Date(NaN))).toThrow(RangeError);
    expect(() => formatDate(new Date(NaN))).toThrow(RangeError);
  });
});
