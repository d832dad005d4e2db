/**
 * `npm run data:build`: rebuilds the default dataset in public/data from the DfE files in
 * sources/dfe (see dataset.ts). Deterministic: running it twice writes the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDefaultDataset } from './dataset';

const root = join(import.meta.dirname, '..', '..');
const out = join(root, 'public', 'data');

const { files } = buildDefaultDataset((path) => new Uint8Array(readFileSync(join(root, path))));
for (const [name, text] of files) {
  writeFileSync(join(out, name), text);
  console.log(`wrote public/data/${name} (${Buffer.byteLength(text)} bytes)`);
}
