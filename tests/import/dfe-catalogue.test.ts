/**
 * The catalogue of DfE children's social care EES files (ees-mappings.ts) against real lines
 * of each file (tests/fixtures/import/dfe-*.csv, origins in the fixtures README), with the
 * figures checked against LAIT (sources/dfe/lait) where LAIT publishes the same figure, for
 * several kinds of council: inner London (Camden, Islington, City of London), outer London
 * (Harrow), shire counties (Kent, Devon), small unitaries (Rutland, Hartlepool) and the Isles
 * of Scilly. And `npm run validate` on each fixture says what the app says.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../scripts/validate-report';
import { EES_MAPPINGS, eesMappingFor, importFile } from '../../src/domain/import';
import type { ImportResult } from '../../src/domain/import';
import { observationsOf } from '../../src/domain/model';
import { context, DFE, FIXTURES, importFixture, readBytes } from './helpers';

const encoder = new TextEncoder();

function figure(result: ImportResult, indicator: string, period: string, area: string) {
  const found = observationsOf(result.observations).filter(
    (o) => o.indicator === indicator && o.period === period && o.area === area,
  );
  expect(found).toHaveLength(1);
  return found[0]?.value;
}

const valueOf = (v: ReturnType<typeof figure>) =>
  v?.kind === 'number' ? v.value : v?.kind === 'missing' ? v.state : undefined;

/** LAIT's published figure (Values at its decimals), by measure, year and LA number. */
let laitLines: readonly string[] | undefined;
function lait(measure: string, year: string, laNumber: string): number | string {
  laitLines ??= readFileSync(`${DFE}lait/bds_long_core_measures.csv`, 'utf8')
    .split('\n')
    .filter(
      (line) =>
        line.startsWith('CP_conf_15days,') ||
        line.startsWith('Work_Force_') ||
        line.startsWith('CareLeaverAcc,'),
    );
  for (const line of laitLines) {
    const cells = line.split(',');
    if (cells[0] === measure && cells[2] === year && cells.at(-2) === laNumber) {
      const raw = cells.at(-3) ?? '';
      return raw === '-' ? '-' : Math.round(Number(raw) * 10) / 10;
    }
  }
  throw new Error(`LAIT has no ${measure} ${year} ${laNumber}`);
}

const COUNCILS = [
  ['E09000015', '310'], // Harrow
  ['E09000007', '202'], // Camden
  ['E09000019', '206'], // Islington
  ['E10000016', '886'], // Kent
  ['E10000008', '878'], // Devon
  ['E06000017', '857'], // Rutland
  ['E06000001', '805'], // Hartlepool
  ['E06000053', '420'], // Isles of Scilly
  ['E09000001', '201'], // City of London
] as const;

describe('c4: initial child protection conferences within 15 working days, computed', () => {
  const result = importFixture('dfe-c4-section47-icpc.csv');

  it.each(COUNCILS)('%s equals LAIT CP_conf_15days 2025, or is c where a part is', (gss, la) => {
    const published = lait('CP_conf_15days', '2025', la);
    const ours = valueOf(figure(result, 'CSC-ICPC-15', '2024-25', gss));
    // DfE suppresses a part (c) for Hartlepool, Rutland, Scilly and the City: the figure is
    // then c, never worked out from the other parts, and never zero.
    if (ours === 'c') expect(['E06000001', 'E06000017', 'E06000053', 'E09000001']).toContain(gss);
    else expect(ours).toBe(published);
  });

  it('equals LAIT for England in 2025 and 2024, with the counts it was worked from', () => {
    expect(valueOf(figure(result, 'CSC-ICPC-15', '2024-25', 'E92000001'))).toBe(81.4);
    expect(valueOf(figure(result, 'CSC-ICPC-15', '2023-24', 'E92000001'))).toBe(79.7);
    const rows = observationsOf(result.observations).filter((o) => o.area === 'E09000015');
    expect(rows[0]?.numerator).toBe(25 + 188);
    expect(rows[0]?.denominator).toBe(340);
    expect(result.report.errors).toEqual([]);
    expect(result.report.warnings).toEqual([]);
  });
});

