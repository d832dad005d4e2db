import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RAG_CONFIG,
  rateValue,
  resolveRagRules,
  selectTarget,
  type RagIndicator,
  type RagOptions,
} from './rag';
import { indicator, missing, num } from '../testing/build';
import type { MissingState, ObservedValue, RagRules, Target } from '../model';

const target = (
  value: number,
  period: string | null = null,
  rationale = 'Local target',
): Target => ({
  period,
  value: { kind: 'point', value },
  rationale,
});

/** A percentage, higher is better, 1 decimal place, 90% target, default rules (5 points). */
const percent: RagIndicator = indicator({ id: 'P', targets: [target(90)] });

function rate(
  value: number | ObservedValue | undefined,
  change: Partial<RagIndicator> = {},
  options: RagOptions = {},
) {
  const observed = typeof value === 'number' ? num(value) : value;
  return rateValue({ ...percent, ...change }, observed, { period: '2025-26 Q2', ...options });
}

const rules = (change: Partial<RagRules>): Partial<RagRules> => change;

describe('rateValue: what is never coloured', () => {
  it.each<[string, ObservedValue | undefined, string, string]>([
    [
      'suppressed',
      missing('c'),
      'Not rated: the figure is suppressed to protect confidentiality [c].',
      'Suppressed [c]',
    ],
    [
      'not available',
      missing('x'),
      'Not rated: the figure is not available [x].',
      'Not available [x]',
    ],
    [
      'not applicable',
      missing('z'),
      'Not rated: the figure is not applicable [z].',
      'Not applicable [z]',
    ],
    [
      'rounds to zero',
      missing('low'),
      'Not rated: the figure rounds to zero but is not zero [low].',
      'Rounds to zero [low]',
    ],
    ['blank', missing('blank'), 'Not rated: the figure is not provided.', 'Not provided'],
    ['no row at all', undefined, 'Not rated: no figure for 2025-26 Q2.', 'No figure'],
  ])('%s is not rated, with the reason in words', (_name, value, reason, phrase) => {
    const result = rate(value);
    expect(result).toMatchObject({ status: 'not-rated', basis: 'value-missing', reason, phrase });
    expect(result.gap).toBeNull();
  });

  it('a missing value is not rated even with no target and no polarity', () => {
    expect(rate(missing('c'), { polarity: 'none', targets: [] }).basis).toBe('value-missing');
  });

  it('a context measure (no polarity) is not rated, even with a target', () => {
    expect(rate(50, { polarity: 'none' })).toMatchObject({
      status: 'not-rated',
      basis: 'context-measure',
      reason: 'A context measure: not rated.',
      phrase: 'Context measure',
    });
  });

  it('no target is "no target set"', () => {
    expect(rate(50, { targets: [] })).toMatchObject({
      status: 'no-target',
      reason: 'No target set.',
      phrase: 'No target set',
    });
  });

  it('zero is a value, not a blank', () => {
    expect(rate(0, { polarity: 'lower', targets: [target(0)] }).status).toBe('green');
  });
});

