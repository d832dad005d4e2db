/**
 * A workspace file whose layout is right but whose contents are damaged is refused with what is
 * wrong (never read in part, never a thrown error).
 */
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { valueKey, type AppliedImport } from '../../src/domain/import';
import { workspaceFromZip, workspaceToZip } from '../../src/domain/workspace';
import { fileData } from './helpers';
import { contextOf, HARROW, smallHosted } from './small-data';

const hosted = smallHosted();
const file = fileData(
  'defs.csv',
  `indicator,period,area_code,value\nCSC-REREF,2025-26 Q2,${HARROW},12\n`,
  contextOf(hosted),
);
const imported: AppliedImport = {
  id: 1,
  appliedAt: '2026-11-22T10:00:00.000Z',
  files: [{ ...file, definitions: [...hosted.dataset.indicators.values()].slice(0, 2) }],
  decisions: new Map([[valueKey('CSC-REREF', HARROW, '2025-26 Q2'), 'keep']]),
  hostedVersion: hosted.version,
};
const good = workspaceToZip({
  imports: [imported],
  mappings: [],
  hostedVersion: hosted.version,
  exportedAt: '2026-11-22T11:00:00.000Z',
});

/** The good file with workspace.json changed by `damage`. */
function damaged(damage: (json: Record<string, unknown>) => void): Uint8Array {
  const entries = unzipSync(good);
  const json = JSON.parse(new TextDecoder().decode(entries['workspace.json'])) as Record<
    string,
    unknown
  >;
  damage(json);
  entries['workspace.json'] = new TextEncoder().encode(JSON.stringify(json));
  return zipSync(entries);
}
type Json = Record<string, never> & { imports: Record<string, unknown>[] };
const firstImport = (json: Record<string, unknown>) => (json as Json).imports[0] ?? {};
const firstFile = (json: Record<string, unknown>) =>
  (firstImport(json)['files'] as Record<string, unknown>[])[0] ?? {};

describe('workspaceFromZip refuses damaged contents', () => {
  it('reads the undamaged file', () => {
    expect(workspaceFromZip(good).ok).toBe(true);
  });

  it.each([
    [
      'decisions that are not a list',
      (json: Record<string, unknown>) => {
        firstImport(json)['decisions'] = 5;
      },
      'Import 1 is damaged: its decisions are not a list.',
    ],
    [
      'a decision that is not keep or replace',
      (json: Record<string, unknown>) => {
        firstImport(json)['decisions'] = [['k', 'maybe']];
      },
      'Import 1 is damaged: one of its decisions is not a keep or replace choice.',
    ],
    [
      'a definition missing its fields',
      (json: Record<string, unknown>) => {
        firstFile(json)['definitions'] = [{ id: 'CSC-REREF', title: 'Re-referrals' }];
      },
      'Import 1, file 1 (defs.csv) is damaged: the definition of CSC-REREF has no shortTitle.',
    ],
    [
      'an import that is not a record',
      (json: Record<string, unknown>) => {
        (json as Json).imports[0] = null as never;
      },
      'Import 1 is damaged.',
    ],
    [
      'a damaged mapping',
      (json: Record<string, unknown>) => {
        json['mappings'] = [[1, 2]];
      },
      'workspace.json: a remembered column mapping is damaged.',
    ],
  ])('%s', (_name, damage, problem) => {
    const read = workspaceFromZip(damaged(damage));
    expect(read).toEqual({ ok: false, problems: [problem] });
  });
});
