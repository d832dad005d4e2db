import { describe, expect, it } from 'vitest';
import {
  consistencyProblems,
  generateIllustrative,
  roundTo,
  type IllustrativeRow,
  type IllustrativeSpec,
} from './illustrative';

const OPTIONS = { seed: 310, from: '2022-23 Q1', to: '2026-27 Q2' } as const;

// Harrow's published figures (DfE LAIT and EES), as the build passes them in.
const SPECS: readonly IllustrativeSpec[] = [
  {
    indicator: 'CLA-RATE',
    unit: 'rate-per-10k',
    measurement: 'snapshot',
    decimals: 1,
    publishedDecimals: 0,
    published: new Map([
      ['2021-22', 32],
      ['2022-23', 30],
      ['2023-24', 30],
      ['2024-25', 29],
    ]),
    noise: 1,
    longRun: 48,
  },
  {
    indicator: 'CSC-REREF',
    unit: 'percent',
    measurement: 'in-period',
    decimals: 1,
    publishedDecimals: 1,
    published: new Map([
      ['2021-22', 12.5],
      ['2022-23', 16.6],
      ['2023-24', 13.5],
      ['2024-25', 15.6],
    ]),
    noise: 2.5,
    longRun: 22.6,
    notes: new Map([['2023-24 Q3', 'Re-referrals rose after the front door restructure.']]),
  },
  {
    indicator: 'CSC-ASSESS-45',
    unit: 'percent',
    measurement: 'in-period',
    decimals: 1,
    publishedDecimals: 1,
    published: new Map([
      ['2022-23', 76.2],
      ['2023-24', 65.4],
      ['2024-25', 96.8],
    ]),
    noise: 5,
  },
  {
    indicator: 'CSC-S47-RATE',
    unit: 'rate-per-10k',
    measurement: 'rolling-12-months',
    decimals: 1,
    publishedDecimals: 1,
    published: new Map([
      ['2022-23', 193.7],
      ['2023-24', 201.4],
      ['2024-25', 163.8],
    ]),
    noise: 12,
  },
  {
    indicator: 'WF-AGENCY',
    unit: 'percent',
    measurement: 'snapshot',
    decimals: 1,
    publishedDecimals: 1,
    published: new Map([
      ['2022-23 Q2', 26.3],
      ['2023-24 Q2', 16.6],
      ['2024-25 Q2', 37.1],
      ['2025-26 Q2', 39.8],
    ]),
    noise: 2.5,
    longRun: 13,
  },
  {
    indicator: 'CL-EET-1921',
    unit: 'percent',
    measurement: 'in-period',
    decimals: 1,
    publishedDecimals: 0,
    published: new Map([
      ['2022-23', 69],
      ['2023-24', 66],
      ['2024-25', 67],
    ]),
    noise: 5,
    counts: {
      cohort: new Map([
        ['2022-23', 120],
        ['2023-24', 128],
        ['2024-25', 131],
      ]),
    },
  },
  {
    indicator: 'CSC-CPP-2YRS',
    unit: 'percent',
    measurement: 'snapshot',
    decimals: 1,
    publishedDecimals: 1,
    published: new Map([
      ['2022-23', 3.3],
      ['2023-24', 3.1],
      ['2024-25', 3.3],
    ]),
    noise: 1,
    counts: {
      cohort: new Map([
        ['2022-23', 239],
        ['2023-24', 290],
        ['2024-25', 275],
      ]),
      published: new Map([
        ['2022-23', { numerator: 8, denominator: 239 }],
        ['2023-24', { numerator: 9, denominator: 290 }],
        ['2024-25', { numerator: 9, denominator: 275 }],
      ]),
    },
  },
  {
    indicator: 'PERM-ADOPTED',
    unit: 'percent',
    measurement: 'in-period',
    decimals: 1,
    publishedDecimals: 0,
    published: new Map(),
    level: 5,
    noise: 2,
  },
];

const series = (rows: readonly IllustrativeRow[], indicator: string) =>
  rows.filter((row) => row.indicator === indicator);

