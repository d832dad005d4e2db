/**
 * The default dataset's 25 indicators, as data: wording, units, polarity, measurement type,
 * owner, aliases, where the published figures come from, how the default target is set, and
 * how the illustrative quarterly series behaves. build.ts turns this into definitions.csv;
 * edit here, never the CSV.
 *
 * Polarity follows DfE's LAIT dictionary (High -> higher, Low -> lower, "-" -> none); the build
 * checks it against sources/dfe/lait/lait_data_dictionary.csv.
 */
import type { MeasurementType, Polarity, SectionId, Tolerance, Unit } from '../../src/domain/model';

/** Where an indicator's published figures come from. */
export type PublishedSource =
  | {
      readonly kind: 'lait';
      /** LAIT `Short Desc`. */
      readonly measure: string;
      /** The DfE statistical release LAIT takes it from. */
      readonly publication: string;
    }
  | {
      readonly kind: 'ees';
      /** File name in sources/dfe/ees. */
      readonly file: string;
      /** The filter values that pick the series, in words. */
      readonly series: string;
      readonly publication: string;
    };

/** How the default local target is set. */
export type TargetRule =
  /** The England figure for a period, read from the published data and rounded sensibly. */
  | { readonly kind: 'england'; readonly period: string; readonly periodWords: string }
  | { readonly kind: 'fixed'; readonly value: number; readonly rationale: string }
  | { readonly kind: 'none'; readonly rationale: string };

/** How the illustrative quarterly series behaves (see scripts/dataset/illustrative.ts). */
export interface IllustrativeBehaviour {
  /** Typical quarter-to-quarter movement, in the indicator's unit. */
  readonly noise: number;
  /** After the last published figure: drift halfway towards England, or hold the level. */
  readonly after: 'towards-england' | 'hold';
  /** Counts behind the percentage, from a published cohort (see build.ts). */
  readonly counts?: 'care-leavers-19-21' | 'cp-plans-31-march' | 'sdq-eligible';
}

export interface IndicatorContent {
  readonly id: string;
  readonly title: string;
  readonly shortTitle: string;
  readonly section: SectionId;
  readonly unit: Unit;
  readonly polarity: Polarity;
  /** LAIT's polarity where the scorecard departs from it on purpose (a context measure). */
  readonly laitPolarity?: Polarity;
  readonly decimals: number;
  readonly measurement: MeasurementType;
  readonly definition: string;
  readonly owner: string;
  /** LAIT Short Desc first, then Harrow's 2014 scorecard reference where there is one. */
  readonly aliases: readonly string[];
  readonly source: PublishedSource;
  /**
   * Periods in the published data are keyed as DfE dates them: `reporting-year` (year to
   * 31 March: LAIT 2025 is 2024-25) or `september` (a 30 September snapshot: LAIT 2025 is
   * 2025-26 Q2).
   */
  readonly periodKind: 'reporting-year' | 'september';
  readonly target: TargetRule;
  readonly tolerance?: Tolerance;
  readonly illustrative: IllustrativeBehaviour;
}

const CIN_PUBLICATION = 'Characteristics of children in need';
const CLA_PUBLICATION = 'Children looked after in England including adoptions';
const WORKFORCE_PUBLICATION = "Children's social work workforce";

const ENGLAND_2025 = { kind: 'england', period: '2024-25', periodWords: '2024-25' } as const;
const ENGLAND_SEPT_2025 = {
  kind: 'england',
  period: '2025-26 Q2',
  periodWords: 'at 30 September 2025',
} as const;

