import { describe, expect, it } from 'vitest';
import {
  benchmarks,
  judgeAgainst,
  neighbourComparator,
  rankOf,
  type Benchmarks,
} from './benchmarks';
import { wilsonInterval } from './interval';
import { laitQuartileBand } from './lait-quartiles';
import {
  council,
  dataset,
  ENGLAND_AREA,
  indicator,
  LONDON,
  missing,
  neighbourLists,
  num,
  OUTER_LONDON,
  type RowSpec,
} from '../testing/build';
import type { Area, IndicatorDefinition, ObservedValue } from '../model';

const HARROW = 'E09000015';
/** Ten made-up neighbours N1..N10, all live London councils. */
const NEIGHBOURS = Array.from({ length: 10 }, (_, i) => `N${i + 1}`);
const AREAS: Area[] = [
  council(HARROW, 'Harrow'),
  ...NEIGHBOURS.map((code) => council(code, `Neighbour ${code}`)),
  ENGLAND_AREA,
  LONDON,
  OUTER_LONDON,
];

const EET = indicator({
  id: 'EET',
  title: 'Care leavers in EET',
  decimals: 0,
  measurement: 'snapshot',
});

interface Scenario {
  readonly def?: IndicatorDefinition;
  readonly neighbourValues?: readonly (number | ObservedValue | null)[];
  readonly harrow?: Readonly<Record<string, number | ObservedValue>>;
  readonly others?: readonly RowSpec[];
  readonly areas?: readonly Area[];
  readonly period?: string;
}

/** Harrow, its ten neighbours (one value each for 2024-25; null: no row), London and England. */
function scenario(spec: Scenario = {}): { result: Benchmarks; local: ObservedValue | undefined } {
  const def = spec.def ?? EET;
  const values = spec.neighbourValues ?? [55, 53, 64, 63, 54, 57, 51, 73, 54, 64];
  const rows: RowSpec[] = [];
  values.forEach((value, i) => {
    if (value !== null) {
      rows.push({ indicator: def.id, area: NEIGHBOURS[i] ?? '', period: '2024-25', value });
    }
  });
  const harrow = spec.harrow ?? { '2024-25': 67 };
  for (const [period, value] of Object.entries(harrow)) {
    rows.push({ indicator: def.id, area: HARROW, period, value });
  }
  rows.push({ indicator: def.id, area: 'E92000001', period: '2024-25', value: 54 });
  rows.push({ indicator: def.id, area: 'E92000001', period: '2023-24', value: 52 });
  rows.push({ indicator: def.id, area: 'E12000007', period: '2024-25', value: 57 });
  rows.push(...(spec.others ?? []));
  const data = dataset({
    indicators: [def],
    areas: spec.areas ?? AREAS,
    neighbours: neighbourLists({ [HARROW]: NEIGHBOURS }),
    rows,
  });
  const period = spec.period ?? '2024-25';
  const local = harrow[period];
  const observed = typeof local === 'number' ? num(local) : local;
  return { result: benchmarks(data, def, HARROW, period, observed), local: observed };
}

