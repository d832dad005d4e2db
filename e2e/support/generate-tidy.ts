/**
 * A deterministic tidy CSV of about `megabytes` MB for large-import tests and benchmarks, made by
 * the one made-up file generator (domain/import/made-up-tidy.ts): every council in
 * public/data/areas.csv x the 25 indicators x whole periods (quarters and years from 1925-26 on).
 * Up to about 90 MB nothing clashes with the default data; a larger file reaches the hosted years
 * (2015-16 on), where its figures differ from the loaded ones and need a keep/replace decision
 * before Apply (the 100 MB file has 31,778 such figures).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { madeUpTidyCsv } from '../../src/domain/import';

const DATA = join(import.meta.dirname, '..', '..', 'public', 'data');

const firstCells = (file: string) =>
  readFileSync(join(DATA, file), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '');

export function generateTidy(megabytes: number): Uint8Array {
  const councils = firstCells('areas.csv')
    .map((line) => line.split(','))
    .filter((cells) => cells[3] === 'la' && cells[6] === 'yes')
    .map((cells) => ({ code: cells[0] ?? '', name: cells[2] ?? '' }));
  const indicators = firstCells('definitions.csv').map((line) => ({
    id: line.split(',')[0] ?? '',
    percent: /,percent,/.test(line),
  }));
  return madeUpTidyCsv({ councils, indicators, firstYear: 1925, bytes: megabytes * 1024 * 1024 });
}
