import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodKey } from '../model';
import { analyseSpc, spcAssurance, xmrLimits, type SpcOptions, type SpcResult } from './spc';

/** Quarters from 2015-16 Q1, one per value. */
function series(values: readonly (number | null)[]) {
  return values.map((value, i) => ({
    period: periodKey({
      kind: 'quarter',
      fy: 2015 + Math.floor(i / 4),
      quarter: ((i % 4) + 1) as 1 | 2 | 3 | 4,
    }),
    value,
  }));
}
const periodAt = (i: number): string => series(new Array<null>(i + 1).fill(null))[i]?.period ?? '';

/**
 * The base process: 11, 9, 11, 9, ... (14 points). Mean 10, every moving range 2, so the mean
 * moving range is 2, sigma 2 / 1.128 = 1.773, limits 10 ± 5.32 (4.68 to 15.32) and two sigma
 * 10 ± 3.547 (6.453 to 13.547). It ends on 9 (below the mean). With `baseline: 14` the points
 * added after it are judged against these limits.
 */
const BASE = [11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9];
const fixed = (extra: readonly (number | null)[], options: Partial<SpcOptions> = {}): SpcResult =>
  analyseSpc(series([...BASE, ...extra]), { polarity: 'higher', baseline: 14, ...options });
const rulesFrom = (result: SpcResult, from: number) =>
  result.points.slice(from).map((p) => p.rules.join('+'));

describe('xmrLimits', () => {
  it('takes the limits from the mean moving range, not the standard deviation', () => {
    const limits = xmrLimits(BASE);
    expect(limits?.mean).toBe(10);
    expect(limits?.meanMovingRange).toBe(2);
    expect(limits?.sigma).toBeCloseTo(2 / 1.128, 12);
    expect(limits?.upper).toBeCloseTo(15.32, 12);
    expect(limits?.lower).toBeCloseTo(4.68, 12);
    expect(limits?.upperTwoSigma).toBeCloseTo(10 + (2 * 2.66 * 2) / 3, 12);
    // The standard deviation of BASE is 1.04; three of them would give 6.9 to 13.1.
  });

  it('gives no limits with 12 points and limits with 13', () => {
    expect(xmrLimits(BASE.slice(0, 12))).toBeNull();
    const limits = xmrLimits(BASE.slice(0, 13));
    // Seven 11s and six 9s: mean 131 / 13.
    expect(limits?.mean).toBeCloseTo(131 / 13, 12);
    expect(limits?.meanMovingRange).toBe(2);
  });
});

describe('analyseSpc: too few points', () => {
  it('shows the mean but no limits, rules or icons with 12 points, and says why', () => {
    const result = analyseSpc(series(BASE.slice(0, 12)), { polarity: 'higher', target: 10 });
    expect(result.mean).toBe(10);
    expect(result.limits).toBeNull();
    expect(result.reason).toBe('Limits need at least 13 points; this series has 12.');
    expect(result.variation).toBeNull();
    expect(result.assurance).toBeNull();
    expect(result.points.every((p) => p.rules.length === 0 && p.meaning === null)).toBe(true);
  });

  it('does not count gaps as points', () => {
    const values = [...BASE.slice(0, 12), null, null];
    const result = analyseSpc(series(values), { polarity: 'higher' });
    expect(result.reason).toBe('Limits need at least 13 points; this series has 12.');
    expect(result.segments[0]?.points).toBe(12);
  });

  it('has limits and icons with 13 points', () => {
    const result = analyseSpc(series(BASE.slice(0, 13)), { polarity: 'higher' });
    expect(result.limits).not.toBeNull();
    expect(result.reason).toBeNull();
    expect(result.variation).toEqual({ kind: 'common-cause', side: null });
  });

  it('has no limits for an empty series', () => {
    const result = analyseSpc([], { polarity: 'higher' });
    expect(result.mean).toBeNull();
    expect(result.limits).toBeNull();
    expect(result.variation).toBeNull();
  });
});

