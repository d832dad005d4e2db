import { describe, expect, it } from 'vitest';
import { mean, median, quantile, quartiles } from './summary';

describe('mean, median and quartiles (QUARTILE.INC)', () => {
  const ten = [38, 41, 37, 33, 47, 70, 39, 31, 37, 68];
  it('match a spreadsheet', () => {
    expect(mean(ten)).toBeCloseTo(44.1, 10);
    expect(median(ten)).toBe(38.5);
    // Excel: QUARTILE.INC({...}, 1) = 37, QUARTILE.INC({...}, 3) = 45.5.
    expect(quantile(ten, 0.25)).toBe(37);
    expect(quantile(ten, 0.75)).toBe(45.5);
  });

  it.each([
    [[5], 0.25, 5],
    [[1, 2], 0.5, 1.5],
    [[1, 2, 3, 4], 0.25, 1.75],
    [[4, 3, 2, 1], 0.75, 3.25],
  ])('%j at %f is %f', (values, p, expected) => {
    expect(quantile(values, p)).toBe(expected);
  });

  it('no values: undefined', () => {
    expect(mean([])).toBeUndefined();
    expect(median([])).toBeUndefined();
    expect(quartiles([])).toBeUndefined();
  });

  it.each([
    [[5]],
    [[1, 2]],
    [[4, 3, 2, 1]],
    [[38, 41, 37, 33, 47, 70, 39, 31, 37, 68]],
    [[0.1, 0.2, 0.30000000000000004, -0, 0, -1.5]],
    [[7, 7, 7]],
  ])('quartiles of %j are the quantiles at 0.25, 0.5 and 0.75', (values) => {
    const copy = [...values];
    expect(quartiles(values)).toEqual({
      lower: quantile(values, 0.25),
      median: median(values),
      upper: quantile(values, 0.75),
    });
    expect(values).toEqual(copy);
  });
});
