import { describe, expect, it } from 'vitest';
import { directionOfTravel, shortPeriodLabel, type DirectionOptions } from './direction';
import { wilsonInterval } from './interval';
import { dataset, indicator, missing, type RowSpec } from '../testing/build';
import type { IndicatorDefinition, MeasurementType, ObservedValue } from '../model';

const HARROW = 'E09000015';

function judge(
  series: Readonly<Record<string, number | ObservedValue>>,
  period: string,
  against: 'previous' | 'year-ago',
  change: Partial<IndicatorDefinition> = {},
  options: DirectionOptions = {},
) {
  const def = indicator({ id: 'I', ...change });
  const rows: RowSpec[] = Object.entries(series).map(([p, value]) => ({
    indicator: 'I',
    area: HARROW,
    period: p,
    value,
  }));
  return directionOfTravel(
    dataset({ indicators: [def], rows }),
    def,
    HARROW,
    period,
    against,
    options,
  );
}

describe('directionOfTravel: edges', () => {
  it('a single period only has no earlier figure', () => {
    expect(judge({ '2025-26 Q2': 88 }, '2025-26 Q2', 'previous')).toMatchObject({
      judgement: 'no-earlier-figure',
      text: 'No earlier figure',
      used: null,
    });
  });

  it('no figure a year earlier or before', () => {
    expect(judge({ '2025-26 Q1': 80, '2025-26 Q2': 88 }, '2025-26 Q2', 'year-ago')).toMatchObject({
      judgement: 'no-earlier-figure',
      text: 'No figure a year earlier',
    });
  });

  it('a suppressed comparison period is not comparable, with the reason', () => {
    expect(
      judge({ '2025-26 Q1': missing('c'), '2025-26 Q2': 88 }, '2025-26 Q2', 'previous'),
    ).toMatchObject({
      judgement: 'not-comparable',
      reason:
        'Not comparable with 2025-26 Q1 (April to June 2025): the figure is suppressed to protect confidentiality [c].',
      text: 'Not comparable with 2025-26 Q1 (April to June 2025)',
    });
  });

  it('a gap in the series is not comparable', () => {
    expect(judge({ '2024-25 Q4': 80, '2025-26 Q2': 88 }, '2025-26 Q2', 'previous')).toMatchObject({
      judgement: 'not-comparable',
      reason:
        'Not comparable with 2025-26 Q1 (April to June 2025): there is no figure for 2025-26 Q1 (April to June 2025).',
    });
  });

  it('skipMissing falls back to the latest earlier figure and says which', () => {
    const result = judge(
      { '2024-25 Q4': 80, '2025-26 Q1': missing('x'), '2025-26 Q2': 88 },
      '2025-26 Q2',
      'previous',
      {},
      { skipMissing: true },
    );
    expect(result).toMatchObject({
      judgement: 'improving',
      requested: '2025-26 Q1',
      used: '2024-25 Q4',
      text: 'Improving since 2024-25 Q4 (January to March 2025)',
      reason:
        'Improving since 2024-25 Q4 (January to March 2025): 2025-26 Q1 (April to June 2025) has no usable figure, so this is the latest earlier one.',
    });
  });

  it('skipMissing for a year ago keeps to the same quarter', () => {
    const result = judge(
      { '2023-24 Q2': 80, '2024-25 Q1': 95, '2024-25 Q2': missing('c'), '2025-26 Q2': 88 },
      '2025-26 Q2',
      'year-ago',
      {},
      { skipMissing: true },
    );
    expect(result).toMatchObject({ used: '2023-24 Q2', judgement: 'improving' });
  });

  // Rows are given out of period order: the latest usable earlier figure must not depend on it.
  it.each<[string, Record<string, number | ObservedValue>, 'previous' | 'year-ago', string | null]>(
    [
      [
        'newest rows first',
        { '2025-26 Q2': 88, '2025-26 Q1': missing('x'), '2024-25 Q3': 70, '2024-25 Q4': 80 },
        'previous',
        '2024-25 Q4',
      ],
      [
        'the latest earlier one is missing too',
        {
          '2024-25 Q2': 60,
          '2024-25 Q3': missing('c'),
          '2025-26 Q1': missing('x'),
          '2025-26 Q2': 88,
        },
        'previous',
        '2024-25 Q2',
      ],
      [
        'a year ago, the same quarter in an earlier year',
        {
          '2025-26 Q2': 88,
          '2022-23 Q2': 70,
          '2023-24 Q2': 75,
          '2024-25 Q2': missing('c'),
          '2024-25 Q1': 95,
        },
        'year-ago',
        '2023-24 Q2',
      ],
      [
        'a whole year is not a quarter',
        { '2024-25': 99, '2025-26 Q2': 88, '2025-26 Q1': missing('x'), '2024-25 Q3': 70 },
        'previous',
        '2024-25 Q3',
      ],
      [
        'nothing usable earlier',
        { '2025-26 Q2': 88, '2025-26 Q1': missing('c'), '2024-25 Q4': missing('x') },
        'previous',
        null,
      ],
    ],
  )('skipMissing: %s', (_, series, against, used) => {
    const result = judge(series, '2025-26 Q2', against, {}, { skipMissing: true });
    expect(result.used).toBe(used);
    expect(result.judgement === 'not-comparable').toBe(used === null);
  });

  it('no current figure is not comparable', () => {
    expect(
      judge({ '2025-26 Q1': 80, '2025-26 Q2': missing('blank') }, '2025-26 Q2', 'previous'),
    ).toMatchObject({
      judgement: 'not-comparable',
      reason: 'Not comparable: the figure is not provided.',
    });
  });
});

