/**
 * What the browser specs share around a test: one browser per spec file, a session per test
 * that fails on any request outside the site (and, when asked, on any dialog), and a copy of
 * the production build served with files published from the Data page.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { preview } from 'vite';
import { afterAll, beforeAll, expect } from 'vitest';
import { launch, openSession, type Session } from './browser';

const ROOT = join(import.meta.dirname, '../..');

/** Launches a browser before the spec file's tests and closes it after; call at the top level. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is not running yet.');
    return browser;
  };
}

export interface SessionOptions {
  readonly viewport?: { width: number; height: number };
  /** Dismiss every dialog the page opens, and fail the test if there was any. */
  readonly noDialogs?: boolean;
}

/** Runs `check` in a fresh session, then fails on requests outside the site; always closes it. */
export async function withSession(
  browser: Browser,
  check: (session: Session) => Promise<void>,
  options: SessionOptions = {},
): Promise<void> {
  const session = await openSession(
    browser,
    options.viewport ? { viewport: options.viewport } : {},
  );
  const dialogs: string[] = [];
  if (options.noDialogs === true)
    session.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  try {
    await check(session);
    expect(session.foreignRequests).toEqual([]);
    expect(dialogs).toEqual([]);
  } finally {
    await session.context.close();
  }
}

/**
 * Serves a copy of the production build (dist/) with the files of a published zip in its data
 * folder, runs `check` with the site's address, and stops the server. Returns the zip's file names.
 */
export async function withPublishedSite(
  dir: string,
  zip: string,
  check: (url: string) => Promise<void>,
): Promise<string[]> {
  const files = unzipSync(new Uint8Array(readFileSync(zip)));
  const site = join(dir, 'site');
  cpSync(join(ROOT, 'dist'), site, { recursive: true });
  mkdirSync(join(site, 'data'), { recursive: true });
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(site, 'data', name), bytes);
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: site },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  try {
    await check(server.resolvedUrls?.local[0] ?? '');
  } finally {
    await server.close();
  }
  return Object.keys(files);
}
