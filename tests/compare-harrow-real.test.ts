/**
 * The comparison engine on real data through the real import path: the committed DfE LAIT file
 * and the May 2025 statistical-neighbour list, read by importFile from sources/dfe, give Harrow's
 * 2024-25 neighbour means and medians as worked out by hand (see
 * src/domain/assess/benchmarks.harrow.test.ts for the hand calculation and the rows used).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assessIndicator } from '../src/domain/assess';
import { buildDataset, type Dataset } from '../src/domain/model';
import { areasFromDfeLookups, importFile } from '../src/domain/import';
import type { IndicatorDefinition } from '../src/domain/model';
import { TODAY } from './support/default-data';

const ROOT = join(import.meta.dirname, '..');
const read = (path: string) => new Uint8Array(readFileSync(join(ROOT, path)));
const HARROW = 'E09000015';

let dataset: Dataset;

beforeAll(() => {
  const lookups = areasFromDfeLookups(
    readFileSync(join(ROOT, 'sources/dfe/lookups/las.csv'), 'utf8'),
    readFileSync(join(ROOT, 'sources/dfe/lookups/regions.csv'), 'utf8'),
  );
  const areas = new Map(lookups.areas.map((area) => [area.code, area]));
  const definitions = importFile(read('public/data/definitions.csv'), 'definitions.csv', {
    now: TODAY,
    areas,
    indicators: new Map(),
  });
  const indicators = new Map<string, IndicatorDefinition>(
    definitions.definitions.map((d) => [d.id, d]),
  );
  const context = { now: TODAY, areas, indicators };
  const lait = importFile(
    read('sources/dfe/lait/bds_long_core_measures.csv'),
    'bds_long_core_measures.csv',
    context,
  );
  const neighbours = importFile(
    read('sources/dfe/stat_neighbours/sn_may_2025.csv'),
    'sn_may_2025.csv',
    context,
  );
  expect(lait.report.errors).toEqual([]);
  expect(neighbours.report.errors).toEqual([]);
  dataset = buildDataset({
    indicators: indicators.values(),
    areas: areas.values(),
    neighbours: neighbours.neighbours ?? new Map(),
    observations: [lait.observations],
  }).dataset;
}, 60_000);

describe("Harrow's 2024-25 statistical-neighbour averages, read from the DfE files", () => {
  it.each([
    // indicator, contributed, mean, median (by hand from the raw CSVs)
    ['CLA-RATE', 10, 44.1, 38.5],
    ['CL-EET-1921', 10, 58.8, 56],
    ['CSC-REREF', 10, 18.84, 19.9],
    ['CSC-ASSESS-45', 10, 83.01, 85.8],
    ['CSC-CPP-2YRS', 6, 16.6 / 6, 1.9],
  ] as const)('%s: %i of 10, mean %d, median %d', (id, contributed, mean, median) => {
    const byMean = assessIndicator(dataset, id, HARROW, '2024-25', { snAverage: 'mean' });
    const byMedian = assessIndicator(dataset, id, HARROW, '2024-25', { snAverage: 'median' });
    expect(byMean?.benchmarks.neighbours).toMatchObject({
      contributed,
      listed: 10,
      period: '2024-25',
    });
    expect(byMean?.benchmarks.neighbours?.value).toBeCloseTo(mean, 8);
    expect(byMedian?.benchmarks.neighbours?.value).toBeCloseTo(median, 8);
  });

  it('says in the sentence which average it is and how many of the ten contributed', () => {
    const assessment = assessIndicator(dataset, 'CSC-CPP-2YRS', HARROW, '2024-25');
    expect(assessment?.sentence).toContain('statistical-neighbour mean');
    expect(assessment?.sentence).toContain('6 of 10');
    expect(assessment?.benchmarks.neighbours?.excluded.map((e) => e.name).sort()).toEqual([
      'Barnet',
      'Hounslow',
      'Reading',
      'Slough',
    ]);
  });
});
