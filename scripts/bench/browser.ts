/**
 * For browser benchmarks: build the production bundle, serve it on localhost and open the
 * system Chromium, exactly as the browser tests do.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../../e2e/support/chromium';

export interface BenchBrowser {
  readonly browser: Browser;
  readonly baseUrl: string;
  close(): Promise<void>;
}

/**
 * Builds (production mode), serves and opens Chromium. `pages` adds extra HTML entry points
 * (benchmark pages) beside index.html; the build then goes to `.bench/dist`, leaving `dist/`
 * exactly as `npm run build` makes it.
 */
export async function openProductionBuild(
  options: { pages?: Record<string, string> } = {},
): Promise<BenchBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  process.env['NODE_ENV'] = 'production';
  const outDir = options.pages ? '.bench/dist' : 'dist';
  await build({
    logLevel: 'warn',
    mode: 'production',
    build: {
      outDir,
      emptyOutDir: true,
      ...(options.pages
        ? { rolldownOptions: { input: { main: 'index.html', ...options.pages } } }
        : {}),
    },
  });
  const server: PreviewServer = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('The preview server did not report its address.');
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  return {
    browser,
    baseUrl,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

const papaSource = readFileSync(
  createRequire(import.meta.url).resolve('papaparse/papaparse.min.js'),
  'utf8',
);

/** Bare papaparse on the file's text, on the main thread of a page of the production build. */
export async function papaOnce(baseUrl: string, page: Page, path: string) {
  await page.goto(`${baseUrl}#/data`);
  await page.getByRole('heading', { name: 'Bring files in' }).waitFor({ timeout: 60_000 });
  // The page's Content Security Policy refuses inline scripts; DevTools evaluation is allowed.
  await page.evaluate(papaSource);
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'bench-papa';
    document.body.append(input);
  });
  await page.setInputFiles('#bench-papa', path);
  const papa = await page.evaluate(async () => {
    const input = document.getElementById('bench-papa') as HTMLInputElement;
    const text = await (input.files?.[0]?.text() ?? Promise.resolve(''));
    const Papa = (
      window as unknown as { Papa: { parse: (t: string, o: object) => { data: unknown[] } } }
    ).Papa;
    const started = performance.now();
    const result = Papa.parse(text, { header: true });
    return { ms: performance.now() - started, rows: result.data.length };
  });
  return papa;
}
