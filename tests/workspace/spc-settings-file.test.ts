/**
 * The analyst's SPC settings travel with the workspace: the workspace file keeps them exactly
 * (spc.json, read with the config reader and refused when damaged), and Publish writes them into
 * config.json's spc block, which its check reads back and compares with the working data.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readSpcConfig, sameSpcSettings, type SpcSettings } from '../../src/domain/model';
import {
  checkPublished,
  publishFiles,
  workspaceFromZip,
  workspaceToZip,
  type WorkspaceContents,
} from '../../src/domain/workspace';
import { defaultData, TODAY } from '../support/default-data';

const settings: SpcSettings = {
  run: 7,
  baselines: new Map([['CSC-REREF', 16]]),
  recalculations: new Map([
    ['CSC-REREF', ['2023-24 Q1', '2025-26 Q1']],
    ['__proto__', ['2024-25 Q2']],
  ]),
  reasons: new Map([
    [
      'CSC-REREF',
      new Map([
        ['2023-24 Q1', 'new front-door model'],
        ['2025-26 Q1', '=HYPERLINK("x") <b>not markup</b>'],
      ]),
    ],
  ]),
};
const base: WorkspaceContents = {
  imports: [],
  mappings: [],
  hostedVersion: 'v1',
  exportedAt: '2026-12-07T20:00:00.000Z',
};

describe('SPC settings in the workspace file', () => {
  it.each([
    ['settings', settings],
    ['settings back to the defaults (cleared in this browser)', readSpcConfig({}).settings],
  ])('round-trips %s exactly', (_name, spc) => {
    const read = workspaceFromZip(workspaceToZip({ ...base, spc }));
    if (!read.ok) throw new Error(read.problems.join('\n'));
    expect(read.contents.spc).toEqual({ ...spc, reasons: spc.reasons ?? new Map() });
  });

  it('a file with no spc.json has none of its own (the web host applies)', () => {
    const read = workspaceFromZip(workspaceToZip(base));
    expect(read.ok && read.contents.spc).toBeNull();
  });

  it.each([
    ['not JSON', '{run', ['spc.json in the file is not valid JSON.']],
    [
      'a run of 5',
      '{"run":5}',
      ['spc.json: spc.run: should be 6 or 7 (points in a shift or trend), not 5.'],
    ],
    [
      'a baseline that is not a number',
      '{"baselines":{"A":"ten"}}',
      ['spc.json: spc.baselines.A: should be a whole number of points, not "ten".'],
    ],
  ])('refuses a file whose spc.json is damaged (%s), changing nothing', (_name, text, problems) => {
    const entries = unzipSync(workspaceToZip({ ...base, spc: settings }));
    entries['spc.json'] = strToU8(text);
    expect(workspaceFromZip(zipSync(entries))).toEqual({ ok: false, problems });
  });
});

describe('SPC settings in Publish', () => {
  const hosted = defaultData();
  const data = { ...hosted, config: { ...hosted.config, spc: settings } };

  it('writes them into config.json, and the check reads them back the same', () => {
    const published = publishFiles(data);
    const json = JSON.parse(published.files.get('config.json') ?? '{}') as Record<string, unknown>;
    expect(json['spc']).toEqual({
      run: 7,
      baselines: { 'CSC-REREF': 16 },
      recalculateAt: { 'CSC-REREF': ['2023-24 Q1', '2025-26 Q1'], ['__proto__']: ['2024-25 Q2'] },
      recalculationReasons: {
        'CSC-REREF': {
          '2023-24 Q1': 'new front-door model',
          '2025-26 Q1': '=HYPERLINK("x") <b>not markup</b>',
        },
      },
    });
    expect(sameSpcSettings(readSpcConfig(json['spc']).settings, settings)).toBe(true);
    expect(checkPublished(published, data, TODAY)).toEqual([]);
  });

  it('refuses a set whose config.json lost or changed the settings', () => {
    const published = publishFiles(data);
    const json = JSON.parse(published.files.get('config.json') ?? '{}') as Record<string, unknown>;
    const files = new Map(published.files).set(
      'config.json',
      JSON.stringify({ ...json, spc: { run: 6 } }),
    );
    expect(checkPublished({ ...published, files }, data, TODAY)).toEqual([
      'The SPC settings (baselines and recalculation points) in the config.json written are not those of the working data.',
    ]);
  });
});
