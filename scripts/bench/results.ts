/**
 * Each benchmark records its headline figures here (.bench/results/<name>.json); `npm run bench`
 * prints them all in one table at the end, each with its baseline and target, so the next
 * person sees at once what holds.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface ResultRow {
  /** What was measured, in words: "Cold start: navigation to overview painted". */
  readonly measure: string;
  /** The figure, with its unit: "612 ms (longest task 48 ms)". */
  readonly figure: string;
  /** What it is compared with in the same run, or the figure before: "papaparse 1.0x". */
  readonly baseline: string;
  /** The target in words: "<= 400 ms, no task > 50 ms". */
  readonly target: string;
  /** Whether the target holds on this run; null where there is no target. */
  readonly holds: boolean | null;
}

const folder = fileURLToPath(new URL('../../.bench/results/', import.meta.url));

/** Adds rows to this benchmark's results file (one per benchmark script, rewritten each run). */
export function recordResults(bench: string, rows: readonly ResultRow[]): void {
  mkdirSync(folder, { recursive: true });
  recorded.set(bench, [...(recorded.get(bench) ?? []), ...rows]);
  writeFileSync(`${folder}${bench}.json`, JSON.stringify(recorded.get(bench), null, 2));
}
const recorded = new Map<string, ResultRow[]>();
