/**
 * `npm run bench`: how fast the full import pipeline is, and how much memory it takes, against
 * bare `Papa.parse(text, { header: true })` on the same bytes, in the same run.
 *
 * Generates two deterministic tidy CSV files with the one made-up file generator
 * (domain/import/made-up-tidy.ts; about 20 MB and 100 MB: 25 indicators x 153
 * councils x every quarter and year from 1925-26, with counts, suppressed and missing values,
 * and quoted cells), writes them to .bench/, then for each size alternates, REPEATS times:
 * importFile on the file's bytes (decode, parse, validate, normalise into columns) and
 * Papa.parse on the already decoded text (so papaparse is not charged for decoding). Each
 * measurement runs in a fresh node process with --expose-gc, so one cannot leave garbage or a
 * grown heap for the next; medians are printed in MB/s with their ratio. Memory: garbage is
 * collected before the timed call and heapUsed + arrayBuffers sampled at every progress report
 * of the import (after each 64 KB piece and once when the result is complete); the peak above
 * the starting level is the peak extra heap. The file's bytes exist before the import starts
 * and are not counted; the decoded pieces, the parsed records, the staging columns and the
 * result are. For papaparse the same is measured once its result is complete.
 *
 * Options: --sizes 20,100 (MB) --repeats 5. Not a test: nothing fails, it reports.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { areasFromDfeLookups, importFile, madeUpTidyCsv } from '../../src/domain/import';
import { LAIT_MEASURES } from '../../src/domain/import';
import type { IndicatorDefinition } from '../../src/domain/model';
import { recordResults } from './results';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const sizes = option('--sizes', '20,100').split(',').map(Number);
const repeats = Number(option('--repeats', '5'));
const MB = 1024 * 1024;

const { areas } = areasFromDfeLookups(
  readFileSync(`${root}sources/dfe/lookups/las.csv`, 'utf8'),
  readFileSync(`${root}sources/dfe/lookups/regions.csv`, 'utf8'),
);
const councils = areas.filter((a) => a.level === 'la' && a.live).slice(0, 153);
const indicators = LAIT_MEASURES.slice(0, 25);
const definitions = new Map<string, IndicatorDefinition>(
  indicators.map((m) => [
    m.indicator,
    {
      id: m.indicator,
      title: m.shortDesc,
      shortTitle: m.shortDesc,
      section: m.section,
      unit: m.unit,
      polarity: 'none',
      decimals: m.decimals,
      measurement: 'in-period',
      targets: [],
      rag: {},
      definition: '',
      source: '',
      owner: '',
      aliases: [],
    },
  ]),
);

/** A tidy CSV of about `megabytes` MB: whole periods of 25 indicators x 153 councils. */
function generate(megabytes: number): Uint8Array {
  return madeUpTidyCsv({
    councils,
    indicators: indicators.map((m) => ({ id: m.indicator, percent: m.unit === 'percent' })),
    firstYear: 1925,
    years: 100,
    bytes: megabytes * MB,
    blanks: 0.005,
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const memory = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

interface Measurement {
  readonly ms: number;
  readonly peak: number;
  readonly summary: string;
}

/** One timed run, in this (child) process. */
function measure(which: 'import' | 'papa', path: string): Measurement {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('run with --expose-gc');
  const bytes = new Uint8Array(readFileSync(path));
  if (which === 'papa') {
    const text = new TextDecoder().decode(bytes);
    collect();
    const base = memory();
    const started = performance.now();
    const parsed = Papa.parse<Record<string, string>>(text, { header: true });
    const ms = performance.now() - started;
    return { ms, peak: memory() - base, summary: `${parsed.data.length} rows` };
  }
  const context = {
    now: new Date(2026, 2, 1),
    areas: new Map(areas.map((a) => [a.code, a])),
    indicators: definitions,
  };
  collect();
  const base = memory();
  let peak = 0;
  const started = performance.now();
  const result = importFile(bytes, basename(path), {
    ...context,
    onProgress: () => {
      peak = Math.max(peak, memory() - base);
    },
  });
  const ms = performance.now() - started;
  peak = Math.max(peak, memory() - base);
  const { report } = result;
  return {
    ms,
    peak,
    summary: `${report.lines} lines: ${report.loaded} loaded, ${report.rejected} rejected, ${report.skipped} skipped; ${result.observations.length} values; ${report.errors.length} errors, ${report.warnings.length} warnings`,
  };
}

const script = fileURLToPath(import.meta.url);
const childAt = args.indexOf('--child');
if (childAt >= 0) {
  const which = args[childAt + 1] === 'papa' ? 'papa' : 'import';
  process.stdout.write(JSON.stringify(measure(which, args[childAt + 2] ?? '')));
  process.exit(0);
}

/** Runs one measurement in a fresh node process. */
function inChild(which: 'import' | 'papa', path: string): Measurement {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', script, '--child', which, path],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  if (child.status !== 0) throw new Error(`the ${which} run failed:\n${child.stderr}`);
  return JSON.parse(child.stdout) as Measurement;
}

mkdirSync(`${root}.bench`, { recursive: true });
console.log(
  `node ${process.version}; ${repeats} runs of each, alternating, each in a fresh process`,
);
for (const target of sizes) {
  const path = `${root}.bench/tidy-${target}mb.csv`;
  const generated = generate(target);
  writeFileSync(path, generated);
  const mb = generated.length / MB;
  const ours: Measurement[] = [];
  const papa: Measurement[] = [];
  for (let round = 0; round < repeats; round++) {
    ours.push(inChild('import', path));
    papa.push(inChild('papa', path));
  }
  const oursMs = median(ours.map((m) => m.ms));
  const papaMs = median(papa.map((m) => m.ms));
  const list = (runs: Measurement[], f: (m: Measurement) => string) => runs.map(f).join(', ');
  console.log(`\n${mb.toFixed(1)} MB tidy CSV (${ours[0]?.summary ?? ''})`);
  console.log(
    `  importFile (full pipeline, from bytes):  median ${oursMs.toFixed(0)} ms = ${(mb / (oursMs / 1000)).toFixed(1)} MB/s   [${list(ours, (m) => m.ms.toFixed(0))}]`,
  );
  console.log(
    `  Papa.parse(text, { header: true }):      median ${papaMs.toFixed(0)} ms = ${(mb / (papaMs / 1000)).toFixed(1)} MB/s   [${list(papa, (m) => m.ms.toFixed(0))}]`,
  );
  console.log(
    `  ratio (papaparse time / import time):    ${(papaMs / oursMs).toFixed(2)}  (1.0 or more: the import is at least as fast)`,
  );
  const peak = median(ours.map((m) => m.peak)) / MB;
  console.log(
    `  peak extra heap during import (median):  ${peak.toFixed(0)} MB = ${(peak / mb).toFixed(2)} x the file size  [${list(ours, (m) => (m.peak / MB).toFixed(0))} MB]`,
  );
  recordResults('import', [
    {
      measure: `Import in node, ${mb.toFixed(0)} MB tidy CSV (median of ${String(repeats)}, alternating)`,
      figure: `${(papaMs / oursMs).toFixed(2)}x papaparse's speed (${oursMs.toFixed(0)} ms)`,
      baseline: `Papa.parse header:true ${papaMs.toFixed(0)} ms`,
      target: '>= 1x (peak heap reported above)',
      holds: papaMs / oursMs >= 1,
    },
  ]);
  const papaPeak = median(papa.map((m) => m.peak)) / MB;
  console.log(
    `  (papaparse's rows, for comparison:       ${papaPeak.toFixed(0)} MB = ${(papaPeak / mb).toFixed(2)} x the file size)`,
  );
}
