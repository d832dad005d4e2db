import type { TestProject } from 'vitest/node';
import { build, preview } from 'vite';
import { findChromium, INSTALL_HINT } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

/**
 * Builds the production bundle and serves it on a free localhost port for the browser tests,
 * exactly as a static host would serve `dist/`.
 */
export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error(INSTALL_HINT);
  // Vitest sets NODE_ENV=test, which would bundle React's development build: the browser
  // tests must drive exactly what a council hosts.
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production' });
  } finally {
    process.env['NODE_ENV'] = nodeEnv;
  }
  const server = await preview({
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  project.provide('baseUrl', url);
  project.provide('chromiumPath', chromiumPath);
  return async () => {
    await server.close();
  };
}
