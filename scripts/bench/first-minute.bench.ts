/**
 * `npm run bench -- first-minute`: what a member feels in the first minute, on the production
 * build in headless Chromium at 1280 x 800.
 *
 * - Cold start: a fresh browser context (empty cache), navigation to #/overview until the
 *   overview's first render has been painted (the app's 'scorecard:overview-painted' mark, set
 *   from the frame after the render), with the longest main-thread task before it. Tiles below
 *   the fold are in the page but laid out when scrolled to (content-visibility), so "painted"
 *   means every tile in the page and those on screen drawn.
 * - Tile -> indicator page: in the same page, after a second's idleness (when the chart chunk is
 *   preloaded), a click on the first tile's link until both charts have drawn marks and that
 *   frame has been painted, with the longest task in between.
 * - Initial JavaScript: the gzip size of the scripts index.html loads or preloads.
 *
 * `--baseline DIR` also serves a previous build (a `dist/` folder, e.g. one built from main) and
 * measures it in turn with this one, run by run, so old and new meet the same machine load.
 * Options: --runs 7. Not a test: it reports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { preview } from 'vite';
import { median, openProductionBuild } from './browser';
import { recordResults } from './results';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(option('--runs') ?? '7') || 7;
const baselineDir = option('--baseline');

interface Sample {
  readonly coldMs: number;
  readonly coldLongest: number;
  readonly tiles: number;
  readonly indicatorMs: number;
  readonly indicatorLongest: number;
  readonly charts: number;
}

async function sample(browser: Browser, baseUrl: string): Promise<Sample> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  const page = await context.newPage();
  // tsx keeps function names with a helper (__name) the page does not have.
  await page.addInitScript('window.__name = (f) => f;');
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${baseUrl}#/overview`);
  await page.waitForFunction(
    () => performance.getEntriesByName('scorecard:overview-painted', 'mark').length > 0,
    undefined,
    { timeout: 60_000 },
  );
  // Let a task still running at the mark finish and be observed; then idle time for preloads.
  await page.waitForTimeout(1000);
  const cold = await page.evaluate(() => {
    const painted =
      performance.getEntriesByName('scorecard:overview-painted', 'mark')[0]?.startTime ?? NaN;
    const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] })
      .__longTasks;
    return {
      ms: painted,
      longest: Math.max(0, ...tasks.filter((t) => t.start <= painted).map((t) => t.duration)),
      tiles: document.querySelectorAll('article.tile').length,
    };
  });
  const indicator = await page.evaluate(
    () =>
      new Promise<{ started: number; ended: number; charts: number }>((resolve) => {
        const link = document.querySelector<HTMLAnchorElement>('article.tile a');
        const started = performance.now();
        const drawn = () =>
          // Lines and markers (paths with data) or bars (rects with an area), as print.spec.ts.
          [...document.querySelectorAll('svg.recharts-surface')].filter((svg) =>
            [...svg.querySelectorAll('.recharts-layer path, .recharts-layer rect')].some((mark) => {
              const d = mark.getAttribute('d');
              const box = mark.getBoundingClientRect();
              return (d === null || d.length > 4) && box.width > 0 && box.height > 0;
            }),
          ).length;
        const check = () => {
          // Painted: a task queued from the frame in which both charts are in the page runs
          // after that frame. After 20 s it gives up and says how many charts it saw.
          if (drawn() >= 2 || performance.now() - started > 20_000)
            setTimeout(() => {
              resolve({ started, ended: performance.now(), charts: drawn() });
            }, 0);
          else requestAnimationFrame(check);
        };
        link?.click();
        requestAnimationFrame(check);
      }),
  );
  // A task still running at the end is observed when it finishes.
  await page.waitForTimeout(300);
  const indicatorLongest = await page.evaluate(({ started, ended }) => {
    const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] })
      .__longTasks;
    const during = tasks.filter((t) => t.start + t.duration >= started && t.start <= ended);
    return Math.max(0, ...during.map((t) => t.duration));
  }, indicator);
  await context.close();
  return {
    coldMs: cold.ms,
    coldLongest: cold.longest,
    tiles: cold.tiles,
    indicatorMs: indicator.ended - indicator.started,
    indicatorLongest,
    charts: indicator.charts,
  };
}

/** Gzip bytes of the scripts index.html loads before the first paint (entry and preloads). */
function initialJs(dir: string): { bytes: number; files: string[] } {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((match) => match[1] ?? '');
  const bytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(dir, file.replace(/^\.?\//, '')))).length,
    0,
  );
  return { bytes, files };
}

const opened = await openProductionBuild();
const baselineServer = baselineDir
  ? await preview({
      logLevel: 'warn',
      build: { outDir: baselineDir },
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    })
  : null;
const baselineUrl = baselineServer?.resolvedUrls?.local[0] ?? null;
try {
  const builds = [{ name: 'this build', url: opened.baseUrl, dir: 'dist' }];
  if (baselineUrl && baselineDir)
    builds.push({ name: `baseline (${baselineDir})`, url: baselineUrl, dir: baselineDir });
  const samples = new Map<string, Sample[]>(builds.map((build) => [build.name, []]));
  // One warm-up of each (disk cache of the machine, not the browser's), not counted.
  for (const build of builds) await sample(opened.browser, build.url);
  for (let run = 0; run < runs; run++)
    for (const build of builds)
      samples.get(build.name)?.push(await sample(opened.browser, build.url));

  console.log(
    `Chromium ${opened.browser.version()}, production build, 1280 x 800; ${String(runs)} runs of each, in turn, each in a fresh context`,
  );
  const summary = new Map<
    string,
    { cold: number; coldWorst: number; ind: number; indWorst: number; js: number }
  >();
  for (const build of builds) {
    const list = samples.get(build.name) ?? [];
    const cold = median(list.map((s) => s.coldMs));
    const ind = median(list.map((s) => s.indicatorMs));
    const coldWorst = median(list.map((s) => s.coldLongest));
    const indWorst = median(list.map((s) => s.indicatorLongest));
    const js = initialJs(build.dir);
    summary.set(build.name, { cold, coldWorst, ind, indWorst, js: js.bytes });
    console.log(
      `\n${build.name} (${String(list[0]?.tiles ?? 0)} tiles, ${String(list[0]?.charts ?? 0)} charts)`,
    );
    console.log(
      `  cold start, navigation -> overview painted: median ${cold.toFixed(0)} ms  [${list.map((s) => s.coldMs.toFixed(0)).join(', ')}]; longest task median ${coldWorst.toFixed(0)} ms  [${list.map((s) => s.coldLongest.toFixed(0)).join(', ')}]`,
    );
    console.log(
      `  tile -> indicator page, click -> both charts painted: median ${ind.toFixed(0)} ms  [${list.map((s) => s.indicatorMs.toFixed(0)).join(', ')}]; longest task median ${indWorst.toFixed(0)} ms  [${list.map((s) => s.indicatorLongest.toFixed(0)).join(', ')}]`,
    );
    console.log(
      `  initial JavaScript: ${(js.bytes / 1024).toFixed(1)} KB gzip (${js.files.join(', ')})`,
    );
  }
  const ours = summary.get('this build');
  const base = baselineDir ? summary.get(`baseline (${baselineDir})`) : undefined;
  if (ours) {
    const was = (figure: number | undefined, unit: string) =>
      figure === undefined ? 'run with --baseline DIR' : `${figure.toFixed(0)} ${unit}`;
    recordResults('first-minute', [
      {
        measure: 'Cold start: navigation -> overview painted',
        figure: `${ours.cold.toFixed(0)} ms, longest task ${ours.coldWorst.toFixed(0)} ms`,
        baseline: base
          ? `${was(base.cold, 'ms')}, longest task ${was(base.coldWorst, 'ms')}`
          : 'run with --baseline DIR',
        target: '<= 400 ms, no task > 50 ms',
        holds: ours.cold <= 400 && ours.coldWorst <= 50,
      },
      {
        measure: 'Tile -> indicator page: click -> both charts painted',
        figure: `${ours.ind.toFixed(0)} ms, longest task ${ours.indWorst.toFixed(0)} ms`,
        baseline: base
          ? `${was(base.ind, 'ms')}, longest task ${was(base.indWorst, 'ms')}`
          : 'run with --baseline DIR',
        target: '<= 200 ms, no task > 50 ms',
        holds: ours.ind <= 200 && ours.indWorst <= 50,
      },
      {
        measure: 'Initial JavaScript (entry + modulepreload, gzip)',
        figure: `${(ours.js / 1024).toFixed(1)} KB`,
        baseline: base ? `${(base.js / 1024).toFixed(1)} KB` : 'run with --baseline DIR',
        target: '< 150 KB',
        holds: ours.js < 150 * 1024,
      },
    ]);
  }
} finally {
  await baselineServer?.close();
  await opened.close();
}
