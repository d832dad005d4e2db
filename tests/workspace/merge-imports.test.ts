import { describe, expect, it } from 'vitest';
import {
  definitionKey,
  valueKey,
  type AppliedImport,
  type Decision,
  type ImportedFileData,
} from '../../src/domain/import';
import { runToEnd } from '../../src/domain/workspace';
import { getObservation } from '../../src/domain/model';
import { mergeImports, workspaceVersion, workspaceVersionSteps } from '../../src/domain/workspace';
import { contentHash } from '../../src/domain/model';
import { fileData } from './helpers';
import { BARNET, contextOf, HARROW, smallHosted } from './small-data';

const hosted = smallHosted();
const read = (name: string, text: string) => fileData(name, text, contextOf(hosted));
const applied = (
  id: number,
  files: ImportedFileData[],
  decisions: [string, Decision][] = [],
): AppliedImport => ({
  id,
  appliedAt: '2026-11-22T10:00:00.000Z',
  files,
  decisions: new Map(decisions),
  hostedVersion: hosted.version,
});
const merge = (...imports: AppliedImport[]) => runToEnd(mergeImports(hosted, imports));
const valueOf = (data: typeof hosted, indicator: string, area: string, period: string) =>
  getObservation(data.dataset, indicator, area, period)?.value;

const Q2 = `indicator,period,area_code,value\nCSC-REREF,2025-26 Q2,${HARROW},12\n`;
const KEY = valueKey('CSC-REREF', HARROW, '2025-26 Q2');

describe('mergeImports', () => {
  it('gives the hosted data itself when nothing was imported', () => {
    expect(merge().data).toBe(hosted);
  });

  it.each([
    ['keep', 13.9, 0],
    ['replace', 12, 0],
    [undefined, 12, 1],
  ] as const)(
    'with decision %s shows %s and reports %s clash the host made',
    (decision, shown, drift) => {
      const result = merge(applied(1, [read('q2.csv', Q2)], decision ? [[KEY, decision]] : []));
      expect(valueOf(result.data, 'CSC-REREF', HARROW, '2025-26 Q2')).toMatchObject({
        value: shown,
      });
      expect(result.driftCount).toBe(drift);
    },
  );

  it('adds new figures and leaves the hosted dataset untouched', () => {
    const result = merge(
      applied(1, [
        read('new.csv', `indicator,period,area_code,value\nCSC-REREF,2025-26 Q3,${HARROW},11\n`),
      ]),
    );
    expect(valueOf(result.data, 'CSC-REREF', HARROW, '2025-26 Q3')).toMatchObject({ value: 11 });
    expect(valueOf(hosted, 'CSC-REREF', HARROW, '2025-26 Q3')).toBeUndefined();
    expect(valueOf(result.data, 'CSC-REREF', BARNET, '2024-25')).toMatchObject({ value: 21 });
  });

  it('lays later imports over earlier ones', () => {
    const later = `indicator,period,area_code,value\nCSC-REREF,2025-26 Q2,${HARROW},10\n`;
    const result = merge(
      applied(1, [read('q2.csv', Q2)], [[KEY, 'replace']]),
      applied(2, [read('q2-fix.csv', later)], [[KEY, 'replace']]),
    );
    expect(valueOf(result.data, 'CSC-REREF', HARROW, '2025-26 Q2')).toMatchObject({ value: 10 });
  });

  it('marks imported figures as not illustrative and lists the file as local or published', () => {
    const result = merge(
      applied(
        1,
        [
          read('q2.csv', Q2),
          read('annual.csv', `indicator,period,area_code,value\nCLA-RATE,2024-25,${BARNET},40\n`),
        ],
        [[KEY, 'replace']],
      ),
    );
    expect(result.data.sources.get('q2.csv')).toEqual({
      file: 'q2.csv',
      area: HARROW,
      illustrative: false,
      label: null,
    });
    expect(result.data.config.files.slice(-2).map((f) => [f.path, f.role])).toEqual([
      ['q2.csv', 'local'],
      ['annual.csv', 'published'],
    ]);
    expect(result.data.reports.slice(-2).map((r) => r.file)).toEqual(['q2.csv', 'annual.csv']);
  });

  it('changes the version when imports or decisions change', () => {
    const keep = merge(applied(1, [read('q2.csv', Q2)], [[KEY, 'keep']])).data.version;
    const replace = merge(applied(1, [read('q2.csv', Q2)], [[KEY, 'replace']])).data.version;
    expect(new Set([hosted.version, keep, replace]).size).toBe(3);
  });

  it('keeps or replaces a changed definition as decided', () => {
    const current = hosted.dataset.indicators.get('CSC-REREF');
    if (!current) throw new Error('no CSC-REREF');
    const changed = { ...current, title: 'Re-referrals (new wording)' };
    const file = { ...read('defs.csv', 'x\n'), definitions: [changed] };
    const kept = merge(applied(1, [file], [[definitionKey('CSC-REREF'), 'keep']])).data;
    const replaced = merge(applied(1, [file], [[definitionKey('CSC-REREF'), 'replace']])).data;
    expect(kept.dataset.indicators.get('CSC-REREF')?.title).toBe(current.title);
    expect(replaced.dataset.indicators.get('CSC-REREF')?.title).toBe('Re-referrals (new wording)');
  });
});

describe('workspaceVersion', () => {
  /** The version as one JSON text per import (what workspaceVersionSteps hashes in pieces). */
  const inOneGo = (imports: AppliedImport[]) =>
    contentHash([
      new TextEncoder().encode(hosted.version),
      ...imports.map((a) =>
        new TextEncoder().encode(
          JSON.stringify([
            a.id,
            a.files.map((f) => [f.sourceKey, f.hash]),
            [...a.decisions].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
          ]),
        ),
      ),
    ]);
  const q2 = read('q2.csv', Q2);
  const many: [string, Decision][] = Array.from({ length: 5000 }, (_, i) => [
    valueKey('CSC-REREF', HARROW, `${String(1900 + i)}-${String((i + 1) % 100).padStart(2, '0')}`),
    i % 3 === 0 ? 'keep' : 'replace',
  ]);

  it.each([
    ['no imports', [] as AppliedImport[]],
    ['an import with no decisions', [applied(1, [q2])]],
    ['an import with one decision', [applied(1, [q2], [[KEY, 'keep']])]],
    [
      'two imports, one with more decisions than a slice',
      [applied(1, [q2]), applied(2, [q2], many)],
    ],
  ])('is the hash of the same bytes, in pieces, for %s', (_, imports) => {
    const expected = imports.length === 0 ? hosted.version : inOneGo(imports);
    expect(workspaceVersion(hosted.version, imports)).toBe(expected);
    expect(runToEnd(workspaceVersionSteps(hosted.version, imports))).toBe(expected);
  });
});