describe('statistical-neighbour average', () => {
  it('all ten: the mean, the median and the quartiles', () => {
    const sn = scenario().result.neighbours;
    expect(sn).toMatchObject({
      model: '2025',
      average: 'mean',
      period: '2024-25',
      contributed: 10,
      listed: 10,
      excluded: [],
      median: 56,
      lowerQuartile: 54,
      upperQuartile: 63.75,
      label: 'SN mean 2024-25, 10 of 10',
      judgement: 'better',
      comparable: true,
      position: 'above',
    });
    expect(sn?.value).toBeCloseTo(58.8, 10);
  });

  it('one neighbour suppressed: nine of ten, and which and why', () => {
    const sn = scenario({ neighbourValues: [55, 53, 64, 63, 54, missing('c'), 51, 73, 54, 64] })
      .result.neighbours;
    expect(sn?.contributed).toBe(9);
    expect(sn?.value).toBeCloseTo((588 - 57) / 9, 10);
    expect(sn?.excluded).toEqual([
      {
        code: 'N6',
        name: 'Neighbour N6',
        rank: 6,
        reason: 'suppressed',
        text: 'Neighbour N6: suppressed to protect confidentiality [c]',
      },
    ]);
    expect(sn?.label).toBe('SN mean 2024-25, 9 of 10');
  });

  it('each reason a neighbour is left out', () => {
    const areas = AREAS.map((a) => (a.code === 'N4' ? { ...a, live: false } : a)).filter(
      (a) => a.code !== 'N5',
    );
    const sn = scenario({
      areas,
      neighbourValues: [
        missing('x'),
        missing('z'),
        null,
        63,
        54,
        missing('blank'),
        missing('low'),
        73,
        54,
        64,
      ],
    }).result.neighbours;
    expect(sn?.excluded.map((e) => [e.code, e.reason])).toEqual([
      ['N1', 'not-available'],
      ['N2', 'not-applicable'],
      ['N3', 'no-data'],
      ['N4', 'reorganised'],
      ['N5', 'unknown-area'],
      ['N6', 'missing'],
      ['N7', 'rounds-to-zero'],
    ]);
    expect(sn?.excluded.map((e) => e.text)).toContain('Neighbour N3: no data at 31 March 2025');
    expect(sn?.excluded.map((e) => e.text)).toContain(
      'Neighbour N4: no longer a council (reorganised)',
    );
    expect(sn?.contributed).toBe(3);
  });

  it('a reorganised neighbour does not count even with a figure', () => {
    const areas = AREAS.map((a) => (a.code === 'N8' ? { ...a, live: false } : a));
    const sn = scenario({ areas }).result.neighbours;
    expect(sn?.contributed).toBe(9);
    expect(sn?.value).toBeCloseTo((588 - 73) / 9, 10);
  });

  it('all neighbours missing: no average, nothing judged', () => {
    const sn = scenario({ neighbourValues: Array.from({ length: 10 }, () => missing('c')) }).result
      .neighbours;
    expect(sn).toMatchObject({
      value: null,
      mean: null,
      median: null,
      lowerQuartile: null,
      contributed: 0,
      judgement: 'no-figure',
      position: null,
    });
    expect(sn?.excluded).toHaveLength(10);
  });

  it('the median on request', () => {
    const sn = scenario().result.neighbours;
    expect(sn?.median).toBe(56);
    const data = dataset({
      indicators: [EET],
      areas: AREAS,
      neighbours: neighbourLists({ [HARROW]: NEIGHBOURS }),
      rows: NEIGHBOURS.map((code, i) => ({
        indicator: 'EET',
        area: code,
        period: '2024-25',
        value: i,
      })),
    });
    const median = neighbourComparator(
      data,
      EET,
      HARROW,
      { period: '2024-25', value: num(5) },
      { average: 'median' },
    );
    expect(median).toMatchObject({
      average: 'median',
      value: 4.5,
      label: 'SN median 2024-25, 10 of 10',
    });
  });

  it('no list for the area in the model: null', () => {
    const data = dataset({ indicators: [EET], areas: AREAS, rows: [] });
    expect(benchmarks(data, EET, HARROW, '2024-25', num(1)).neighbours).toBeNull();
  });
});

