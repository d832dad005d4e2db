/**
 * Which LAIT measures (by `Short Desc`) the scorecard reads, as data. `timing` says what a
 * LAIT `Years` value means for the measure:
 * - `year-to-31-march`: a financial year or a 31 March snapshot ("Financial Year" and "Annual"
 *   in LAIT's dictionary); Years 2025 is 2024-25.
 * - `30-september`: the children's social work workforce census ("Annual (end of Sept)");
 *   Years 2025 is the snapshot at 30 September 2025, the end of 2025-26 Q2.
 * Units come from LAIT's dictionary (`y_axis_name`) and are used for range checks when no
 * definition of the indicator is loaded; with the section, they complete the definitions read
 * from LAIT's dictionary (lait_data_dictionary.csv), which has no section.
 */
import type { SectionId, Unit } from '../model';

export interface LaitMeasure {
  readonly shortDesc: string;
  readonly indicator: string;
  readonly unit: Unit;
  /** Decimal places LAIT publishes (used when a definition is built from LAIT's dictionary). */
  readonly decimals: number;
  readonly section: SectionId;
  readonly timing: 'year-to-31-march' | '30-september';
}

export const LAIT_MEASURES: readonly LaitMeasure[] = [
  {
    shortDesc: 'ReReferral',
    indicator: 'CSC-REREF',
    unit: 'percent',
    decimals: 1,
    section: 'front-door',
    timing: 'year-to-31-march',
  },
  {
    shortDesc: 'Continue_Assess_Comp',
    indicator: 'CSC-ASSESS-45',
    unit: 'percent',
    decimals: 1,
    section: 'front-door',
    timing: 'year-to-31-march',
  },
  {
    shortDesc: 'Section_47',
    indicator: 'CSC-S47-RATE',
    unit: 'rate-per-10k',
    decimals: 1,
    section: 'front-door',
    timing: 'year-to-31-march',
  },
  {
    shortDesc: 'CIN',
    indicator: 'CSC-CIN-RATE',
    unit: 'rate-per-10k',
    decimals: 1,
    section: 'need-and-protection',
    timing: 'year-to-31-march',
  },
  {
    shortDesc: 'CPP_rate',
    indicator: 'CSC-CPP-RATE',
    unit: 'rate-per-10k',
    decimals: 1,
    section: 'need-and-protection',
    timing: 'year-to-31-march',
  },
  {
    shortDesc: 'CP_conf_15days',
    indicator: 'CSC-ICPC-15',
    unit: 'percent',
    decimals: 1,
    section: 'need-and-protection',
    timing: 'year-to-31-march',
  },
  {
    shortDesc: 'PrevRegCPR',
    indicator: 'CSC-CPP-REPEAT',
    unit: 'percent',
    decimals: 1,
    section: 'need-and-protection',
    timing: 'year-to-31-march',
  },
  {
    shortDesc: 'CPPlans2yrsActive',
    indicator: 'CSC-CPP-2YRS',
    unit: 'percent',
    decimals: 1,
    section: 'need-and-protection',
    timing: 'year-to-31-march',
  },
  {
    shortDesc: 'RevCP',
    indicator: 'CSC-CP-REVIEW',
    unit: 'percent',
    decimals: 1,
    section: 'need-and-protection',
    timing: 'year-to-31-march',
  },
  {
    shortDesc: 'CPP_Abuse_Rate',
    indicator: 'CSC-CPP-START-RATE',
    unit: 'rate-per-10k',
    decimals: 1,
    section: 'need-and-protection',
    timing: 'year-to-31-march',
  },
  {
    shortDesc: 'LAC',
    indicator: 'CLA-RATE',
    unit: 'rate-per-10k',
    decimals: 0,
    section: 'in-care',
    timing: 'year-to-31-march',
  },
  {
    shortDesc: 'LAC_Start_Rate',
    indicator: 'CLA-START-RATE',
    unit: 'rate-per-10k',
    decimals: 0,
    section: 'in-care',
    timing: 'year-to-31-march',
  },
  {
    shortDesc: 'LACStable_2016on',
    indicator: 'CLA-3PLUS-PLACE',
    unit: 'percent',
    decimals: 0,
    section: 'in-care',
    timing: 'year-to-31-march',
  },
  {
    shortDesc: 'LAC_LongStable%',
    indicator: 'CLA-LONG-STABLE',
    unit: 'percent',
    decimals: 0,
    section: 'in-care',
    timing: 'year-to-31-march',
  },
  {
    shortDesc: 'Emotional_LAC',
    indicator: 'CLA-SDQ-SCORE',
    unit: 'score',
    decimals: 1,
    section: 'in-care',
    timing: 'year-to-31-march',
  },
  {
    shortDesc: 'LACHealth%',
    indicator: 'CLA-HEALTH',
    unit: 'percent',
    decimals: 0,
    section: 'in-care',
    timing: 'year-to-31-march',
  },
  {
    shortDesc: 'LACDental%',
    indicator: 'CLA-DENTAL',
    unit: 'percent',
    decimals: 0,
    section: 'in-care',
    timing: 'year-to-31-march',
  },
  {
    shortDesc: 'CareLeaverEET',
    indicator: 'CL-EET-1921',
    unit: 'percent',
    decimals: 0,
    section: 'care-leavers',
    timing: 'year-to-31-march',
  },
  {
    shortDesc: 'CareLeaverAcc',
    indicator: 'CL-ACCOM-1921',
    unit: 'percent',
    decimals: 0,
    section: 'care-leavers',
    timing: 'year-to-31-march',
  },
  {
    shortDesc: '%_of LAC Adopted',
    indicator: 'PERM-ADOPTED',
    unit: 'percent',
    decimals: 0,
    section: 'permanence',
    timing: 'year-to-31-march',
  },
  {
    shortDesc: 'Work_Force_Agecy_Rate',
    indicator: 'WF-AGENCY',
    unit: 'percent',
    decimals: 1,
    section: 'workforce',
    timing: '30-september',
  },
  {
    shortDesc: 'Work_Force_Vac_Rate',
    indicator: 'WF-VACANCY',
    unit: 'percent',
    decimals: 1,
    section: 'workforce',
    timing: '30-september',
  },
  {
    shortDesc: 'Work_Force_TO_Rate',
    indicator: 'WF-TURNOVER',
    unit: 'percent',
    decimals: 1,
    section: 'workforce',
    timing: '30-september',
  },
  {
    shortDesc: 'Work_Force_AvgNumCase_SW',
    indicator: 'WF-CASELOAD',
    unit: 'count',
    decimals: 1,
    section: 'workforce',
    timing: '30-september',
  },
];
