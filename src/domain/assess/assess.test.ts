import { describe, expect, it } from 'vitest';
import { assessIndicator, assessScorecard } from './assess';
import { defaultPeriod } from './default-period';
import { missing, neighbourLists } from '../testing/build';
import {
  HARROW,
  HARROW_AREAS,
  HARROW_NEIGHBOURS,
  harrowDataset,
  INDICATORS,
  localRows,
  publishedRows,
} from '../testing/harrow';
import { dataset } from '../testing/build';

const Q2 = '2025-26 Q2';

const scorecard = harrowDataset(
  [INDICATORS.agency, INDICATORS.eet, INDICATORS.claRate, INDICATORS.assess, INDICATORS.reref],
  [
    ...publishedRows('Continue_Assess_Comp', 'CSC-ASSESS-45'),
    ...publishedRows('Continue_Assess_Comp', 'CSC-ASSESS-45', '2023-24').map((r) => ({
      ...r,
      value: typeof r.value === 'number' ? r.value - 1 : r.value,
    })),
    ...localRows('CSC-ASSESS-45', { '2025-26 Q1': 86.0, [Q2]: 88.0 }),
    ...publishedRows('ReReferral', 'CSC-REREF'),
    ...localRows('CSC-REREF', { '2025-26 Q1': 16.2, [Q2]: missing('c') }),
    ...publishedRows('LAC', 'CLA-RATE'),
    ...publishedRows('CareLeaverEET', 'CL-EET-1921'),
    ...publishedRows('Work_Force_Agecy_Rate', 'WF-AGENCY', Q2),
  ],
);

