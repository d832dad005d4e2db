/**
 * Every DfE file in sources/dfe imports with zero errors, and for Harrow (E09000015, 310) three
 * values per file match the raw CSV, checked by hand (the raw line is quoted beside each).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile, type ImportResult } from '../../src/domain/import';
import { observationsOf } from '../../src/domain/model';
import type { Observation } from '../../src/domain/model';
import { context, DFE, readBytes } from './helpers';

const HARROW = 'E09000015';
const ENGLAND = 'E92000001';

const cache = new Map<string, ImportResult>();
function load(path: string): ImportResult {
  let result = cache.get(path);
  if (!result) {
    result = importFile(readBytes(`${DFE}${path}`), path.split('/').pop() ?? path, context());
    cache.set(path, result);
  }
  return result;
}

function find(result: ImportResult, indicator: string, period: string, area: string): Observation {
  const found = observationsOf(result.observations).filter(
    (o) => o.indicator === indicator && o.period === period && o.area === area,
  );
  expect(found).toHaveLength(1);
  return found[0] as Observation;
}

const number = (value: number) => ({ kind: 'number', value, lowReliability: false });

const ALL_FILES = ['ees', 'lait', 'lookups', 'stat_neighbours'].flatMap((dir) =>
  readdirSync(`${DFE}${dir}`).map((name) => `${dir}/${name}`),
);

describe('every DfE file in sources/dfe', () => {
  it('is one of the 13 files described in sources/README.md', () => {
    expect(ALL_FILES).toHaveLength(13);
  });

  it.each(ALL_FILES)('%s imports with no errors, every line accounted for', (path) => {
    const { report } = load(path);
    expect(report.errors).toEqual([]);
    expect(report.layout).not.toBe('unknown');
    expect(report.loaded).toBeGreaterThan(0);
    expect(report.loaded + report.rejected + report.skipped).toBe(report.lines);
  });
});

describe('EES files: Harrow values match the raw CSV', () => {
  it('c1 re-referrals: 15.6% (355 of 2,281) in 2024-25, 13.5% in 2023-24; England 22.6%', () => {
    // 2025,Reporting year,Local authority,...,310,E09000015,Harrow,Referrals and Re-referrals,2281,355,15.6,...
    const result = load('ees/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv');
    expect(find(result, 'CSC-REREF', '2024-25', HARROW)).toMatchObject({
      value: number(15.6),
      numerator: 355,
      denominator: 2281,
    });
    expect(find(result, 'CSC-REREF', '2023-24', HARROW).value).toEqual(number(13.5));
    expect(find(result, 'CSC-REREF', '2024-25', ENGLAND).value).toEqual(number(22.6));
    // "u" alone (a flag with no figure) is read as x, with one warning for the file.
    expect(result.report.warnings).toHaveLength(1);
    expect(result.report.warnings[0]?.message).toContain('"u" on its own');
  });

  it('cla rates: 29 per 10,000 (176 of 60,452) in 2024-25, 30 in 2023-24, 18 starting in 2024-25', () => {
    // 2025,...,310,Harrow,E09000015,Children looked after on 31 March each year,60452,176,29
    const result = load('ees/cla_number_and_rate_per_10k_children.csv');
    expect(find(result, 'CLA-RATE', '2024-25', HARROW)).toMatchObject({
      value: number(29),
      numerator: 176,
      denominator: 60452,
    });
    expect(find(result, 'CLA-RATE', '2023-24', HARROW).value).toEqual(number(30));
    expect(find(result, 'CLA-START-RATE', '2024-25', HARROW).value).toEqual(number(18));
    expect(result.report.skippedReasons.get('not a measure the scorecard uses')).toBe(835);
  });

  it('d5 CP plans lasting 2 years or more: 3.3% (9 of 275) in 2024-25, 3.1% in 2023-24; England 2.3%', () => {
    // 2025,...,310,E09000015,Harrow,Child Protection Plans by length of time,275,65,23.6,...,9,3.3
    const result = load('ees/d5_cpps_at31march_by_duration_2013_to_2025.csv');
    expect(find(result, 'CSC-CPP-2YRS', '2024-25', HARROW)).toMatchObject({
      value: number(3.3),
      numerator: 9,
      denominator: 275,
    });
    expect(find(result, 'CSC-CPP-2YRS', '2023-24', HARROW).value).toEqual(number(3.1));
    expect(find(result, 'CSC-CPP-2YRS', '2024-25', ENGLAND).value).toEqual(number(2.3));
  });

  it('care leavers 19-21 in EET: 67% (88 of 131) in 2024-25, 66% in 2023-24; England 54% (20,760 of 38,440)', () => {
    // 2025,...,Harrow,E09000015,19 to 21 years,"Total in education, employment or training",88,67
    // 2025,...,Harrow,E09000015,19 to 21 years,Total,131,100
    const result = load('ees/la_care_leavers_activity.csv');
    expect(find(result, 'CL-EET-1921', '2024-25', HARROW)).toMatchObject({
      value: number(67),
      numerator: 88,
      denominator: 131,
    });
    expect(find(result, 'CL-EET-1921', '2023-24', HARROW).value).toEqual(number(66));
    expect(find(result, 'CL-EET-1921', '2024-25', ENGLAND)).toMatchObject({
      value: number(54),
      numerator: 20760,
      denominator: 38440,
    });
  });

  it('health outcomes: SDQ average 14.1, SDQ completion 87% (62 of 71), health checks 97% (97 of 100) in 2024-25', () => {
    // ...,Harrow,E09000015,Ages 5 to 16 years with SDQ score,SDQ average score,14.1,z
    // ...,Ages 5 to 16 years with SDQ score,SDQ score was received,62,87 / Total ages 5 to 16 years,71,100
    // ...,Health assessments: Children looked after all ages,Had their annual health assessment,97,97 / Total all ages,100,100
    const result = load('ees/la_conviction_health_outcome_cla.csv');
    expect(find(result, 'CLA-SDQ-SCORE', '2024-25', HARROW).value).toEqual(number(14.1));
    expect(find(result, 'CLA-SDQ-DONE', '2024-25', HARROW)).toMatchObject({
      value: number(87),
      numerator: 62,
      denominator: 71,
    });
    expect(find(result, 'CLA-HEALTH', '2024-25', HARROW)).toMatchObject({
      value: number(97),
      numerator: 97,
      denominator: 100,
    });
    expect(find(result, 'CLA-DENTAL', '2023-24', HARROW)).toMatchObject({
      value: number(84),
      numerator: 92,
      denominator: 109,
    });
  });

  it('ONS population 0-17: the mid-2024 estimate (60,452) is stored in 2024-25, mid-2023 (59,925) in 2023-24', () => {
    // 2024,Reporting year,Local authority,...,310,E09000015,Harrow,Children aged 0 to 17 years,60452
    const result = load('ees/ons_mid-year_population_estimates_2012_to_2024.csv');
    expect(find(result, 'POP-0-17', '2024-25', HARROW).value).toEqual(number(60452));
    expect(find(result, 'POP-0-17', '2023-24', HARROW).value).toEqual(number(59925));
    expect(find(result, 'POP-0-17', '2024-25', ENGLAND).value).toEqual(number(12183016));
  });

  it('the population stored for a year is the one DfE divided by for that year, so every rate can be checked', () => {
    const population = new Map<string, number>();
    for (const o of observationsOf(
      load('ees/ons_mid-year_population_estimates_2012_to_2024.csv').observations,
    )) {
      if (o.value.kind === 'number') population.set(`${o.period}|${o.area}`, o.value.value);
    }
    let checked = 0;
    for (const o of observationsOf(
      load('ees/cla_number_and_rate_per_10k_children.csv').observations,
    )) {
      if (o.indicator !== 'CLA-RATE' || o.value.kind !== 'number' || o.numerator === null) continue;
      const pop = population.get(`${o.period}|${o.area}`);
      if (pop === undefined) continue;
      expect(o.denominator).toBe(pop);
      // National and regional counts are rounded to the nearest 10, so allow one either way.
      expect(Math.abs((o.numerator / pop) * 10000 - o.value.value)).toBeLessThanOrEqual(1);
      checked++;
    }
    expect(checked).toBeGreaterThan(600);
  });

  it('keeps Inner and Outer London as sub-regional areas of their own', () => {
    const result = load('ees/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv');
    expect(find(result, 'CSC-REREF', '2024-25', 'E13000002').value.kind).toBe('number');
    expect(find(result, 'CSC-REREF', '2024-25', 'E12000007').value.kind).toBe('number');
  });

  it('reads North Yorkshire under its current code in every year, old code or new', () => {
    const result = load('ees/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv');
    const periods = observationsOf(result.observations)
      .filter((o) => o.area === 'E06000065')
      .map((o) => o.period);
    expect(periods).toHaveLength(13);
    expect(observationsOf(result.observations).some((o) => o.area === 'E10000023')).toBe(false);
  });
});

describe('LAIT files', () => {
  const bds = () => load('lait/bds_long_core_measures.csv');

  it('Harrow 2025: care leavers EET 67%, CLA 29 per 10,000, SDQ average 14.1 (all 2024-25)', () => {
    // CareLeaverEET,,2025,Harrow,67,310,Outer London / LAC,,2025,Harrow,29,... / Emotional_LAC,,2025,Harrow,14.1,...
    expect(find(bds(), 'CL-EET-1921', '2024-25', HARROW).value).toEqual(number(67));
    expect(find(bds(), 'CLA-RATE', '2024-25', HARROW).value).toEqual(number(29));
    expect(find(bds(), 'CLA-SDQ-SCORE', '2024-25', HARROW).value).toEqual(number(14.1));
  });

  it('agrees with the EES file on Harrow care leavers in EET (67% in 2024-25)', () => {
    const ees = load('ees/la_care_leavers_activity.csv');
    expect(find(bds(), 'CL-EET-1921', '2024-25', HARROW).value).toEqual(
      find(ees, 'CL-EET-1921', '2024-25', HARROW).value,
    );
  });

  it('reads workforce Years 2025 as the snapshot at 30 September 2025 (2025-26 Q2), keeping float noise as parsed', () => {
    // Work_Force_Agecy_Rate,,2025,Harrow,39.799999999999997,310,Outer London
    expect(find(bds(), 'WF-AGENCY', '2025-26 Q2', HARROW).value).toEqual(
      number(39.799999999999997),
    );
    expect(find(bds(), 'WF-AGENCY', '2025-26 Q2', HARROW).value).toEqual(number(39.8));
    expect(find(bds(), 'CSC-S47-RATE', '2024-25', HARROW).value).toEqual(number(163.8));
  });

  it('counts a quoted cell with line breaks as one line (spreadsheet rows, not text lines)', () => {
    // Work_Force_AvgNumCase_SW,,2025,Harrow,13.7 is text line 32357 but row 32187: 170 rows above
    // it (the 2016 "Data item" cells) each hold a line break inside quotes.
    expect(find(bds(), 'WF-CASELOAD', '2025-26 Q2', HARROW)).toMatchObject({
      value: number(13.7),
      source: { file: 'bds_long_core_measures.csv', line: 32187 },
    });
    expect(bds().report.lines).toBe(39441);
  });

  it('reads England and the regions by name and "-" as x without a warning', () => {
    expect(find(bds(), 'CLA-RATE', '2024-25', ENGLAND).value).toEqual(number(67));
    expect(find(bds(), 'PERM-ADOPTED', '2024-25', HARROW).value).toEqual({
      kind: 'missing',
      state: 'x',
    });
    expect(observationsOf(bds().observations).some((o) => o.area === 'E13000001')).toBe(true);
    expect(bds().report.warnings).toEqual([]);
  });

  it('reads the 24 measures LAIT describes in its dictionary as definitions', () => {
    const { definitions, report } = load('lait/lait_data_dictionary.csv');
    expect(definitions).toHaveLength(24);
    expect(report.skippedReasons.get('not a measure the scorecard uses')).toBe(424);
    const byId = new Map(definitions.map((d) => [d.id, d]));
    expect(byId.get('CSC-REREF')).toMatchObject({
      polarity: 'lower',
      unit: 'percent',
      aliases: ['ReReferral'],
    });
    expect(byId.get('CLA-RATE')).toMatchObject({
      polarity: 'none',
      unit: 'rate-per-10k',
      measurement: 'snapshot',
    });
    expect(byId.get('WF-AGENCY')).toMatchObject({
      polarity: 'lower',
      section: 'workforce',
      measurement: 'snapshot',
    });
  });
});

describe('statistical neighbours', () => {
  const harrow = (path: string, model: '2021' | '2025') =>
    load(path)
      .neighbours?.get(model)
      ?.get(HARROW)
      ?.map((n) => `${n.rank} ${n.code} ${n.closeness}`);

  it("May 2025: Harrow's ten neighbours in order, resolved to GSS codes", () => {
    expect(harrow('stat_neighbours/sn_may_2025.csv', '2025')).toEqual([
      '1 E09000026 Very close', // 317 Redbridge
      '2 E09000017 Close', // 312 Hillingdon
      '3 E09000003 Close', // 302 Barnet
      '4 E09000009 Close', // 307 Ealing
      '5 E09000031 Close', // 320 Waltham Forest
      '6 E06000038 Close', // 870 Reading
      '7 E09000018 Close', // 313 Hounslow
      '8 E09000024 Close', // 315 Merton
      '9 E06000039 Somewhat close', // 871 Slough
      '10 E06000042 Somewhat close', // 826 Milton Keynes
    ]);
    const { report } = load('stat_neighbours/sn_may_2025.csv');
    expect(report.skippedReasons.get('label row (no council code)')).toBe(1);
  });

  it("April 2021: Harrow's list, and councils the model predates skipped", () => {
    // 310,Harrow,310,3,London (Outer),317,Close,307,Close,313,Somewhat close,...,304,Not Close
    const list = harrow('stat_neighbours/sn_april_2021.csv', '2021');
    expect(list?.[0]).toBe('1 E09000026 Close');
    expect(list?.[1]).toBe('2 E09000009 Close');
    expect(list?.[9]).toBe('10 E09000005 Not Close');
    expect(
      load('stat_neighbours/sn_april_2021.csv').report.skippedReasons.get(
        'no neighbours given ("-")',
      ),
    ).toBe(2);
  });
});

describe('lookups', () => {
  it('las.csv: Harrow in London (Outer), North Yorkshire with its former code, Bournemouth kept as a former council', () => {
    const areas = new Map(load('lookups/las.csv').areas.map((a) => [a.code, a]));
    expect(areas.get(HARROW)).toEqual({
      code: HARROW,
      oldCode: '310',
      name: 'Harrow',
      level: 'la',
      regionCode: 'E12000007',
      subRegionCode: 'E13000002',
      live: true,
      formerCodes: [],
    });
    expect(areas.get('E06000065')?.formerCodes).toEqual(['E10000023']);
    expect(areas.has('E10000023')).toBe(false);
    expect(areas.get('E06000028')).toMatchObject({ name: 'Bournemouth', live: false });
  });

  it('regions.csv: the nine regions and Inner and Outer London in London', () => {
    const { areas } = load('lookups/regions.csv');
    expect(areas).toHaveLength(11);
    expect(areas.find((a) => a.code === 'E12000007')).toMatchObject({
      name: 'London',
      level: 'regional',
    });
    expect(areas.find((a) => a.code === 'E13000002')).toMatchObject({
      name: 'Outer London',
      level: 'sub-regional',
      regionCode: 'E12000007',
    });
  });

  it('region_la_hierarchy.csv: Harrow in London; North Yorkshire once, under its current code', () => {
    const result = load('lookups/region_la_hierarchy.csv');
    const harrow = result.areas.find((a) => a.code === HARROW);
    expect(harrow).toMatchObject({
      regionCode: 'E12000007',
      subRegionCode: 'E13000002',
      oldCode: '310',
    });
    expect(result.areas.filter((a) => a.oldCode === '815').map((a) => a.code)).toEqual([
      'E06000065',
    ]);
    expect(
      result.report.skippedReasons.get('an earlier code of a council listed on another line'),
    ).toBe(7);
  });
});
