import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseConfig, type ScorecardConfig } from '../model';
import { getObservation } from '../model';
import type { AssembledScorecard } from './scorecard-data';
import { assembleScorecard } from './scorecard-import';

const DATA = join(import.meta.dirname, '..', '..', '..', 'public', 'data');
const NOW = new Date(2026, 10, 22);

function committedConfig(): ScorecardConfig {
  const { config, problems } = parseConfig(
    JSON.parse(readFileSync(join(DATA, 'config.json'), 'utf8')),
  );
  if (!config) throw new Error(problems.join('\n'));
  return config;
}

function committedFiles(config: ScorecardConfig): Map<string, Uint8Array> {
  return new Map(
    config.files.map((file) => [file.path, new Uint8Array(readFileSync(join(DATA, file.path)))]),
  );
}

describe('assembleScorecard with the committed default data', () => {
  let assembled: AssembledScorecard;
  let config: ScorecardConfig;
  beforeAll(() => {
    config = committedConfig();
    assembled = assembleScorecard(config, committedFiles(config), NOW);
  }, 60_000);

  it('loads every file with no problems and no clashes', () => {
    expect(assembled.problems).toEqual([]);
    expect(assembled.conflicts).toEqual([]);
    expect(assembled.reports.map((report) => report.errors.length)).toEqual(
      config.files.map(() => 0),
    );
  });

  it('keeps local figures as the ones shown where a published figure says the same', () => {
    const observation = getObservation(assembled.dataset, 'WF-AGENCY', 'E09000015', '2025-26 Q2');
    expect(observation?.source.file).toBe('local-harrow.csv');
    expect(assembled.sources.get('local-harrow.csv')?.illustrative).toBe(true);
  });

  it('has both neighbour models and every definition', () => {
    expect([...assembled.dataset.neighbours.keys()].sort()).toEqual(['2021', '2025']);
    expect(assembled.dataset.indicators.size).toBe(25);
  });

  it('hashes the content: the same bytes give the same version, one changed byte another', () => {
    const files = committedFiles(config);
    expect(assembleScorecard(config, files, NOW).version).toBe(assembled.version);
    const local = files.get('local-harrow.csv');
    if (!local) throw new Error('no local file');
    const changed = new Map(files);
    const copy = local.slice();
    copy[copy.length - 2] = 0x39;
    changed.set('local-harrow.csv', copy);
    expect(assembleScorecard(config, changed, NOW).version).not.toBe(assembled.version);
  }, 60_000);

  it('says which files are missing and still uses the rest', () => {
    const files = committedFiles(config);
    files.delete('local-harrow.csv');
    const partial = assembleScorecard(config, files, NOW);
    expect(partial.problems).toEqual([
      'The local figures file local-harrow.csv could not be read from the web host (it is missing, or the host refused it). Local figures for E09000015 from this file are missing.',
    ]);
    expect(getObservation(partial.dataset, 'CLA-RATE', 'E09000015', '2024-25')?.value).toEqual({
      kind: 'number',
      value: 29,
      lowReliability: false,
    });
  }, 60_000);
});
