/**
 * `npm run -s spc -- [options] FILE`: an XmR (statistical process control) analysis of each
 * series in a tidy CSV (see SPC_USAGE in scripts/spc-report.ts). This script only reads
 * files and prints; the import and the analysis are the domain's, as the app uses them.
 *
 * Areas resolve through public/data/areas.csv and indicators (for their polarity) through
 * public/data/definitions.csv when those files are there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFile } from '../src/domain/import';
import { parseSpcArgs, runSpc } from './spc-report';
import type { Area, IndicatorDefinition } from '../src/domain/model';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const now = new Date();

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const parsed = parseSpcArgs(process.argv.slice(2));
if ('error' in parsed) fail(parsed.error);

const bare = {
  now,
  areas: new Map<string, Area>(),
  indicators: new Map<string, IndicatorDefinition>(),
};
function reference(path: string) {
  const full = resolve(root, path);
  return existsSync(full)
    ? importFile(new Uint8Array(readFileSync(full)), basename(full), bare)
    : null;
}
const areas = new Map((reference('public/data/areas.csv')?.areas ?? []).map((a) => [a.code, a]));
const indicators = new Map(
  (reference('public/data/definitions.csv')?.definitions ?? []).map((d) => [d.id, d]),
);

if (!existsSync(parsed.file)) fail(`There is no file ${parsed.file}.`);
const { output, errors, exitCode } = runSpc(new Uint8Array(readFileSync(parsed.file)), parsed, {
  now,
  areas,
  indicators,
});
if (errors !== '') process.stderr.write(`${errors}\n`);
process.stdout.write(`${output}\n`);
process.exitCode = exitCode;
