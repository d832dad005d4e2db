/**
 * Publishing: the working data written as config.json and the CSVs it names, then loaded the way
 * the hosted site loads them, gives the same dataset (every figure, definition, area and
 * neighbour list), with no clashes and no errors.
 */
import { describe, expect, it } from 'vitest';
import { valueKey, type AppliedImport } from '../../src/domain/import';
import { runToEnd } from '../../src/domain/workspace';
import { parseConfig } from '../../src/domain/model';
import type { Dataset } from '../../src/domain/model';
import { mergeImports } from '../../src/domain/workspace';
import { publishFiles, safeFileName } from '../../src/domain/workspace';
import { assembleScorecard } from '../../src/domain/import';
import { defaultData, TODAY } from '../support/default-data';
import { fileData } from './helpers';
import { contextOf, HARROW } from './small-data';

const encoder = new TextEncoder();

function figures(dataset: Dataset) {
  const out = new Map<string, unknown>();
  for (const [indicator, byArea] of dataset.observations)
    for (const [area, byPeriod] of byArea)
      for (const [period, o] of byPeriod)
        out.set(valueKey(indicator, area, period), [
          o.value,
          o.numerator,
          o.denominator,
          o.target,
          o.provisional,
          o.note,
        ]);
  return out;
}

function republish(files: ReadonlyMap<string, string>) {
  const { config, problems } = parseConfig(JSON.parse(files.get('config.json') ?? '{}'));
  expect(problems).toEqual([]);
  if (!config) throw new Error('no config');
  const bytes = new Map([...files].map(([name, text]) => [name, encoder.encode(text)]));
  return assembleScorecard(config, bytes, TODAY);
}

describe('publishFiles', () => {
  it.each([
    ['figures.csv', 'figures.csv'],
    ['Q2 export (final).CSV', 'Q2-export-final.csv'],
    ['..hidden.csv', 'hidden.csv'],
    ['£££.csv', 'figures.csv'],
  ])('names %s as %s', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  it('publishes the default data so that it loads back to the same dataset', () => {
    const data = defaultData();
    const { files, problems } = publishFiles(data);
    expect(problems).toEqual([]);
    const again = republish(files);
    expect(again.problems).toEqual([]);
    expect(again.conflicts).toEqual([]);
    expect(figures(again.dataset)).toEqual(figures(data.dataset));
    expect(again.dataset.indicators).toEqual(data.dataset.indicators);
    expect(again.dataset.areas).toEqual(data.dataset.areas);
    expect(again.dataset.neighbours).toEqual(data.dataset.neighbours);
    expect(again.sources.get('local-harrow.csv')).toMatchObject({ illustrative: true });
  });

  it('publishes imports with their decisions, and the site shows the merged figures', () => {
    const data = defaultData();
    const text = [
      'indicator,period,area_code,value,note',
      `CSC-REREF,2026-27 Q2,${HARROW},11.5,=replaced`,
      `CSC-REREF,2024-25 Q1,${HARROW},99,kept`,
      `CSC-REREF,2019-20 Q1,E09000002,12.5,new council quarter`,
    ].join('\n');
    const file = fileData('analyst q2.csv', text, contextOf(data));
    expect(file.report.errors).toEqual([]);
    const imported: AppliedImport = {
      id: 1,
      appliedAt: '2026-11-22T10:00:00Z',
      files: [file],
      decisions: new Map([
        [valueKey('CSC-REREF', HARROW, '2026-27 Q2'), 'replace'],
        [valueKey('CSC-REREF', HARROW, '2024-25 Q1'), 'keep'],
      ]),
      hostedVersion: data.version,
    };
    const merged = runToEnd(mergeImports(data, [imported])).data;
    const { files } = publishFiles(merged);
    const names = [...files.keys()];
    expect(names).toContain('analyst-q2-E09000015.csv');
    const again = republish(files);
    expect(again.problems).toEqual([]);
    expect(again.conflicts).toEqual([]);
    expect(figures(again.dataset)).toEqual(figures(merged.dataset));
  });
});
