/**
 * The analyst's SPC settings in the browser: a recalculation point set on the indicator page
 * is previewed on the XmR chart (a new segment, its marker and the limits it gives), saved,
 * kept across a reload, carried to another browser in the workspace file, and published in
 * config.json's spc block. Axe on the indicator page with the settings open.
 */
import { unzipSync } from 'fflate';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

async function withSession(check: (session: Session) => Promise<void>) {
  const session = await openSession(browser);
  try {
    await check(session);
    expect(session.foreignRequests).toEqual([]);
  } finally {
    await session.context.close();
  }
}

const INDICATOR = '#/indicator/CSC-REREF';
const NOTE =
  'The limits were recalculated from 2023-24 Q1, where the process changed: new front-door model.';

async function openIndicator(page: Page) {
  await page.goto(`${baseUrl()}${INDICATOR}`);
  const figure = page.getByRole('figure', { name: /^Re-referrals: is it a real change\?/ });
  await figure.waitFor({ timeout: 30_000 });
  return figure;
}

async function openSettings(page: Page) {
  await page.getByText('SPC settings for Re-referrals').click();
  return page.getByRole('form', { name: 'Set the limits of the XmR chart' });
}

/** The Mean column of the XmR table, by period. */
async function means(page: Page): Promise<Map<string, string>> {
  await page.getByRole('button', { name: 'Show the charts as tables' }).click();
  const table = page.getByRole('table', { name: /Re-referrals: .* the mean, limits/ });
  const rows = await table.getByRole('row').all();
  const found = new Map<string, string>();
  for (const row of rows.slice(1)) {
    const header = (await row.getByRole('rowheader').textContent()) ?? '';
    const cells = await row.getByRole('cell').allTextContents();
    found.set(header, cells[1] ?? '');
  }
  await page.getByRole('button', { name: 'Show charts' }).click();
  return found;
}

async function keyText(page: Page) {
  return (
    (await page
      .getByRole('figure', { name: /XmR chart/ })
      .getByRole('list', { name: 'Key' })
      .textContent()) ?? ''
  );
}

describe('SPC settings on the indicator page', () => {
  it('has no WCAG 2.2 A/AA violations with the settings open, and with errors shown', async () => {
    await withSession(async ({ page }) => {
      await openIndicator(page);
      const form = await openSettings(page);
      expect(await axeViolations(page)).toEqual([]);
      await form.getByRole('spinbutton', { name: /Baseline/ }).fill('5');
      await form.getByRole('button', { name: 'Add a recalculation point' }).click();
      await form.getByRole('button', { name: 'Save the SPC settings' }).click();
      await page.getByRole('alert').waitFor();
      expect(await page.getByRole('alert').textContent()).toContain(
        'The baseline must be from 13 to 30 points',
      );
      expect(await axeViolations(page)).toEqual([]);
    });
  }, 90_000);

  it('previews a recalculation point, saves it, keeps it across a reload, and carries it in the workspace file and Publish', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spc-settings-'));
    const saved = join(dir, 'workspace.zip');
    await withSession(async ({ page }) => {
      const figure = await openIndicator(page);
      const before = await means(page);
      expect(await keyText(page)).not.toContain('Limits recalculated');
      const form = await openSettings(page);
      await form.getByRole('button', { name: 'Add a recalculation point' }).click();
      await form
        .getByRole('combobox', { name: 'Period the process changed (point 1)' })
        .selectOption('2023-24 Q1');
      await form
        .getByRole('textbox', { name: 'Why it changed (point 1)' })
        .fill('new front-door model');
      // The preview: the chart says so, draws the marker and has new limits from 2023-24 Q1.
      await page.getByRole('figure', { name: /preview of unsaved settings/ }).waitFor();
      expect(await keyText(page)).toContain('Limits recalculated');
      expect(await figure.textContent()).toContain(NOTE);
      const preview = await means(page);
      expect(preview.get('2019-20 Q1')).not.toBe(preview.get('2023-24 Q1'));
      expect(preview.get('2023-24 Q1')).not.toBe(before.get('2023-24 Q1'));
      expect(preview.get('2023-24 Q1')).toBe(preview.get('2026-27 Q2'));

      await form.getByRole('button', { name: 'Save the SPC settings' }).click();
      await form.getByText(/SPC settings saved in this browser/).waitFor();
      await page.reload();
      const again = await openIndicator(page);
      expect(await again.textContent()).toContain(NOTE);
      expect(await keyText(page)).toContain('Limits recalculated');
      expect(await means(page)).toEqual(preview);

      // Publish: config.json carries the settings (and its check, which reads them back, passed).
      await page.goto(`${baseUrl()}#/data`);
      await page.getByRole('heading', { name: 'Bring files in' }).waitFor({ timeout: 30_000 });
      const published = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download files for the web host' }).click();
      await (await published).saveAs(join(dir, 'published.zip'));
      const files = unzipSync(new Uint8Array(readFileSync(join(dir, 'published.zip'))));
      const config = JSON.parse(new TextDecoder().decode(files['config.json'])) as {
        spc?: unknown;
      };
      expect(config.spc).toEqual({
        run: 6,
        baselines: {},
        recalculateAt: { 'CSC-REREF': ['2023-24 Q1'] },
        recalculationReasons: { 'CSC-REREF': { '2023-24 Q1': 'new front-door model' } },
      });

      const exported = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export the workspace' }).click();
      await (await exported).saveAs(saved);
    });
    // Another browser: nothing set until the workspace file is imported.
    await withSession(async ({ page }) => {
      const figure = await openIndicator(page);
      expect(await figure.textContent()).not.toContain(NOTE);
      await page.goto(`${baseUrl()}#/data`);
      await page.getByRole('heading', { name: 'Bring files in' }).waitFor({ timeout: 30_000 });
      await page.getByLabel('Import a workspace').setInputFiles(saved);
      await page.getByRole('alertdialog').waitFor();
      await page.getByRole('button', { name: 'Yes, replace it' }).click();
      await page.getByText(/Workspace imported/).waitFor();
      const imported = await openIndicator(page);
      expect(await imported.textContent()).toContain(NOTE);
    });
  }, 180_000);
});