describe('analyseSpc: single point outside the limits', () => {
  it.each([
    ['just above the upper limit', 15.33, 'single-point', 'high'],
    ['just below the lower limit', 4.67, 'single-point', 'low'],
    ['inside, near the upper limit', 15.31, '', null],
    ['inside, near the lower limit', 4.69, '', null],
  ])('%s (%s)', (_, value, rules, side) => {
    const result = fixed([value]);
    const last = result.points[14];
    expect(last?.rules.join('+')).toBe(rules);
    expect(last?.side).toBe(side);
  });

  it('the common-cause base has no special cause at all', () => {
    expect(fixed([]).points.every((p) => p.rules.length === 0)).toBe(true);
  });
});

describe('analyseSpc: shift', () => {
  it('flags 6 points in a row above the mean (after the base ends below it)', () => {
    const result = fixed([10.5, 10.5, 10.5, 10.5, 10.5, 10.5]);
    expect(rulesFrom(result, 13)).toEqual([
      '',
      'shift',
      'shift',
      'shift',
      'shift',
      'shift',
      'shift',
    ]);
    expect(result.points[19]?.side).toBe('high');
  });

  it('does not flag 5 in a row', () => {
    expect(rulesFrom(fixed([10.5, 10.5, 10.5, 10.5, 10.5]), 14)).toEqual(['', '', '', '', '']);
  });

  it('needs 7 when the run is set to 7', () => {
    const six = fixed([10.5, 10.5, 10.5, 10.5, 10.5, 10.5], { run: 7 });
    expect(six.points.some((p) => p.rules.includes('shift'))).toBe(false);
    const seven = fixed([10.5, 10.5, 10.5, 10.5, 10.5, 10.5, 10.5], { run: 7 });
    expect(seven.points.filter((p) => p.rules.includes('shift'))).toHaveLength(7);
  });

  it('is broken by a point exactly on the mean', () => {
    const result = fixed([10.5, 10.5, 10.5, 10, 10.5, 10.5, 10.5]);
    expect(result.points.some((p) => p.rules.includes('shift'))).toBe(false);
  });

  it('flags 6 below the mean as low', () => {
    // The base ends on 9, so five more below make six.
    const result = fixed([9.5, 9.5, 9.5, 9.5, 9.5]);
    expect(rulesFrom(result, 13)).toEqual(['shift', 'shift', 'shift', 'shift', 'shift', 'shift']);
    expect(result.points[18]?.side).toBe('low');
  });

  it('joins the points either side of a gap', () => {
    const result = fixed([10.5, 10.5, 10.5, null, 10.5, 10.5, 10.5]);
    expect(rulesFrom(result, 14)).toEqual([
      'shift',
      'shift',
      'shift',
      '',
      'shift',
      'shift',
      'shift',
    ]);
    expect(result.points[17]?.value).toBeNull();
    expect(result.points[17]?.movingRange).toBeNull();
  });
});

describe('analyseSpc: trend', () => {
  it('flags 6 points each higher than the one before', () => {
    // 9 (the base's last), 9.2, 9.4, 9.6, 9.8, 9.9: six rising points, all below the mean.
    const result = fixed([9.2, 9.4, 9.6, 9.8, 9.9]);
    expect(rulesFrom(result, 12)).toEqual([
      '',
      'trend+shift',
      'trend+shift',
      'trend+shift',
      'trend+shift',
      'trend+shift',
      'trend+shift',
    ]);
    expect(result.points[18]?.markedBy).toBe('trend');
    expect(result.points[18]?.side).toBe('high');
  });

  it('flags 6 falling points as low', () => {
    // 9 then 15 is a rise; 15, 14.5, 14, 13, 12, 11.5 fall.
    const result = fixed([15, 14.5, 14, 13, 12, 11.5]);
    expect(result.points.slice(14).map((p) => p.markedBy)).toEqual([
      'trend',
      'trend',
      'trend',
      'trend',
      'trend',
      'trend',
    ]);
    expect(result.points.slice(14).every((p) => p.side === 'low')).toBe(true);
  });

  it('does not flag 5 rising points, nor 6 with 7 asked for', () => {
    expect(fixed([9.2, 9.4, 9.6, 9.7]).points.some((p) => p.rules.includes('trend'))).toBe(false);
    const seven = fixed([9.2, 9.4, 9.6, 9.8, 9.9], { run: 7 });
    expect(seven.points.some((p) => p.rules.includes('trend'))).toBe(false);
  });

  it('is broken by two equal values in a row', () => {
    const result = fixed([9.2, 9.4, 9.4, 9.6, 9.8, 9.9]);
    expect(result.points.some((p) => p.rules.includes('trend'))).toBe(false);
  });
});

