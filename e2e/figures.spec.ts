/**
 * Figures a member can trust, in the built app: a council without local quarters shows each
 * indicator at its own newest figure (the workforce at 30 September 2025), every rated row of
 * the table and the pack carries its figure, and every period the picker lists opens.
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

const DEVON = 'E10000008';

async function withPage(hash: string, check: (page: Page) => Promise<void>) {
  const session = await openSession(browser, {});
  try {
    await session.page.goto(`${baseUrl()}${hash}`);
    await session.page.getByRole('region', { name: 'About these figures' }).waitFor();
    await check(session.page);
    expect(session.foreignRequests).toEqual([]);
  } finally {
    await session.context.close();
  }
}

/** Each rated row of every scorecard table on the page: its title, status and figure cells. */
async function ratedRows(page: Page) {
  await page.locator('table.scorecard tbody tr th[scope="row"]').first().waitFor();
  return page.locator('table.scorecard').evaluateAll((tables) =>
    tables.flatMap((table) => {
      const headings = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
      const first = headings.indexOf('Good is') + 1;
      const last = headings.indexOf('Target');
      return [...table.querySelectorAll('tbody tr')].flatMap((row) => {
        const title = row.querySelector('th[scope="row"]')?.textContent.trim();
        if (title === undefined) return [];
        const cells = [...row.children].map((cell) => cell.textContent.trim());
        const status = cells[last + 1] ?? '';
        return [{ title, status, figures: cells.slice(first, last) }];
      });
    }),
  );
}

describe('a council without local quarters (Devon)', () => {
  it('shows its 30 September 2025 workforce figures, each labelled with its own date', async () => {
    await withPage(`#/overview?la=${DEVON}`, async (page) => {
      const about = await page.getByRole('region', { name: 'About these figures' }).textContent();
      expect(about).toContain('Reporting date 30 September 2025');
      const agency = page.locator('article.tile', { hasText: 'Agency social workers' });
      await expect(agency.textContent()).resolves.toMatch(/24\.3%[^]*at 30 September 2025/);
      const turnover = page.locator('article.tile', { hasText: 'Social worker turnover' });
      await expect(turnover.textContent()).resolves.toMatch(
        /14\.2%[^]*12 months to 30 September 2025/,
      );
      // Annual figures keep their own year beside the workforce's date.
      const cin = page.locator('article.tile', { hasText: 'Children in need per 10,000' });
      await expect(cin.textContent()).resolves.toContain('at 31 March 2025');
    });
  });

  it.each([
    ['the table', `#/table?la=${DEVON}`],
    ['the committee pack', `#/pack?la=${DEVON}`],
  ])("puts every rated row's figure on the row in %s", async (_name, hash) => {
    await withPage(hash, async (page) => {
      const rows = await ratedRows(page);
      const rated = rows.filter((row) => /^(Green|Amber|Red)/.test(row.status));
      expect(rated.length).toBeGreaterThan(10);
      const without = rated.filter((row) => !row.figures.some((text) => /\d/.test(text)));
      expect(without).toEqual([]);
      const turnover = rows.find((row) => row.title.startsWith('Social worker turnover'));
      expect(turnover?.figures.join(' ')).toContain('14.2%');
    });
  });

  it('opens every period the picker lists, from a link', async () => {
    let periods: string[] = [];
    await withPage(`#/overview?la=${DEVON}`, async (page) => {
      // The filters sit behind their one-line disclosure.
      await page.locator('summary', { hasText: /^Filters/ }).click();
      periods = await page
        .getByRole('combobox', { name: 'Period' })
        .locator('option')
        .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    });
    expect(periods).toContain('2025-26 Q2');
    expect(periods).toContain('2024-25');
    for (const period of periods.slice(0, 6)) {
      await withPage(
        `#/overview?la=${DEVON}&period=${encodeURIComponent(period)}`,
        async (page) => {
          const body = await page.locator('body').textContent();
          expect(body).not.toContain('The data has no figures');
          await page.locator('summary', { hasText: /^Filters/ }).click();
          await expect(page.getByRole('combobox', { name: 'Period' }).inputValue()).resolves.toBe(
            period,
          );
        },
      );
    }
  });
});

describe.each([
  ['Devon', DEVON],
  ['Camden', 'E09000007'],
  ['Rutland', 'E06000017'],
  ['City of London', 'E09000001'],
])('%s, a council without local figures, as a new user walks it', (_name, code) => {
  it.each([
    ['the table', 'table'],
    ['the committee pack', 'pack'],
  ])(
    'in %s every rated row has its figure, and DfE whole numbers are whole',
    async (_where, view) => {
      await withPage(`#/${view}?la=${code}`, async (page) => {
        const rows = await ratedRows(page);
        const rated = rows.filter((row) => /^(Green|Amber|Red)/.test(row.status));
        expect(rated.length).toBeGreaterThan(5);
        expect(rated.filter((row) => !row.figures.some((text) => /\d/.test(text)))).toEqual([]);
        // Children in care per 10,000: DfE publishes whole numbers ("57 per 10,000").
        const inCare = rows.find((row) => row.title.startsWith('Children in care per 10,000'));
        const figures = inCare?.figures.filter((text) => /^\d/.test(text)) ?? [];
        expect(figures.length).toBeGreaterThan(0);
        for (const text of figures) expect(text).toMatch(/^\d[\d,]* per 10,000/);
      });
    },
  );

  it('prints its committee pack without wasted pages (at most 20 A4 pages)', async () => {
    await withPage(`#/pack?la=${code}`, async (page) => {
      await page.locator('svg.recharts-surface').first().waitFor();
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      // Each PDF page object is "/Type /Page" (the page tree is "/Type /Pages").
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
      expect(pages).toBeGreaterThanOrEqual(5);
      expect(pages).toBeLessThanOrEqual(20);
    });
  }, 90_000);

  it('opens the first periods its picker lists, from a link', async () => {
    let periods: string[] = [];
    await withPage(`#/table?la=${code}`, async (page) => {
      await page.locator('summary', { hasText: /^Filters/ }).click();
      periods = await page
        .getByRole('combobox', { name: 'Period' })
        .locator('option')
        .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    });
    expect(periods.length).toBeGreaterThan(3);
    for (const period of periods.slice(0, 3)) {
      await withPage(`#/table?la=${code}&period=${encodeURIComponent(period)}`, async (page) => {
        const body = await page.locator('body').textContent();
        expect(body).not.toContain('The data has no figures');
      });
    }
  }, 90_000);
});
