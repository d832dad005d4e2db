/**
 * For browser benchmarks: build the production bundle, serve it on localhost and open the
 * system Chromium, exactly as the browser tests do.
 */
import { chromium, type Browser } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../../e2e/support/chromium';

export interface BenchBrowser {
  readonly browser: Browser;
  readonly baseUrl: string;
  close(): Promise<void>;
}

export async function openProductionBuild(): Promise<BenchBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  process.env['NODE_ENV'] = 'production';
  await build({ logLevel: 'warn', mode: 'production' });
  const server: PreviewServer = await preview({
    logLevel: 'warn',
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