describe('generateIllustrative', () => {
  const rows = generateIllustrative(SPECS, OPTIONS);

  it('gives the same rows for the same seed and different rows for another', () => {
    expect(generateIllustrative(SPECS, OPTIONS)).toEqual(rows);
    expect(generateIllustrative(SPECS, { ...OPTIONS, seed: 311 })).not.toEqual(rows);
  });

  it('keeps each series independent of the others', () => {
    const alone = generateIllustrative(
      SPECS.filter((spec) => spec.indicator === 'CSC-REREF'),
      OPTIONS,
    );
    expect(alone).toEqual(series(rows, 'CSC-REREF'));
  });

  it('writes every quarter from 2022-23 Q1 to 2026-27 Q2 for every indicator', () => {
    for (const spec of SPECS) {
      const periods = series(rows, spec.indicator).map((row) => row.period);
      expect(periods).toHaveLength(18);
      expect(periods[0]).toBe('2022-23 Q1');
      expect(periods[3]).toBe('2022-23 Q4');
      expect(periods[17]).toBe('2026-27 Q2');
    }
  });

  it('meets every published figure under its measurement rule, within bounds', () => {
    for (const spec of SPECS) expect(consistencyProblems(spec, rows)).toEqual([]);
  });

  it('puts the published 31 March figure in Q4 of a snapshot measure', () => {
    const cla = series(rows, 'CLA-RATE');
    expect(cla.find((row) => row.period === '2024-25 Q4')?.value).toBe(29);
    expect(cla.find((row) => row.period === '2022-23 Q4')?.value).toBe(30);
  });

  it('averages the four quarters of an in-period measure to the published figure', () => {
    const reref = series(rows, 'CSC-REREF').filter((row) => row.period.startsWith('2024-25'));
    const values = reref.map((row) => row.value as number);
    expect(roundTo(values.reduce((a, b) => a + b, 0) / 4, 1)).toBe(15.6);
    expect(new Set(values).size).toBeGreaterThan(1);
  });

  it('keeps a high in-period percentage at or under 100 while meeting its average', () => {
    const assess = series(rows, 'CSC-ASSESS-45').filter((row) => row.period.startsWith('2024-25'));
    for (const row of assess) expect(row.value as number).toBeLessThanOrEqual(100);
  });

  it('puts the 30 September workforce figure in Q2', () => {
    const agency = series(rows, 'WF-AGENCY');
    expect(agency.find((row) => row.period === '2025-26 Q2')?.value).toBe(39.8);
    expect(agency.find((row) => row.period === '2024-25 Q2')?.value).toBe(37.1);
  });

  it('puts the published year in Q4 of a rolling 12-month measure', () => {
    const s47 = series(rows, 'CSC-S47-RATE');
    expect(s47.find((row) => row.period === '2023-24 Q4')?.value).toBe(201.4);
  });

  it('gives counts that make the figure, with quarterly cohorts adding up to the year', () => {
    const eet = series(rows, 'CL-EET-1921');
    for (const row of eet) {
      expect(row.numerator).not.toBeNull();
      expect(row.denominator).toBeGreaterThan(15);
      expect(row.denominator).toBeLessThan(50);
    }
    const year = eet.filter((row) => row.period.startsWith('2024-25'));
    expect(year.reduce((sum, row) => sum + (row.denominator ?? 0), 0)).toBe(131);
  });

  it('uses the published counts for a snapshot where they give the published figure', () => {
    const q4 = series(rows, 'CSC-CPP-2YRS').find((row) => row.period === '2024-25 Q4');
    expect(q4).toMatchObject({ value: 3.3, numerator: 9, denominator: 275 });
  });

  it('suppresses a figure whose count is 1 to 5 and hides its counts', () => {
    for (const row of series(rows, 'CSC-CPP-2YRS')) {
      if (row.value === 'c') {
        expect(row.numerator).toBeNull();
        expect(row.denominator).toBeNull();
      } else {
        expect(row.numerator ?? 0).toBeGreaterThanOrEqual(6);
      }
    }
  });

  it('starts from a level when nothing is published and stays plausible', () => {
    const adopted = series(rows, 'PERM-ADOPTED');
    for (const row of adopted) {
      expect(row.value as number).toBeGreaterThanOrEqual(0);
      expect(row.value as number).toBeLessThan(15);
    }
  });

  it('attaches notes to their quarter only', () => {
    const noted = rows.filter((row) => row.note !== null);
    expect(noted).toHaveLength(1);
    expect(noted[0]).toMatchObject({ indicator: 'CSC-REREF', period: '2023-24 Q3' });
  });

  it('refuses a spec with nothing to start from', () => {
    const bare: IllustrativeSpec = {
      indicator: 'X',
      unit: 'count',
      measurement: 'snapshot',
      decimals: 0,
      publishedDecimals: 0,
      published: new Map(),
      noise: 1,
    };
    expect(() => generateIllustrative([bare], OPTIONS)).toThrow(/no published figures/);
  });
});

describe('consistencyProblems', () => {
  const spec = SPECS[1];
  if (!spec) throw new Error('missing spec');
  const row = (period: string, value: number | 'c'): IllustrativeRow => ({
    indicator: 'CSC-REREF',
    period,
    value,
    numerator: null,
    denominator: null,
    note: null,
  });

  it('names a year whose quarters miss the published average', () => {
    const rows = ['Q1', 'Q2', 'Q3', 'Q4'].map((q) => row(`2024-25 ${q}`, 20));
    expect(consistencyProblems(spec, rows)).toEqual([
      'CSC-REREF 2024-25: the quarters (20, 20, 20, 20) do not average to the published 15.6.',
    ]);
  });

  it('names figures out of bounds or over-precise', () => {
    expect(consistencyProblems(spec, [row('2025-26 Q1', 101), row('2025-26 Q2', 2.25)])).toEqual([
      'CSC-REREF 2025-26 Q1: 101 is more than 100%.',
      'CSC-REREF 2025-26 Q2: 2.25 has more than 1 decimals.',
    ]);
  });
});
