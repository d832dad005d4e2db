/**
 * A council's own long export (tests/fixtures/import/council-long-export.csv: area_code,
 * area_name, period, indicator, measure, unit, value) taken through the mapping step with no
 * editing of the file: offered because most lines were rejected as tidy (one grouped error),
 * the measure, unit words and indicator names chosen, read, applied, and its figures on the
 * scorecard. Then the mapping is remembered, shown, and forgotten. Screenshots of the step at
 * 1280 and 375 px go to /tmp/s2-21b when that folder exists (never into the repository).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, launch, openSession } from './support/browser';

const ROOT = join(import.meta.dirname, '..');
const FILE = join(ROOT, 'tests/fixtures/import/council-long-export.csv');
const NAME = 'council-long-export.csv';
const SHOTS = '/tmp/s2-21b';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function shot(page: Page, name: string) {
  if (!existsSync(SHOTS)) return;
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${String(width)}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe("a council's long export on the Data page", () => {
  it('goes through the mapping step with no editing of the file and ends on the scorecard', async () => {
    const session = await openSession(browser);
    const { page } = session;
    try {
      await page.goto(`${baseUrl()}#/data`);
      await page.getByRole('heading', { name: 'Bring files in' }).waitFor({ timeout: 30_000 });
      await page.getByLabel('Choose files').setInputFiles(FILE);

      // Offered the mapping step, with the tidy reading's report beside it, its 96 identical
      // errors as one row.
      await page.getByRole('heading', { name: 'Choose the columns' }).waitFor({ timeout: 60_000 });
      await page.getByText('looks like the scorecard’s own layout').first().waitFor();
      const problems = page.getByRole('table', { name: /Rejected and warned lines/ });
      expect(await problems.getByRole('row').filter({ hasText: '2–97 (96 lines)' }).count()).toBe(
        1,
      );
      expect(
        await problems
          .getByRole('row')
          .filter({ hasText: 'is not a unit the scorecard knows' })
          .count(),
      ).toBe(1);

      // The first guess: columns by name, "Persons" ignored, counts as numerators, names matched.
      expect(await page.getByLabel('Unit (optional)').inputValue()).toBe('unit');
      expect(await page.getByLabel('“Persons” means').inputValue()).toBe('');
      expect(await page.getByLabel('Use rows where measure is “Count” as').inputValue()).toBe(
        'numerator',
      );
      const reref = page.getByLabel(
        "Scorecard indicator for “Percentage of re-referrals to children's social care within 12 months”",
      );
      expect(await reref.inputValue()).toBe('CSC-REREF');
      const referrals = page.getByLabel(
        "Scorecard indicator for “Number of referrals to children's social care”",
      );
      expect(await referrals.locator('option:checked').textContent()).toContain('Leave out');
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'mapping-step');

      // The analyst confirms one suggestion by choosing it again, and reads the file.
      await page
        .getByLabel(
          'Scorecard indicator for “Children in need rate per 10,000 children aged under 18”',
        )
        .selectOption('CSC-CIN-RATE');
      await page.getByRole('button', { name: 'Read with these columns' }).click();
      await page.getByRole('heading', { name: 'What would change' }).waitFor({ timeout: 60_000 });
      const report = page
        .getByRole('region', { name: NAME })
        .or(page.locator(`section:has(h3:text-is("${NAME}"))`));
      expect(await report.first().textContent()).toContain('48 loaded, 0 rejected');
      await shot(page, 'review');

      const replaceAll = page.getByRole('button', { name: 'Replace all with the new figures' });
      if (await replaceAll.isVisible()) await replaceAll.click();
      await page.getByRole('button', { name: 'Apply', exact: true }).click();
      const applied = page.getByText(new RegExp(`Applied ${NAME}`));
      await applied.waitFor({ timeout: 30_000 });
      // Every figure has a definition: nothing is said to be shown that is not.
      expect(await applied.textContent()).toContain('The scorecard now shows them.');

      // The remembered mapping is shown.
      const remembered = page.getByRole('button', {
        name: /Forget the columns chosen for files with the columns .*measure.*unit/,
      });
      await remembered.waitFor();

      // On the scorecard: Harrow's 2025-26 children in need rate from the file.
      await page.goto(`${baseUrl()}#/overview?period=2025-26`);
      const tile = page.getByRole('article', { name: /Children in need/ });
      await tile.waitFor({ timeout: 30_000 });
      expect(await tile.textContent()).toContain('236.4');

      // Forgotten: the list says none is remembered.
      await page.goto(`${baseUrl()}#/data`);
      await remembered.click();
      await page.getByText('No column mappings are remembered').waitFor();
      expect(session.foreignRequests).toEqual([]);
    } finally {
      await session.context.close();
    }
  }, 240_000);
});
