/**
 * Visited links in the top navigation keep their contrast. Browsers hide :visited colours from
 * scripts (getComputedStyle and axe see the unvisited colour), so the test visits every view,
 * photographs the navigation and measures the pixels: the link text's strongest contrast with
 * the bar's blue must be at least 4.5:1 (it was about 1.5:1 when a general visited-link purple
 * overrode the navigation's white).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baseUrl } from './support/browser';
import { CHROMIUM_ARGS } from './support/chromium';

// Chromium paints visited links only in a context with a profile (a browser's usual state), not
// in the throwaway contexts the other browser tests use.
const profile = mkdtempSync(join(tmpdir(), 'visited-'));
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: inject('chromiumPath'),
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(baseUrl());
  await page.getByRole('heading', { name: 'Front door and early help' }).waitFor();
});

afterAll(async () => {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
});

/** For each link's picture (a PNG), the highest contrast ratio of any pixel with the background. */
async function strongestContrasts(pictures: readonly Buffer[]): Promise<number[]> {
  const canvasPage = await context.newPage();
  try {
    return await canvasPage.evaluate(
      async (encoded: string[]) => {
        const luminance = (r: number, g: number, b: number) => {
          const channel = (c: number) => {
            const s = c / 255;
            return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          };
          return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
        };
        const out: number[] = [];
        for (const data of encoded) {
          const image = new Image();
          image.src = `data:image/png;base64,${data}`;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.width;
          canvas.height = image.height;
          const context = canvas.getContext('2d');
          if (!context) throw new Error('no canvas');
          context.drawImage(image, 0, 0);
          const pixels = context.getImageData(0, 0, image.width, image.height).data;
          // The background is the commonest colour; the text's core pixels are the furthest from it.
          const counts = new Map<number, number>();
          for (let i = 0; i < pixels.length; i += 4) {
            const key =
              ((pixels[i] ?? 0) << 16) | ((pixels[i + 1] ?? 0) << 8) | (pixels[i + 2] ?? 0);
            counts.set(key, (counts.get(key) ?? 0) + 1);
          }
          const background = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
          const lb = luminance(background >> 16, (background >> 8) & 255, background & 255);
          let best = 1;
          for (const key of counts.keys()) {
            const l = luminance(key >> 16, (key >> 8) & 255, key & 255);
            const ratio = (Math.max(l, lb) + 0.05) / (Math.min(l, lb) + 0.05);
            best = Math.max(best, ratio);
          }
          out.push(best);
        }
        return out;
      },
      pictures.map((p) => p.toString('base64')),
    );
  } finally {
    await canvasPage.close();
  }
}

describe('the top navigation after every view has been visited', () => {
  it('keeps each link at 4.5:1 or more against the bar', async () => {
    const nav = page.getByRole('navigation', { name: 'Scorecard views' });
    const links = nav.getByRole('link');
    const names = await links.allTextContents();
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of names) {
      await nav.getByRole('link', { name, exact: true }).click();
      await page.waitForFunction(
        (label) =>
          document.querySelector('.main-nav a[aria-current="page"]')?.textContent === label,
        name,
      );
    }
    // Each view opened by its link's own address too, as a bookmark or a new tab would.
    const hrefs = await nav
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    for (const href of hrefs) {
      await page.goto(href);
      await nav.waitFor();
    }
    // Back on the first view, so every other link is visited and not the current page.
    await nav.getByRole('link', { name: names[0] ?? '', exact: true }).click();
    // The visited colour is painted a moment after the history is updated.
    await page.waitForTimeout(300);
    await page.mouse.move(0, 0);
    const pictures: Buffer[] = [];
    for (const name of names) {
      pictures.push(await nav.getByRole('link', { name, exact: true }).screenshot());
    }
    const contrasts = await strongestContrasts(pictures);
    const low = names.flatMap((name, i) => {
      const ratio = contrasts[i] ?? 0;
      return ratio < 4.5 ? [`${name}: ${ratio.toFixed(2)}:1`] : [];
    });
    expect(low).toEqual([]);
    expect(contrasts).toHaveLength(names.length);
  }, 120_000);
});
