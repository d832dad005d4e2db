import { describe, expect, it } from 'vitest';
import { tickInterval } from './tick-interval';

describe('tickInterval', () => {
  it.each([
    // positions, span, plot width, longest label, expected
    ['no ticks', [], 100, 500, 7, 0],
    ['one tick', [12], 100, 500, 7, 0],
    ['a zero-width plot', [0, 12, 24], 30, 0, 7, 0],
    ['room for every label', [0, 12, 24, 36], 40, 500, 7, 0],
    // 10 years over 120 months in 170 px: 17 px a year, a 7-character label needs 57 px.
    ['narrow: every fourth label', [0, 12, 24, 36, 48, 60, 72, 84, 96, 108], 120, 170, 7, 3],
    // The same years in 500 px: 50 px a year, just short of 57 px: every other label.
    ['wide: every other label', [0, 12, 24, 36, 48, 60, 72, 84, 96, 108], 120, 500, 7, 1],
    ['unsorted and repeated positions', [24, 0, 12, 12], 36, 300, 7, 0],
  ])('%s', (_, positions, span, width, longest, expected) => {
    expect(tickInterval(positions, span, width, longest)).toBe(expected);
  });

  it('leaves no two shown labels closer than a label is long', () => {
    const positions = Array.from({ length: 20 }, (_, i) => i * 3);
    for (const width of [120, 200, 420, 760]) {
      const every = tickInterval(positions, 60, width, 7) + 1;
      expect((width * 3 * every) / 60 >= 7 * 12 * 0.62 + 5).toBe(true);
    }
  });
});