describe('computed figures: edges', () => {
  const HEADER =
    'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,category,Section47,Section47_child,ICPC,ICPC_child,Duration_0-10_days,Duration_11-15_days,Duration_16-20_days,Duration_21+_days';
  const row = (icpc: string, a: string, b: string) =>
    `2025,Reporting year,Local authority,E92000001,England,E13000002,Outer London,310,E09000015,Harrow,Section 47s and Initial Child Protection Conferences,1,1,${icpc},1,${a},${b},0,0`;
  const read = (line: string) =>
    importFile(encoder.encode(`${HEADER}\n${line}\n`), 'c4.csv', context());

  it.each([
    ['0', '0', '0', 'z', 'a zero denominator is not applicable, never 0%'],
    ['10', 'x', '5', 'x', 'a part not available'],
    ['10', '5', 'c', 'c', 'a suppressed part'],
    ['10', '', '5', 'blank', 'a blank part is blank, never zero'],
    ['c', '1', '5', 'c', 'a suppressed denominator'],
    ['3', '1', '1', 66.7, 'rounded once, to one decimal'],
    ['8', '1', '0', 12.5, 'an exact half stays'],
  ] as const)('ICPC %s, parts %s and %s give %s (%s)', (icpc, a, b, expected, why) => {
    const result = read(row(icpc, a, b));
    expect(valueOf(figure(result, 'CSC-ICPC-15', '2024-25', 'E09000015')), why).toBe(expected);
  });

  it('refuses a part that is not a number, naming its column, and loads nothing for it', () => {
    const result = read(row('10', 'ten', '5'));
    expect(result.report.loaded).toBe(0);
    expect(result.report.errors[0]?.column).toBe('Duration_0-10_days');
  });
});

describe('workforce (CSWW): the 30 September snapshot', () => {
  const result = importFixture('dfe-csww-indicators.csv');
  const MEASURES = [
    ['WF-AGENCY', 'Work_Force_Agecy_Rate'],
    ['WF-VACANCY', 'Work_Force_Vac_Rate'],
    ['WF-TURNOVER', 'Work_Force_TO_Rate'],
    ['WF-CASELOAD', 'Work_Force_AvgNumCase_SW'],
  ] as const;

  it('stores "2025 Reporting year" as 2025-26 Q2 (30 September 2025), as LAIT 2025 is', () => {
    const periods = new Set(observationsOf(result.observations).map((o) => o.period));
    expect([...periods]).toEqual(['2025-26 Q2']);
  });

  it.each(
    COUNCILS.filter(([gss]) => gss !== 'E06000053').flatMap(([gss, la]) =>
      MEASURES.map(([indicator, measure]) => [indicator, gss, measure, la] as const),
    ),
  )('%s for %s equals LAIT %s 2025', (indicator, gss, measure, la) => {
    expect(valueOf(figure(result, indicator, '2025-26 Q2', gss))).toBe(lait(measure, '2025', la));
  });

  it('keeps DfE symbols: Scilly turnover z (LAIT -), Sunderland agency "low", never 0', () => {
    expect(valueOf(figure(result, 'WF-TURNOVER', '2025-26 Q2', 'E06000053'))).toBe('z');
    expect(valueOf(figure(result, 'WF-AGENCY', '2025-26 Q2', 'E08000024'))).toBe('low');
    expect(valueOf(figure(result, 'WF-AGENCY', '2025-26 Q2', 'E09000020'))).toBe('x');
  });

  it('skips the combined Northamptonshire return with its reason, and has no error', () => {
    expect(result.report.errors).toEqual([]);
    const north = observationsOf(result.observations).filter((o) =>
      ['E06000061', 'E06000062'].includes(o.area),
    );
    expect(north).toEqual([]);
    expect(
      result.report.skippedReasons.get(
        'a combined return for two councils (such as "940 / 941"), which the scorecard cannot split between them',
      ),
    ).toBe(1);
  });
});

