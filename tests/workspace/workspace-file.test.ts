import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { valueKey, type AppliedImport } from '../../src/domain/import';
import { observationsOf } from '../../src/domain/model';
import { workspaceFromZip, workspaceToZip, WORKSPACE_FORMAT } from '../../src/domain/workspace';
import { fileData } from './helpers';
import { contextOf, HARROW, smallHosted } from './small-data';

const hosted = smallHosted();
const file = fileData(
  'q2.csv',
  `indicator,period,area_code,value,numerator,denominator,target,note\nCSC-REREF,2025-26 Q2,${HARROW},12,5,40,20,=note\nCSC-REREF,2025-26 Q3,${HARROW},c,,,,\n`,
  contextOf(hosted),
);
const imported: AppliedImport = {
  id: 3,
  appliedAt: '2026-11-22T10:00:00.000Z',
  files: [file],
  decisions: new Map([[valueKey('CSC-REREF', HARROW, '2025-26 Q2'), 'keep']]),
  hostedVersion: hosted.version,
};
const encoder = new TextEncoder();

describe('workspace file', () => {
  it('reads back every import, its figures, report and decisions, and the mappings', () => {
    const mapping = { indicator: 'Measure', period: 'Year', area: 'LA', value: 'Result' };
    const bytes = workspaceToZip({
      imports: [imported],
      mappings: [['la|measure|result|year', mapping]],
      hostedVersion: hosted.version,
      exportedAt: '2026-11-22T11:00:00.000Z',
    });
    const read = workspaceFromZip(bytes);
    if (!read.ok) throw new Error(read.problems.join('\n'));
    const [again] = read.contents.imports;
    expect(again?.id).toBe(3);
    expect(again?.decisions).toEqual(imported.decisions);
    expect(again?.files[0]?.report).toEqual(file.report);
    expect(observationsOf(again?.files[0]?.observations ?? file.observations)).toEqual(
      observationsOf(file.observations),
    );
    expect(read.contents.mappings).toEqual([['la|measure|result|year', mapping]]);
  });

  it.each([
    ['not a zip', encoder.encode('hello'), 'not a zip file'],
    [
      'a zip without workspace.json',
      zipSync({ 'a.txt': encoder.encode('x') }),
      'no workspace.json',
    ],
    [
      'another format',
      zipSync({ 'workspace.json': encoder.encode(JSON.stringify({ format: 'other' })) }),
      'not a scorecard workspace',
    ],
    [
      'a newer version',
      zipSync({
        'workspace.json': encoder.encode(JSON.stringify({ format: WORKSPACE_FORMAT, version: 9 })),
      }),
      'format version 9',
    ],
  ])('refuses %s, saying why', (_name, bytes, problem) => {
    const read = workspaceFromZip(bytes);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.join(' ')).toContain(problem);
  });

  it('refuses a workspace whose columns point outside their names', () => {
    const bad = {
      ...file,
      observations: { ...file.observations, indicator: new Uint32Array([7, 7]) },
    };
    const bytes = workspaceToZip({
      imports: [{ ...imported, files: [bad] }],
      mappings: [],
      hostedVersion: '',
      exportedAt: '',
    });
    const read = workspaceFromZip(bytes);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]).toContain('points outside its names');
  });
});
