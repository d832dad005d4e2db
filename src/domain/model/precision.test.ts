import { describe, expect, it } from 'vitest';
import { fromUnits, roundTo, toUnits } from './precision';

describe('roundTo', () => {
  it.each([
    [1.005, 2, 1.01],
    [89.95, 1, 90],
    [89.94, 1, 89.9],
    [-2.5, 0, -3],
    [0, 1, 0],
    [4.55, 1, 4.6],
  ])('rounds %f at %i places to %f', (value, decimals, expected) => {
    expect(roundTo(value, decimals)).toBe(expected);
  });
});

describe('toUnits and fromUnits', () => {
  it.each([
    [89.96, 1, 900],
    [45.5 * 0.1, 1, 46],
    [29, 0, 29],
    [-0.05, 1, -1],
  ])('%f at %i places is %i units', (value, decimals, units) => {
    expect(toUnits(value, decimals)).toBe(units);
  });

  it('comes back to the shown figure', () => {
    expect(fromUnits(883, 1)).toBe(88.3);
  });
});
