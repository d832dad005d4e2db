import { describe, expect, it } from 'vitest';
import { ragStatus, roundTo, type RagInput } from './rag';

const base: RagInput = { value: 90, target: 90, polarity: 'higher', tolerance: 5, decimals: 1 };

describe('ragStatus', () => {
  it.each<[string, Partial<RagInput>, string]>([
    // Edges first.
    ['blank value is not rated', { value: null }, 'not-rated'],
    ['no target is "no target set"', { target: null }, 'no-target'],
    ['a context measure is not rated', { polarity: 'none' }, 'not-rated'],
    ['exactly on target is green (higher is better)', { value: 90 }, 'green'],
    ['exactly on target is green (lower is better)', { value: 90, polarity: 'lower' }, 'green'],
    ['89.96 shows as 90.0, so it is green', { value: 89.96 }, 'green'],
    ['89.94 shows as 89.9, so it is amber', { value: 89.94 }, 'amber'],
    ['exactly on the tolerance line is amber', { value: 85 }, 'amber'],
    ['just beyond the tolerance line is red', { value: 84.9 }, 'red'],
    ['above target is green when higher is better', { value: 95 }, 'green'],
    ['above target is amber when lower is better', { value: 93, polarity: 'lower' }, 'amber'],
    ['far above target is red when lower is better', { value: 96, polarity: 'lower' }, 'red'],
    ['within range either side is amber', { value: 93, polarity: 'range' }, 'amber'],
    ['zero is a value, not a blank', { value: 0, target: 0, polarity: 'lower' }, 'green'],
  ])('%s', (_name, change, expected) => {
    expect(ragStatus({ ...base, ...change })).toBe(expected);
  });
});

describe('roundTo', () => {
  it.each([
    [1.005, 2, 1.01],
    [89.95, 1, 90],
    [-2.5, 0, -3],
    [0, 1, 0],
  ])('rounds %f at %i places to %f', (value, decimals, expected) => {
    expect(roundTo(value, decimals)).toBe(expected);
  });
});