export const INDICATORS: readonly IndicatorContent[] = [
  // ---------------------------------------------------------------------------- front door
  {
    id: 'CSC-REREF',
    title: 'Re-referrals to children’s social care within 12 months',
    shortTitle: 'Re-referrals',
    section: 'front-door',
    unit: 'percent',
    polarity: 'lower',
    decimals: 1,
    measurement: 'in-period',
    definition:
      'Of all referrals to children’s social care in the period, the percentage about a child who had already been referred in the 12 months before. A referral is a request for help, usually from the police, a school or a health service. Lower is better: it suggests families got the right help the first time. A very low figure can also mean the bar for accepting referrals is high, so compare with similar councils.',
    owner: 'Head of Service, MASH and Assessment',
    aliases: ['ReReferral'],
    source: { kind: 'lait', measure: 'ReReferral', publication: CIN_PUBLICATION },
    periodKind: 'reporting-year',
    target: ENGLAND_2025,
    illustrative: { noise: 2.5, after: 'towards-england' },
  },
  {
    id: 'CSC-ASSESS-45',
    title: 'Assessments completed within 45 working days',
    shortTitle: 'Assessments on time',
    section: 'front-door',
    unit: 'percent',
    polarity: 'higher',
    decimals: 1,
    measurement: 'in-period',
    definition:
      'Of the social work assessments completed in the period, the percentage finished within 45 working days of the referral, the longest time statutory guidance (Working Together to Safeguard Children) allows. Higher is better: children and families get a decision about help without delay.',
    owner: 'Head of Service, MASH and Assessment',
    aliases: ['Continue_Assess_Comp', 'TS2'],
    source: { kind: 'lait', measure: 'Continue_Assess_Comp', publication: CIN_PUBLICATION },
    periodKind: 'reporting-year',
    target: ENGLAND_2025,
    illustrative: { noise: 4, after: 'towards-england' },
  },
  {
    id: 'CSC-S47-RATE',
    title: 'Section 47 enquiries per 10,000 children',
    shortTitle: 'Section 47 enquiries',
    section: 'front-door',
    unit: 'rate-per-10k',
    polarity: 'none',
    decimals: 1,
    measurement: 'rolling-12-months',
    definition:
      'Child protection enquiries (under section 47 of the Children Act 1989) started in the last 12 months, for every 10,000 children living in the area. An enquiry starts when there is reason to suspect a child is suffering, or is likely to suffer, significant harm. This shows demand, not performance: it has no target and is compared with similar councils.',
    owner: 'Head of Service, MASH and Assessment',
    aliases: ['Section_47'],
    source: { kind: 'lait', measure: 'Section_47', publication: CIN_PUBLICATION },
    periodKind: 'reporting-year',
    target: {
      kind: 'none',
      rationale: 'Context measure: compared with neighbours, not targeted.',
    },
    illustrative: { noise: 12, after: 'hold' },
  },
  // ------------------------------------------------------- children in need and protection
  {
    id: 'CSC-CIN-RATE',
    title: 'Children in need per 10,000 children',
    shortTitle: 'Children in need',
    section: 'need-and-protection',
    unit: 'rate-per-10k',
    polarity: 'none',
    decimals: 1,
    measurement: 'snapshot',
    definition:
      'Children assessed as needing help from children’s social care at the end of the period (children in need as the Children Act 1989 defines them, including those on a child protection plan or in care), for every 10,000 children in the area. A measure of demand with no target: compare with similar councils.',
    owner: 'Head of Service, Children in Need and Child Protection',
    aliases: ['CIN'],
    source: { kind: 'lait', measure: 'CIN', publication: CIN_PUBLICATION },
    periodKind: 'reporting-year',
    target: {
      kind: 'none',
      rationale: 'Context measure: compared with neighbours, not targeted.',
    },
    illustrative: { noise: 10, after: 'hold' },
  },
  {
    id: 'CSC-CPP-RATE',
    title: 'Children on a child protection plan per 10,000 children',
    shortTitle: 'Child protection plans',
    section: 'need-and-protection',
    unit: 'rate-per-10k',
    polarity: 'none',
    decimals: 1,
    measurement: 'snapshot',
    definition:
      'Children who are the subject of a child protection plan at the end of the period, for every 10,000 children in the area. A plan is agreed at a child protection conference when a child is at risk of significant harm. Neither higher nor lower is better in itself: it is a demand measure, and a figure far from similar councils’ is a question to ask.',
    owner: 'Head of Service, Children in Need and Child Protection',
    aliases: ['CPP_rate'],
    source: { kind: 'lait', measure: 'CPP_rate', publication: CIN_PUBLICATION },
    periodKind: 'reporting-year',
    target: {
      kind: 'none',
      rationale: 'Context measure: compared with neighbours, not targeted.',
    },
    illustrative: { noise: 3, after: 'hold' },
  },
  {
    id: 'CSC-ICPC-15',
    title: 'Initial child protection conferences within 15 working days',
    shortTitle: 'Conferences on time',
    section: 'need-and-protection',
    unit: 'percent',
    polarity: 'higher',
    decimals: 1,
    measurement: 'in-period',
    definition:
      'Of the initial child protection conferences held in the period, the percentage held within 15 working days of the strategy discussion that started the child protection enquiry, the timescale statutory guidance sets. Higher is better: decisions about keeping a child safe are made quickly.',
    owner: 'Head of Safeguarding and Quality Assurance',
    aliases: ['CP_conf_15days', 'TS3'],
    source: { kind: 'lait', measure: 'CP_conf_15days', publication: CIN_PUBLICATION },
    periodKind: 'reporting-year',
    target: ENGLAND_2025,
    illustrative: { noise: 8, after: 'towards-england' },
  },
  {
    id: 'CSC-CPP-REPEAT',
    title: 'Child protection plans that were a second or later plan',
    shortTitle: 'Repeat child protection plans',
    section: 'need-and-protection',
    unit: 'percent',
    polarity: 'lower',
    decimals: 1,
    measurement: 'in-period',
    definition:
      'Of the children who became the subject of a child protection plan in the period, the percentage who had been on a plan before, however long ago. Lower is better: earlier help made a lasting difference.',
    owner: 'Head of Service, Children in Need and Child Protection',
    aliases: ['PrevRegCPR'],
    source: { kind: 'lait', measure: 'PrevRegCPR', publication: CIN_PUBLICATION },
    periodKind: 'reporting-year',
    target: ENGLAND_2025,
    illustrative: { noise: 4, after: 'towards-england' },
  },
  {
    id: 'CSC-CPP-2YRS',
    title: 'Child protection plans lasting two years or more',
    shortTitle: 'Plans over 2 years',
    section: 'need-and-protection',
    unit: 'percent',
    polarity: 'lower',
    decimals: 1,
    measurement: 'snapshot',
    definition:
      'Of the children on a child protection plan at the end of the period, the percentage who had been on it without a break for two years or more. Lower is better: a plan should make a child safe quickly, or lead to other action such as care proceedings.',
    owner: 'Head of Service, Children in Need and Child Protection',
    aliases: ['CPPlans2yrsActive', 'TS5'],
    source: { kind: 'lait', measure: 'CPPlans2yrsActive', publication: CIN_PUBLICATION },
    periodKind: 'reporting-year',
    target: ENGLAND_2025,
    tolerance: { kind: 'points', amount: 1 },
    illustrative: { noise: 1.2, after: 'hold', counts: 'cp-plans-31-march' },
  },
  {
    id: 'CSC-CP-REVIEW',
    title: 'Child protection plans reviewed on time',
    shortTitle: 'Plan reviews on time',
    section: 'need-and-protection',
    unit: 'percent',
    polarity: 'higher',
    decimals: 1,
    measurement: 'in-period',
    definition:
      'Of the children on a child protection plan whose plan should have been reviewed in the period, the percentage whose reviews were all held on time (the first within three months of the initial conference, then at least every six months). Higher is better: every review should be on time.',
    owner: 'Head of Safeguarding and Quality Assurance',
    aliases: ['RevCP'],
    source: { kind: 'lait', measure: 'RevCP', publication: CIN_PUBLICATION },
    periodKind: 'reporting-year',
    target: {
      kind: 'fixed',
      value: 95,
      rationale:
        'Statutory timescale: every review should be on time; the local target of 95% allows for the odd review moved in a child’s interest.',
    },
    illustrative: { noise: 3, after: 'towards-england' },
  },
  {
    id: 'CSC-CPP-START-RATE',
    title: 'Child protection plans starting per 10,000 children',
    shortTitle: 'New child protection plans',
    section: 'need-and-protection',
    unit: 'rate-per-10k',
    // A context measure: LAIT's dictionary counts lower as better, but the figure describes need
    // in the area, not how well the council does (see docs/figures.md, "Context measures").
    polarity: 'none',
    laitPolarity: 'lower',
    decimals: 1,
    measurement: 'rolling-12-months',
    definition:
      'Children who became the subject of a child protection plan in the last 12 months, for every 10,000 children in the area. A context measure: the figure mostly reflects need in the area, so it is neither better nor worse when higher, and it is not rated (DfE’s Local Authority Interactive Tool counts lower as better). Compare with similar councils.',
    owner: 'Head of Service, Children in Need and Child Protection',
    aliases: ['CPP_Abuse_Rate'],
    source: { kind: 'lait', measure: 'CPP_Abuse_Rate', publication: CIN_PUBLICATION },
    periodKind: 'reporting-year',
    target: {
      kind: 'none',
      rationale:
        'No local target: fewer new plans is better only if children are safe; compared with neighbours.',
    },
    illustrative: { noise: 5, after: 'hold' },
  },
  // ----------------------------------------------------------------------- children in care
  {
    id: 'CLA-RATE',
    title: 'Children in care per 10,000 children',
    shortTitle: 'Children in care',
    section: 'in-care',
    unit: 'rate-per-10k',
    polarity: 'none',
    decimals: 1,
    measurement: 'snapshot',
    definition:
      'Children looked after by the council (in care) at the end of the period, for every 10,000 children in the area. It reflects both need and local practice, so it has no direction and no target: compare with similar councils.',
    owner: 'Head of Service, Children Looked After',
    aliases: ['LAC'],
    source: { kind: 'lait', measure: 'LAC', publication: CLA_PUBLICATION },
    periodKind: 'reporting-year',
    target: {
      kind: 'none',
      rationale: 'Context measure: compared with neighbours, not targeted.',
    },
    illustrative: { noise: 1, after: 'hold' },
  },
  {
    id: 'CLA-START-RATE',
    title: 'Children starting to be looked after per 10,000 children',
    shortTitle: 'Children entering care',
    section: 'in-care',
    unit: 'rate-per-10k',
    polarity: 'none',
    decimals: 1,
    measurement: 'rolling-12-months',
    definition:
      'Children who came into care in the last 12 months, for every 10,000 children in the area. Context with no target: compare with similar councils.',
    owner: 'Head of Service, Children Looked After',
    aliases: ['LAC_Start_Rate'],
    source: { kind: 'lait', measure: 'LAC_Start_Rate', publication: CLA_PUBLICATION },
    periodKind: 'reporting-year',
    target: {
      kind: 'none',
      rationale: 'Context measure: compared with neighbours, not targeted.',
    },
    illustrative: { noise: 2, after: 'hold' },
  },
  {
    id: 'CLA-3PLUS-PLACE',
    title: 'Children in care with three or more placements in the year',
    shortTitle: '3+ placements in a year',
    section: 'in-care',
    unit: 'percent',
    polarity: 'lower',
    decimals: 1,
    measurement: 'rolling-12-months',
    definition:
      'Of the children in care at the end of the period, the percentage who lived in three or more placements (foster homes, children’s homes or other places) during the previous 12 months. Lower is better: moving home often harms children’s relationships, schooling and wellbeing.',
    owner: 'Head of Service, Children Looked After',
    aliases: ['LACStable_2016on'],
    source: { kind: 'lait', measure: 'LACStable_2016on', publication: CLA_PUBLICATION },
    periodKind: 'reporting-year',
    target: ENGLAND_2025,
    illustrative: { noise: 2, after: 'towards-england' },
  },
  {
    id: 'CLA-LONG-STABLE',
    title: 'Children in care long term who have lived in the same placement for two years',
    shortTitle: 'Long-term placement stability',
    section: 'in-care',
    unit: 'percent',
    polarity: 'higher',
    decimals: 1,
    measurement: 'snapshot',
    definition:
      'Of the children under 16 at the end of the period who have been in care for at least two and a half years, the percentage who have lived in the same placement for at least two years (or are placed for adoption and, with the placement before, have been settled for two years). Higher is better: a settled home.',
    owner: 'Head of Service, Children Looked After',
    aliases: ['LAC_LongStable%', 'TS9'],
    source: { kind: 'lait', measure: 'LAC_LongStable%', publication: CLA_PUBLICATION },
    periodKind: 'reporting-year',
    target: ENGLAND_2025,
    illustrative: { noise: 4, after: 'towards-england' },
  },
  {
    id: 'CLA-SDQ-DONE',
    title: 'Children in care with an emotional health check (SDQ) completed',
    shortTitle: 'SDQs completed',
    section: 'in-care',
    unit: 'percent',
    polarity: 'higher',
    decimals: 1,
    measurement: 'snapshot',
    definition:
      'Of the children aged 5 to 16 who have been in care for at least 12 months at the end of the period, the percentage whose carer completed a Strengths and Difficulties Questionnaire (SDQ) for them: a short questionnaire about a child’s emotional and behavioural health. Higher is better: every eligible child should have one each year.',
    owner: 'Head of Service, Children Looked After, with the Designated Nurse for Children in Care',
    aliases: [],
    source: {
      kind: 'ees',
      file: 'la_conviction_health_outcome_cla.csv',
      series:
        'characteristic "Ages 5 to 16 years with SDQ score", breakdown "SDQ score was received" (children_percent; children_count over the "Total ages 5 to 16 years" count)',
      publication: CLA_PUBLICATION,
    },
    periodKind: 'reporting-year',
    target: ENGLAND_2025,
    illustrative: { noise: 4, after: 'towards-england', counts: 'sdq-eligible' },
  },
  {
    id: 'CLA-SDQ-SCORE',
    title: 'Average emotional health score (SDQ) of children in care',
    shortTitle: 'SDQ average score',
    section: 'in-care',
    unit: 'score',
    polarity: 'lower',
    decimals: 1,
    measurement: 'snapshot',
    definition:
      'The average Strengths and Difficulties Questionnaire (SDQ) score of the children in care aged 5 to 16 who have one. Scores run from 0 to 40 and lower is better: 17 or more is a cause for concern, 14 to 16 is borderline, 13 or less is normal.',
    owner: 'Head of Service, Children Looked After, with the Designated Nurse for Children in Care',
    aliases: ['Emotional_LAC'],
    source: { kind: 'lait', measure: 'Emotional_LAC', publication: CLA_PUBLICATION },
    periodKind: 'reporting-year',
    target: ENGLAND_2025,
    illustrative: { noise: 0.6, after: 'towards-england' },
  },
  {
    id: 'CLA-HEALTH',
    title: 'Children in care with an up-to-date health assessment',
    shortTitle: 'Health assessments',
    section: 'in-care',
    unit: 'percent',
    polarity: 'higher',
    decimals: 1,
    measurement: 'snapshot',
    definition:
      'Of the children who have been in care for at least 12 months at the end of the period, the percentage who had their annual health assessment (a check of their physical and emotional health by a doctor or nurse). Higher is better: every child in care should have one each year.',
    owner: 'Head of Service, Children Looked After, with the Designated Nurse for Children in Care',
    aliases: ['LACHealth%', 'TS12'],
    source: { kind: 'lait', measure: 'LACHealth%', publication: CLA_PUBLICATION },
    periodKind: 'reporting-year',
    target: {
      kind: 'fixed',
      value: 95,
      rationale:
        'Statutory expectation: every child in care has an annual health assessment; local target 95%.',
    },
    illustrative: { noise: 2, after: 'hold' },
  },
  {
    id: 'CLA-DENTAL',
    title: 'Children in care with an up-to-date dental check',
    shortTitle: 'Dental checks',
    section: 'in-care',
    unit: 'percent',
    polarity: 'higher',
    decimals: 1,
    measurement: 'snapshot',
    definition:
      'Of the children who have been in care for at least 12 months at the end of the period, the percentage who had their teeth checked by a dentist in the last year. Higher is better.',
    owner: 'Head of Service, Children Looked After, with the Designated Nurse for Children in Care',
    aliases: ['LACDental%'],
    source: { kind: 'lait', measure: 'LACDental%', publication: CLA_PUBLICATION },
    periodKind: 'reporting-year',
    target: ENGLAND_2025,
    illustrative: { noise: 3, after: 'hold' },
  },
  // ---------------------------------------------------------------------------- care leavers
  {
    id: 'CL-EET-1921',
    title: 'Care leavers aged 19 to 21 in education, employment or training',
    shortTitle: 'Care leavers in education, employment or training',
    section: 'care-leavers',
    unit: 'percent',
    polarity: 'higher',
    decimals: 1,
    measurement: 'in-period',
    definition:
      'Of the young people who left care and turned 19, 20 or 21 in the period, the percentage who were in education, employment or training around their birthday. Higher is better.',
    owner: 'Head of Service, Leaving Care',
    aliases: ['CareLeaverEET', 'TS10'],
    source: { kind: 'lait', measure: 'CareLeaverEET', publication: CLA_PUBLICATION },
    periodKind: 'reporting-year',
    target: ENGLAND_2025,
    illustrative: { noise: 5, after: 'towards-england', counts: 'care-leavers-19-21' },
  },
  {
    id: 'CL-ACCOM-1921',
    title: 'Care leavers aged 19 to 21 in suitable accommodation',
    shortTitle: 'Care leavers in suitable accommodation',
    section: 'care-leavers',
    unit: 'percent',
    polarity: 'higher',
    decimals: 1,
    measurement: 'in-period',
    definition:
      'Of the young people who left care and turned 19, 20 or 21 in the period, the percentage living in accommodation judged suitable for them around their birthday (not, for example, bed and breakfast or custody). Higher is better.',
    owner: 'Head of Service, Leaving Care',
    aliases: ['CareLeaverAcc'],
    source: { kind: 'lait', measure: 'CareLeaverAcc', publication: CLA_PUBLICATION },
    periodKind: 'reporting-year',
    target: ENGLAND_2025,
    illustrative: { noise: 3, after: 'hold', counts: 'care-leavers-19-21' },
  },
  // ------------------------------------------------------------------ adoption and permanence
  {
    id: 'PERM-ADOPTED',
    title: 'Children leaving care who were adopted',
    shortTitle: 'Adoptions',
    section: 'permanence',
    unit: 'percent',
    polarity: 'higher',
    decimals: 1,
    measurement: 'in-period',
    definition:
      'Of the children who stopped being looked after in the period, the percentage who left care because they were adopted. Higher is better: more children who cannot return home find a permanent family. It also depends on the ages and needs of the children leaving care, so read it beside similar councils.',
    owner: 'Head of Service, Permanence and Adoption',
    aliases: ['%_of LAC Adopted', 'TS15'],
    source: { kind: 'lait', measure: '%_of LAC Adopted', publication: CLA_PUBLICATION },
    periodKind: 'reporting-year',
    target: ENGLAND_2025,
    illustrative: { noise: 2, after: 'towards-england' },
  },
  // --------------------------------------------------------------------------------- workforce
  {
    id: 'WF-AGENCY',
    title: 'Agency social workers',
    shortTitle: 'Agency social workers',
    section: 'workforce',
    unit: 'percent',
    polarity: 'lower',
    decimals: 1,
    measurement: 'snapshot',
    definition:
      'Of the children and family social workers working for the council at the end of the period (full-time equivalent), the percentage employed through an agency rather than directly. DfE publishes it at 30 September. Lower is better: permanent staff give children a social worker who stays, and cost less.',
    owner: 'Head of Workforce Development, with HR',
    aliases: ['Work_Force_Agecy_Rate'],
    source: { kind: 'lait', measure: 'Work_Force_Agecy_Rate', publication: WORKFORCE_PUBLICATION },
    periodKind: 'september',
    target: ENGLAND_SEPT_2025,
    illustrative: { noise: 2.5, after: 'towards-england' },
  },
  {
    id: 'WF-VACANCY',
    title: 'Social worker vacancy rate',
    shortTitle: 'Vacancies',
    section: 'workforce',
    unit: 'percent',
    polarity: 'lower',
    decimals: 1,
    measurement: 'snapshot',
    definition:
      'Of the council’s children and family social worker posts at the end of the period (full-time equivalent), the percentage vacant. DfE publishes it at 30 September. Lower is better.',
    owner: 'Head of Workforce Development, with HR',
    aliases: ['Work_Force_Vac_Rate'],
    source: { kind: 'lait', measure: 'Work_Force_Vac_Rate', publication: WORKFORCE_PUBLICATION },
    periodKind: 'september',
    target: ENGLAND_SEPT_2025,
    illustrative: { noise: 2.5, after: 'towards-england' },
  },
  {
    id: 'WF-TURNOVER',
    title: 'Social worker turnover',
    shortTitle: 'Turnover',
    section: 'workforce',
    unit: 'percent',
    polarity: 'lower',
    decimals: 1,
    measurement: 'rolling-12-months',
    definition:
      'Children and family social workers (full-time equivalent) who left the council in the 12 months to the end of the period, as a percentage of those in post at the end. DfE publishes it for the year to 30 September. Lower is better: children keep the same social worker.',
    owner: 'Head of Workforce Development, with HR',
    aliases: ['Work_Force_TO_Rate'],
    source: { kind: 'lait', measure: 'Work_Force_TO_Rate', publication: WORKFORCE_PUBLICATION },
    periodKind: 'september',
    target: ENGLAND_SEPT_2025,
    illustrative: { noise: 2, after: 'towards-england' },
  },
  {
    id: 'WF-CASELOAD',
    title: 'Average caseload per social worker',
    shortTitle: 'Average caseload',
    section: 'workforce',
    unit: 'count',
    polarity: 'lower',
    decimals: 1,
    measurement: 'snapshot',
    definition:
      'The average number of children’s cases held by each children and family social worker holding cases at the end of the period (full-time equivalent, agency workers included). DfE publishes it at 30 September. Lower is better: a manageable caseload gives time to know each child.',
    owner: 'Principal Social Worker',
    aliases: ['Work_Force_AvgNumCase_SW'],
    source: {
      kind: 'lait',
      measure: 'Work_Force_AvgNumCase_SW',
      publication: WORKFORCE_PUBLICATION,
    },
    periodKind: 'september',
    target: ENGLAND_SEPT_2025,
    illustrative: { noise: 0.8, after: 'towards-england' },
  },
];