describe('assessIndicator', () => {
  it('puts every part together as plain data', () => {
    const a = assessIndicator(scorecard, 'CSC-ASSESS-45', HARROW, Q2);
    expect(a).toMatchObject({
      area: { code: HARROW, name: 'Harrow' },
      requestedPeriod: Q2,
      period: Q2,
      periodBasis: 'requested',
      unfinished: false,
      value: 88,
      valueText: '88.0%',
      counts: null,
      interval: null,
      targetWithinInterval: false,
      phrase: '2.0 points below target',
      comparators: ['neighbours', 'england'],
      rag: { status: 'amber', target: { text: '90%' } },
      direction: {
        previous: { judgement: 'improving', used: '2025-26 Q1' },
        yearAgo: { judgement: 'no-earlier-figure', requested: '2024-25 Q2' },
      },
      benchmarks: {
        neighbours: { period: '2024-25', contributed: 10, comparable: true },
        england: { period: '2024-25', value: 85.7, judgement: 'better' },
        region: { name: 'London', value: 87.2 },
        subRegion: null,
        rankAmongNeighbours: { position: 3, of: 11, period: '2024-25' },
      },
    });
    expect(a?.observation?.source.file).toBe('test.csv');
    expect(a?.indicator.id).toBe('CSC-ASSESS-45');
  });

  it('an unknown indicator gives undefined', () => {
    expect(assessIndicator(scorecard, 'NOPE', HARROW, Q2)).toBeUndefined();
  });

  it('an annual-only indicator in a quarterly scorecard shows its newest figure by the reporting date', () => {
    const a = assessIndicator(scorecard, 'CL-EET-1921', HARROW, Q2);
    expect(a).toMatchObject({ period: '2024-25', periodBasis: 'newest-on-or-before', value: 67 });
    expect(a?.sentence).toContain(
      '67% in the 12 months to 31 March 2025 (no count is published; the newest figure by 30 September 2025)',
    );
    const off = assessIndicator(scorecard, 'CL-EET-1921', HARROW, Q2, {
      latestPublishedYear: false,
    });
    expect(off).toMatchObject({ period: Q2, value: null, valueText: 'No figure' });
  });

  it('a missing quarter of a quarterly series stays missing', () => {
    const a = assessIndicator(scorecard, 'CSC-ASSESS-45', HARROW, '2025-26 Q3');
    expect(a).toMatchObject({ period: '2025-26 Q3', valueText: 'No figure', phrase: 'No figure' });
  });

  it('a suppressed figure is not rated and not compared', () => {
    const a = assessIndicator(scorecard, 'CSC-REREF', HARROW, Q2);
    expect(a).toMatchObject({
      valueText: 'Suppressed [c]',
      rag: { status: 'not-rated' },
      benchmarks: { england: { judgement: 'no-figure' } },
    });
  });

  it('options: the median, the comparators named, the RAG defaults', () => {
    const a = assessIndicator(scorecard, 'CSC-ASSESS-45', HARROW, Q2, {
      snAverage: 'median',
      comparators: ['region'],
      rag: {
        percentTolerance: { kind: 'points', amount: 1 },
        otherTolerance: { kind: 'relative', percent: 10 },
        amberOnlyIfImproving: false,
      },
    });
    expect(a?.benchmarks.neighbours?.value).toBeCloseTo(85.8, 10);
    expect(a?.rag.status).toBe('red');
    expect(a?.sentence).toContain('Better than London (87.2%, 12 months to 31 March 2025).');
    expect(a?.sentence).not.toContain('statistical-neighbour');
  });

  it('options: the 2021 model', () => {
    const data = dataset({
      indicators: [INDICATORS.assess],
      areas: HARROW_AREAS,
      neighbours: new Map([
        ...neighbourLists({ [HARROW]: HARROW_NEIGHBOURS.map(([, code]) => code) }),
        ...neighbourLists({ [HARROW]: ['E09000026', 'E09000017'] }, '2021'),
      ]),
      rows: publishedRows('Continue_Assess_Comp', 'CSC-ASSESS-45'),
    });
    const a = assessIndicator(data, 'CSC-ASSESS-45', HARROW, '2024-25', { snModel: '2021' });
    expect(a?.benchmarks.neighbours).toMatchObject({ model: '2021', listed: 2, contributed: 2 });
    expect(a?.benchmarks.neighbours?.value).toBeCloseTo((84.1 + 89.4) / 2, 10);
  });

  it('now: a period that has not ended is flagged', () => {
    const a = assessIndicator(scorecard, 'CSC-ASSESS-45', HARROW, Q2, {
      now: new Date(2025, 7, 15),
    });
    expect(a?.unfinished).toBe(true);
    expect(a?.sentence).toContain('(no count is published; the period has not ended)');
    expect(
      assessIndicator(scorecard, 'CSC-ASSESS-45', HARROW, Q2, { now: new Date(2025, 9, 1) })
        ?.unfinished,
    ).toBe(false);
  });

  it('amber only if improving uses the direction of travel', () => {
    const data = harrowDataset(
      [{ ...INDICATORS.assess, rag: { amberOnlyIfImproving: true } }],
      localRows('CSC-ASSESS-45', { '2025-26 Q1': 89.0, [Q2]: 88.0 }),
    );
    expect(assessIndicator(data, 'CSC-ASSESS-45', HARROW, Q2)?.rag).toMatchObject({
      status: 'red',
      notImproving: true,
    });
  });
});

describe('assessScorecard', () => {
  it('every indicator, in section order, empty sections left out', () => {
    const sections = assessScorecard(scorecard, HARROW, Q2);
    expect(sections.map((s) => [s.id, s.assessments.map((a) => a.indicator.id)])).toEqual([
      ['front-door', ['CSC-ASSESS-45', 'CSC-REREF']],
      ['in-care', ['CLA-RATE']],
      ['care-leavers', ['CL-EET-1921']],
      ['workforce', ['WF-AGENCY']],
    ]);
    expect(sections[0]?.title).toBe('Front door and early help');
  });
});

describe('defaultPeriod', () => {
  it('the latest local quarter, with every period listed newest first', () => {
    expect(defaultPeriod(scorecard, HARROW)).toEqual({
      period: Q2,
      basis: 'local-quarter',
      available: [Q2, '2025-26 Q1', '2024-25', '2023-24'],
    });
  });

  it('else the latest published year', () => {
    expect(defaultPeriod(scorecard, 'E09000026')).toMatchObject({
      period: Q2,
      basis: 'local-quarter',
    });
    expect(defaultPeriod(scorecard, 'E92000001', new Date(2025, 7, 1))).toEqual({
      period: '2024-25',
      basis: 'published-year',
      available: [Q2, '2024-25', '2023-24'],
    });
  });

  it('nothing for an area with no figures', () => {
    expect(defaultPeriod(scorecard, 'E06000001')).toEqual({
      period: undefined,
      basis: 'none',
      available: [],
    });
  });
});