describe('analyseSpc: two out of three beyond two sigma', () => {
  it('flags the two points beyond two sigma, not the one between them', () => {
    const result = fixed([14, 10, 14]);
    expect(rulesFrom(result, 14)).toEqual(['two-of-three', '', 'two-of-three']);
    expect(result.points[16]?.side).toBe('high');
  });

  it('flags two in a row below', () => {
    const result = fixed([6, 6.2]);
    expect(rulesFrom(result, 14)).toEqual(['two-of-three', 'two-of-three']);
    expect(result.points[15]?.side).toBe('low');
  });

  it('does not flag points on opposite sides of the mean', () => {
    expect(rulesFrom(fixed([14, 6, 10]), 14)).toEqual(['', '', '']);
  });

  it('does not flag two beyond two sigma four points apart', () => {
    expect(rulesFrom(fixed([14, 10, 10, 14]), 14)).toEqual(['', '', '', '']);
  });
});

describe('analyseSpc: precedence and meaning', () => {
  it('marks a point by trend before shift, two-of-three and single point', () => {
    // Falling from 15 but all above the mean: trend (low) beats shift and two-of-three (high).
    const result = fixed([15, 14.5, 14, 13, 12, 11.5]);
    const first = result.points[14];
    expect(first?.rules).toEqual(['trend', 'shift', 'two-of-three']);
    expect(first?.markedBy).toBe('trend');
    expect(first?.side).toBe('low');
    expect(first?.meaning).toBe('concern');
  });

  it('marks by shift before two-of-three and single point', () => {
    const result = fixed([10.5, 10.5, 10.5, 10.5, 14, 16]);
    expect(result.points[19]?.rules).toEqual(['shift', 'two-of-three', 'single-point']);
    expect(result.points[19]?.markedBy).toBe('shift');
  });

  it.each([
    ['higher', 'improvement', 'special-cause-improvement'],
    ['lower', 'concern', 'special-cause-concern'],
    ['none', 'neither', 'special-cause-neither'],
    ['range', 'neither', 'special-cause-neither'],
  ] as const)('a high point with polarity %s is %s', (polarity, meaning, kind) => {
    const result = fixed([16], { polarity });
    expect(result.points[14]?.meaning).toBe(meaning);
    expect(result.variation).toEqual({ kind, side: 'high' });
  });

  it('a low point for lower-is-better is an improvement', () => {
    const result = fixed([4], { polarity: 'lower' });
    expect(result.variation).toEqual({ kind: 'special-cause-improvement', side: 'low' });
  });

  it('the variation icon is of the latest point only', () => {
    expect(fixed([16, 10]).variation).toEqual({ kind: 'common-cause', side: null });
  });
});

describe('assurance', () => {
  const limits = xmrLimits(BASE);
  it.each([
    ['higher', 4, 'pass'],
    ['higher', 16, 'fail'],
    ['higher', 10, 'hit-and-miss'],
    ['higher', 15, 'hit-and-miss'],
    ['lower', 16, 'pass'],
    ['lower', 4, 'fail'],
    ['lower', 5, 'hit-and-miss'],
    ['none', 4, null],
    ['range', 4, null],
    ['higher', null, null],
  ] as const)('polarity %s, target %s: %s', (polarity, target, expected) => {
    expect(spcAssurance(limits, target, polarity)).toBe(expected);
  });

  it('is null without limits', () => {
    expect(spcAssurance(null, 4, 'higher')).toBeNull();
  });

  it('comes through analyseSpc', () => {
    expect(fixed([], { target: 23 }).assurance).toBe('fail');
  });
});

describe('gaps', () => {
  it('are skipped for moving ranges and never count as zero', () => {
    const withGap = [...BASE.slice(0, 7), null, ...BASE.slice(7)];
    const result = analyseSpc(series(withGap), { polarity: 'higher' });
    expect(result.limits).toEqual(xmrLimits(BASE));
    // The figure after the gap is compared with the one before it: |9 - 11| = 2.
    expect(result.points[8]?.movingRange).toBe(2);
    expect(result.points[7]).toMatchObject({ value: null, movingRange: null, rules: [] });
  });
});

