/**
 * A real council's published long file: Trafford Data Lab's children looked after health
 * assessments (tests/fixtures/import/trafford-cla-health-assessment.csv, origin in the fixtures
 * README), in the layout council open-data teams publish (area_code, area_name, period,
 * indicator, measure, unit, value). Read as the tidy layout it fails on every line ("Persons"
 * is not a unit); through a long mapping (Persons ignored, Percentage the figure, the name
 * matched to CLA-HEALTH) every line loads, and each figure equals LAIT's LACHealth% for a
 * metropolitan district (Trafford), a shire county (Surrey), an outer London borough (Bromley)
 * and England.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { suggestIndicator, type ColumnMapping } from '../../src/domain/import';
import { observationsOf } from '../../src/domain/model';
import { DFE, importFixture, testDefinitions } from './helpers';

const FILE = 'trafford-cla-health-assessment.csv';
const NAME = 'Children looked after who had their annual health assessment';
const MAPPING: ColumnMapping = {
  indicator: 'indicator',
  period: 'period',
  area: 'area_code',
  value: 'value',
  areaName: 'area_name',
  unit: 'unit',
  unitWords: [['Persons', null]],
  measure: { column: 'measure', values: [['Percentage', 'figure']] },
  indicatorNames: [[NAME, 'CLA-HEALTH']],
};

const laitLines = readFileSync(`${DFE}lait/bds_long_core_measures.csv`, 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('LACHealth%,'));
const lait = (year: string, laNumber: string) => {
  const cells = laitLines
    .map((line) => line.split(','))
    .find((c) => c[2] === year && c.at(-2) === laNumber);
  return Number(cells?.at(-3));
};

describe("Trafford Data Lab's long file", () => {
  it('read as the tidy layout, loads nothing: the unit word is not one the scorecard knows', () => {
    const result = importFixture(FILE);
    expect(result.report.loaded).toBe(0);
    expect(result.report.rejected).toBe(24);
  });

  it('suggests CLA-HEALTH for its indicator name', () => {
    expect(suggestIndicator(NAME, [...testDefinitions().values()]).id).toBe('CLA-HEALTH');
  });

  const result = importFixture(FILE, { mapping: MAPPING });
  const value = (area: string, period: string) => {
    const found = observationsOf(result.observations).find(
      (o) => o.indicator === 'CLA-HEALTH' && o.area === area && o.period === period,
    );
    return found?.value.kind === 'number' ? found.value.value : undefined;
  };

  it('through the mapping, loads every line with no errors', () => {
    expect(result.report.errors).toEqual([]);
    expect(result.report.loaded).toBe(24);
  });

  it.each([
    ['Trafford', 'E08000009', '358'],
    ['Surrey', 'E10000030', '936'],
    ['Bromley', 'E09000006', '305'],
    ['England', 'E92000001', '970'],
  ])('%s equals LAIT LACHealth%% for 2022-23 and 2023-24', (_, area, laNumber) => {
    expect(value(area, '2022-23')).toBe(lait('2023', laNumber));
    expect(value(area, '2023-24')).toBe(lait('2024', laNumber));
  });
});
