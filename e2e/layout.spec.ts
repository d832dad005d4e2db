/**
 * The first screen, measured: the boxes of the figures a member looks for, at a desk
 * (1280 × 800) and on a phone (375 × 812), for several kinds of council, on the production build.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, openSession } from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const DESK = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 812 };

/** Harrow (the configured council, illustrative quarters) and councils with annual data only. */
const COUNCILS = [
  { name: 'Harrow', la: '' },
  { name: 'Camden', la: 'E09000007' },
  { name: 'Devon', la: 'E10000008' },
  { name: 'Rutland', la: 'E06000017' },
  { name: 'City of London', la: 'E09000001' },
];

async function withPage(
  hash: string,
  viewport: { width: number; height: number },
  check: (page: Page) => Promise<void>,
) {
  const session = await openSession(browser, { viewport });
  try {
    await session.page.goto(`${baseUrl()}${hash}`);
    await session.page.getByRole('region', { name: 'About these figures' }).waitFor();
    await check(session.page);
  } finally {
    await session.context.close();
  }
}

interface Box {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** Boxes in the viewport, for every element the selector matches (in document order). */
function boxes(page: Page, selector: string): Promise<Box[]> {
  return page.locator(selector).evaluateAll((list) =>
    list.map((element) => {
      const { top, bottom, left, right } = element.getBoundingClientRect();
      return { top, bottom, left, right };
    }),
  );
}

const overview = (la: string) => (la === '' ? '#/overview' : `#/overview?la=${la}`);

describe('the overview at 1280 × 800', () => {
  it.each(COUNCILS)(
    'shows the status summary and the whole first row of tiles for $name',
    async ({ la }) => {
      await withPage(overview(la), DESK, async (page) => {
        await page.locator('article.tile').first().waitFor();
        const [summary] = await boxes(page, '.status-summary');
        expect(summary?.bottom).toBeLessThanOrEqual(DESK.height);
        const firstRow = await page
          .locator('ul.tiles')
          .first()
          .locator(':scope > li')
          .evaluateAll((items) => {
            const top = items[0]?.getBoundingClientRect().top ?? 0;
            return items
              .map((item) => item.getBoundingClientRect())
              .filter((box) => Math.abs(box.top - top) < 1)
              .map(({ top: t, bottom }) => ({ top: t, bottom }));
          });
        expect(firstRow.length).toBeGreaterThan(0);
        for (const tile of firstRow) {
          expect(tile.top).toBeGreaterThanOrEqual(0);
          expect(tile.bottom).toBeLessThanOrEqual(DESK.height);
        }
      });
    },
  );

  it('keeps the filters and the key one action away, and the print controls in view', async () => {
    await withPage('#/overview', DESK, async (page) => {
      await expect(page.getByRole('button', { name: 'Print this page' }).isVisible()).resolves.toBe(
        true,
      );
      const council = page.getByRole('combobox', { name: 'Council' });
      await expect(council.isVisible()).resolves.toBe(false);
      await page.locator('summary', { hasText: /^Filters/ }).click();
      await expect(council.isVisible()).resolves.toBe(true);
      await page.getByRole('checkbox', { name: /^Red/ }).check();
      await page.waitForFunction(() => location.hash.includes('status=red'));
      await expect(page.locator('summary', { hasText: /^Filters/ }).textContent()).resolves.toBe(
        'Filters: Red',
      );
      const key = page.getByText('short of target by more than the tolerance');
      await expect(key.isVisible()).resolves.toBe(false);
      await page.locator('summary', { hasText: 'Key to the statuses' }).click();
      await expect(key.isVisible()).resolves.toBe(true);
    });
  });
});

describe('the overview at 375 × 812', () => {
  it.each(COUNCILS)("shows the first tile's figure and status for $name", async ({ la }) => {
    await withPage(overview(la), PHONE, async (page) => {
      await page.locator('article.tile').first().waitFor();
      const [value] = await boxes(page, 'article.tile .tile__value');
      const [badges] = await boxes(page, 'article.tile .tile__badges');
      expect(value?.top).toBeGreaterThanOrEqual(0);
      expect(value?.bottom).toBeLessThanOrEqual(PHONE.height);
      expect(badges?.bottom).toBeLessThanOrEqual(PHONE.height);
      expect(badges?.right).toBeLessThanOrEqual(PHONE.width);
    });
  });

  it('shows the paper orientation and print button only when asked for', async () => {
    await withPage('#/overview', PHONE, async (page) => {
      const paper = page.getByRole('combobox', { name: 'Paper (A4)' });
      const print = page.getByRole('button', { name: 'Print this page' });
      await expect(paper.isVisible()).resolves.toBe(false);
      await expect(print.isVisible()).resolves.toBe(false);
      await page.locator('summary', { hasText: 'Print options' }).click();
      await expect(paper.isVisible()).resolves.toBe(true);
      await expect(print.isVisible()).resolves.toBe(true);
      // Opened, they wrap inside the page.
      const button = await print.boundingBox();
      expect((button?.x ?? 0) + (button?.width ?? 0)).toBeLessThanOrEqual(PHONE.width);
    });
  });
});

/** The first data row's cells, and the visible part of the table's scrolling region. */
async function tableBoxes(page: Page) {
  await page.locator('table.scorecard').waitFor();
  return page.locator('.table-scroll').evaluate((region) => {
    const box = (element: Element | null | undefined) => {
      if (!element) return null;
      const { top, bottom, left, right } = element.getBoundingClientRect();
      return { top, bottom, left, right };
    };
    const row = region.querySelector('tbody tr:not(.scorecard__section)');
    const cells = row ? [...row.children] : [];
    const headings = [...region.querySelectorAll('thead th')].map((th) =>
      th.textContent.replace(/[▲▼↕]/g, '').trim(),
    );
    const cell = (name: string) => {
      const index = headings.findIndex((heading) => heading.startsWith(name));
      return box(cells[index]);
    };
    const outer = region.getBoundingClientRect();
    return {
      view: {
        left: outer.left + region.clientLeft,
        right: outer.left + region.clientLeft + region.clientWidth,
      },
      scrollLeft: region.scrollLeft,
      scrollable: region.scrollWidth - region.clientWidth,
      // The rated figure's own column when it shows, or else the newest period's.
      latest: headings.some((heading) => heading.startsWith('Figure rated'))
        ? cell('Figure rated')
        : box(cells[2 + headings.filter((h) => /^\d{4}-\d{2}/.test(h)).length]),
      ref: cell('Ref'),
      indicator: cell('Indicator'),
      target: cell('Target'),
      status: cell('Status'),
      direction: cell('Direction'),
      commentary: cell('Commentary'),
    };
  });
}

describe('the scorecard table', () => {
  it.each(COUNCILS)(
    'shows ref, indicator, latest figure, target, status and direction at 1280 px for $name',
    async ({ la }) => {
      await withPage(la === '' ? '#/table' : `#/table?la=${la}`, DESK, async (page) => {
        const table = await tableBoxes(page);
        expect(table.scrollLeft).toBe(0);
        for (const name of [
          'ref',
          'indicator',
          'latest',
          'target',
          'status',
          'direction',
        ] as const) {
          const cell = table[name];
          expect(cell, name).not.toBeNull();
          expect(cell?.left, name).toBeGreaterThanOrEqual(table.view.left - 1);
          expect(cell?.right, name).toBeLessThanOrEqual(table.view.right + 1);
        }
      });
    },
  );

  it('folds the oldest years for a council without local quarters and shows them with one button', async () => {
    await withPage('#/table?la=E10000008', DESK, async (page) => {
      await page.locator('table.scorecard').waitFor();
      const oldest = page.locator('table.scorecard thead th', { hasText: '2020-21' });
      await expect(oldest.isVisible()).resolves.toBe(false);
      await page.getByRole('button', { name: 'Show 2020-21 and 2021-22' }).click();
      await expect(oldest.isVisible()).resolves.toBe(true);
      const table = await tableBoxes(page);
      // Every column is back, so the rest scrolls sideways as before.
      expect(table.scrollable).toBeGreaterThan(0);
      await expect(
        page
          .getByRole('button', { name: 'Hide 2020-21 and 2021-22' })
          .getAttribute('aria-expanded'),
      ).resolves.toBe('true');
    });
  });

  it('keeps the first data row and the status column in the first screen at 1280 × 800', async () => {
    await withPage('#/table', DESK, async (page) => {
      const table = await tableBoxes(page);
      expect(table.status?.bottom).toBeLessThanOrEqual(DESK.height);
    });
  });

  it('at 375 px scrolls the other columns under a sticky indicator column', async () => {
    await withPage('#/table', PHONE, async (page) => {
      const before = await tableBoxes(page);
      expect(before.indicator?.right).toBeLessThanOrEqual(PHONE.width);
      expect(before.scrollable).toBeGreaterThan(0);
      // Bring the status cell into view, as a reader swiping the table would.
      await page.locator('.table-scroll').evaluate((region) => {
        const row = region.querySelector('tbody tr:not(.scorecard__section)');
        const cell = row?.querySelector('.rag')?.closest('td');
        const indicator = row?.querySelector('th');
        if (cell instanceof HTMLElement && indicator instanceof HTMLElement)
          region.scrollLeft = cell.offsetLeft - indicator.offsetWidth - 4;
      });
      const after = await tableBoxes(page);
      expect(after.scrollLeft).toBeGreaterThan(0);
      // The indicator stays at the left edge of the region; status is in view beside it.
      expect(after.indicator?.left).toBeGreaterThanOrEqual(after.view.left - 1);
      expect(after.indicator?.left).toBeLessThanOrEqual(after.view.left + 1);
      expect(after.status?.left).toBeGreaterThanOrEqual(after.indicator?.right ?? 0);
      expect(after.status?.right).toBeLessThanOrEqual(after.view.right + 1);
      // The last column is reachable.
      await page.locator('.table-scroll').evaluate((region) => {
        region.scrollLeft = region.scrollWidth;
      });
      const end = await tableBoxes(page);
      expect(end.commentary?.right).toBeLessThanOrEqual(end.view.right + 1);
    });
  });
});
