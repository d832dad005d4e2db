/**
 * The sentences for named scenarios, snapshotted so that any change of wording is deliberate.
 * Each scenario is Harrow in 2025-26 Q2 with real 2024-25 published comparators (see
 * testing/harrow.ts) and made-up local quarterly figures.
 */
import { describe, expect, it } from 'vitest';
import { assessIndicator, type AssessOptions } from './assess';
import { indicatorSentence, listText, periodMentionInBrackets } from './sentence';
import { indicator, missing } from '../testing/build';
import { HARROW, harrowDataset, INDICATORS, localRows, publishedRows } from '../testing/harrow';
import type { Dataset } from '../model';

interface Scenario {
  readonly dataset: Dataset;
  readonly indicator: string;
  readonly period?: string;
  readonly options?: AssessOptions;
}

const Q2 = '2025-26 Q2';

const SCENARIOS: Readonly<Record<string, Scenario>> = {
  'all green': {
    dataset: harrowDataset(
      [INDICATORS.reref],
      [
        ...publishedRows('ReReferral', 'CSC-REREF'),
        ...localRows('CSC-REREF', { '2025-26 Q1': 16.2, [Q2]: 15.6, '2024-25 Q2': 17.0 }),
      ],
    ),
    indicator: 'CSC-REREF',
  },
  'amber below target': {
    dataset: harrowDataset(
      [INDICATORS.assess],
      [
        ...publishedRows('Continue_Assess_Comp', 'CSC-ASSESS-45'),
        ...localRows('CSC-ASSESS-45', { '2025-26 Q1': 86.0, [Q2]: 88.0 }),
      ],
    ),
    indicator: 'CSC-ASSESS-45',
  },
  'suppressed value': {
    dataset: harrowDataset(
      [INDICATORS.reref],
      [
        ...publishedRows('ReReferral', 'CSC-REREF'),
        ...localRows('CSC-REREF', { '2025-26 Q1': 16.2, [Q2]: missing('c') }),
      ],
    ),
    indicator: 'CSC-REREF',
  },
  'missing target': {
    dataset: harrowDataset(
      [INDICATORS.agency],
      [
        // Workforce figures are snapshots at 30 September, stored as Q2.
        ...publishedRows('Work_Force_Agecy_Rate', 'WF-AGENCY', Q2),
        ...localRows('WF-AGENCY', { '2024-25 Q2': 31.2 }),
      ],
    ),
    indicator: 'WF-AGENCY',
  },
  'context measure': {
    dataset: harrowDataset(
      [INDICATORS.claRate],
      [...publishedRows('LAC', 'CLA-RATE'), ...localRows('CLA-RATE', { '2023-24': 31 })],
    ),
    indicator: 'CLA-RATE',
    period: '2024-25',
    options: { comparators: ['neighbours', 'region', 'england'] },
  },
  'small numbers similar': {
    dataset: harrowDataset(
      [INDICATORS.eet],
      [
        ...publishedRows('CareLeaverEET', 'CL-EET-1921'),
        ...localRows('CL-EET-1921', {
          '2025-26 Q1': { value: 70.6, numerator: 12, denominator: 17 },
          [Q2]: { value: 66.7, numerator: 12, denominator: 18 },
        }),
      ],
    ),
    indicator: 'CL-EET-1921',
  },
  'not like-for-like comparator': {
    dataset: harrowDataset(
      [{ ...INDICATORS.assess, measurement: 'year-to-date' }],
      [
        ...publishedRows('Continue_Assess_Comp', 'CSC-ASSESS-45'),
        ...localRows('CSC-ASSESS-45', { '2025-26 Q1': 91.0, [Q2]: 88.0, '2024-25 Q2': 93.5 }),
      ],
    ),
    indicator: 'CSC-ASSESS-45',
  },
  'long names': {
    dataset: harrowDataset(
      [
        {
          ...INDICATORS.cpp2yrs,
          title:
            'Children who have been the subject of a child protection plan continuously for two years or more at the end of the period',
        },
      ],
      [
        ...publishedRows('CPPlans2yrsActive', 'CSC-CPP-2YRS'),
        { indicator: 'CSC-CPP-2YRS', area: 'E13000002', period: '2024-25', value: 3.1 },
        ...localRows('CSC-CPP-2YRS', { '2025-26 Q1': 3.6, [Q2]: 3.6 }),
      ],
    ),
    indicator: 'CSC-CPP-2YRS',
    options: { comparators: ['neighbours', 'region', 'sub-region', 'england'] },
  },
};

function sentenceOf(name: string): string {
  const scenario = SCENARIOS[name];
  if (!scenario) throw new Error(`No scenario ${name}`);
  const assessment = assessIndicator(
    scenario.dataset,
    scenario.indicator,
    HARROW,
    scenario.period ?? Q2,
    scenario.options,
  );
  if (!assessment) throw new Error(`No assessment for ${name}`);
  return assessment.sentence;
}

