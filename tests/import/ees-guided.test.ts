/**
 * Any other EES file: its structure is found (indicator columns after the location columns,
 * filter columns with their values), the analyst's choice becomes a declarative mapping, and
 * the file is read through it, remembered by its header signature.
 */
import { describe, expect, it } from 'vitest';
import {
  eesFileShape,
  eesGuidedMapping,
  headerSignature,
  importFile,
  needsEesGuidance,
  readFiles,
  suggestedFilterValue,
} from '../../src/domain/import';
import { observationsOf } from '../../src/domain/model';
import { context, dfeAreas, FIXTURES, NOW, readBytes, testDefinitions } from './helpers';

const NAME = 'dfe-unseen-cla-swcount.csv';
const bytes = () => readBytes(`${FIXTURES}${NAME}`);
const CHOICE = {
  value: 'children_percent',
  where: [
    { column: 'cla_group', value: 'CLA on 31 March' },
    { column: 'sw_stability', value: '3 or more social workers during the year' },
  ],
  // Any scorecard indicator: the scorecard has none for social worker changes, so a stand-in.
  indicator: 'CLA-3PLUS-PLACE',
  unit: 'percent',
} as const;

describe('an EES file the catalogue has no mapping for', () => {
  it('needs guidance; a catalogued file, a tidy file or an unknown layout do not', () => {
    const header = (name: string) =>
      importFile(readBytes(`${FIXTURES}${name}`), name, context()).headers;
    expect(needsEesGuidance(header(NAME))).toBe(true);
    expect(needsEesGuidance(header('dfe-c4-section47-icpc.csv'))).toBe(false);
    expect(needsEesGuidance(header('bom-utf8.csv'))).toBe(false);
    expect(needsEesGuidance(header('unknown-layout.csv'))).toBe(false);
  });

  it('offers the numeric columns after the location columns, and the filters with their values', () => {
    const shape = eesFileShape(bytes());
    expect(shape.indicators).toEqual(['children_count', 'children_percent']);
    expect(shape.filters).toEqual([
      { column: 'cla_group', values: ['CLA 2 years on 31 March', 'CLA on 31 March'] },
      {
        column: 'sw_stability',
        values: [
          'Total children',
          '3 or more social workers during the previous 2 years',
          '3 or more social workers during the year',
        ],
      },
    ]);
    expect(shape.other).toEqual([]);
  });

  it.each([
    [['Total'], 'Total'],
    [['Girls', 'Boys', 'Total'], 'Total'],
    [['All ages', 'Under 1'], 'All ages'],
    [['Girls', 'Boys'], ''],
    [['Totally different', 'Other'], ''],
  ])('starts a filter with values %j at "%s"', (values, expected) => {
    expect(suggestedFilterValue({ column: 'f', values })).toBe(expected);
  });

  it('is an error without a mapping, and is read through the chosen one', () => {
    const alone = importFile(bytes(), NAME, context());
    expect(alone.report.loaded).toBe(0);
    expect(alone.report.errors[0]?.message).toMatch(/Any other EES file can be read by choosing/);
    const mapped = importFile(bytes(), NAME, context({ mapping: eesGuidedMapping(CHOICE) }));
    expect(mapped.report.errors).toEqual([]);
    expect(mapped.report.warnings).toEqual([]);
    const values = observationsOf(mapped.observations).map((o) => [o.area, o.period, o.value]);
    expect(values).toEqual([
      ['E92000001', '2024-25', { kind: 'number', value: 24, lowReliability: false }],
      ['E12000007', '2024-25', { kind: 'number', value: 22, lowReliability: false }],
      ['E06000001', '2024-25', { kind: 'number', value: 3, lowReliability: false }],
    ]);
    // Every other row is skipped with its reason, none silently.
    expect(mapped.report.skippedReasons.get('not a measure the scorecard uses')).toBe(9);
  });

  it('comes back from readFiles for mapping, with its shape, and is then read with the mapping remembered by its signature', () => {
    const input = {
      files: [{ name: NAME, bytes: bytes() }],
      mappings: new Map(),
      remembered: new Map(),
      areas: dfeAreas(),
      indicators: testDefinitions(),
      taken: new Set<string>(),
      now: NOW,
    };
    const [first] = readFiles(input);
    expect(first?.kind).toBe('unmapped');
    if (first?.kind !== 'unmapped') return;
    expect(first.ees?.indicators).toContain('children_percent');
    const remembered = new Map([[first.signature, eesGuidedMapping(CHOICE)]]);
    expect(first.signature).toBe(headerSignature(first.headers));
    const [second] = readFiles({ ...input, remembered });
    expect(second?.kind).toBe('read');
    if (second?.kind !== 'read') return;
    expect(second.remembered).toBe(true);
    expect(second.data.report.loaded).toBe(3);
  });
});