describe('rateValue: higher and lower is better', () => {
  it.each<[string, number, Partial<RagIndicator>, string, string]>([
    // Edges first.
    ['exactly on target is green', 90, {}, 'green', 'Green: on the 90% target.'],
    ['89.96 shows as 90.0, so it is green', 89.96, {}, 'green', 'Green: on the 90% target.'],
    ['89.95 rounds up to 90.0: green', 89.95, {}, 'green', 'Green: on the 90% target.'],
    ['89.94 shows as 89.9: amber', 89.94, {}, 'amber', 'Amber: 0.1 points below the 90% target.'],
    [
      'exactly on the tolerance line is amber',
      85,
      {},
      'amber',
      'Amber: 5.0 points below the 90% target.',
    ],
    [
      '84.96 shows as 85.0, on the line: amber',
      84.96,
      {},
      'amber',
      'Amber: 5.0 points below the 90% target.',
    ],
    [
      'just beyond the tolerance line is red',
      84.9,
      {},
      'red',
      'Red: 5.1 points below the 90% target.',
    ],
    ['above target is green', 95, {}, 'green', 'Green: 5.0 points above the 90% target.'],
    [
      'lower is better: on target is green',
      90,
      { polarity: 'lower' },
      'green',
      'Green: on the 90% target.',
    ],
    [
      'lower is better: below target is green',
      88,
      { polarity: 'lower' },
      'green',
      'Green: 2.0 points below the 90% target.',
    ],
    [
      'lower is better: on the tolerance line is amber',
      95,
      { polarity: 'lower' },
      'amber',
      'Amber: 5.0 points above the 90% target.',
    ],
    [
      'lower is better: beyond it is red',
      95.1,
      { polarity: 'lower' },
      'red',
      'Red: 5.1 points above the 90% target.',
    ],
    [
      'the amber band comes from the indicator',
      87,
      { rag: { tolerance: { kind: 'points', amount: 2 } } },
      'red',
      'Red: 3.0 points below the 90% target.',
    ],
  ])('%s', (_name, value, change, status, reason) => {
    expect(rate(value, change)).toMatchObject({ status, reason });
  });

  it('gives the gap in display terms and a tile phrase', () => {
    const result = rate(88);
    expect(result.gap).toEqual({
      difference: -2,
      relativePercent: (-2 / 90) * 100,
      side: 'below',
      basis: 'points',
      text: '2.0 points below',
    });
    expect(result.phrase).toBe('2.0 points below target');
    expect(result.toleranceAmount).toBe(5);
    expect(result.target).toMatchObject({
      text: '90%',
      source: 'default',
      rationale: 'Local target',
    });
  });
});

describe('rateValue: relative tolerance (10% of target for units other than percent)', () => {
  const sdq = indicator({
    id: 'SDQ',
    unit: 'score',
    polarity: 'lower',
    decimals: 1,
    targets: [target(45.5)],
  });
  it.each<[string, number, string, string]>([
    // 10% of 45.5 is 4.55, rounded at 1 place to 4.6: the amber line is 50.1.
    ['on the rounded line is amber', 50.1, 'amber', 'Amber: 10% above the target of 45.5.'],
    ['one step beyond is red', 50.2, 'red', 'Red: 10% above the target of 45.5.'],
    ['on target is green', 45.5, 'green', 'Green: on the target of 45.5.'],
    [
      'a small gap reads "less than 1%"',
      45.6,
      'amber',
      'Amber: less than 1% above the target of 45.5.',
    ],
  ])('%s', (_name, value, status, reason) => {
    expect(rateValue(sdq, num(value))).toMatchObject({ status, reason });
  });

  it('the rounded tolerance is reported', () => {
    expect(rateValue(sdq, num(50)).toleranceAmount).toBe(4.6);
  });

  it('a rate per 10,000 reads "12% above the target of 40 per 10,000"', () => {
    const cpp = indicator({
      id: 'R',
      unit: 'rate-per-10k',
      decimals: 0,
      polarity: 'lower',
      targets: [target(40)],
    });
    expect(rateValue(cpp, num(44.8))).toMatchObject({
      status: 'red',
      reason: 'Red: 13% above the target of 40 per 10,000.',
      phrase: '13% above target',
    });
    expect(rateValue(cpp, num(44)).status).toBe('amber');
  });

  it('a points tolerance on a non-percentage unit reads in its unit', () => {
    const days = indicator({
      id: 'D',
      unit: 'days',
      decimals: 0,
      polarity: 'lower',
      targets: [target(20)],
      rag: { tolerance: { kind: 'points', amount: 3 } },
    });
    expect(rateValue(days, num(23)).reason).toBe('Amber: 3 days above the target of 20 days.');
  });
});

