/**
 * Compares production builds on one measure: a large generated tidy file imported on the Data
 * page, from the file input's change event to the review ("What would change") on screen, with
 * bare `Papa.parse(text, { header: true })` on the same text in the same run as the yardstick.
 * Used to measure a speed-up with and without it: build each variant into its own folder, then
 *
 *   tsx scripts/bench/compare-builds.ts --builds with=.bench/dist-a,without=.bench/dist-b \
 *     --sizes 20,100 --repeats 5
 *
 * Each round runs every build once (the order turns each round, so none always goes first) and
 * papaparse once, each in a fresh browser context; medians are printed per build. Reports; never
 * fails.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../../e2e/support/chromium';
import { generateTidy } from '../../e2e/support/generate-tidy';
import { median, papaOnce } from './browser';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const sizes = option('--sizes', '20,100').split(',').map(Number);
const repeats = Number(option('--repeats', '5'));
const builds = option('--builds', '')
  .split(',')
  .filter((pair) => pair.includes('='))
  .map((pair) => {
    const [name = '', dir = ''] = pair.split('=');
    return { name, dir };
  });
if (builds.length === 0) throw new Error('Name the builds: --builds name=folder,name=folder');
const MB = 1024 * 1024;

/** One import through the Data page: milliseconds to the review, and the longest task. */
async function importOnce(baseUrl: string, page: Page, path: string) {
  await page.goto(`${baseUrl}#/data`);
  await page.getByRole('heading', { name: 'Bring files in' }).waitFor({ timeout: 60_000 });
  await page.evaluate(() => {
    const w = window as unknown as { bench: { tasks: number[][]; start: number; end: number } };
    w.bench = { tasks: [], start: 0, end: 0 };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.bench.tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: false });
    document.addEventListener(
      'change',
      () => {
        w.bench.start = performance.now();
      },
      { capture: true },
    );
    new MutationObserver(() => {
      if (w.bench.end === 0 && document.getElementById('preview-title'))
        w.bench.end = performance.now();
    }).observe(document.body, { childList: true, subtree: true });
  });
  // As in data-page.bench.ts: the page settles (its reader warms up) before a file is chosen.
  await page.waitForTimeout(1000);
  const review = page.getByRole('heading', { name: 'What would change' });
  await review.count();
  await page.getByLabel('Choose files').setInputFiles(path);
  await review.waitFor({ timeout: 600_000 });
  return page.evaluate(() => {
    const { bench } = window as unknown as {
      bench: { tasks: number[][]; start: number; end: number };
    };
    const during = bench.tasks.filter(
      ([start = 0, duration = 0]) => start + duration >= bench.start && start <= bench.end,
    );
    return {
      ms: bench.end - bench.start,
      longest: Math.max(0, ...during.map(([, duration = 0]) => duration)),
    };
  });
}

const executablePath = findChromium();
if (!executablePath) throw new Error(INSTALL_HINT);
const servers = await Promise.all(
  builds.map(async (build) => {
    const server = await preview({
      logLevel: 'warn',
      build: { outDir: build.dir },
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    });
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('The preview server did not report its address.');
    return { ...build, url, server };
  }),
);
const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
const options = { locale: 'en-GB', timezoneId: 'Europe/London' };
try {
  console.log(`Chromium ${browser.version()}; ${String(repeats)} rounds per size, alternating`);
  mkdirSync(`${root}.bench`, { recursive: true });
  for (const size of sizes) {
    const path = `${root}.bench/compare-${String(size)}mb.csv`;
    const bytes = generateTidy(size);
    writeFileSync(path, bytes);
    const times = new Map<string, number[]>([['papaparse', []]]);
    const longest = new Map<string, number[]>();
    for (let round = 0; round < repeats; round++) {
      const order = servers.map((_, i) => servers[(i + round) % servers.length]);
      for (const server of order) {
        if (!server) continue;
        const context = await browser.newContext(options);
        const run = await importOnce(server.url, await context.newPage(), path);
        await context.close();
        times.set(server.name, [...(times.get(server.name) ?? []), run.ms]);
        longest.set(server.name, [...(longest.get(server.name) ?? []), run.longest]);
        console.log(
          `  ${String(size)} MB round ${String(round + 1)} ${server.name}: ${run.ms.toFixed(0)} ms`,
        );
      }
      const context = await browser.newContext(options);
      times
        .get('papaparse')
        ?.push((await papaOnce(servers[0]?.url ?? '', await context.newPage(), path)).ms);
      await context.close();
    }
    const papa = median(times.get('papaparse') ?? []);
    console.log(
      `\n${(bytes.length / MB).toFixed(1)} MB tidy CSV, file chosen -> review on screen:`,
    );
    for (const [name, list] of times) {
      const m = median(list);
      const tasks = longest.get(name);
      console.log(
        `  ${name.padEnd(12)} median ${m.toFixed(0)} ms  [${list.map((t) => t.toFixed(0)).join(', ')}]` +
          (tasks
            ? `  papaparse/this ${(papa / m).toFixed(2)}  longest task ${Math.max(...tasks).toFixed(0)} ms`
            : ''),
      );
    }
  }
} finally {
  await browser.close();
  for (const server of servers) await server.server.close();
}
