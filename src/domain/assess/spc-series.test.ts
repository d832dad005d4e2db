import { describe, expect, it } from 'vitest';
import { indicatorSpc, spcSeries } from './spc-series';
import type { IndicatorDefinition, Observation, ObservedValue } from '../model';

const number = (value: number): ObservedValue => ({ kind: 'number', value, lowReliability: false });
const obs = (period: string, value: ObservedValue): Observation => ({
  indicator: 'CSC-REREF',
  period,
  area: 'E09000007',
  value,
  numerator: null,
  denominator: null,
  target: null,
  provisional: false,
  note: null,
  source: { file: 'x.csv', line: 2 },
});

describe('spcSeries', () => {
  it('orders the points and fills a period with no row as a gap', () => {
    const built = spcSeries([
      obs('2024-25 Q3', number(3)),
      obs('2024-25 Q1', number(1)),
      obs('2024-25 Q4', { kind: 'missing', state: 'c' }),
    ]);
    expect(built).toEqual({
      ok: true,
      cadence: 'quarter',
      points: [
        { period: '2024-25 Q1', value: 1 },
        { period: '2024-25 Q2', value: null },
        { period: '2024-25 Q3', value: 3 },
        { period: '2024-25 Q4', value: null },
      ],
    });
  });

  it('steps across a year end in monthly series', () => {
    const built = spcSeries([obs('Nov 2025', number(1)), obs('Feb 2026', number(2))]);
    expect(built.ok && built.points.map((p) => p.period)).toEqual([
      'Nov 2025',
      'Dec 2025',
      'Jan 2026',
      'Feb 2026',
    ]);
  });

  it('refuses a series that mixes cadences, saying which', () => {
    const built = spcSeries([obs('Sep 2025', number(1)), obs('2025-26 Q3', number(2))]);
    expect(built).toEqual({
      ok: false,
      message:
        'This series mixes monthly and quarterly periods (Sep 2025 and 2025-26 Q3), so its points are not comparable. Give one cadence per series: an XmR chart needs evenly spaced points.',
    });
  });

  it('is empty for no observations', () => {
    expect(spcSeries([])).toEqual({ ok: true, cadence: null, points: [] });
  });
});

describe('indicatorSpc', () => {
  const indicator = {
    id: 'CSC-REREF',
    polarity: 'lower',
    unit: 'percent',
    decimals: 1,
    targets: [{ period: null, value: { kind: 'point', value: 30 }, rationale: 'x' }],
  } as unknown as IndicatorDefinition;
  const quarters = Array.from({ length: 16 }, (_, i) => {
    const fy = 2021 + Math.floor(i / 4);
    return `${fy}-${String((fy + 1) % 100).padStart(2, '0')} Q${(i % 4) + 1}`;
  });
  const series = [
    ...quarters.map((q, i) => obs(q, number(i % 2 === 0 ? 11 : 9))),
    obs('2022-23', number(50)),
  ];

  it('uses the periods of the reporting cadence up to the reporting period only', () => {
    const result = indicatorSpc(indicator, series, '2024-25 Q1');
    expect(result?.points.map((p) => p.period)).toEqual(quarters.slice(0, 13));
    expect(result?.limits).not.toBeNull();
  });

  it('judges the target in force at the latest figure, by the indicator polarity', () => {
    // Limits 4.68 to 15.32 (mean 10): a target of 30 lies above them, on the bad side of a
    // lower-is-better indicator, so every quarter will meet it.
    expect(indicatorSpc(indicator, series, '2024-25 Q4')?.assurance).toBe('pass');
  });

  it('is null when the series has no figure', () => {
    expect(indicatorSpc(indicator, [], '2024-25 Q4')).toBeNull();
  });

  it('applies the baseline and recalculation of the settings', () => {
    const result = indicatorSpc(indicator, series, '2024-25 Q4', {
      run: 7,
      baselines: new Map([['CSC-REREF', 13]]),
      recalculations: new Map(),
    });
    expect(result?.segments[0]?.calculatedFrom).toBe(13);
    expect(result?.run).toBe(7);
  });
});
