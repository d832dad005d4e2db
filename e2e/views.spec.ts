import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, launch, openSession, type Session } from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** Opens a view by its hash and waits for the data to show. */
async function open(hash: string, viewport?: { width: number; height: number }) {
  const session = await openSession(browser, viewport ? { viewport } : {});
  await session.page.goto(`${baseUrl()}${hash}`);
  // The Data page has no scorecard header; every other view shows one once its data is in.
  await (hash.startsWith('#/data')
    ? session.page.getByRole('heading', { name: 'Bring files in' }).waitFor()
    : session.page.getByRole('region', { name: 'About these figures' }).waitFor());
  return session;
}

/** The filters are behind a disclosure ("Filters: every indicator") above the figures. */
async function openFilters(page: Page) {
  await page.locator('summary', { hasText: /^Filters/ }).click();
}

async function closeAfter(session: Session, check: (page: Page) => Promise<void>) {
  try {
    await check(session.page);
    expect(session.foreignRequests).toEqual([]);
  } finally {
    await session.context.close();
  }
}

describe('every view has no WCAG 2.2 A/AA violations axe-core can find', () => {
  it.each([
    ['overview', '#/overview'],
    ['scorecard table', '#/table'],
    ['table sorted by status', '#/table?sort=status&dir=desc'],
    ['exceptions', '#/exceptions'],
    ['filters applied', '#/overview?section=in-care&status=red,amber&q=placement'],
    ['a council without local figures', '#/overview?la=E09000014'],
    ['a bad link', '#/nowhere?status=purple'],
    ['a link made with other data', '#/overview?v=000000000000'],
  ])('%s', async (_name, hash) => {
    await closeAfter(await open(hash), async (page) => {
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it.each([
    ['indicator page with charts', '#/indicator/CSC-CPP-2YRS'],
    ['indicator page with tables', '#/indicator/CSC-CPP-2YRS?show=tables'],
  ])('%s', async (_name, hash) => {
    await closeAfter(await open(hash), async (page) => {
      await page.getByRole('heading', { name: 'About this indicator' }).waitFor();
      await page.getByRole('figure').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});

describe('links and navigation', () => {
  it('reopens exactly the same view from a copied link', async () => {
    const first = await open('#/overview');
    let link = '';
    let tiles: string[] = [];
    await closeAfter(first, async (page) => {
      await openFilters(page);
      await page.getByRole('combobox', { name: 'Section' }).selectOption('workforce');
      await page.getByRole('checkbox', { name: /^Red/ }).check();
      await page.getByRole('combobox', { name: 'Period' }).selectOption('2025-26 Q4');
      await page.waitForFunction(() => location.hash.includes('period='));
      link = page.url();
      tiles = await page
        .getByRole('article')
        .evaluateAll((list) => list.map((article) => article.textContent));
    });
    expect(link).toContain('section=workforce');
    expect(link).toContain('status=red');
    expect(link).toMatch(/v=[0-9a-f]{12}/);
    expect(tiles.length).toBeGreaterThan(0);

    const second = await openSession(browser);
    await closeAfter(second, async (page) => {
      await page.goto(link);
      await page.getByRole('region', { name: 'About these figures' }).waitFor();
      expect(
        await page
          .getByRole('article')
          .evaluateAll((list) => list.map((article) => article.textContent)),
      ).toEqual(tiles);
      await expect(page.locator('summary', { hasText: /^Filters/ }).textContent()).resolves.toBe(
        'Filters: Workforce and quality · Red',
      );
      await openFilters(page);
      expect(await page.getByRole('combobox', { name: 'Period' }).inputValue()).toBe('2025-26 Q4');
      expect(
        await page
          .getByRole('region', { name: 'The data has changed since this link was made' })
          .count(),
      ).toBe(0);
    });
  });

  it('switches council with its own neighbours, and says when only annual figures exist', async () => {
    await closeAfter(await open('#/overview'), async (page) => {
      await openFilters(page);
      await page.getByRole('combobox', { name: 'Council' }).selectOption({ label: 'Haringey' });
      await page.waitForFunction(() => location.hash.includes('la=E09000014'));
      const about = page.getByRole('region', { name: 'About these figures' });
      await expect(about.textContent()).resolves.toContain('Haringey');
      await expect(about.textContent()).resolves.toContain(
        'The data has no local quarterly figures for Haringey: each indicator shows its newest published figure on or before the reporting date, with its own date.',
      );
      await expect(about.textContent()).resolves.not.toContain('Illustrative');
      await page.getByRole('link', { name: 'Children in care per 10,000 children' }).click();
      await page
        .getByRole('heading', { level: 1, name: 'Children in care per 10,000 children' })
        .waitFor();
      const neighbours = page.getByRole('figure', {
        name: /Haringey and its statistical neighbours/,
      });
      await neighbours.waitFor();
      expect(await page.title()).toContain('Haringey');
    });
  });

  it('keeps browser back and forward in step with the views', async () => {
    await closeAfter(await open('#/overview'), async (page) => {
      await page.getByRole('link', { name: 'Scorecard table' }).click();
      await page.getByRole('heading', { level: 1, name: 'Scorecard table' }).waitFor();
      await page.getByRole('link', { name: 'Exceptions' }).click();
      await page.getByRole('heading', { level: 1, name: 'Exceptions' }).waitFor();
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: 'Scorecard table' }).waitFor();
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
      await page.goForward();
      await page.getByRole('heading', { level: 1, name: 'Scorecard table' }).waitFor();
      expect(await page.title()).toBe(
        "Scorecard table – Harrow, 2026-27 Q2 – Children's services scorecard",
      );
    });
  });
});

describe('keyboard only', () => {
  it('reaches a tile, opens its page, and focus lands on the new heading', async () => {
    await closeAfter(await open('#/overview'), async (page) => {
      const target = 'Assessments completed within 45 working days';
      let found = false;
      for (let i = 0; i < 40 && !found; i++) {
        await page.keyboard.press('Tab');
        found = await page.evaluate((name) => document.activeElement?.textContent === name, target);
        // Every focused element shows a focus indicator (a tile draws it round the whole tile).
        const outline = await page.evaluate(() => {
          const element = document.activeElement;
          if (!element || element === document.body) return 'nothing focused';
          const shown = (target: Element | null) => {
            if (!target) return false;
            const style = getComputedStyle(target);
            return style.outlineStyle !== 'none' || style.boxShadow !== 'none';
          };
          return shown(element) || shown(element.closest('.tile'))
            ? 'visible'
            : `none on ${element.outerHTML.slice(0, 80)}`;
        });
        expect(outline).toBe('visible');
      }
      expect(found).toBe(true);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: target }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      await expect(page.locator('[aria-live="polite"]').first().textContent()).resolves.toContain(
        target,
      );
    });
  });

  it('sorts the table from the keyboard', async () => {
    await closeAfter(await open('#/table'), async (page) => {
      const button = page.getByRole('button', { name: /Status/ });
      await button.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.hash.includes('sort=status'));
      expect(
        await page.getByRole('columnheader', { name: /Status/ }).getAttribute('aria-sort'),
      ).toBe('ascending');
      await page.getByRole('button', { name: /Status/ }).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.hash.includes('dir=desc'));
    });
  });

  it('opens a chart tooltip on focus and closes it with Escape; its content is also in the table', async () => {
    await closeAfter(await open('#/indicator/CSC-ASSESS-45'), async (page) => {
      const surface = page.locator('figure svg.recharts-surface').first();
      await surface.waitFor();
      await surface.focus();
      const tooltip = page.locator('.chart__tooltip').first();
      await tooltip.waitFor({ state: 'visible' });
      // Two steps from the first quarter (2021-22 Q3) to one that ends no financial year.
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      const text = (await tooltip.textContent()) ?? '';
      expect(text).toMatch(/Harrow: \d/);
      // A quarter's tooltip never offers an annual figure from another date.
      expect(text).not.toContain('England');
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => {
        const wrapper = document.querySelector('.recharts-tooltip-wrapper');
        return !wrapper || getComputedStyle(wrapper).visibility === 'hidden';
      });
      await page.getByRole('button', { name: 'Show the charts as tables' }).click();
      const table = page.getByRole('table', { name: /Harrow and comparators over time/ });
      const firstValue = /Harrow: ([^\n]*?)(Target|Statistical|London|England|$)/.exec(text)?.[1];
      expect(firstValue).toBeTruthy();
      await expect(table.textContent()).resolves.toContain(firstValue?.trim() ?? '--');
    });
  });
});

describe('looks and reflow', () => {
  it.each([
    '#/overview',
    '#/table',
    '#/indicator/CSC-CPP-2YRS',
    '#/exceptions',
    '#/pack',
    '#/data',
  ])('%s reflows at 320 CSS pixels without the page scrolling sideways', async (hash) => {
    await closeAfter(await open(hash, { width: 320, height: 640 }), async (page) => {
      await page.waitForTimeout(300);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
    });
  });

  it('keeps status words, icons and borders in forced-colours mode', async () => {
    const session = await open('#/overview');
    await closeAfter(session, async (page) => {
      await page.emulateMedia({ forcedColors: 'active' });
      const badge = page.locator('.rag').first();
      expect(await badge.textContent()).toMatch(/Green|Amber|Red|Not rated|No target set/);
      expect(await badge.evaluate((element) => getComputedStyle(element).borderTopStyle)).toBe(
        'solid',
      );
      expect(await page.locator('.rag__icon').count()).toBeGreaterThan(20);
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it('draws every sparkline as one plain path, not a chart library', async () => {
    await closeAfter(await open('#/overview'), async (page) => {
      const sparklines = page.getByRole('img', { name: /^Trend from/ });
      expect(await sparklines.count()).toBeGreaterThan(20);
      expect(await page.locator('.recharts-wrapper').count()).toBe(0);
    });
  });
});
