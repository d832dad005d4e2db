/**
 * `npm run validate -- FILE...`: checks files as the scorecard would import them (see
 * VALIDATE_USAGE in scripts/validate-report.ts). This script only reads files and prints; the
 * checking is the domain's importFile.
 *
 * The area register: --areas FILE, else public/data/areas.csv, else DfE's lookups in
 * sources/dfe/lookups (areasFromDfeLookups). The definitions: --definitions FILE, else
 * public/data/definitions.csv,
 * else LAIT's dictionary in sources/dfe/lait (the 24 LAIT measures).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseValidateArgs, validateFiles, validateNow } from './validate-report';
import { areasFromDfeLookups, formatReport, importFile } from '../src/domain/import';
import type { Area, IndicatorDefinition } from '../src/domain/model';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const fromRoot = (path: string) => resolve(root, path);
const bytesOf = (path: string) => new Uint8Array(readFileSync(path));

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const parsed = parseValidateArgs(process.argv.slice(2));
if ('error' in parsed) fail(parsed.error);
const options = parsed;
const now = validateNow(options, new Date());
const bare = {
  now,
  areas: new Map<string, Area>(),
  indicators: new Map<string, IndicatorDefinition>(),
};

function loadAreas(): { areas: Map<string, Area>; source: string } {
  const path =
    options.areas ??
    (existsSync(fromRoot('public/data/areas.csv')) ? fromRoot('public/data/areas.csv') : null);
  if (path !== null) {
    const result = importFile(bytesOf(path), basename(path), bare);
    if (result.report.errors.length > 0 || result.report.layout !== 'areas') {
      fail(`The area register ${path} could not be used:\n${formatReport(result.report)}`);
    }
    return { areas: new Map(result.areas.map((a) => [a.code, a])), source: path };
  }
  const { areas, problems } = areasFromDfeLookups(
    readFileSync(fromRoot('sources/dfe/lookups/las.csv'), 'utf8'),
    readFileSync(fromRoot('sources/dfe/lookups/regions.csv'), 'utf8'),
  );
  for (const problem of problems) process.stderr.write(`Area register: ${problem}\n`);
  return {
    areas: new Map(areas.map((a) => [a.code, a])),
    source: 'sources/dfe/lookups (las.csv, regions.csv)',
  };
}

function loadDefinitions(areas: Map<string, Area>): {
  indicators: Map<string, IndicatorDefinition>;
  source: string;
} {
  const candidates =
    options.definitions !== null
      ? [options.definitions]
      : [
          fromRoot('public/data/definitions.csv'),
          fromRoot('sources/dfe/lait/lait_data_dictionary.csv'),
        ];
  for (const path of candidates) {
    if (!existsSync(path)) {
      if (options.definitions !== null) fail(`There is no file ${path}.`);
      continue;
    }
    const result = importFile(bytesOf(path), basename(path), { ...bare, areas });
    if (result.report.layout === 'definitions' && result.report.errors.length === 0) {
      return { indicators: new Map(result.definitions.map((d) => [d.id, d])), source: path };
    }
    if (options.definitions !== null)
      fail(`The definitions ${path} could not be used:\n${formatReport(result.report)}`);
  }
  return { indicators: new Map(), source: 'none' };
}

const { areas, source: areasSource } = loadAreas();
const { indicators, source: definitionsSource } = loadDefinitions(areas);
const files = options.files.map((file) => {
  if (!existsSync(file)) fail(`There is no file ${file}.`);
  return { name: basename(file), bytes: bytesOf(file) };
});
const note = `Checked against the area register from ${areasSource.replace(`${root}/`, '')} (${areas.size} areas) and the indicator definitions from ${definitionsSource.replace(`${root}/`, '')} (${indicators.size}).`;
if (options.json) process.stderr.write(`${note}\n`);
else process.stdout.write(`${note}\n\n`);
const { output, exitCode } = validateFiles(
  files,
  { now, areas, indicators, ...(options.area === null ? {} : { defaultArea: options.area }) },
  options,
);
process.stdout.write(`${output}\n`);
process.exitCode = exitCode;