describe('vintage and like-for-like', () => {
  it('a quarterly local figure is compared with the latest published year before it', () => {
    const { result } = scenario({
      harrow: { '2025-26 Q2': 60, '2024-25': 67 },
      period: '2025-26 Q2',
    });
    expect(result.neighbours?.period).toBe('2024-25');
    expect(result.england).toMatchObject({ period: '2024-25', value: 54, comparable: true });
    expect(result.england?.comparability).toBe(
      'Both are counts at a date; the comparator is at 31 March 2025.',
    );
  });

  it('an in-period quarter against an annual outturn is flagged, not judged', () => {
    const def = { ...EET, measurement: 'in-period' as const };
    const { result } = scenario({ def, harrow: { '2025-26 Q2': 60 }, period: '2025-26 Q2' });
    expect(result.england).toMatchObject({
      comparable: false,
      judgement: 'not-compared',
      value: 54,
    });
    expect(result.neighbours).toMatchObject({
      comparable: false,
      judgement: 'not-compared',
      position: null,
    });
  });

  it('an older local year is compared with the same older year', () => {
    const { result } = scenario({ harrow: { '2023-24': 50 }, period: '2023-24' });
    expect(result.england).toMatchObject({ period: '2023-24', value: 52, judgement: 'worse' });
  });
});

describe('region, sub-region and England', () => {
  it('London is the region; Outer London only when the data has it', () => {
    const { result } = scenario();
    expect(result.region).toMatchObject({
      code: 'E12000007',
      name: 'London',
      value: 57,
      label: 'London 2024-25',
    });
    expect(result.subRegion).toBeNull();
    const withOuter = scenario({
      others: [{ indicator: 'EET', area: 'E13000002', period: '2024-25', value: 58 }],
    }).result;
    expect(withOuter.subRegion).toMatchObject({
      kind: 'sub-region',
      name: 'Outer London',
      value: 58,
    });
  });

  it('a missing England figure says why', () => {
    const data = dataset({
      indicators: [EET],
      areas: AREAS,
      rows: [{ indicator: 'EET', area: 'E92000001', period: '2024-25', value: missing('x') }],
    });
    expect(benchmarks(data, EET, HARROW, '2024-25', num(60)).england).toMatchObject({
      value: null,
      missing: 'x',
      judgement: 'no-figure',
    });
  });

  it('England has no England comparator', () => {
    const data = dataset({ indicators: [EET], areas: AREAS, rows: [] });
    expect(benchmarks(data, EET, 'E92000001', '2024-25', num(60)).england).toBeNull();
  });
});

describe('judgeAgainst', () => {
  const higher = { polarity: 'higher' as const, decimals: 1 };
  it.each<[string, number | null, number | null, Parameters<typeof judgeAgainst>[2], string]>([
    ['better', 88, 84.1, higher, 'better'],
    ['worse', 80, 84.1, higher, 'worse'],
    ['the same when shown the same', 84.06, 84.1, higher, 'same'],
    ['lower is better', 15.6, 18.8, { polarity: 'lower', decimals: 1 }, 'better'],
    ['context measure: lower', 29, 44.1, { polarity: 'none', decimals: 0 }, 'lower'],
    ['range: higher', 30, 20, { polarity: 'range', decimals: 0 }, 'higher'],
    ['no local figure', null, 1, higher, 'no-figure'],
    ['no comparator figure', 1, null, higher, 'no-figure'],
  ])('%s', (_name, local, comparator, def, expected) => {
    expect(judgeAgainst(local, comparator, def, true)).toBe(expected);
  });

  it('inside the interval is similar', () => {
    const interval = wilsonInterval(12, 18, 'percent') ?? null;
    expect(judgeAgainst(66.7, 58.8, higher, true, interval)).toBe('similar');
    expect(judgeAgainst(66.7, 40, higher, true, interval)).toBe('better');
  });

  it('not comparable is not compared', () => {
    expect(judgeAgainst(66.7, 58.8, higher, false)).toBe('not-compared');
  });
});