/** Harrow: the default council, and the one the illustrative quarterly file is for. */
export const DEFAULT_AUTHORITY = { code: 'E09000015', name: 'Harrow', slug: 'harrow' } as const;

export const ILLUSTRATIVE_LABEL = 'Illustrative quarterly figures — replace with your own';

/**
 * The illustrative quarters: 2019-20 Q1 to the latest complete quarter (at 22 November 2026),
 * 30 quarters, so that XmR charts have limits (13 points or more) at every reporting period
 * from 2022-23 Q1 on.
 */
export const ILLUSTRATIVE_FROM = '2019-20 Q1';
export const ILLUSTRATIVE_TO = '2026-27 Q2';
export const ILLUSTRATIVE_SEED = 20261122;

/**
 * Commentary on the illustrative figures, as a service manager would write it. Made up, like
 * the figures they describe; the build checks each names a quarter the file has.
 */
export const ILLUSTRATIVE_NOTES: readonly {
  readonly indicator: string;
  readonly period: string;
  readonly note: string;
}[] = [
  {
    indicator: 'CSC-ICPC-15',
    period: '2022-23 Q2',
    note: 'Conferences delayed by late police checks; raised with the safeguarding partnership and a weekly tracker started in September.',
  },
  {
    indicator: 'CSC-ASSESS-45',
    period: '2023-24 Q1',
    note: 'Timeliness fell while two assessment teams merged; a recovery plan with weekly tracking started in June.',
  },
  {
    indicator: 'CSC-ASSESS-45',
    period: '2024-25 Q1',
    note: 'Back above 90% now the backlog of older assessments has been cleared.',
  },
  {
    indicator: 'CSC-CP-REVIEW',
    period: '2024-25 Q1',
    note: 'Two conference chair posts were vacant this quarter; reviews were prioritised by risk and interim chairs start in July.',
  },
  {
    indicator: 'CSC-CPP-2YRS',
    period: '2024-25 Q2',
    note: 'Fewer than six children, so the figure is withheld; each plan is reviewed monthly by the Head of Service.',
  },
  {
    indicator: 'CLA-LONG-STABLE',
    period: '2024-25 Q2',
    note: 'Two long-term placements ended in Q2; both children are now in stable homes.',
  },
  {
    indicator: 'CL-EET-1921',
    period: '2025-26 Q4',
    note: 'More of this quarter’s 21-year-olds were out of work or training; each has been referred to the council’s employment support service.',
  },
  {
    indicator: 'WF-AGENCY',
    period: '2024-25 Q2',
    note: 'Agency use rose to cover vacancies in the assessment service; a campaign to recruit permanent staff opens in October.',
  },
  {
    indicator: 'WF-VACANCY',
    period: '2026-27 Q2',
    note: 'Eight newly qualified social workers joined in September on the assessed and supported year in employment programme.',
  },
];

/**
 * The date of the newest DfE figures in the dataset: "Last Update" in LAIT's dictionary for
 * the workforce measures (1 March 2026; the children in need and children looked after
 * measures were updated on 1 October and 1 November 2025). Update it with the sources.
 */
export const DATA_AS_AT = '2026-03-01';
