/**
 * Commentary travels with the data: Publish writes commentary.csv, named in config.json, which
 * the hosted site reads back to the same commentary; the workspace file carries the commentary
 * written in this browser to another machine.
 */
import { describe, expect, it } from 'vitest';
import type { Commentary } from '../../src/domain/model';
import { parseConfig } from '../../src/domain/model';
import { readCommentaryCsv } from '../../src/domain/import';
import { publishFiles } from '../../src/domain/workspace';
import { workspaceFromZip, workspaceToZip } from '../../src/domain/workspace';
import { zipSync, unzipSync } from 'fflate';
import { defaultData } from '../support/default-data';
import { HARROW } from './small-data';

const encoder = new TextEncoder();
const commentary: Commentary[] = [
  {
    indicator: 'CSC-REREF',
    area: HARROW,
    period: '2026-27 Q2',
    headline: '=Re-referrals down <img src=x onerror=alert(1)>',
    text: 'Two new team managers.\n\n- Audit of closures\n- \u202Eevil',
    actions: [
      { what: 'Audit', owner: 'Head of Service, MASH', due: '2026-12-31', status: 'in-progress' },
      { what: 'Report back', owner: '', due: null, status: 'not-started' },
    ],
  },
  {
    indicator: 'CLA-RATE',
    area: 'E09000007',
    period: '2026-27 Q2',
    headline: 'Camden',
    text: '',
    actions: [],
  },
];

describe('publishing commentary', () => {
  it('writes commentary.csv, names it in config.json, and it reads back the same', () => {
    const data = defaultData();
    const { files, problems } = publishFiles(data, commentary);
    expect(problems).toEqual([]);
    const { config } = parseConfig(JSON.parse(files.get('config.json') ?? '{}'));
    expect(config?.commentary).toBe('commentary.csv');
    expect(config?.files.map((f) => f.path)).not.toContain('commentary.csv');
    const text = files.get('commentary.csv') ?? '';
    const back = readCommentaryCsv(encoder.encode(text), 'commentary.csv', {
      indicators: data.dataset.indicators,
      areas: data.dataset.areas,
    });
    expect(back.report.errors).toEqual([]);
    expect(back.commentary).toEqual([commentary[1], commentary[0]]);
  });

  it('writes no commentary file when there is none', () => {
    const { files } = publishFiles(defaultData(), []);
    expect(files.has('commentary.csv')).toBe(false);
    expect(JSON.parse(files.get('config.json') ?? '{}')).not.toHaveProperty('commentary');
  });

  it.each([
    ['commentary.csv', []],
    [
      '../commentary.csv',
      [
        'commentary: "../commentary.csv" should be a file name in the data folder ending .csv, such as "commentary.csv".',
      ],
    ],
    [
      'https://evil.example/c.csv',
      [
        'commentary: "https://evil.example/c.csv" should be a file name in the data folder ending .csv, such as "commentary.csv".',
      ],
    ],
  ])('config.json commentary %j', (name, expected) => {
    const { files } = publishFiles(defaultData(), commentary);
    const json = {
      ...(JSON.parse(files.get('config.json') ?? '{}') as Record<string, unknown>),
      commentary: name,
    };
    expect(parseConfig(json).problems).toEqual(expected);
  });
});

describe('the workspace file', () => {
  const base = {
    imports: [],
    mappings: [],
    hostedVersion: 'v',
    exportedAt: '2026-11-22T11:00:00Z',
  };

  it('carries commentary to another machine', () => {
    const read = workspaceFromZip(workspaceToZip({ ...base, commentary }));
    if (!read.ok) throw new Error(read.problems.join('\n'));
    expect(read.contents.commentary).toEqual(commentary);
  });

  it('reads a workspace from before commentary as having none', () => {
    const read = workspaceFromZip(workspaceToZip(base));
    expect(read.ok && read.contents.commentary).toEqual([]);
  });

  it('says what is wrong with damaged commentary instead of loading it', () => {
    const entries = unzipSync(workspaceToZip({ ...base, commentary }));
    entries['commentary.json'] = encoder.encode('[{"indicator":1}]');
    const read = workspaceFromZip(zipSync(entries));
    expect(read).toEqual({
      ok: false,
      problems: ['commentary.json: Commentary 1 is damaged: a field is missing or not text.'],
    });
  });
});
