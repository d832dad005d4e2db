import { describe, expect, it } from 'vitest';
import { hostedDataFiles } from './preload-hosted-data';

describe('hostedDataFiles: the files config.json names, for preloading', () => {
  it.each([
    ['not JSON', '{', []],
    ['no files', '{}', []],
    ['files not a list', '{"files": {"path": "a.csv"}}', []],
    ['an entry without a path', '{"files": [{"role": "areas"}]}', []],
    ['a path that is not text', '{"files": [{"path": 3}]}', []],
    ['a path leaving the data folder', '{"files": [{"path": "../secret.csv"}]}', []],
    ['a path in a sub-folder', '{"files": [{"path": "a/b.csv"}]}', []],
    ['a hidden file', '{"files": [{"path": ".env"}]}', []],
    ['a path with a query', '{"files": [{"path": "a.csv?x=1"}]}', []],
    [
      'plain file names, in order',
      '{"files": [{"path": "definitions.csv"}, {"path": "local-harrow.csv", "area": "E09000015"}]}',
      ['definitions.csv', 'local-harrow.csv'],
    ],
  ])('%s', (_, json, expected) => {
    expect(hostedDataFiles(json)).toEqual(expected);
  });

  it('names every file of the default data', async () => {
    const { readFileSync } = await import('node:fs');
    const config = JSON.parse(readFileSync('public/data/config.json', 'utf8')) as {
      files: { path: string }[];
    };
    expect(hostedDataFiles(JSON.stringify(config))).toEqual(config.files.map((f) => f.path));
  });
});
