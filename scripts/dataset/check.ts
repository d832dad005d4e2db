/**
 * `npm run data:check`: rebuilds the default dataset in memory and fails, naming each file,
 * when the committed public/data differs from what scripts/dataset makes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { differences } from './compare';
import { buildDefaultDataset } from './dataset';

const root = join(import.meta.dirname, '..', '..');
const out = join(root, 'public', 'data');

const { files } = buildDefaultDataset((path) => new Uint8Array(readFileSync(join(root, path))));
const found = differences(files, (name) => {
  const path = join(out, name);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
});
if (found.length > 0) {
  for (const difference of found)
    console.error(`public/data/${difference.file} ${difference.message}`);
  console.error('\nRun `npm run data:build` and commit public/data, or fix scripts/dataset.');
  process.exit(1);
}
console.log(`public/data matches scripts/dataset (${files.size} files checked).`);
