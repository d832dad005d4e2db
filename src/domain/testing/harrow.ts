/**
 * A small, realistic dataset for tests: Harrow, its ten statistical neighbours (May 2025
 * model), London, Outer London and England, with real published 2024-25 figures for a few LAIT
 * measures and made-up local quarterly figures for Harrow.
 *
 * Source of the published figures: DfE LAIT, bds_long_core_measures.csv (Years = 2025, which is
 * 2024-25), rows with Short Desc LAC, CareLeaverEET, ReReferral, Continue_Assess_Comp,
 * Work_Force_Agecy_Rate and CPPlans2yrsActive for LA Number 310 (Harrow), its neighbours 317,
 * 312, 302, 307, 320, 870, 313, 315, 871, 826 (sn_may_2025.csv, row 310, SN1-SN10), 986
 * (London) and 970 (England). Values are copied as published; "-" is stored as `x`.
 */
import type { Area, IndicatorDefinition, ObservedValue, Target } from '../model';
import {
  council,
  dataset,
  ENGLAND_AREA,
  indicator,
  LONDON,
  missing,
  neighbourLists,
  OUTER_LONDON,
  type RowSpec,
} from './build';

export const HARROW = 'E09000015';

/** Harrow's ten 2025 neighbours in DfE's order: old code, GSS code, name, Outer London or not. */
export const HARROW_NEIGHBOURS = [
  ['317', 'E09000026', 'Redbridge', true],
  ['312', 'E09000017', 'Hillingdon', true],
  ['302', 'E09000003', 'Barnet', true],
  ['307', 'E09000009', 'Ealing', true],
  ['320', 'E09000031', 'Waltham Forest', true],
  ['870', 'E06000038', 'Reading', false],
  ['313', 'E09000018', 'Hounslow', true],
  ['315', 'E09000024', 'Merton', true],
  ['871', 'E06000039', 'Slough', false],
  ['826', 'E06000042', 'Milton Keynes', false],
] as const;

export const HARROW_AREAS: readonly Area[] = [
  council(HARROW, 'Harrow', { oldCode: '310' }),
  ...HARROW_NEIGHBOURS.map(([oldCode, code, name, london]) =>
    council(code, name, {
      oldCode,
      regionCode: london ? 'E12000007' : 'E12000008',
      subRegionCode: london ? 'E13000002' : null,
    }),
  ),
  ENGLAND_AREA,
  LONDON,
  OUTER_LONDON,
];

type Figure = number | ObservedValue;

/** Published 2024-25 figures: the ten neighbours in order, then Harrow, London, England. */
export const LAIT_2025: Readonly<
  Record<
    string,
    {
      neighbours: readonly Figure[];
      harrow: Figure;
      london: Figure;
      england: Figure;
    }
  >
> = {
  LAC: {
    neighbours: [38, 41, 37, 33, 47, 70, 39, 31, 37, 68],
    harrow: 29,
    london: 48,
    england: 67,
  },
  CareLeaverEET: {
    neighbours: [55, 53, 64, 63, 54, 57, 51, 73, 54, 64],
    harrow: 67,
    london: 57,
    england: 54,
  },
  ReReferral: {
    neighbours: [16.8, 20.9, 14.8, 19.5, 19.1, 22.9, 12.1, 21.3, 20.7, 20.3],
    harrow: 15.6,
    london: 19.4,
    england: 22.6,
  },
  Continue_Assess_Comp: {
    neighbours: [84.1, 89.4, 65.2, 84.2, 99.3, 53.6, 91, 98.5, 87.4, 77.4],
    harrow: 96.8,
    london: 87.2,
    england: 85.7,
  },
  Work_Force_Agecy_Rate: {
    neighbours: [8, 9, 21.1, 29.2, 15.4, 23.5, 12.7, 22.2, 20, 17.5],
    harrow: 39.8,
    london: 17.9,
    england: 13,
  },
  // Barnet, Reading, Hounslow and Slough are published as "-".
  CPPlans2yrsActive: {
    neighbours: [0, 7.9, missing('x'), 0, 4.9, missing('x'), missing('x'), 3.8, missing('x'), 0],
    harrow: 3.3,
    london: 3.5,
    england: 2.3,
  },
};