describe('rateValue: floor (the red line)', () => {
  const floored = { rag: rules({ floor: 80 }) };
  it.each<[string, number, Partial<RagIndicator>, string]>([
    [
      'between target and floor is amber (the floor replaces the default band)',
      82,
      floored,
      'amber',
    ],
    ['exactly on the floor is amber', 80, floored, 'amber'],
    ['79.96 shows as 80.0: on the floor, amber', 79.96, floored, 'amber'],
    ['below the floor is red', 79.9, floored, 'red'],
    [
      'with its own tolerance too, red begins at the first line',
      84,
      { rag: rules({ floor: 80, tolerance: { kind: 'points', amount: 5 } }) },
      'red',
    ],
    [
      'a floor tighter than the tolerance is red below it',
      87,
      { rag: rules({ floor: 88, tolerance: { kind: 'points', amount: 5 } }) },
      'red',
    ],
    [
      'lower is better: above the limit is red',
      96,
      { polarity: 'lower', rag: rules({ floor: 95 }) },
      'red',
    ],
  ])('%s', (_name, value, change, status) => {
    expect(rate(value, change).status).toBe(status);
  });

  it('says why in words', () => {
    expect(rate(79, floored)).toMatchObject({
      reason: 'Red: 11.0 points below the 90% target and below the 80% floor.',
      belowFloor: true,
      phrase: 'Below the 80% floor',
    });
    expect(rate(96, { polarity: 'lower', rag: rules({ floor: 95 }) }).reason).toBe(
      'Red: 6.0 points above the 90% target and above the 95% limit.',
    );
  });
});

describe('rateValue: blue (well above target)', () => {
  const blue = { rag: rules({ blueFrom: 95 }) };
  it.each<[string, number, Partial<RagIndicator>, string]>([
    ['at the blue line is blue', 95, blue, 'blue'],
    ['94.96 shows as 95.0: blue', 94.96, blue, 'blue'],
    ['just under it is green', 94.9, blue, 'green'],
    [
      'lower is better: at or below the line is blue',
      80,
      { polarity: 'lower', rag: rules({ blueFrom: 80 }) },
      'blue',
    ],
  ])('%s', (_name, value, change, status) => {
    expect(rate(value, change).status).toBe(status);
  });

  it('says "well above target"', () => {
    expect(rate(97, blue)).toMatchObject({
      reason: 'Blue: well above the 90% target (7.0 points above).',
      phrase: 'Well above target',
    });
  });
});

describe('rateValue: amber only if improving', () => {
  const onlyIfImproving = { rag: rules({ amberOnlyIfImproving: true }) };
  it.each<[string, boolean | undefined, string]>([
    ['inside the band and improving is amber', true, 'amber'],
    ['inside the band and not improving is red', false, 'red'],
    ['inside the band with no earlier figure is red', undefined, 'red'],
  ])('%s', (_name, improving, status) => {
    expect(rate(87, onlyIfImproving, { improving }).status).toBe(status);
  });

  it('does not touch green or red', () => {
    expect(rate(90, onlyIfImproving, { improving: false }).status).toBe('green');
    expect(rate(80, onlyIfImproving, { improving: true }).status).toBe('red');
  });

  it('says it is not improving', () => {
    expect(rate(87, onlyIfImproving, { improving: false })).toMatchObject({
      reason: 'Red: 3.0 points below the 90% target and not improving.',
      notImproving: true,
    });
  });

  it('can be switched on for every indicator in the configuration', () => {
    const config = { ...DEFAULT_RAG_CONFIG, amberOnlyIfImproving: true };
    expect(rate(87, {}, { config, improving: false }).status).toBe('red');
  });
});