describe('directionOfTravel: judged by polarity', () => {
  it.each<[string, number, number, Partial<IndicatorDefinition>, string, string]>([
    [
      'higher is better: a rise improves',
      86,
      88,
      {},
      'improving',
      'Improving since 2025-26 Q1 (April to June 2025)',
    ],
    [
      'higher is better: a fall worsens',
      88,
      86,
      {},
      'worsening',
      'Worsening since 2025-26 Q1 (April to June 2025)',
    ],
    [
      'lower is better: a fall improves',
      22,
      20,
      { polarity: 'lower' },
      'improving',
      'Improving since 2025-26 Q1 (April to June 2025)',
    ],
    [
      'lower is better: a rise worsens',
      20,
      22,
      { polarity: 'lower' },
      'worsening',
      'Worsening since 2025-26 Q1 (April to June 2025)',
    ],
    [
      'no polarity: up',
      30,
      31,
      { polarity: 'none' },
      'up',
      'Up since 2025-26 Q1 (April to June 2025)',
    ],
    [
      'no polarity: down',
      31,
      30,
      { polarity: 'none' },
      'down',
      'Down since 2025-26 Q1 (April to June 2025)',
    ],
    [
      'no polarity: the same',
      31,
      31,
      { polarity: 'none' },
      'no-change',
      'No real change since 2025-26 Q1 (April to June 2025)',
    ],
    [
      '88.04 and 87.96 both read 88.0: no real change',
      87.96,
      88.04,
      {},
      'no-change',
      'No real change since 2025-26 Q1 (April to June 2025)',
    ],
    [
      'one displayed unit is a change',
      88.0,
      88.1,
      {},
      'improving',
      'Improving since 2025-26 Q1 (April to June 2025)',
    ],
  ])('%s', (_name, before, after, change, judgement, text) => {
    expect(
      judge({ '2025-26 Q1': before, '2025-26 Q2': after }, '2025-26 Q2', 'previous', change),
    ).toMatchObject({ judgement, text });
  });

  it('small numbers: an earlier figure inside the interval is no real change', () => {
    const interval = wilsonInterval(12, 18, 'percent') ?? null;
    const series = { '2025-26 Q1': 70.6, '2025-26 Q2': 66.7 };
    expect(judge(series, '2025-26 Q2', 'previous', {}, { interval })).toMatchObject({
      judgement: 'no-change',
      withinInterval: true,
      reason:
        'No real change since 2025-26 Q1 (April to June 2025): with numbers this small the change could be chance.',
    });
    expect(
      judge({ ...series, '2025-26 Q1': 90 }, '2025-26 Q2', 'previous', {}, { interval }).judgement,
    ).toBe('worsening');
  });

  it('a threshold: a smaller change is no real change; exactly on it is a change', () => {
    const series = { '2025-26 Q1': 88, '2025-26 Q2': 88.9 };
    expect(judge(series, '2025-26 Q2', 'previous', {}, { threshold: 1 }).judgement).toBe(
      'no-change',
    );
    expect(
      judge({ ...series, '2025-26 Q2': 89 }, '2025-26 Q2', 'previous', {}, { threshold: 1 })
        .judgement,
    ).toBe('improving');
  });

  it('range: closer to the middle of the target range is improving', () => {
    const range = { polarity: 'range' as const };
    const target = { kind: 'range' as const, low: 10, high: 20 };
    expect(
      judge({ '2025-26 Q1': 24, '2025-26 Q2': 17 }, '2025-26 Q2', 'previous', range, { target })
        .judgement,
    ).toBe('improving');
    expect(
      judge({ '2025-26 Q1': 15, '2025-26 Q2': 9 }, '2025-26 Q2', 'previous', range, { target })
        .judgement,
    ).toBe('worsening');
    // Without a target there is nothing to be closer to: up or down only.
    expect(
      judge({ '2025-26 Q1': 24, '2025-26 Q2': 17 }, '2025-26 Q2', 'previous', range).judgement,
    ).toBe('down');
  });

  it('a year earlier: better, worse, no real change', () => {
    const series = { '2024-25 Q2': 80, '2025-26 Q1': 90, '2025-26 Q2': 88 };
    expect(judge(series, '2025-26 Q2', 'year-ago')).toMatchObject({
      judgement: 'improving',
      text: 'Better than 2024-25 Q2 (July to September 2024)',
      change: 8,
      earlier: 80,
    });
    expect(judge(series, '2025-26 Q2', 'year-ago', { polarity: 'lower' }).text).toBe(
      'Worse than 2024-25 Q2 (July to September 2024)',
    );
    expect(judge(series, '2025-26 Q2', 'year-ago', { polarity: 'none' }).text).toBe(
      'Higher than 2024-25 Q2 (July to September 2024)',
    );
  });

  it('annual data: the previous year', () => {
    expect(
      judge({ '2023-24': 31, '2024-25': 29 }, '2024-25', 'previous', {
        polarity: 'none',
        decimals: 0,
      }),
    ).toMatchObject({
      judgement: 'down',
      text: 'Down since 2023-24 (year to 31 March 2024)',
    });
  });

  it('an annual snapshot stored as Q2 (workforce at 30 September) compares with the year before', () => {
    expect(
      judge({ '2024-25 Q2': 30, '2025-26 Q2': 39.8 }, '2025-26 Q2', 'previous', {
        polarity: 'lower',
        measurement: 'snapshot',
      }),
    ).toMatchObject({
      judgement: 'worsening',
      used: '2024-25 Q2',
      text: 'Worsening since 30 September 2024',
    });
  });

  it.each<[MeasurementType, Record<string, number>, string, 'previous' | 'year-ago', string]>([
    [
      'snapshot',
      { '2024-25 Q2': 30, '2025-26 Q2': 40 },
      '2025-26 Q2',
      'previous',
      'Up since 30 September 2024',
    ],
    ['snapshot', { '2024-25': 30, '2025-26': 40 }, '2025-26', 'previous', 'Up since 31 March 2025'],
    [
      'snapshot',
      { '2026-27 Q1': 30, '2026-27 Q2': 40 },
      '2026-27 Q2',
      'previous',
      'Up since 30 June 2026',
    ],
    [
      'in-period',
      { '2023-24': 30, '2024-25': 20 },
      '2024-25',
      'previous',
      'Down since 2023-24 (year to 31 March 2024)',
    ],
    [
      'in-period',
      { '2026-27 Q1': 30, '2026-27 Q2': 40 },
      '2026-27 Q2',
      'previous',
      'Up since 2026-27 Q1 (April to June 2026)',
    ],
    [
      'in-period',
      { '2025-26 Q2': 30, '2026-27 Q2': 40 },
      '2026-27 Q2',
      'year-ago',
      'Higher than 2025-26 Q2 (July to September 2025)',
    ],
    [
      'rolling-12-months',
      { '2026-27 Q1': 30, '2026-27 Q2': 40 },
      '2026-27 Q2',
      'previous',
      'Up since the 12 months to 30 June 2026',
    ],
    [
      'year-to-date',
      { '2023-24': 30, '2024-25': 30 },
      '2024-25',
      'previous',
      'No real change since 2023-24 (year to 31 March 2024)',
    ],
  ])(
    'a %s figure names the earlier period as members read it',
    (measurement, series, period, against, text) => {
      expect(judge(series, period, against, { polarity: 'none', measurement }).text).toBe(text);
    },
  );

  it('across a financial year the full period is named', () => {
    expect(judge({ '2024-25 Q4': 80, '2025-26 Q1': 85 }, '2025-26 Q1', 'previous').text).toBe(
      'Improving since 2024-25 Q4 (January to March 2025)',
    );
  });
});

describe('shortPeriodLabel', () => {
  it.each([
    // a quarter of the same year is named in full, never "Q1"
    ['2025-26 Q1', 'in-period', '2025-26 Q1 (April to June 2025)'],
    ['2024-25 Q4', 'in-period', '2024-25 Q4 (January to March 2025)'],
    ['2025-26 Q1', 'year-to-date', 'April to June 2025 (2025-26 to date)'],
    ['2025-26 Q2', 'snapshot', '30 September 2025'],
    ['2025-26 Q1', 'rolling-12-months', 'the 12 months to 30 June 2025'],
    ['2023-24', 'in-period', '2023-24 (year to 31 March 2024)'],
    ['2023-24', undefined, '2023-24 (year to 31 March 2024)'],
    ['not a period', 'in-period', 'not a period'],
  ] as const)('%s, %s, is %s', (period, measurement, expected) => {
    expect(shortPeriodLabel(period, measurement)).toBe(expected);
  });
});
