/**
 * The neighbour chart at 375 px: the longest council names (with their closeness band) wrap
 * onto more lines instead of being cut off at the chart's left edge.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, openSession } from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('neighbour names at 375 px', () => {
  it.each([
    ['E09000029', 'Sutton', 'Bournemouth, Christchurch and Poole'],
    ['E06000051', 'Shropshire', 'Herefordshire, County of'],
    ['E06000010', 'Kingston upon Hull', 'Kingston upon Hull, City of'],
  ])('%s (%s): every name, including "%s", is inside the chart', async (code, _name, long) => {
    const session = await openSession(browser, { viewport: { width: 375, height: 812 } });
    try {
      const { page } = session;
      await page.goto(`${baseUrl()}#/indicator/CSC-REREF?la=${code}`);
      const chart = page.locator('svg[role="img"][aria-label*="statistical neighbours"]');
      await chart.waitFor();
      const measured = await chart.evaluate((svg) => {
        const box = svg.getBoundingClientRect();
        // The name ticks are the chart's only right-aligned text (values and the axis are not).
        const texts = [...svg.querySelectorAll('text[text-anchor="end"]')];
        return texts.map((text) => {
          const r = text.getBoundingClientRect();
          return {
            name: text.textContent.replace(/\s+/g, ''),
            clippedLeft: r.left < box.left - 0.5,
            clippedRight: r.right > box.right + 0.5,
            offScreen: r.left < 0 || r.right > window.innerWidth,
          };
        });
      });
      expect(measured.length).toBeGreaterThanOrEqual(11);
      expect(measured.some((m) => m.name.startsWith(long.replace(/\s+/g, '')))).toBe(true);
      expect(measured.filter((m) => m.clippedLeft || m.clippedRight || m.offScreen)).toEqual([]);
      expect(session.foreignRequests).toEqual([]);
    } finally {
      await session.context.close();
    }
  });
});