describe('rateValue: within a range is better', () => {
  const range = (low: number, high: number): Partial<RagIndicator> => ({
    polarity: 'range',
    targets: [{ period: null, value: { kind: 'range', low, high }, rationale: 'Band' }],
  });
  it.each<[string, number, Partial<RagIndicator>, string, string]>([
    [
      'inside the range is green',
      15,
      range(10, 20),
      'green',
      'Green: within the target range of 10% to 20%.',
    ],
    [
      'on the low edge is green',
      10,
      range(10, 20),
      'green',
      'Green: within the target range of 10% to 20%.',
    ],
    [
      'on the high edge is green',
      20,
      range(10, 20),
      'green',
      'Green: within the target range of 10% to 20%.',
    ],
    [
      'above it by the tolerance is amber',
      25,
      range(10, 20),
      'amber',
      'Amber: 5.0 points above the target range of 10% to 20%.',
    ],
    [
      'below it by the tolerance is amber',
      5,
      range(10, 20),
      'amber',
      'Amber: 5.0 points below the target range of 10% to 20%.',
    ],
    [
      'beyond the tolerance is red',
      25.1,
      range(10, 20),
      'red',
      'Red: 5.1 points above the target range of 10% to 20%.',
    ],
    [
      'a point target: on it is green',
      90,
      { polarity: 'range' },
      'green',
      'Green: on the 90% target.',
    ],
    [
      'a point target: either side within tolerance is amber',
      93,
      { polarity: 'range' },
      'amber',
      'Amber: 3.0 points above the 90% target.',
    ],
    [
      'a point target: below within tolerance is amber',
      85,
      { polarity: 'range' },
      'amber',
      'Amber: 5.0 points below the 90% target.',
    ],
    [
      'a point target: beyond is red',
      96,
      { polarity: 'range' },
      'red',
      'Red: 6.0 points above the 90% target.',
    ],
  ])('%s', (_name, value, change, status, reason) => {
    expect(rate(value, change)).toMatchObject({ status, reason });
  });

  it('ignores floor and blue, which need a single better direction', () => {
    expect(rate(15, { ...range(10, 20), rag: rules({ floor: 16, blueFrom: 12 }) }).status).toBe(
      'green',
    );
  });

  it('a relative tolerance is a share of the edge crossed', () => {
    const rates = { ...range(10, 20), unit: 'rate-per-10k' as const, decimals: 0 };
    expect(rate(22, rates).status).toBe('amber'); // 10% of 20 is 2
    expect(rate(23, rates).status).toBe('red');
    expect(rate(9, rates).status).toBe('amber'); // 10% of 10 is 1
    expect(rate(8, rates).status).toBe('red');
  });
});

describe('selectTarget', () => {
  const targets: Target[] = [
    target(70, null, 'Default'),
    target(80, '2025-26', 'Year'),
    target(85, '2025-26 Q2', 'Quarter'),
  ];
  const def = indicator({ id: 'T', targets });
  it.each<[string, string, number, string]>([
    ['a target for the exact period wins', '2025-26 Q2', 85, 'period'],
    ['then one for the financial year containing it', '2025-26 Q3', 80, 'financial-year'],
    ['then the period-less default', '2024-25 Q3', 70, 'default'],
    ['a year asks for its own target', '2025-26', 80, 'period'],
  ])('%s', (_name, period, value, source) => {
    expect(selectTarget(def, period)).toMatchObject({ value: { value }, source });
  });

  it('a target on the row beats the definition', () => {
    expect(selectTarget(def, '2025-26 Q2', { kind: 'point', value: 60 })).toMatchObject({
      value: { value: 60 },
      source: 'row',
      rationale: 'Target given with the figure',
    });
  });

  it('none applies: null', () => {
    expect(
      selectTarget(indicator({ id: 'N', targets: [target(1, '2020-21')] }), '2025-26 Q2'),
    ).toBeNull();
  });

  it('a row target is used by rateValue', () => {
    expect(rate(62, {}, { rowTarget: { kind: 'point', value: 60 } }).status).toBe('green');
  });
});

describe('resolveRagRules', () => {
  it('defaults: 5 points for percentages, 10% of target otherwise', () => {
    expect(resolveRagRules(indicator({ id: 'A' })).tolerance).toEqual({
      kind: 'points',
      amount: 5,
    });
    expect(resolveRagRules(indicator({ id: 'B', unit: 'rate-per-10k' })).tolerance).toEqual({
      kind: 'relative',
      percent: 10,
    });
  });

  it("an indicator's own rules win over the defaults", () => {
    expect(
      resolveRagRules(
        indicator({ id: 'C', rag: { tolerance: { kind: 'points', amount: 2 }, floor: 70 } }),
      ),
    ).toEqual({
      tolerance: { kind: 'points', amount: 2 },
      floor: 70,
      blueFrom: null,
      amberOnlyIfImproving: false,
    });
  });
});

it.each<MissingState>(['c', 'x', 'z', 'low', 'blank'])(
  'a missing state %s never gets a colour, whatever the rules',
  (state) => {
    const status = rate(missing(state), { rag: rules({ blueFrom: 0, floor: 100 }) }).status;
    expect(status).toBe('not-rated');
  },
);