describe('baselines and recalculation', () => {
  it('fixes the limits from the first N points', () => {
    const result = fixed([20, 20, 20]);
    expect(result.mean).toBe(10);
    expect(result.limits?.upper).toBeCloseTo(15.32, 12);
    expect(result.segments[0]?.calculatedFrom).toBe(14);
    // Without the baseline the 20s move the mean.
    const open = fixed([20, 20, 20], { baseline: null });
    expect(open.mean).toBeCloseTo(200 / 17, 12);
  });

  it('gives no limits from a baseline of fewer than 13 points, and says so', () => {
    const result = fixed([10, 10], { baseline: 10 });
    expect(result.limits).toBeNull();
    expect(result.reason).toBe('Limits need at least 13 points; the baseline is 10 points.');
  });

  it('recalculates from a marked period, with the last segment giving the mean and limits', () => {
    const after = BASE.map((v) => v + 10);
    const result = analyseSpc(series([...BASE, ...after]), {
      polarity: 'higher',
      recalculateAt: [periodAt(14)],
    });
    expect(result.segments).toHaveLength(2);
    expect(result.segments[0]).toMatchObject({ mean: 10, recalculated: false, from: periodAt(0) });
    expect(result.segments[1]).toMatchObject({ mean: 20, recalculated: true, from: periodAt(14) });
    expect(result.mean).toBe(20);
    expect(result.limits?.lower).toBeCloseTo(14.68, 12);
    // The first point after the change has no moving range: it starts afresh.
    expect(result.points[14]?.movingRange).toBeNull();
    expect(result.points.every((p) => p.rules.length === 0)).toBe(true);
    // Without the recalculation the step is a shift.
    const flat = analyseSpc(series([...BASE, ...after]), { polarity: 'higher' });
    expect(flat.points.some((p) => p.rules.includes('shift'))).toBe(true);
  });

  it('says when the segment since a recalculation is too short', () => {
    const result = analyseSpc(series([...BASE, ...BASE.slice(0, 9)]), {
      polarity: 'higher',
      recalculateAt: [periodAt(14)],
    });
    expect(result.limits).toBeNull();
    expect(result.variation).toBeNull();
    expect(result.reason).toBe(
      `Limits need at least 13 points; this series has 9 since the recalculation at ${periodAt(14)}.`,
    );
  });

  it('ignores a recalculation at the first period or at a period not in the series', () => {
    const result = analyseSpc(series(BASE), {
      polarity: 'higher',
      recalculateAt: [periodAt(0), '2040-41 Q1'],
    });
    expect(result.segments).toHaveLength(1);
  });
});

describe('properties', () => {
  const values = fc.array(fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null }), {
    minLength: 0,
    maxLength: 40,
  });

  it('the limits are symmetric about the mean', () => {
    fc.assert(
      fc.property(values, (vs) => {
        const result = analyseSpc(series(vs), { polarity: 'higher' });
        if (result.limits === null || result.mean === null) return;
        expect(result.limits.upper - result.mean).toBeCloseTo(result.mean - result.limits.lower, 6);
      }),
    );
  });

  it('no point inside the limits is flagged by the single-point rule', () => {
    fc.assert(
      fc.property(values, fc.constantFrom(6 as const, 7 as const), (vs, run) => {
        const result = analyseSpc(series(vs), { polarity: 'higher', run });
        for (const p of result.points) {
          const limits = result.segments[p.segment]?.limits;
          if (!p.rules.includes('single-point')) continue;
          expect(limits).toBeTruthy();
          if (limits && p.value !== null) {
            expect(p.value > limits.upper || p.value < limits.lower).toBe(true);
          }
        }
      }),
    );
  });

  it('reversing the polarity swaps improvement and concern', () => {
    const swap = { improvement: 'concern', concern: 'improvement', neither: 'neither' } as const;
    fc.assert(
      fc.property(values, (vs) => {
        const higher = analyseSpc(series(vs), { polarity: 'higher' });
        const lower = analyseSpc(series(vs), { polarity: 'lower' });
        higher.points.forEach((p, i) => {
          expect(lower.points[i]?.meaning).toBe(p.meaning === null ? null : swap[p.meaning]);
        });
      }),
    );
  });
});
