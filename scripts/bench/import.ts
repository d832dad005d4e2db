/**
 * `npm run bench`: how fast the full import pipeline is, and how much memory it takes, against
 * bare `Papa.parse(text, { header: true })` on the same bytes, in the same run.
 *
 * Generates two deterministic tidy CSV files (about 20 MB and 100 MB: 25 indicators x 153
 * councils x many quarters and years, with counts, some suppressed and missing values), then for
 * each: alternates importFile (decode, parse, validate, normalise into columns; from the bytes)
 * and Papa.parse (from the already decoded text, so papaparse is not charged for decoding),
 * REPEATS times each, and prints the medians in MB/s and their ratio. Memory: with node's
 * --expose-gc (the script restarts itself with it), garbage is collected before each import and
 * heapUsed + arrayBuffers is sampled at every progress report (after each chunk and once when
 * the result is complete); the peak above the starting level is the peak extra heap. The file's
 * bytes exist before the import starts and are not counted; the decoded text, the parsed
 * chunks, the staging columns and the result are.
 *
 * Options: --sizes 20,100 (MB) --repeats 5. Not a test: nothing fails, it reports.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { areasFromDfeLookups, importFile } from '../../src/domain/import/index';
import { LAIT_MEASURES } from '../../src/domain/import/lait-mapping';
import { fyLabel } from '../../src/domain/periods';
import type { IndicatorDefinition } from '../../src/domain/types';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  // Restart with --expose-gc so memory can be measured from a clean heap.
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', script, ...process.argv.slice(2)],
    {
      stdio: 'inherit',
    },
  );
  process.exit(child.status ?? 1);
}
const collect = gc;

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const sizes = option('--sizes', '20,100').split(',').map(Number);
const repeats = Number(option('--repeats', '5'));
const MB = 1024 * 1024;

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const { areas } = areasFromDfeLookups(
  readFileSync(`${root}data/dfe/lookups/las.csv`, 'utf8'),
  readFileSync(`${root}data/dfe/lookups/regions.csv`, 'utf8'),
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

/** Periods, newest last: for each financial year from 1925-26, its four quarters and the year. */
function periods(): string[] {
  const list: string[] = [];
  for (let fy = 1925; fy <= 2024; fy++) {
    for (let q = 1; q <= 4; q++) list.push(`${fyLabel(fy)} Q${q}`);
    list.push(fyLabel(fy));
  }
  return list;
}

/** A tidy CSV of about `megabytes` MB: whole periods of 25 indicators x 153 councils. */
function generate(megabytes: number): Uint8Array {
  const next = random(20240925);
  const parts: string[] = [
    'indicator,period,area_code,area_name,value,numerator,denominator,note\n',
  ];
  let size = parts[0]?.length ?? 0;
  for (const period of periods()) {
    if (size >= megabytes * MB) break;
    for (const indicator of indicators) {
      for (const council of councils) {
        const roll = next();
        let value: string;
        let numerator = '';
        let denominator = '';
        if (roll < 0.02) value = 'c';
        else if (roll < 0.03) value = 'x';
        else if (roll < 0.035) value = '';
        else if (indicator.unit === 'percent') {
          const d = 20 + Math.floor(next() * 400);
          const n = Math.floor(next() * d);
          value = ((n / d) * 100).toFixed(1);
          numerator = String(n);
          denominator = String(d);
        } else if (indicator.unit === 'rate-per-10k') value = (next() * 600).toFixed(1);
        else value = (next() * 40).toFixed(1);
        const note = roll > 0.995 ? 'Provisional, "to be confirmed"' : '';
        const name = council.name.includes(',') ? `"${council.name}"` : council.name;
        const line = `${indicator.indicator},${period},${council.code},${name},${value},${numerator},${denominator},${note.includes(',') ? `"${note.replace(/"/g, '""')}"` : note}\n`;
        parts.push(line);
        size += line.length;
      }
    }
  }
  return new TextEncoder().encode(parts.join(''));
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

for (const target of sizes) {
  const bytes = generate(target);
  const mb = bytes.length / MB;
  const text = new TextDecoder().decode(bytes);
  const ours: number[] = [];
  const papa: number[] = [];
  const peaks: number[] = [];
  let summary = '';
  for (let round = 0; round < repeats; round++) {
    collect();
    const base = memory();
    let peak = 0;
    const started = performance.now();
    const result = importFile(bytes, `bench-${target}mb.csv`, {
      now: new Date(2026, 2, 1),
      areas: new Map(areas.map((a) => [a.code, a])),
      indicators: definitions,
      onProgress: () => {
        peak = Math.max(peak, memory() - base);
      },
    });
    ours.push(performance.now() - started);
    peak = Math.max(peak, memory() - base);
    peaks.push(peak);
    const { report } = result;
    summary = `${report.lines} lines: ${report.loaded} loaded, ${report.rejected} rejected, ${report.skipped} skipped; ${result.observations.length} values; ${report.errors.length} errors, ${report.warnings.length} warnings`;

    collect();
    const start = performance.now();
    const parsed = Papa.parse<Record<string, string>>(text, { header: true });
    papa.push(performance.now() - start);
    if (parsed.data.length === 0) throw new Error('papaparse read nothing');
  }
  const oursMs = median(ours);
  const papaMs = median(papa);
  console.log(`\n${mb.toFixed(1)} MB tidy CSV (${summary})`);
  console.log(
    `  importFile (full pipeline, from bytes):  median ${oursMs.toFixed(0)} ms = ${(mb / (oursMs / 1000)).toFixed(1)} MB/s   [${ours.map((t) => t.toFixed(0)).join(', ')}]`,
  );
  console.log(
    `  Papa.parse(text, { header: true }):      median ${papaMs.toFixed(0)} ms = ${(mb / (papaMs / 1000)).toFixed(1)} MB/s   [${papa.map((t) => t.toFixed(0)).join(', ')}]`,
  );
  console.log(
    `  ratio (papaparse time / import time):    ${(papaMs / oursMs).toFixed(2)}  (1.0 or more: the import is at least as fast)`,
  );
  const peak = median(peaks) / MB;
  console.log(
    `  peak extra heap during import (median):  ${peak.toFixed(0)} MB = ${(peak / mb).toFixed(2)} x the file size  [${peaks.map((p) => (p / MB).toFixed(0)).join(', ')} MB]`,
  );
}
