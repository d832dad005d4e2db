import { describe, expect, it } from 'vitest';
import { sparklinePath } from './sparkline';

describe('sparklinePath', () => {
  it.each([
    ['no values', [], { path: '', last: null, points: 0 }],
    ['only gaps', [null, null], { path: '', last: null, points: 0 }],
    ['one value', [5], { path: 'M50 16', last: { x: 50, y: 16 }, points: 1 }],
    [
      'a flat line',
      [7, 7, 7],
      { path: 'M0 16 L50 16 L100 16', last: { x: 100, y: 16 }, points: 3 },
    ],
    [
      'a rise (higher values drawn higher)',
      [0, 10],
      { path: 'M0 29 L100 3', last: { x: 100, y: 3 }, points: 2 },
    ],
    [
      'a gap lifts the pen, never drops to zero',
      [0, null, 10, 5],
      { path: 'M0 29 M66.67 3 L100 16', last: { x: 100, y: 16 }, points: 3 },
    ],
    [
      'a trailing gap marks the last real point',
      [0, 10, null],
      { path: 'M0 29 L50 3', last: { x: 50, y: 3 }, points: 2 },
    ],
  ])('%s', (_name, values, expected) => {
    expect(sparklinePath(values)).toEqual(expected);
  });
});
