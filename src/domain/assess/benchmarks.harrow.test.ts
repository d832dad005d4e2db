/**
 * Cross-check on real data: Harrow's 2025 (2024-25) statistical-neighbour mean and median for
 * six LAIT measures, against figures worked out by hand from bds_long_core_measures.csv and
 * sn_may_2025.csv (see testing/harrow.ts for the rows copied). The importer is not used here:
 * the dataset holds exactly Harrow's ten neighbours' published values.
 */
import { describe, expect, it } from 'vitest';
import { benchmarks } from './benchmarks';
import { num } from '../testing/build';
import { HARROW, harrowDataset, INDICATORS, LAIT_2025, publishedRows } from '../testing/harrow';
import type { IndicatorDefinition } from '../model';

/** By hand: sum of the published values / count; median of the sorted values. */
const HAND: readonly [string, IndicatorDefinition, number, number, number, number][] = [
  // measure, indicator, contributed, sum, mean, median
  ['LAC', INDICATORS.claRate, 10, 441, 44.1, 38.5],
  ['CareLeaverEET', INDICATORS.eet, 10, 588, 58.8, 56],
  ['ReReferral', INDICATORS.reref, 10, 188.4, 18.84, 19.9],
  ['Continue_Assess_Comp', INDICATORS.assess, 10, 830.1, 83.01, 85.8],
  ['Work_Force_Agecy_Rate', INDICATORS.agency, 10, 178.6, 17.86, 18.75],
  ['CPPlans2yrsActive', INDICATORS.cpp2yrs, 6, 16.6, 16.6 / 6, 1.9],
];

describe("Harrow's 2024-25 statistical-neighbour averages match the hand calculation", () => {
  it.each(HAND)('%s', (measure, def, contributed, sum, mean, median) => {
    const data = harrowDataset([def], publishedRows(measure, def.id));
    const harrow = LAIT_2025[measure]?.harrow;
    const local = typeof harrow === 'number' ? num(harrow) : harrow;
    const byMean = benchmarks(data, def, HARROW, '2024-25', local).neighbours;
    const byMedian = benchmarks(data, def, HARROW, '2024-25', local, {
      average: 'median',
    }).neighbours;
    expect(byMean).toMatchObject({ period: '2024-25', contributed, listed: 10 });
    expect(byMean?.value).toBeCloseTo(mean, 10);
    expect((byMean?.value ?? 0) * contributed).toBeCloseTo(sum, 8);
    expect(byMedian?.value).toBeCloseTo(median, 10);
  });

  it('CP plans lasting 2 years: Barnet, Reading, Hounslow and Slough are left out', () => {
    const def = INDICATORS.cpp2yrs;
    const data = harrowDataset([def], publishedRows('CPPlans2yrsActive', def.id));
    const sn = benchmarks(data, def, HARROW, '2024-25', num(3.3)).neighbours;
    expect(sn?.excluded.map((e) => e.name)).toEqual(['Barnet', 'Reading', 'Hounslow', 'Slough']);
    expect(sn?.label).toBe('SN mean 2024-25, 6 of 10');
  });

  it('children looked after: quartiles, rank and comparators', () => {
    const def = INDICATORS.claRate;
    const data = harrowDataset([def], publishedRows('LAC', def.id));
    const result = benchmarks(data, def, HARROW, '2024-25', num(29));
    expect(result.neighbours).toMatchObject({
      lowerQuartile: 37,
      upperQuartile: 45.5,
      position: 'below',
      judgement: 'lower',
    });
    expect(result.rankAmongNeighbours?.text).toBe('11th highest of 11');
    expect(result.quartileBand).toBeNull();
    expect(result.region?.value).toBe(48);
    expect(result.england?.value).toBe(67);
  });
});