describe('ranks and quartile bands', () => {
  const values = (entries: Record<string, number>) => new Map(Object.entries(entries));

  it('higher is better: the highest is 1st', () => {
    expect(rankOf(values({ A: 90, B: 80, C: 70 }), 'A', 'higher', 0, '2024-25')).toMatchObject({
      position: 1,
      of: 3,
      text: '1st of 3',
      order: 'best-first',
    });
  });

  it('lower is better: the lowest is 1st', () => {
    expect(rankOf(values({ A: 90, B: 80, C: 70 }), 'A', 'lower', 0, '2024-25')?.position).toBe(3);
  });

  it('a tie takes the lower rank number; the next council is 5th', () => {
    const tied = values({ A: 90, B: 85, C: 80, D: 80, E: 75 });
    expect(rankOf(tied, 'C', 'higher', 0, '2024-25')).toMatchObject({
      position: 3,
      joint: true,
      text: 'joint 3rd of 5',
    });
    expect(rankOf(tied, 'D', 'higher', 0, '2024-25')?.position).toBe(3);
    expect(rankOf(tied, 'E', 'higher', 0, '2024-25')?.position).toBe(5);
  });

  it('ties are judged as shown: 80.04 and 79.96 are both 80.0', () => {
    const shown = values({ A: 80.04, B: 79.96 });
    expect(rankOf(shown, 'B', 'higher', 1, '2024-25')?.position).toBe(1);
  });

  it('no polarity ranks by value, labelled highest', () => {
    expect(rankOf(values({ A: 29, B: 44, C: 67 }), 'A', 'none', 0, '2024-25')).toMatchObject({
      position: 3,
      order: 'highest-first',
      text: '3rd highest of 3',
    });
  });

  it('no figure for the council: undefined', () => {
    expect(rankOf(values({ B: 1 }), 'A', 'higher', 0, '2024-25')).toBeUndefined();
  });

  // LAIT's convention (see lait-quartiles.ts): quartiles of 1..9 are 3, 5 and 7 (type 7).
  it.each([
    [1, 'lower', 'A'],
    [3, 'lower', 'A'],
    [3.01, 'lower', 'B'],
    [5, 'lower', 'B'],
    [6, 'lower', 'C'],
    [7, 'lower', 'C'],
    [7.5, 'lower', 'D'],
    [9, 'lower', 'D'],
    [9, 'higher', 'A'],
    [7.01, 'higher', 'A'],
    // On a cut point, the band below the cut: exactly the upper quartile is B, not A.
    [7, 'higher', 'B'],
    [5, 'higher', 'C'],
    [3, 'higher', 'D'],
    [1, 'higher', 'D'],
  ] as const)('LAIT band: %d (%s is better) is %s', (value, polarity, band) => {
    expect(laitQuartileBand([1, 2, 3, 4, 5, 6, 7, 8, 9], value, polarity)).toBe(band);
  });

  it('LAIT band: none for a context measure or a range', () => {
    expect(laitQuartileBand([1, 2, 3], 1, 'none')).toBeUndefined();
    expect(laitQuartileBand([1, 2, 3], 1, 'range')).toBeUndefined();
    expect(laitQuartileBand([], 1, 'higher')).toBeUndefined();
  });

  it('among the neighbours and among all councils, in the published period', () => {
    const { result } = scenario({
      harrow: { '2025-26 Q2': 60, '2024-25': 67 },
      period: '2025-26 Q2',
      others: [
        // Another council outside the neighbour list; a reorganised one does not count.
        { indicator: 'EET', area: 'E06000001', period: '2024-25', value: 90 },
        { indicator: 'EET', area: 'E10000023', period: '2024-25', value: 99 },
      ],
      areas: [
        ...AREAS,
        council('E06000001', 'Hartlepool', { regionCode: 'E12000001', subRegionCode: null }),
        council('E10000023', 'North Yorkshire (old)', { live: false }),
      ],
    });
    expect(result.rankAmongNeighbours).toMatchObject({
      position: 2,
      of: 11,
      period: '2024-25',
      text: '2nd of 11',
    });
    expect(result.rankAmongAll).toMatchObject({ position: 3, of: 12, period: '2024-25' });
    expect(result.quartileBand).toMatchObject({ band: 'A', of: 12 });
  });
});
