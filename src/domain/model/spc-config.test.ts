import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from './config';
import { readSpcConfig, spcConfigJson } from './spc-config';

describe('readSpcConfig', () => {
  it('gives the defaults when there is no spc block', () => {
    const { settings, problems } = readSpcConfig(undefined);
    expect(problems).toEqual([]);
    expect(settings.run).toBe(6);
    expect(settings.baselines.size).toBe(0);
    expect(spcConfigJson(settings)).toBeUndefined();
  });

  it('reads the run, baselines and recalculation periods in any form the importer reads', () => {
    const { settings, problems } = readSpcConfig({
      run: 7,
      baselines: { 'CSC-REREF': 12 },
      recalculateAt: { 'CSC-REREF': ['Q1 2023/24', '2026-09'], ['__proto__']: ['2024-25 Q2'] },
    });
    expect(problems).toEqual([]);
    expect(settings.run).toBe(7);
    expect(settings.baselines.get('CSC-REREF')).toBe(12);
    expect(settings.recalculations.get('CSC-REREF')).toEqual(['2023-24 Q1', 'Sep 2026']);
    expect(settings.recalculations.get('__proto__')).toEqual(['2024-25 Q2']);
    // Written back as published, and read again the same.
    const again = readSpcConfig(JSON.parse(JSON.stringify(spcConfigJson(settings))));
    expect(again.settings).toEqual(settings);
  });

  it('reports every problem in plain English and keeps what it can read', () => {
    const { settings, problems } = readSpcConfig({
      run: 8,
      baselines: { A: 1.5, B: 14 },
      recalculateAt: { A: ['Q5 2023-24'], B: 'x' },
      colour: 'red',
    });
    expect(settings.run).toBe(6);
    expect(settings.baselines).toEqual(new Map([['B', 14]]));
    expect(problems).toEqual([
      'spc.colour: is not a setting this scorecard knows; check the spelling.',
      'spc.run: should be 6 or 7 (points in a shift or trend), not 8.',
      'spc.baselines.A: should be a whole number of points, not 1.5.',
      'spc.recalculateAt.A: There is no Q5. Quarters run Q1 (April to June) to Q4 (January to March).',
      'spc.recalculateAt.B: should be a list of periods, not "x".',
    ]);
  });
});

describe('config.json with an spc block', () => {
  const committed = JSON.parse(
    readFileSync(
      join(import.meta.dirname, '..', '..', '..', 'public', 'data', 'config.json'),
      'utf8',
    ),
  ) as Record<string, unknown>;

  it('is read into the configuration', () => {
    const { config, problems } = parseConfig({ ...committed, spc: { baselines: { X: 13 } } });
    expect(problems).toEqual([]);
    expect(config?.spc?.baselines.get('X')).toBe(13);
  });

  it('is refused with the reason when wrong, like any other setting', () => {
    const { config, problems } = parseConfig({ ...committed, spc: { run: 5 } });
    expect(config).toBeNull();
    expect(problems).toContain('spc.run: should be 6 or 7 (points in a shift or trend), not 5.');
  });

  it('is absent from the configuration when the file has none', () => {
    expect(parseConfig(committed).config?.spc).toBeUndefined();
  });
});