describe('b1: children in need per 10,000', () => {
  it('reads At31_episodes_rate from the release that has it, every value as in the file', () => {
    const result = importFixture('dfe-b1-children-in-need-2024.csv');
    const lines = readFileSync(`${FIXTURES}dfe-b1-children-in-need-2024.csv`, 'utf8')
      .trim()
      .split('\n')
      .slice(1);
    for (const line of lines) {
      const cells = line.split(',');
      const gss =
        cells[2] === 'National'
          ? 'E92000001'
          : cells[2] === 'Regional'
            ? (cells[5] ?? '')
            : (cells[8] ?? '');
      const raw = cells[24] ?? '';
      const expected = raw === 'u' ? 'x' : Number(raw);
      expect(valueOf(figure(result, 'CSC-CIN-RATE', '2023-24', gss))).toBe(expected);
    }
  });

  it('refuses the 2025 release (counts only) whole, saying why and what to use instead', () => {
    const result = importFixture('dfe-b1-children-in-need-2025.csv');
    expect(result.report.loaded).toBe(0);
    expect(result.report.errors[0]?.message).toMatch(/without its rate columns/);
    expect(result.report.errors[0]?.message).toMatch(/LAIT \(measure CIN\)/);
  });
});

describe('b1 2025: the rate is the count over the ONS population, but is not computed yet', () => {
  // Evidence for docs/figures.md: At31_episodes over the mid-2024 population of children aged
  // 0 to 17 (sources/dfe/ees, the population file the catalogue reads), per 10,000, rounded to
  // one place, equals LAIT's 2025 CIN rate. The importer still refuses the file (see above):
  // it does not divide one file by another.
  const csv = (path: string) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => line.split(','));
  const b1 = csv(`${FIXTURES}dfe-b1-children-in-need-2025.csv`);
  const population = csv(`${DFE}ees/ons_mid-year_population_estimates_2012_to_2024.csv`).filter(
    (cells) => cells[0] === '2024' && cells[10] === 'Children aged 0 to 17 years',
  );
  const rate = (name: string) => {
    const count = b1.find((cells) => (cells[9] || cells[6] || cells[4]) === name)?.[17];
    const children = population.find((cells) => (cells[9] || cells[6] || cells[4]) === name)?.[11];
    return Math.round((Number(count) / Number(children)) * 100000) / 10;
  };
  it.each([
    ['Harrow', 240.9],
    ['Camden', 512.5],
    ['Islington', 521.3],
    ['Devon', 258.9],
    ['Kent', 316.5],
    ['Rutland', 220.9],
    ['Hartlepool', 635.8],
    ['City of London', 814.6],
    ['London', 359.2],
    ['England', 330.3],
  ])(
    '%s: At31_episodes / children aged 0 to 17 (mid-2024) x 10,000 = LAIT 2025 (%s)',
    (name, lait) => {
      expect(rate(name)).toBe(lait);
    },
  );
});

describe('care leavers: activity and accommodation share columns', () => {
  it('reads suitable accommodation by its filter values (constructed lines, real header)', () => {
    const result = importFixture('constructed-care-leavers-accommodation.csv');
    expect(valueOf(figure(result, 'CL-ACCOM-1921', '2024-25', 'E92000001'))).toBe(88);
    const england = observationsOf(result.observations).find((o) => o.area === 'E92000001');
    expect(england?.denominator).toBe(340);
    expect(valueOf(figure(result, 'CL-ACCOM-1921', '2024-25', 'E09000015'))).toBe('c');
    // 17 to 18 year olds are not the scorecard's measure: skipped, not loaded.
    expect(observationsOf(result.observations).some((o) => o.area === 'E06000017')).toBe(false);
  });

  it('still reads the activity file through the same header', () => {
    const result = importFile(
      readBytes(`${DFE}ees/la_care_leavers_activity.csv`),
      'la_care_leavers_activity.csv',
      context(),
    );
    expect(result.report.errors).toEqual([]);
    const indicators = new Set(observationsOf(result.observations).map((o) => o.indicator));
    expect([...indicators]).toEqual(['CL-EET-1921']);
  });

  it('finds both measures for the shared header', () => {
    const header = readFileSync(`${FIXTURES}constructed-care-leavers-accommodation.csv`, 'utf8')
      .split('\n')[0]
      ?.split(',');
    const mapping = eesMappingFor(header ?? []);
    expect(mapping?.measures.map((m) => m.indicator).sort()).toEqual([
      'CL-ACCOM-1921',
      'CL-EET-1921',
    ]);
  });
});

