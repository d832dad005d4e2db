/**
 * Statistical process control in the browser: the XmR chart on the indicator page (axe, its
 * key and table view), the icons' accessible names on tiles, their forced-colours rendering,
 * and the committee pack printed with the icons and their key, in black and white.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, launch, openSession } from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function open(hash: string) {
  const session = await openSession(browser);
  await session.page.goto(`${baseUrl()}${hash}`);
  await session.page.getByRole('region', { name: 'About these figures' }).waitFor();
  return session;
}

const XMR = 'Re-referrals: is it a real change? (XmR chart)';

describe('the XmR chart on the indicator page', () => {
  it.each([
    ['with charts', '#/indicator/CSC-REREF'],
    ['with tables', '#/indicator/CSC-REREF?show=tables'],
  ])(
    'has no WCAG 2.2 A/AA violations axe-core can find (%s)',
    async (_name, hash) => {
      const session = await open(hash);
      try {
        const { page } = session;
        await page.getByRole('figure', { name: XMR }).waitFor();
        expect(await axeViolations(page)).toEqual([]);
        expect(session.foreignRequests).toEqual([]);
      } finally {
        await session.context.close();
      }
    },
    60_000,
  );

  it('draws the figures, mean and limits with a key in words and special causes by shape', async () => {
    const session = await open('#/indicator/CSC-REREF');
    try {
      const { page } = session;
      const figure = page.getByRole('figure', { name: XMR });
      await figure.waitFor();
      const key = await figure.getByRole('list', { name: 'Key' }).textContent();
      expect(key).toContain('Mean');
      expect(key).toContain('Process limits');
      expect(key).toContain('Target (23.0%)');
      expect(key).toMatch(/Special cause: (concern|improvement)/);
      // One marker per figure: recharts draws them inside the chart's SVG.
      const markers = await figure
        .locator('svg.recharts-surface circle, svg.recharts-surface path[d*="Z"]')
        .count();
      expect(markers).toBeGreaterThanOrEqual(13);
      const sentence = await figure.locator('.chart-figure__description').textContent();
      expect(sentence).toContain('Re-referrals');
    } finally {
      await session.context.close();
    }
  }, 60_000);
});

describe('the icons', () => {
  it('carry their meaning in words on every tile that has them', async () => {
    const session = await open('#/overview');
    try {
      const { page } = session;
      const labels = await page
        .locator('article.tile .spc')
        .evaluateAll((list) => list.map((element) => element.textContent));
      expect(labels.length).toBeGreaterThan(10);
      for (const label of labels) {
        expect(label).toMatch(
          /^(Variation: (Common cause|Special cause(: (improvement|concern))? \((high|low)\))|Assurance: Target: (consistently met|consistently missed|hit and miss))$/,
        );
      }
      expect(labels.some((label) => label.startsWith('Variation: Common cause'))).toBe(true);
      expect(labels.some((label) => label.includes('Special cause'))).toBe(true);
      expect(labels).toContain('Assurance: Target: hit and miss');
    } finally {
      await session.context.close();
    }
  }, 60_000);

  it('are drawn in system colours in forced-colours mode', async () => {
    const session = await open('#/overview');
    try {
      const { page } = session;
      await page.emulateMedia({ forcedColors: 'active' });
      const fills = await page
        .locator('article.tile .spc__solid, article.tile .spc__ring')
        .evaluateAll((list) => list.map((element) => getComputedStyle(element).fill));
      expect(fills.length).toBeGreaterThan(0);
      // CanvasText and Canvas resolve to black and white in Chromium's default forced theme;
      // no brand colour survives.
      for (const fill of fills) expect(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']).toContain(fill);
    } finally {
      await session.context.close();
    }
  }, 60_000);
});

describe('printing the committee pack', () => {
  it('prints the icons with their words and the key to them, in black', async () => {
    const session = await open('#/pack');
    try {
      const { page } = session;
      await page.locator('.pack-detail svg.recharts-surface').first().waitFor();
      await page.emulateMedia({ media: 'print' });
      const colours = await page
        .locator('.spc')
        .evaluateAll((list) => list.map((element) => getComputedStyle(element).color));
      expect(colours.length).toBeGreaterThan(0);
      expect(new Set(colours)).toEqual(new Set(['rgb(0, 0, 0)']));
      const folder = mkdtempSync(join(tmpdir(), 'scorecard-spc-'));
      const path = join(folder, 'pack.pdf');
      writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      const text = spawnSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
      expect(text.status).toBe(0);
      const flat = text.stdout.replace(/\s+/g, ' ');
      expect(flat).toContain('Key to the variation and assurance icons');
      // The table's column heading, however its narrow column broke the words.
      expect(flat.replace(/[\s-]+/g, '')).toContain('Variationandassurance');
      expect(flat).toMatch(/Target: (consistently met|consistently missed|hit and miss)/);
      expect(flat).toMatch(/Common cause|Special cause/);
    } finally {
      await session.context.close();
    }
  }, 120_000);
});
