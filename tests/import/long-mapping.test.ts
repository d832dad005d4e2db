/**
 * A council's own long file (area_code, area_name, period, indicator, measure, unit, value)
 * through a long mapping: the unit column's "Persons" ignored, the measure column choosing the
 * figure and its numerator, the file's indicator names matched to the scorecard's, one left out.
 */
import { describe, expect, it } from 'vitest';
import {
  groupIssues,
  headerSignature,
  missingMappedColumns,
  readFiles,
  suggestIndicator,
  type ColumnMapping,
} from '../../src/domain/import';
import {
  dfeAreas,
  FIXTURES,
  importFixture as importAt,
  readBytes,
  testDefinitions,
} from './helpers';

/** After 2025-26 has ended (the file's latest year). */
const importFixture = (name: string, overrides: Parameters<typeof importAt>[1] = {}) =>
  importAt(name, { now: new Date(2026, 8, 30), ...overrides });

const FILE = 'council-long-export.csv';
const REREF = "Percentage of re-referrals to children's social care within 12 months";
const CIN = 'Children in need rate per 10,000 children aged under 18';
const CLA = 'Children looked after rate per 10,000 children aged under 18';
const CPP = 'Children subject to a child protection plan rate per 10,000 children aged under 18';
const REFERRALS = "Number of referrals to children's social care";

const MAPPING: ColumnMapping = {
  indicator: 'indicator',
  period: 'period',
  area: 'area_code',
  value: 'value',
  areaName: 'area_name',
  unit: 'unit',
  unitWords: [['Persons', null]],
  measure: {
    column: 'measure',
    values: [
      ['Percentage', 'figure'],
      ['Rate per 10,000', 'figure'],
      ['Count', 'numerator'],
    ],
  },
  indicatorNames: [
    [REREF, 'CSC-REREF'],
    [CIN, 'CSC-CIN-RATE'],
    [CLA, 'CLA-RATE'],
    [CPP, 'CSC-CPP-RATE'],
    [REFERRALS, null],
  ],
};

const figure = (
  result: ReturnType<typeof importFixture>,
  indicator: string,
  area: string,
  period: string,
) => {
  const o = result.observations;
  for (let i = 0; i < o.length; i++) {
    if (
      o.indicatorNames[o.indicator[i] ?? 0] === indicator &&
      o.areaNames[o.area[i] ?? 0] === area &&
      o.periodNames[o.period[i] ?? 0] === period
    )
      return { value: o.value[i], numerator: o.numerator[i], missing: o.state[i] };
  }
  return null;
};