/** The published rows of one LAIT measure, stored under `indicatorId` for `period`. */
export function publishedRows(measure: string, indicatorId: string, period = '2024-25'): RowSpec[] {
  const published = LAIT_2025[measure];
  if (!published) throw new Error(`No published figures for ${measure}`);
  const rows = (area: string, value: Figure): RowSpec => ({
    indicator: indicatorId,
    area,
    period,
    value,
  });
  return [
    ...published.neighbours.map((value, i) => rows(HARROW_NEIGHBOURS[i]?.[1] ?? '', value)),
    rows(HARROW, published.harrow),
    rows('E12000007', published.london),
    rows('E92000001', published.england),
  ];
}

const localTarget = (value: number): Target => ({
  period: null,
  value: { kind: 'point', value },
  rationale: 'Local target',
});

export const INDICATORS = {
  assess: indicator({
    id: 'CSC-ASSESS-45',
    title: 'Assessments completed within 45 working days',
    shortTitle: 'Assessments in 45 days',
    section: 'front-door',
    measurement: 'rolling-12-months',
    targets: [localTarget(90)],
  }),
  reref: indicator({
    id: 'CSC-REREF',
    title: 'Re-referrals within 12 months',
    shortTitle: 'Re-referrals',
    section: 'front-door',
    polarity: 'lower',
    measurement: 'rolling-12-months',
    targets: [localTarget(20)],
  }),
  claRate: indicator({
    id: 'CLA-RATE',
    title: 'Children looked after per 10,000 children',
    shortTitle: 'Children looked after',
    section: 'in-care',
    unit: 'rate-per-10k',
    polarity: 'none',
    decimals: 0,
    measurement: 'snapshot',
  }),
  eet: indicator({
    id: 'CL-EET-1921',
    title: 'Care leavers aged 19 to 21 in education, employment or training',
    shortTitle: 'Care leavers in EET',
    section: 'care-leavers',
    decimals: 0,
    measurement: 'rolling-12-months',
    targets: [localTarget(70)],
  }),
  agency: indicator({
    id: 'WF-AGENCY',
    title: 'Agency social workers',
    shortTitle: 'Agency social workers',
    section: 'workforce',
    polarity: 'lower',
    measurement: 'snapshot',
  }),
  cpp2yrs: indicator({
    id: 'CSC-CPP-2YRS',
    title: 'Child protection plans lasting two years or more',
    shortTitle: 'CP plans 2+ years',
    section: 'need-and-protection',
    polarity: 'lower',
    measurement: 'snapshot',
    targets: [localTarget(3)],
  }),
} satisfies Record<string, IndicatorDefinition>;

/** Harrow's dataset with the given indicators and rows (neighbour lists, areas included). */
export function harrowDataset(
  indicators: readonly IndicatorDefinition[],
  rows: readonly RowSpec[],
) {
  return dataset({
    indicators,
    areas: HARROW_AREAS,
    neighbours: neighbourLists({ [HARROW]: HARROW_NEIGHBOURS.map(([, code]) => code) }),
    rows,
  });
}

/** Harrow's own local rows for one indicator: period -> figure. */
export function localRows(
  indicatorId: string,
  figures: Readonly<
    Record<string, Figure | { value: Figure; numerator: number; denominator: number }>
  >,
): RowSpec[] {
  return Object.entries(figures).map(([period, figure]) =>
    typeof figure === 'object' && 'numerator' in figure
      ? {
          indicator: indicatorId,
          area: HARROW,
          period,
          value: figure.value,
          numerator: figure.numerator,
          denominator: figure.denominator,
        }
      : { indicator: indicatorId, area: HARROW, period, value: figure },
  );
}
