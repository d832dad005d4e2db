/**
 * Precision as published, end to end: the optional `published_decimals` column of a definitions
 * file, written back the same way, and the figures an assessment shows (the council's own
 * published figure, England, the region, the neighbours' mean) against a local figure.
 */
import { describe, expect, it } from 'vitest';
import { assessIndicator } from '../src/domain/assess';
import { importFile } from '../src/domain/import';
import type { Dataset } from '../src/domain/model';
import { missing } from '../src/domain/testing/build';
import {
  HARROW,
  harrowDataset,
  INDICATORS,
  localRows,
  publishedRows,
} from '../src/domain/testing/harrow';
import { definitionsCsv } from '../src/domain/workspace';
import { context } from './import/helpers';

const encode = (text: string) => new TextEncoder().encode(text);
const HEADER = 'id,title,section,unit,polarity,decimals,published_decimals,measurement';

function readDefinitions(lines: readonly string[], header = HEADER) {
  return importFile(encode([header, ...lines].join('\n')), 'definitions.csv', context());
}

describe('the definitions reader: published_decimals is optional', () => {
  it.each([
    [
      'a whole-number series',
      'CLA-RATE,Children in care,in-care,rate per 10000,none,1,0,snapshot',
      0,
    ],
    ['a one-decimal series', 'CSC-REREF,Re-referrals,front-door,percent,lower,1,1,in-period', 1],
    ['a blank value', 'CSC-REREF,Re-referrals,front-door,percent,lower,1,,in-period', undefined],
  ])('%s', (_name, line, expected) => {
    const result = readDefinitions([line]);
    expect(result.report.errors).toEqual([]);
    expect(result.definitions[0]?.publishedDecimals).toBe(expected);
  });

  it('a file without the column reads as before: published decimals are the decimals', () => {
    const result = readDefinitions(
      ['CLA-RATE,Children in care,in-care,rate per 10000,none,1,snapshot'],
      'id,title,section,unit,polarity,decimals,measurement',
    );
    expect(result.report.errors).toEqual([]);
    expect(result.report.warnings).toEqual([]);
    expect(result.definitions[0]?.decimals).toBe(1);
    expect(result.definitions[0]?.publishedDecimals).toBeUndefined();
  });

  it('a value that is not a number of places is refused with the reason, the row not loaded', () => {
    const result = readDefinitions([
      'CLA-RATE,Children in care,in-care,rate per 10000,none,1,one,snapshot',
    ]);
    expect(result.definitions).toEqual([]);
    expect(result.report.errors).toEqual([
      expect.objectContaining({
        line: 2,
        column: 'published_decimals',
        value: 'one',
        message: expect.stringContaining(
          'should be a whole number of decimal places from 0 to 9, or blank',
        ) as string,
      }),
    ]);
  });

  it('is written back as read', () => {
    const read = readDefinitions([
      'CLA-RATE,Children in care,in-care,rate per 10000,none,1,0,snapshot',
      'CSC-REREF,Re-referrals,front-door,percent,lower,1,,in-period',
    ]).definitions;
    const again = importFile(encode(definitionsCsv(read).text), 'definitions.csv', context());
    expect(again.definitions.map((d) => [d.id, d.decimals, d.publishedDecimals])).toEqual([
      ['CLA-RATE', 1, 0],
      ['CSC-REREF', 1, undefined],
    ]);
  });
});

describe('an assessment shows DfE figures as published and local figures at their decimals', () => {
  // Children in care per 10,000: DfE publishes whole numbers; the indicator keeps one place.
  const claRate = { ...INDICATORS.claRate, decimals: 1, publishedDecimals: 0 };
  const published = (rows: Dataset): Dataset => ({
    ...rows,
    publishedFiles: new Set(['test.csv']),
  });

  it('a council without local figures: its own, England and the region whole, the mean to one place', () => {
    const data = published(harrowDataset([claRate], publishedRows('LAC', 'CLA-RATE')));
    const a = assessIndicator(data, 'CLA-RATE', HARROW, '2024-25');
    expect(a?.origin).toBe('published');
    expect(a?.valueText).toBe('29 per 10,000');
    // Neighbours 38, 41, 37, 33, 47, 70, 39, 31, 37, 68: mean 44.1; England 67.
    expect(a?.sentence).toContain('29 per 10,000 at 31 March 2025');
    expect(a?.sentence).toContain('44.1 per 10,000');
    expect(a?.sentence).toContain('England (67 per 10,000');
    expect(a?.sentence).not.toMatch(/\b(29|67)\.0\b/);
  });

  it('a local figure on a whole-number series keeps its place', () => {
    const rows = [
      ...publishedRows('LAC', 'CLA-RATE'),
      ...localRows('CLA-RATE', { '2025-26 Q1': 29.4 }),
    ];
    // The local row is read from the same test file: a dataset naming no published files.
    const a = assessIndicator(harrowDataset([claRate], rows), 'CLA-RATE', HARROW, '2025-26 Q1');
    expect(a?.origin).toBe('local');
    expect(a?.valueText).toBe('29.4 per 10,000');
  });

  it('a suppressed published figure is its code, never a number', () => {
    const rows = publishedRows('LAC', 'CLA-RATE').map((r) =>
      r.area === HARROW ? { ...r, value: missing('c') } : r,
    );
    const a = assessIndicator(
      published(harrowDataset([claRate], rows)),
      'CLA-RATE',
      HARROW,
      '2024-25',
    );
    expect(a?.value).toBeNull();
    expect(a?.valueText).toMatch(/\[c\]/);
  });

  it('a definitions file without the column shows DfE figures at the decimals, as before', () => {
    const data = published(harrowDataset([INDICATORS.claRate], publishedRows('LAC', 'CLA-RATE')));
    const plain = { ...INDICATORS.claRate, decimals: 1 };
    const a = assessIndicator(
      published(harrowDataset([plain], publishedRows('LAC', 'CLA-RATE'))),
      'CLA-RATE',
      HARROW,
      '2024-25',
    );
    expect(a?.valueText).toBe('29.0 per 10,000');
    expect(assessIndicator(data, 'CLA-RATE', HARROW, '2024-25')?.valueText).toBe('29 per 10,000');
  });
});
