/**
 * Which values of DfE Explore Education Statistics (EES) open-data files the scorecard reads,
 * as data. A file is recognised by columns only it has (`identifiedBy`); each measure picks the
 * rows whose filter columns hold the given values (`where`) and reads one column of them.
 * Numerators come from the same row; a denominator comes from the same row (`column` only) or
 * from the row of the same period and area whose filters are `where` (a "Total" row).
 * A figure DfE does not publish as a column is `computed` from named columns of the same row:
 * the sum of the numerator columns over the sum of the denominator columns, times 100 or
 * 10,000, rounded to the decimals DfE publishes (initial conferences within 15 working days:
 * the 0-10 and 11-15 day columns over all conferences). Declarative and exact: no expression
 * language, only named columns, sums, one division and one scale.
 * Rows no measure uses are skipped with a counted reason. Worked out from the files in
 * sources/dfe/ees/ (see sources/README.md) and real lines in tests/fixtures/import/dfe-*.csv
 * (each with its origin); every value is checked in tests against the raw CSV.
 */
import type { Unit } from '../model';

export interface EesFilter {
  readonly column: string;
  readonly value: string;
}

export interface EesMeasure {
  readonly indicator: string;
  readonly unit: Unit;
  readonly where: readonly EesFilter[];
  /** The column holding the value. */
  readonly value: string;
  /** A count on the same row (the numerator of a percentage or rate). */
  readonly numerator?: string;
  /** The denominator: a column of the same row, or of the row matching `where`. */
  readonly denominator?: { readonly column: string; readonly where?: readonly EesFilter[] };
  /**
   * The figure worked out from columns of the same row instead of read from `value` (which
   * then names the figure in reports): sum(numerator) / sum(denominator) × scale, rounded to
   * `decimals`. A suppressed or missing part makes the figure missing with the part's symbol,
   * never zero; a zero denominator makes it `z` (not applicable).
   */
  readonly computed?: {
    readonly numerator: readonly string[];
    readonly denominator: readonly string[];
    readonly scale: 100 | 10000;
    readonly decimals: number;
  };
}

export interface EesFileMapping {
  readonly id: string;
  readonly description: string;
  /** Columns that together mark this file. */
  readonly identifiedBy: readonly string[];
  /**
   * Added to time_period before reading it. Only the ONS population file: its "2024" is the
   * mid-2024 estimate (30 June 2024), which DfE divides by for the year ending 31 March 2025,
   * so it is stored in 2024-25, where rates per 10,000 of that year can be checked against it.
   */
  readonly yearOffset?: number;
  /**
   * When time_period is not the year it says under time_identifier. `30-september`: the
   * children's social work workforce census, whose "2025 Reporting year" is the snapshot at
   * 30 September 2025 (turnover: the 12 months to that day), stored as `2025-26 Q2` like LAIT's
   * workforce figures.
   */
  readonly timing?: '30-september';
  /**
   * Why a file with these columns cannot be read, when DfE's layout lacks the figure (the
   * file is refused with this message rather than read wrongly).
   */
  readonly refusal?: string;
  readonly measures: readonly EesMeasure[];
}

const SDQ = 'Ages 5 to 16 years with SDQ score';
const HEALTH = 'Health assessments: Children looked after all ages';
const CARE_LEAVERS_19_21 = '19 to 21 years';
const PLACED_31_MARCH = 'CLA on 31 March';
const LONG_TERM =
  'Children looked after continuously for at least 2.5 years on 31 March aged under 16 years';

