import { describe, expect, it } from 'vitest';
import { comparability, latestComparablePeriod, latestComparablePeriodAmong } from './vintage';
import type { MeasurementType } from '../model';

describe('latestComparablePeriod', () => {
  it('takes the latest period ending on or before the local one', () => {
    expect(latestComparablePeriod(['2022-23', '2023-24', '2024-25'], '2025-26 Q2')).toEqual({
      period: '2024-25',
      laterThanLocal: false,
    });
  });

  it('a year ending on the same day as a Q4 counts', () => {
    expect(latestComparablePeriod(['2023-24', '2024-25'], '2024-25 Q4')?.period).toBe('2024-25');
  });

  it('a year that has not ended by the local period does not count', () => {
    expect(latestComparablePeriod(['2024-25', '2025-26'], '2025-26 Q2')?.period).toBe('2024-25');
  });

  it('falls back to the latest of all, flagged, when every period is later', () => {
    expect(latestComparablePeriod(['2024-25', '2023-24'], '2020-21 Q1')).toEqual({
      period: '2024-25',
      laterThanLocal: true,
    });
  });

  it('nothing: undefined; unreadable keys are ignored', () => {
    expect(latestComparablePeriod([], '2025-26 Q2')).toBeUndefined();
    expect(latestComparablePeriod(['2025'], '2025-26 Q2')).toBeUndefined();
  });
});

describe('latestComparablePeriodAmong', () => {
  it.each<[string, (readonly string[])[], string, ReturnType<typeof latestComparablePeriod>]>([
    ['no lists', [], '2025-26 Q2', undefined],
    ['empty lists', [[], []], '2025-26 Q2', undefined],
    [
      'one list',
      [['2023-24', '2024-25']],
      '2025-26 Q2',
      { period: '2024-25', laterThanLocal: false },
    ],
    [
      'the latest across lists',
      [['2022-23'], ['2024-25', '2021-22'], ['2023-24']],
      '2025-26 Q2',
      { period: '2024-25', laterThanLocal: false },
    ],
    [
      'repeated keys',
      [
        ['2023-24', '2024-25'],
        ['2024-25', '2023-24'],
      ],
      '2025-26 Q2',
      { period: '2024-25', laterThanLocal: false },
    ],
    [
      'a later period in one list does not count',
      [['2025-26'], ['2023-24']],
      '2025-26 Q2',
      { period: '2023-24', laterThanLocal: false },
    ],
    [
      'only later periods: the latest, flagged',
      [['2021-22'], ['2022-23', 'junk']],
      '2020-21 Q1',
      { period: '2022-23', laterThanLocal: true },
    ],
    ['only unreadable keys', [['', '2025', '__proto__']], '2025-26 Q2', undefined],
    [
      'an unreadable local period: the latest, flagged',
      [['2023-24'], ['2024-25']],
      'junk',
      { period: '2024-25', laterThanLocal: true },
    ],
  ])('%s', (_, lists, local, expected) => {
    expect(latestComparablePeriodAmong(lists, local)).toEqual(expected);
    // The same as one joined list.
    expect(latestComparablePeriod(lists.flat(), local)).toEqual(expected);
  });
});

describe('comparability', () => {
  it.each<[MeasurementType, string, string, boolean]>([
    ['in-period', '2024-25', '2024-25', true],
    ['in-period', '2025-26', '2024-25', true],
    ['in-period', '2025-26 Q2', '2025-26 Q2', true],
    ['in-period', '2025-26 Q2', '2024-25', false],
    ['year-to-date', '2025-26 Q2', '2024-25', false],
    ['year-to-date', '2024-25 Q4', '2024-25', true],
    ['year-to-date', 'Mar 2025', '2023-24', true],
    ['year-to-date', 'Sep 2025', '2024-25', false],
    ['snapshot', '2025-26 Q2', '2024-25', true],
    ['rolling-12-months', '2025-26 Q2', '2024-25', true],
  ])('%s: %s against %s is comparable: %s', (measurement, local, other, expected) => {
    expect(comparability(measurement, local, other).comparable).toBe(expected);
  });

  it('says why in plain words', () => {
    expect(comparability('in-period', '2025-26 Q2', '2024-25').reason).toBe(
      'The local figure covers one quarter and the comparator a whole year, so they are not like-for-like.',
    );
    expect(comparability('snapshot', '2025-26 Q2', '2024-25').reason).toBe(
      'Both are counts at a date; the comparator is at 31 March 2025.',
    );
    expect(comparability('year-to-date', '2025-26 Q2', '2024-25').reason).toBe(
      'A year-to-date figure for April to September 2025 (2025-26 to date) is not like-for-like with a whole year.',
    );
  });
});
