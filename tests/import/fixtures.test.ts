/**
 * Every fixture in tests/fixtures/import is imported and its whole result (the report in plain
 * English, every value loaded, definitions, comparators, areas, neighbours) is compared with a
 * reviewed golden file in tests/import/__reports__/. Good fixtures must give no issue at all;
 * every fixture must put each line in exactly one bucket.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportContext } from '../../src/domain/import';
import { describeResult, FIXTURES, importFixture } from './helpers';

/** Fixtures that need something other than the standard context. */
const OVERRIDES: ReadonlyMap<string, Partial<ImportContext>> = new Map([
  [
    'council-export-other-names.csv',
    {
      mapping: {
        indicator: 'Measure Name',
        period: 'Year',
        area: 'LA Code',
        value: 'Result',
        areaName: 'LA Name',
      },
    },
  ],
  [
    'council-export.csv',
    {
      mapping: {
        indicator: 'indicator',
        period: 'period',
        area: 'area_code',
        value: 'value',
        areaName: 'area_name',
      },
    },
  ],
  ['definitions-good.csv', { indicators: new Map() }],
  ['definitions-bad.csv', { indicators: new Map() }],
  ['areas-register.csv', { areas: new Map() }],
]);

/** Fixtures that must import with no error and no warning. */
const GOOD = [
  'bom-utf8.csv',
  'utf16le.csv',
  'utf16be.csv',
  'crlf.csv',
  'cr-only-line-endings.csv',
  'tab-delimited.csv',
  'title-rows.csv',
  'total-and-footnote-rows.csv',
  'blank-lines.csv',
  // symbols-and-blank.csv is not here: its empty value cell is (rightly) a warning.
  'quarter-basis-title.csv',
  'monthly-file.csv',
  'month-quarter-end.csv',
  'wide-with-area-column.csv',
  'council-export.csv',
  'council-export-other-names.csv',
  'definitions-good.csv',
];

const fixtures = readdirSync(FIXTURES)
  .filter((name) => name !== 'README.md')
  .sort();

describe('import fixtures', () => {
  it('has at least 40 fixtures, each with a golden report', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    for (const good of GOOD) expect(fixtures).toContain(good);
  });

  it.each(fixtures)('%s gives its reviewed result', async (name) => {
    const result = importFixture(name, OVERRIDES.get(name));
    const { report } = result;
    expect(report.loaded + report.rejected + report.skipped).toBe(report.lines);
    expect(report.file).toBe(name);
    await expect(describeResult(result)).toMatchFileSnapshot(`./__reports__/${name}.txt`);
  });

  it.each(GOOD)('%s has no errors and no warnings', (name) => {
    const { report } = importFixture(name, OVERRIDES.get(name));
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.loaded).toBeGreaterThan(0);
  });
});
