#!/usr/bin/env node
// `npm run bench`: runs every scripts/bench/*.bench.ts in turn (or the ones named on the command
// line, e.g. `npm run bench -- overview`), then prints every benchmark's headline figures in one
// table with their baselines and targets (scripts/bench/results.ts). Benchmarks report figures;
// they never fail a build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';

// Names come first; everything from the first option on is passed to each benchmark.
const args = process.argv.slice(2);
const firstOption = args.findIndex((arg) => arg.startsWith('-'));
const names = firstOption === -1 ? args : args.slice(0, firstOption);
const passThrough = firstOption === -1 ? [] : args.slice(firstOption);
const files = readdirSync('scripts/bench')
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => names.length === 0 || names.some((name) => file.startsWith(name)))
  .sort();
const env = { ...process.env, TZ: 'Europe/London', LANG: 'en_GB.UTF-8' };
const results = '.bench/results';
rmSync(results, { recursive: true, force: true });
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file}`);
  const result = spawnSync('node_modules/.bin/tsx', [`scripts/bench/${file}`, ...passThrough], {
    stdio: 'inherit',
    env,
  });
  if (result.status !== 0) failed++;
}

const rows = existsSync(results)
  ? readdirSync(results)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .flatMap((file) => JSON.parse(readFileSync(`${results}/${file}`, 'utf8')))
  : [];
if (rows.length > 0) {
  const table = [
    ['Measure', 'Figure', 'Baseline (same run)', 'Target', 'Holds'],
    ...rows.map((row) => [
      row.measure,
      row.figure,
      row.baseline,
      row.target,
      row.holds === null ? '-' : row.holds ? 'yes' : 'NO',
    ]),
  ];
  const widths = table[0].map((_, column) => Math.max(...table.map((line) => line[column].length)));
  const line = (cells) => cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ');
  console.log('\n=== Summary (medians; a 2-core machine shared with other work is noisy)');
  console.log(line(table[0]));
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const cells of table.slice(1)) console.log(line(cells));
}
if (failed > 0) {
  console.error(`\n${String(failed)} benchmark(s) could not run.`);
  process.exit(1);
}
