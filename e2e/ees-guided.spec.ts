/**
 * A DfE Explore Education Statistics file the scorecard has no mapping for (DfE's children
 * looked after by number of social workers, real lines) is brought in through the guided
 * mapping: the figure column, the filter values that pick the figure and the scorecard
 * indicator; read with no editing of the file; and the choice is remembered for the next file
 * with the same columns.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, launch, openSession } from './support/browser';

const ROOT = join(import.meta.dirname, '..');
const UNSEEN = join(ROOT, 'tests/fixtures/import/dfe-unseen-cla-swcount.csv');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function openData(page: Page) {
  await page.goto(`${baseUrl()}#/data`);
  await page.getByRole('heading', { name: 'Bring files in' }).waitFor({ timeout: 30_000 });
}

describe('an EES file nobody has mapped', () => {
  it('is read through the guided mapping, and the choice is remembered', async () => {
    const session = await openSession(browser);
    const { page } = session;
    try {
      await openData(page);
      await page.getByLabel('Choose files').setInputFiles(UNSEEN);
      await page.getByRole('heading', { name: 'Choose the columns' }).waitFor({ timeout: 60_000 });
      const form = page.getByRole('form', { name: 'Choose the columns' });
      const file = form.getByRole('group', { name: 'dfe-unseen-cla-swcount.csv' });
      expect(await file.textContent()).toContain('DfE Explore Education Statistics file');
      // Only the numeric columns after the location columns are offered for the figure.
      const figure = file.getByLabel('Column that holds the figure');
      expect(await figure.locator('option').allTextContents()).toEqual([
        'Choose a column',
        'children_count',
        'children_percent',
      ]);
      // Asking to read before choosing says what is missing.
      await page.getByRole('button', { name: 'Read with these columns' }).click();
      await page.getByRole('link', { name: /choose the column that holds the figure/ }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await figure.selectOption('children_percent');
      await file.getByLabel('Rows where cla_group is').selectOption('CLA on 31 March');
      await file
        .getByLabel('Rows where sw_stability is')
        .selectOption('3 or more social workers during the year');
      await file.getByLabel('Scorecard indicator it feeds').selectOption('CLA-3PLUS-PLACE');
      await page.getByRole('button', { name: 'Read with these columns' }).click();
      await page.getByRole('heading', { name: 'What would change' }).waitFor({ timeout: 60_000 });
      const report = page.getByRole('region', { name: 'dfe-unseen-cla-swcount.csv', exact: true });
      const text = (await report.textContent()) ?? '';
      expect(text).toContain('13: 3 loaded, 0 rejected, 10 skipped');
      expect(text).toContain('not a measure the scorecard uses');
      // The same columns again, in a new visit: read with the remembered choice, no questions.
      await openData(page);
      await page.reload();
      await page.getByRole('heading', { name: 'Bring files in' }).waitFor({ timeout: 30_000 });
      await page.getByLabel('Choose files').setInputFiles(UNSEEN);
      await page.getByRole('heading', { name: 'What would change' }).waitFor({ timeout: 60_000 });
      expect(
        await page
          .getByText('The columns chosen last time for files with these columns were used.')
          .count(),
      ).toBe(1);
      expect(session.foreignRequests).toEqual([]);
    } finally {
      await session.context.close();
    }
  }, 180_000);
});