describe('a council long file', () => {
  it('read as the tidy layout, fails on every row with one repeated error, grouped', () => {
    const result = importFixture(FILE);
    expect(result.report.layout).toBe('tidy');
    expect(result.report.loaded).toBe(0);
    expect(result.report.rejected).toBe(96);
    const groups = groupIssues(result.report.errors);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.count).toBe(96);
    expect(groups[0]?.runs).toEqual([[2, 97]]);
    expect(groups[0]?.issue.message).toMatch(/^"Persons" is not a unit/);
  });

  it('through the mapping: every figure loaded with its numerator, every other line skipped with a reason', () => {
    const result = importFixture(FILE, { mapping: MAPPING });
    expect(result.report.layout).toBe('mapped');
    expect(result.report.errors).toEqual([]);
    // 6 councils x 2 years x 4 figures; the count rows are numerators; referrals left out.
    expect(result.report.loaded).toBe(48);
    expect(result.report.rejected).toBe(0);
    expect(Object.fromEntries(result.report.skippedReasons)).toEqual({
      header: 1,
      'read as the numerator of a figure': 36,
      [`indicator "${REFERRALS}" left out in the mapping`]: 12,
    });
    expect(figure(result, 'CSC-REREF', 'E09000015', '2025-26')).toEqual({
      value: 19.6,
      numerator: 372,
      missing: 0,
    });
    expect(figure(result, 'CSC-CIN-RATE', 'E06000017', '2024-25')?.value).toBe(198.7);
    expect(figure(result, 'CLA-RATE', 'E10000008', '2025-26')?.numerator).toBe(779);
    // The rate with no count row beside it has no numerator.
    expect(figure(result, 'CSC-CPP-RATE', 'E06000001', '2024-25')?.numerator).toBeNaN();
    // City of London's suppressed figures stay suppressed, never zero.
    const city = figure(result, 'CSC-REREF', 'E09000001', '2025-26');
    expect(city?.value).toBeNaN();
    expect(city?.missing).not.toBe(0);
    expect(result.observations.indicatorNames).not.toContain(REFERRALS);
  });

  it('a measure value nobody chose is skipped with its reason, and a figure row stays a figure', () => {
    const result = importFixture(FILE, {
      mapping: {
        ...MAPPING,
        measure: { column: 'measure', values: [['Percentage', 'figure']] },
      },
    });
    expect(result.report.errors).toEqual([]);
    expect(result.report.loaded).toBe(12);
    expect(result.report.skippedReasons.get('measure not chosen in the mapping')).toBe(72);
    expect(figure(result, 'CSC-REREF', 'E09000015', '2025-26')?.numerator).toBeNaN();
  });

  it('with the unit column left out and no names matched, loads under the file names with a warning', () => {
    const result = importFixture(FILE, {
      mapping: {
        indicator: 'indicator',
        period: 'period',
        area: 'area_code',
        value: 'value',
        unit: '',
        measure: { column: 'measure', values: [['Rate per 10,000', 'figure']] },
      },
    });
    expect(result.report.errors).toEqual([]);
    expect(result.report.loaded).toBe(36);
    expect(result.observations.indicatorNames).toContain(CIN);
    expect(result.report.warnings.some((w) => w.message.includes('is not a known indicator'))).toBe(
      true,
    );
  });

  it('a unit word mapped to a unit that disagrees with the definition rejects the row', () => {
    const result = importFixture(FILE, {
      mapping: { ...MAPPING, unitWords: [['Persons', 'count']] },
    });
    expect(result.report.errors.length).toBeGreaterThan(0);
    expect(result.report.errors[0]?.message).toContain('does not match the definition');
  });

  it('needs its unit and measure columns in the header for a remembered mapping to apply', () => {
    const header = ['area_code', 'area_name', 'period', 'indicator', 'value'];
    expect(missingMappedColumns(header, MAPPING)).toEqual(['unit', 'measure']);
    expect(headerSignature([...header, 'measure', 'unit'])).toBe(
      headerSignature(['unit', 'measure', ...header]),
    );
  });

  it("suggests the scorecard's indicator for each of the file's names, and none for a name it lacks", () => {
    const definitions = [...testDefinitions().values()];
    expect(suggestIndicator(REREF, definitions).id).toBe('CSC-REREF');
    expect(suggestIndicator(CIN, definitions).id).toBe('CSC-CIN-RATE');
    expect(suggestIndicator(CLA, definitions).id).toBe('CLA-RATE');
    expect(suggestIndicator(CPP, definitions).id).toBe('CSC-CPP-RATE');
    expect(suggestIndicator(REFERRALS, definitions).id).toBeNull();
  });
});

describe('reading a council long file on the Data page (readFiles)', () => {
  const input = (
    mappings: ReadonlyMap<string, ColumnMapping>,
    remembered: ReadonlyMap<string, ColumnMapping>,
    name = FILE,
  ) => ({
    files: [{ name, bytes: readBytes(`${FIXTURES}${name}`) }],
    mappings,
    remembered,
    areas: dfeAreas(),
    indicators: testDefinitions(),
    taken: new Set<string>(),
    now: new Date(2026, 8, 30),
  });

  it("offers the mapping step, with each column's values, when a tidy-looking file fails on most rows", () => {
    const [outcome] = readFiles(input(new Map(), new Map()));
    expect(outcome?.kind).toBe('unmapped');
    if (outcome?.kind !== 'unmapped') return;
    expect(outcome.why).toBe('mostly-rejected');
    expect(outcome.report.rejected).toBe(96);
    expect(outcome.samples.get('measure')?.values).toEqual([
      'Percentage',
      'Count',
      'Rate per 10,000',
    ]);
    expect(outcome.samples.get('unit')?.values).toEqual(['Persons']);
    expect(outcome.samples.get('indicator')?.values).toEqual([REREF, CIN, CLA, CPP, REFERRALS]);
    expect(outcome.samples.get('area_code')?.values).toHaveLength(6);
  });

  it('reads it with the mapping chosen, and with the mapping remembered for its columns', () => {
    const [chosen] = readFiles(input(new Map([[FILE, MAPPING]]), new Map()));
    expect(chosen?.kind).toBe('read');
    if (chosen?.kind !== 'read') return;
    expect(chosen.data.report.loaded).toBe(48);
    expect(chosen.remembered).toBe(false);
    const signature = headerSignature(chosen.data.headers);
    const [remembered] = readFiles(input(new Map(), new Map([[signature, MAPPING]])));
    expect(remembered?.kind).toBe('read');
    if (remembered?.kind !== 'read') return;
    expect(remembered.remembered).toBe(true);
    expect(remembered.data.report.loaded).toBe(48);
  });

  it('does not offer it for a tidy file with several different bad values: its report says what to fix', () => {
    const [outcome] = readFiles(input(new Map(), new Map(), 'percent-over-100.csv'));
    expect(outcome?.kind).toBe('read');
  });
});
