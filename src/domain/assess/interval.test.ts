import { describe, expect, it } from 'vitest';
import {
  countNoun,
  countsText,
  observationInterval,
  wilsonInterval,
  withinInterval,
} from './interval';
import { indicator, num, row } from '../testing/build';
import { observationAt, ObservationColumnsBuilder } from '../model';

describe('wilsonInterval', () => {
  it('12 of 18 is 43.7% to 83.7% (95%)', () => {
    const interval = wilsonInterval(12, 18, 'percent');
    // Checked by hand with the formula: centre 0.6374, half-width 0.1999.
    expect(interval?.lower).toBeCloseTo(43.75, 1);
    expect(interval?.upper).toBeCloseTo(83.72, 1);
  });

  it('stays inside 0-100% at the edges', () => {
    const none = wilsonInterval(0, 18, 'percent');
    const all = wilsonInterval(18, 18, 'percent');
    expect(none?.lower).toBe(0);
    expect(none?.upper).toBeGreaterThan(15);
    expect(all?.upper).toBe(100);
    expect(all?.lower).toBeLessThan(85);
  });

  it('scales a rate per 10,000', () => {
    const interval = wilsonInterval(150, 50_000, 'rate-per-10k');
    expect(interval?.lower).toBeLessThan(30);
    expect(interval?.upper).toBeGreaterThan(30);
  });

  it.each<[string, number, number, Parameters<typeof wilsonInterval>[2]]>([
    ['a zero denominator', 0, 0, 'percent'],
    ['a numerator above the denominator', 19, 18, 'percent'],
    ['a negative numerator', -1, 18, 'percent'],
    ['a unit that is not a proportion', 3, 18, 'days'],
  ])('none for %s', (_name, x, n, unit) => {
    expect(wilsonInterval(x, n, unit)).toBeUndefined();
  });

  it('a large sample is narrow', () => {
    const interval = wilsonInterval(8500, 10_000, 'percent');
    expect((interval?.upper ?? 0) - (interval?.lower ?? 0)).toBeLessThan(1.5);
  });
});

describe('observationInterval and withinInterval', () => {
  const builder = new ObservationColumnsBuilder('t.csv');
  builder.append(
    row({
      indicator: 'I',
      area: 'A',
      period: '2025-26 Q2',
      value: num(66.7),
      numerator: 12,
      denominator: 18,
    }),
  );
  builder.append(row({ indicator: 'I', area: 'B', period: '2025-26 Q2', value: 66.7 }));
  const columns = builder.build();

  it('needs both counts', () => {
    const interval = observationInterval(observationAt(columns, 0), 'percent');
    expect(interval?.numerator).toBe(12);
    expect(observationInterval(observationAt(columns, 1), 'percent')).toBeUndefined();
    expect(observationInterval(undefined, 'percent')).toBeUndefined();
  });

  it('edges count as inside', () => {
    const interval = {
      lower: 40,
      upper: 80,
      numerator: 1,
      denominator: 2,
      level: 95,
      method: 'wilson',
    } as const;
    expect(withinInterval(interval, 40)).toBe(true);
    expect(withinInterval(interval, 80)).toBe(true);
    expect(withinInterval(interval, 80.01)).toBe(false);
    expect(withinInterval(null, 50)).toBe(false);
  });
});

describe('countsText', () => {
  it.each([
    ['Care leavers aged 19 to 21 in education, employment or training', 'care leavers'],
    ['Re-referrals within 12 months', 'referrals'],
    ['Assessments completed within 45 working days', 'assessments'],
    ['Initial child protection conferences within 15 working days', 'conferences'],
    ['Children looked after with 3 or more placements', 'children looked after'],
    ['SDQ completion', undefined],
  ])('%s counts %s', (title, noun) => {
    expect(countNoun({ title })).toBe(noun);
  });

  it('says "12 of 18 care leavers", or "12 of 18" without a noun', () => {
    expect(countsText(12, 18, indicator({ id: 'X', title: 'Care leavers in EET' }))).toBe(
      '12 of 18 care leavers',
    );
    expect(countsText(1200, 1800, indicator({ id: 'X', title: 'SDQ completion' }))).toBe(
      '1,200 of 1,800',
    );
  });
});
