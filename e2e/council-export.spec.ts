/**
 * A council's own long export (tests/fixtures/import/council-long-export.csv: area_code,
 * area_name, period, indicator, measure, unit, value) taken through the mapping step with no
 * editing of the file: offered because most lines were rejected as tidy (one grouped error),
 * the measure, unit words and indicator names chosen, read, applied, and its figures on the
 * scorecard; a name left out is listed as shown nowhere. Then the mapping is remembered, shown,
 * and forgotten. And a name that matches no indicator added as a new one: its definition filled
 * in the mapping step, confirmed field by field before Apply, and its figure on the overview. Screenshots of the step at
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
      // The name left out is listed as shown nowhere, with its line count.
      const leftOut = page.getByRole('region', {
        name: 'Left out in the mapping: not shown anywhere',
      });
      expect(await leftOut.textContent()).toContain(
        `“Number of referrals to children's social care” (12 lines, ${NAME})`,
      );
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

  it('adds a name that matches no indicator as a new one, confirmed field by field, and shows it', async () => {
    const session = await openSession(browser);
    const { page } = session;
    try {
      await page.goto(`${baseUrl()}#/data`);
      await page.getByRole('heading', { name: 'Bring files in' }).waitFor({ timeout: 30_000 });
      await page.getByLabel('Choose files').setInputFiles(FILE);
      await page.getByRole('heading', { name: 'Choose the columns' }).waitFor({ timeout: 60_000 });

      await page
        .getByLabel("Scorecard indicator for “Number of referrals to children's social care”")
        .selectOption({ label: 'Add as a new indicator' });
      const fields = page.getByRole('group', {
        name: "New indicator for “Number of referrals to children's social care”",
      });
      // Read with the definition unfinished: each missing field is named and linked.
      await page.getByRole('button', { name: 'Read with these columns' }).click();
      const summary = page.getByRole('alert');
      await summary.getByRole('link', { name: /Enter an id for the new indicator/ }).click();
      expect(
        await fields
          .getByRole('textbox', { name: 'Id' })
          .evaluate((e) => e === document.activeElement),
      ).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'add-indicator');

      await fields.getByRole('textbox', { name: 'Id' }).fill('REFERRALS');
      await fields
        .getByRole('textbox', { name: 'Title' })
        .fill("Referrals to children's social care");
      await fields.getByRole('combobox', { name: 'Unit' }).selectOption('count');
      await fields
        .getByRole('combobox', { name: 'Good is' })
        .selectOption({ label: 'Context measure, not rated' });
      await fields.getByRole('textbox', { name: 'Decimal places shown' }).fill('0');
      await fields
        .getByRole('combobox', { name: 'Section' })
        .selectOption({ label: 'Front door and early help' });
      await page.getByRole('button', { name: 'Read with these columns' }).click();
      await page.getByRole('heading', { name: 'What would change' }).waitFor({ timeout: 60_000 });

      // The new definition, field by field, with its own confirmation.
      const table = page.getByRole('table', { name: /1 new indicator definition, field by field/ });
      const rows = table.getByRole('row').filter({ hasText: 'REFERRALS' });
      expect(await rows.count()).toBe(7);
      expect(await rows.filter({ hasText: 'good is' }).textContent()).toContain(
        'context measure, not rated',
      );
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'add-indicator-review');
      const replaceAll = page.getByRole('button', { name: 'Replace all with the new figures' });
      if (await replaceAll.isVisible()) await replaceAll.click();
      await page.getByRole('button', { name: 'Apply', exact: true }).click();
      await page.getByText(/check each field listed under "New indicator definitions"/).waitFor();
      await page.getByLabel('I have checked this new indicator definition').check();
      await page.getByRole('button', { name: 'Apply', exact: true }).click();
      const applied = page.getByText(new RegExp(`Applied ${NAME}`));
      await applied.waitFor({ timeout: 30_000 });
      expect(await applied.textContent()).toContain('The scorecard now shows them.');

      // Harrow's 2025-26 referrals, a context measure: shown, with no rating.
      await page.goto(`${baseUrl()}#/overview?period=2025-26`);
      const tile = page.getByRole('article', { name: /Referrals to children's social care/ });
      await tile.waitFor({ timeout: 30_000 });
      expect(await tile.textContent()).toContain('2,010');
      expect(session.foreignRequests).toEqual([]);
    } finally {
      await session.context.close();
    }
  }, 240_000);
});