describe("care leavers' accommodation suitability file (its own columns, real lines)", () => {
  const result = importFixture('dfe-care-leavers-accommodation-suitability.csv');
  const accommodation = (area: string) => figure(result, 'CL-ACCOM-1921', '2021-22', area);

  it('loads 19 to 21 year olds in suitable accommodation, with no errors', () => {
    expect(result.report.errors).toEqual([]);
    const indicators = new Set(observationsOf(result.observations).map((o) => o.indicator));
    expect([...indicators]).toEqual(['CL-ACCOM-1921']);
  });

  it.each([
    ['E09000015', '310'], // Harrow
    ['E09000007', '202'], // Camden
    ['E09000019', '206'], // Islington
    ['E10000008', '878'], // Devon
    ['E06000001', '805'], // Hartlepool
  ] as const)('equals LAIT CareLeaverAcc 2022 for %s', (area, laNumber) => {
    expect(valueOf(accommodation(area))).toBe(lait('CareLeaverAcc', '2022', laNumber));
  });

  it('keeps the count and the Total as numerator and denominator', () => {
    const harrow = observationsOf(result.observations).find((o) => o.area === 'E09000015');
    expect(harrow?.numerator).toBe(134);
    expect(harrow?.denominator).toBe(149);
    expect(valueOf(accommodation('E92000001'))).toBe(88);
    expect(valueOf(accommodation('E09000001'))).toBe(94);
  });

  it('reads z as not applicable, never zero, and loads no 17 to 18 year olds', () => {
    expect(valueOf(accommodation('E10000009'))).toBe('z');
    const all = observationsOf(result.observations);
    // Hartlepool's 17 to 18 lines (25 of 28, 89%) are not the scorecard's measure.
    expect(all.filter((o) => o.area === 'E06000001')).toHaveLength(1);
  });
});

describe('the catalogue as a whole', () => {
  const FIXTURE_OF: Readonly<Record<string, string>> = {
    'c1-referrals': `${DFE}ees/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv`,
    'd3-cpp-subsequent': `${FIXTURES}dfe-d3-cpps-subsequent-plan.csv`,
    'c4-section47-icpc': `${FIXTURES}dfe-c4-section47-icpc.csv`,
    'b1-children-in-need': `${FIXTURES}dfe-b1-children-in-need-2024.csv`,
    'b1-children-in-need-counts': `${FIXTURES}dfe-b1-children-in-need-2025.csv`,
    'd5-cpp-duration': `${DFE}ees/d5_cpps_at31march_by_duration_2013_to_2025.csv`,
    'cla-rates': `${DFE}ees/cla_number_and_rate_per_10k_children.csv`,
    'cla-placement-stability': `${FIXTURES}dfe-cla-placement-stability.csv`,
    'care-leavers-activity': `${DFE}ees/la_care_leavers_activity.csv`,
    'care-leavers-accommodation': `${FIXTURES}constructed-care-leavers-accommodation.csv`,
    'care-leavers-accommodation-suitability': `${FIXTURES}dfe-care-leavers-accommodation-suitability.csv`,
    'cla-health-outcomes': `${DFE}ees/la_conviction_health_outcome_cla.csv`,
    'csww-indicators': `${FIXTURES}dfe-csww-indicators.csv`,
    'ons-population': `${DFE}ees/ons_mid-year_population_estimates_2012_to_2024.csv`,
  };

  it('has a file with real lines (or the one constructed file) for every mapping', () => {
    expect(EES_MAPPINGS.map((m) => m.id).sort()).toEqual(Object.keys(FIXTURE_OF).sort());
  });

  it.each(Object.entries(FIXTURE_OF))(
    '%s: validate exits as the app reports (0 clean, 1 errors or nothing loaded)',
    (id, path) => {
      const name = path.split('/').at(-1) ?? path;
      const bytes = readBytes(path);
      const app = importFile(bytes, name, context());
      const { exitCode } = validateFiles([{ name, bytes }], context(), {
        json: false,
        values: false,
      });
      const clean = app.report.errors.length === 0 && app.report.loaded > 0;
      expect(exitCode).toBe(clean ? 0 : 1);
      expect(exitCode).toBe(id === 'b1-children-in-need-counts' ? 1 : 0);
    },
  );
});