describe('sentences for named scenarios', () => {
  it('all green', () => {
    expect(sentenceOf('all green')).toMatchInlineSnapshot(
      `"Re-referrals within 12 months: 15.6% in the 12 months to 30 September 2025 (no count is published). Green: 4.4 points below the 20% target. Better than the statistical-neighbour mean (18.8%, 12 months to 31 March 2025, 10 of 10) and England (22.6%). Improving since the 12 months to 30 June 2025; better than the 12 months to 30 September 2024."`,
    );
  });

  it('amber below target', () => {
    expect(sentenceOf('amber below target')).toMatchInlineSnapshot(
      `"Assessments completed within 45 working days: 88.0% in the 12 months to 30 September 2025 (no count is published). Amber: 2.0 points below the 90% target. Better than the statistical-neighbour mean (83.0%, 12 months to 31 March 2025, 10 of 10) and England (85.7%). Improving since the 12 months to 30 June 2025."`,
    );
  });

  it('suppressed value', () => {
    expect(sentenceOf('suppressed value')).toMatchInlineSnapshot(
      `"Re-referrals within 12 months in the 12 months to 30 September 2025. Not rated: the figure is suppressed to protect confidentiality [c]."`,
    );
  });

  it('missing target', () => {
    expect(sentenceOf('missing target')).toMatchInlineSnapshot(
      `"Agency social workers: 39.8% at 30 September 2025 (no count is published). No target set. Worse than the statistical-neighbour mean (17.9%, 10 of 10) and England (13.0%). Worsening since 30 September 2024."`,
    );
  });

  it('context measure', () => {
    expect(sentenceOf('context measure')).toMatchInlineSnapshot(
      `"Children looked after per 10,000 children: 29 per 10,000 at 31 March 2025 (no count is published). A context measure: not rated. Lower than the statistical-neighbour mean (44 per 10,000, 10 of 10), London (48 per 10,000) and England (67 per 10,000). Down since 31 March 2024."`,
    );
  });

  it('small numbers similar', () => {
    expect(sentenceOf('small numbers similar')).toMatchInlineSnapshot(
      `"Care leavers aged 19 to 21 in education, employment or training: 67% in the 12 months to 30 September 2025 (12 of 18 care leavers; a small group of under 20, so one child moves the figure a lot). Amber: 3 points below the 70% target, but similar to it given the small numbers. Similar to the statistical-neighbour mean (59%, 12 months to 31 March 2025, 10 of 10) and England (54%). No real change since the 12 months to 30 June 2025, given the small numbers."`,
    );
  });

  it('not like-for-like comparator', () => {
    expect(sentenceOf('not like-for-like comparator')).toMatchInlineSnapshot(
      `"Assessments completed within 45 working days: 88.0% in April to September 2025 (2025-26 to date) (no count is published). Amber: 2.0 points below the 90% target. The statistical-neighbour mean and England figures are annual outturns, so they are not compared. Worsening since April to June 2025 (2025-26 to date); worse than April to September 2024 (2024-25 to date)."`,
    );
  });

  it('long names', () => {
    expect(sentenceOf('long names')).toMatchInlineSnapshot(
      `"Children who have been the subject of a child protection plan continuously for two years or more at the end of the period: 3.6% at 30 September 2025 (no count is published). Amber: 0.6 points above the 3% target. Worse than the statistical-neighbour mean (2.8%, at 31 March 2025, 6 of 10), London (3.5%), Outer London (3.1%) and England (2.3%). No real change since 30 June 2025."`,
    );
  });

  it.each(Object.keys(SCENARIOS))('%s: never says a bare "SN"', (name) => {
    expect(sentenceOf(name)).not.toMatch(/\bSN\b/);
  });
});

describe('sentence pieces', () => {
  it.each([
    // An annual outturn's own brackets become a comma; the rest have none to change.
    ['in-period', '2024-25', '2024-25, year to 31 March 2025'],
    ['in-period', '2026-27 Q2', '2026-27 Q2, July to September 2026'],
    ['snapshot', '2024-25', 'at 31 March 2025'],
    ['rolling-12-months', '2024-25', '12 months to 31 March 2025'],
  ] as const)('a %s figure for %s reads "%s" inside brackets', (measurement, period, text) => {
    expect(periodMentionInBrackets(indicator({ id: 'X', measurement }), period)).toBe(text);
  });

  it('lists read as English', () => {
    expect(listText([])).toBe('');
    expect(listText(['England'])).toBe('England');
    expect(listText(['A', 'B'])).toBe('A and B');
    expect(listText(['A', 'B', 'C'])).toBe('A, B and C');
  });

  it('a figure with no row says there is no figure and is not compared', () => {
    const scenario = SCENARIOS['all green'];
    if (!scenario) throw new Error('missing scenario');
    const assessment = assessIndicator(scenario.dataset, 'CSC-REREF', HARROW, '2025-26 Q3');
    expect(assessment?.sentence).toBe(
      'Re-referrals within 12 months in the 12 months to 31 December 2025. Not rated: no figure for 2025-26 Q3.',
    );
    expect(assessment && indicatorSentence(assessment)).toBe(assessment?.sentence);
  });
});