export const EES_MAPPINGS: readonly EesFileMapping[] = [
  {
    id: 'c1-referrals',
    description: 'Children in need: referrals and re-referrals within 12 months (c1)',
    identifiedBy: ['category', 'referral_count', 'rereferral_percent'],
    measures: [
      {
        indicator: 'CSC-REREF',
        unit: 'percent',
        where: [{ column: 'category', value: 'Referrals and Re-referrals' }],
        value: 'rereferral_percent',
        numerator: 'rereferral_count',
        denominator: { column: 'referral_count' },
      },
    ],
  },
  {
    // dfe-analytical-services/CSC_outcomes_and_enablers, data-raw/d3_cpps_subsequent_plan_2013_to_2025.csv
    id: 'd3-cpp-subsequent',
    description: 'Child protection plans which are a second or subsequent plan (d3)',
    identifiedBy: ['category', 'CPP_start', 'CPP_subsequent_percent'],
    measures: [
      {
        indicator: 'CSC-CPP-REPEAT',
        unit: 'percent',
        where: [
          {
            column: 'category',
            value: 'Child Protection Plans which are a second or subsequent plan',
          },
        ],
        value: 'CPP_subsequent_percent',
        numerator: 'CPP_subsequent',
        denominator: { column: 'CPP_start' },
      },
    ],
  },
  {
    // dfe-analytical-services/CSC_outcomes_and_enablers,
    // data-raw/c4_children_in_need_section_47s_and_icpcs_2013_to_2025.csv. DfE publishes the
    // conferences by how long after the strategy discussion they were held; LAIT's
    // CP_conf_15days is the 0-10 and 11-15 day columns over all conferences (ICPC, not
    // ICPC_child): Darlington 2025 (12 + 80) / 141 = 65.2, as LAIT has it.
    id: 'c4-section47-icpc',
    description:
      'Children in need: section 47 enquiries and initial child protection conferences (c4)',
    identifiedBy: ['category', 'ICPC', 'Duration_0-10_days', 'Duration_11-15_days'],
    measures: [
      {
        indicator: 'CSC-ICPC-15',
        unit: 'percent',
        where: [
          { column: 'category', value: 'Section 47s and Initial Child Protection Conferences' },
        ],
        value: 'ICPC',
        computed: {
          numerator: ['Duration_0-10_days', 'Duration_11-15_days'],
          denominator: ['ICPC'],
          scale: 100,
          decimals: 1,
        },
      },
    ],
  },
  {
    // dfe-analytical-services/CSC_outcomes_and_enablers, data-raw/b1_children_in_need_2013_to_2024.csv
    id: 'b1-children-in-need',
    description: 'Children in need at 31 March, number and rate per 10,000 children (b1)',
    identifiedBy: ['category', 'At31_episodes', 'At31_episodes_rate'],
    measures: [
      {
        indicator: 'CSC-CIN-RATE',
        unit: 'rate-per-10k',
        where: [{ column: 'category', value: 'Children in Need' }],
        value: 'At31_episodes_rate',
        numerator: 'At31_episodes',
      },
    ],
  },
  {
    // dfe-analytical-services/CSC_outcomes_and_enablers, data-raw/b1_children_in_need_2013_to_2025.csv:
    // the 2025 release has the counts only (its rate columns were dropped).
    id: 'b1-children-in-need-counts',
    description: 'Children in need at 31 March, numbers only (b1, 2025 release)',
    identifiedBy: ['category', 'At31_episodes'],
    refusal:
      "This is DfE's children in need file (b1) without its rate columns, as released in 2025: it has the number of children in need at 31 March (At31_episodes) but not the rate per 10,000 the scorecard shows, and the scorecard does not divide one file by another. Nothing was loaded. Use the rate from LAIT (measure CIN), or the 2024 release of b1, which has At31_episodes_rate.",
    measures: [],
  },
  {
    id: 'd5-cpp-duration',
    description: 'Child protection plans at 31 March by duration (d5)',
    identifiedBy: ['category', 'CPP_At31', '2_years_or_more_percent'],
    measures: [
      {
        indicator: 'CSC-CPP-2YRS',
        unit: 'percent',
        where: [{ column: 'category', value: 'Child Protection Plans by length of time' }],
        value: '2_years_or_more_percent',
        numerator: '2_years_or_more',
        denominator: { column: 'CPP_At31' },
      },
    ],
  },
  {
    id: 'cla-rates',
    description: 'Children looked after: number and rate per 10,000 children',
    identifiedBy: ['population_type', 'children_count', 'rate_per_10000'],
    measures: [
      {
        indicator: 'CLA-RATE',
        unit: 'rate-per-10k',
        where: [
          { column: 'population_type', value: 'Children looked after on 31 March each year' },
        ],
        value: 'rate_per_10000',
        numerator: 'children_count',
        denominator: { column: 'population_estimate' },
      },
      {
        indicator: 'CLA-START-RATE',
        unit: 'rate-per-10k',
        where: [
          { column: 'population_type', value: 'Children starting to be looked after each year' },
        ],
        value: 'rate_per_10000',
        numerator: 'children_count',
        denominator: { column: 'population_estimate' },
      },
    ],
  },
  {
    // dfe-analytical-services/CSC_outcomes_and_enablers, data-raw/la_cla_placement_stability.csv
    id: 'cla-placement-stability',
    description:
      'Children looked after: placement stability (three or more placements; same carer)',
    identifiedBy: ['cla_group', 'placement_stability', 'children_percent'],
    measures: [
      {
        indicator: 'CLA-3PLUS-PLACE',
        unit: 'percent',
        where: [
          { column: 'cla_group', value: PLACED_31_MARCH },
          {
            column: 'placement_stability',
            value: 'With 3 or more placements during the year',
          },
        ],
        value: 'children_percent',
        numerator: 'children_count',
        denominator: {
          column: 'children_count',
          where: [
            { column: 'cla_group', value: PLACED_31_MARCH },
            { column: 'placement_stability', value: 'Total children' },
          ],
        },
      },
      {
        indicator: 'CLA-LONG-STABLE',
        unit: 'percent',
        where: [
          { column: 'cla_group', value: LONG_TERM },
          {
            column: 'placement_stability',
            value: 'Living with the same carer for at least 2 years',
          },
        ],
        value: 'children_percent',
        numerator: 'children_count',
        denominator: {
          column: 'children_count',
          where: [
            { column: 'cla_group', value: LONG_TERM },
            { column: 'placement_stability', value: 'Total children' },
          ],
        },
      },
    ],
  },
  {
    id: 'care-leavers-activity',
    description: 'Care leavers aged 17 to 18 and 19 to 21 by activity',
    identifiedBy: ['care_leaver_age', 'breakdown', 'care_leaver_percent'],
    measures: [
      {
        indicator: 'CL-EET-1921',
        unit: 'percent',
        where: [
          { column: 'care_leaver_age', value: CARE_LEAVERS_19_21 },
          { column: 'breakdown', value: 'Total in education, employment or training' },
        ],
        value: 'care_leaver_percent',
        numerator: 'care_leaver_count',
        denominator: {
          column: 'care_leaver_count',
          where: [
            { column: 'care_leaver_age', value: CARE_LEAVERS_19_21 },
            { column: 'breakdown', value: 'Total' },
          ],
        },
      },
    ],
  },
  {
    // Same columns as the activity file (the 2025 release, as the issue reports it). No real
    // lines in this layout were found in a public repository; its breakdown values
    // ("Accommodation considered suitable", "Total") are those of the real 2022 file read by
    // the next mapping (see tests/fixtures/import/README.md).
    id: 'care-leavers-accommodation',
    description: 'Care leavers aged 17 to 18 and 19 to 21 by suitability of accommodation',
    identifiedBy: ['care_leaver_age', 'breakdown', 'care_leaver_percent'],
    measures: [
      {
        indicator: 'CL-ACCOM-1921',
        unit: 'percent',
        where: [
          { column: 'care_leaver_age', value: CARE_LEAVERS_19_21 },
          { column: 'breakdown', value: 'Accommodation considered suitable' },
        ],
        value: 'care_leaver_percent',
        numerator: 'care_leaver_count',
        denominator: {
          column: 'care_leaver_count',
          where: [
            { column: 'care_leaver_age', value: CARE_LEAVERS_19_21 },
            { column: 'breakdown', value: 'Total' },
          ],
        },
      },
    ],
  },
  {
    // DfE's own accommodation suitability file before the 2025 release (its own columns: age,
    // accommodation_suitability, number, percentage). Real lines of the 2022 release, from
    // BenGoodair/childrens_social_care_data, equal LAIT's CareLeaverAcc for 2021-22 (Harrow 90).
    id: 'care-leavers-accommodation-suitability',
    description:
      'Care leavers aged 17 to 18 and 19 to 21 by suitability of accommodation (the 2022 release columns)',
    identifiedBy: ['age', 'accommodation_suitability', 'percentage'],
    measures: [
      {
        indicator: 'CL-ACCOM-1921',
        unit: 'percent',
        where: [
          { column: 'age', value: CARE_LEAVERS_19_21 },
          { column: 'accommodation_suitability', value: 'Accommodation considered suitable' },
        ],
        value: 'percentage',
        numerator: 'number',
        denominator: {
          column: 'number',
          where: [
            { column: 'age', value: CARE_LEAVERS_19_21 },
            { column: 'accommodation_suitability', value: 'Total' },
          ],
        },
      },
    ],
  },
  {
    id: 'cla-health-outcomes',
    description: 'Children looked after: SDQ scores, health and dental checks (and convictions)',
    identifiedBy: ['characteristic', 'breakdown', 'children_percent'],
    measures: [
      {
        indicator: 'CLA-SDQ-DONE',
        unit: 'percent',
        where: [
          { column: 'characteristic', value: SDQ },
          { column: 'breakdown', value: 'SDQ score was received' },
        ],
        value: 'children_percent',
        numerator: 'children_count',
        denominator: {
          column: 'children_count',
          where: [
            { column: 'characteristic', value: SDQ },
            { column: 'breakdown', value: 'Total ages 5 to 16 years' },
          ],
        },
      },
      {
        indicator: 'CLA-SDQ-SCORE',
        unit: 'score',
        where: [
          { column: 'characteristic', value: SDQ },
          { column: 'breakdown', value: 'SDQ average score' },
        ],
        // The average score is published in the count column (its percentage is z).
        value: 'children_count',
      },
      {
        indicator: 'CLA-HEALTH',
        unit: 'percent',
        where: [
          { column: 'characteristic', value: HEALTH },
          { column: 'breakdown', value: 'Had their annual health assessment' },
        ],
        value: 'children_percent',
        numerator: 'children_count',
        denominator: {
          column: 'children_count',
          where: [
            { column: 'characteristic', value: HEALTH },
            { column: 'breakdown', value: 'Total all ages' },
          ],
        },
      },
      {
        indicator: 'CLA-DENTAL',
        unit: 'percent',
        where: [
          { column: 'characteristic', value: HEALTH },
          { column: 'breakdown', value: 'Had their teeth checked by a dentist' },
        ],
        value: 'children_percent',
        numerator: 'children_count',
        denominator: {
          column: 'children_count',
          where: [
            { column: 'characteristic', value: HEALTH },
            { column: 'breakdown', value: 'Total all ages' },
          ],
        },
      },
    ],
  },
  {
    // dfe-analytical-services/CSC_outcomes_and_enablers, data-raw/csww_indicators_2017_to_2025.csv
    // (children's social work workforce). Full-time equivalent figures, as LAIT's workforce
    // measures are: Harrow 2025 agency rate 39.8 = LAIT's Work_Force_Agecy_Rate 2025.
    id: 'csww-indicators',
    description: "Children's social work workforce: agency, vacancy and turnover rates, caseload",
    identifiedBy: ['agency_rate_fte', 'vacancy_rate_fte', 'turnover_rate_fte', 'caseload_fte'],
    timing: '30-september',
    measures: [
      { indicator: 'WF-AGENCY', unit: 'percent', where: [], value: 'agency_rate_fte' },
      { indicator: 'WF-VACANCY', unit: 'percent', where: [], value: 'vacancy_rate_fte' },
      {
        indicator: 'WF-TURNOVER',
        unit: 'percent',
        where: [],
        value: 'turnover_rate_fte',
        numerator: 'leavers_fte',
        denominator: { column: 'inpost_fte' },
      },
      {
        indicator: 'WF-CASELOAD',
        unit: 'count',
        where: [],
        value: 'caseload_fte',
        numerator: 'cases',
        denominator: { column: 'case_holders_fte' },
      },
    ],
  },
  {
    id: 'ons-population',
    description: 'ONS mid-year population estimates: children aged 0 to 17',
    identifiedBy: ['age_group', 'population_estimate'],
    yearOffset: 1,
    measures: [
      {
        indicator: 'POP-0-17',
        unit: 'count',
        where: [{ column: 'age_group', value: 'Children aged 0 to 17 years' }],
        value: 'population_estimate',
      },
    ],
  },
];
