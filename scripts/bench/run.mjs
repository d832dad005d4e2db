#!/usr/bin/env node
// `npm run bench`: runs every scripts/bench/*.bench.ts in turn (or the ones named on the command
// line, e.g. `npm run bench -- overview`). Benchmarks report figures; they never fail a build.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

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
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file}`);
  const result = spawnSync('node_modules/.bin/tsx', [`scripts/bench/${file}`, ...passThrough], {
    stdio: 'inherit',
    env,
  });
  if (result.status !== 0) failed++;
}
if (failed > 0) {
  console.error(`\n${String(failed)} benchmark(s) could not run.`);
  process.exit(1);
}
