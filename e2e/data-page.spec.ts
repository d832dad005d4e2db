/**
 * The Data page in the production build, with real files: a file with conflicts (keep/replace),
 * a bad file, a DfE file, an unknown layout mapped by hand, a large generated file (progress,
 * Cancel, a page that stays usable), reload persistence, undo, reset, workspace export/import,
 * publish round trip, and an axe scan of every state.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, type Session } from './support/browser';
import { withSession as inSession, sharedBrowser, withPublishedSite } from './support/session';
import { generateTidy } from './support/generate-tidy';

const ROOT = join(import.meta.dirname, '..');
const CONFLICTS = join(ROOT, 'tests/fixtures/data-page/harrow-q2-revised.csv');
const BAD = join(ROOT, 'tests/fixtures/import/percent-over-100.csv');
const UNKNOWN = join(ROOT, 'tests/fixtures/import/council-export-other-names.csv');
const DFE = join(
  ROOT,
  'sources/dfe/ees/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv',
);
const ASSESS = 'Assessments completed within 45 working days';

const browser = sharedBrowser();
const withSession = (check: (session: Session) => Promise<void>) => inSession(browser(), check);

async function openData(page: Page, url = baseUrl()) {
  await page.goto(`${url}#/data`);
  await page.getByRole('heading', { name: 'Bring files in' }).waitFor({ timeout: 30_000 });
}

async function bringIn(page: Page, ...paths: string[]) {
  await page.getByLabel('Choose files').setInputFiles(paths);
}

async function review(page: Page) {
  await page.getByRole('heading', { name: 'What would change' }).waitFor({ timeout: 60_000 });
}

async function tileText(page: Page, name = ASSESS) {
  await page.goto(`${baseUrl()}#/overview`);
  const tile = page.getByRole('article', { name });
  await tile.waitFor({ timeout: 30_000 });
  return (await tile.textContent()) ?? '';
}

/** A generated tidy file of about `megabytes` MB in a folder of its own, and its figure count. */
function generatedFile(name: string, megabytes: number): { path: string; figures: number } {
  const path = join(mkdtempSync(join(tmpdir(), 'data-page-')), name);
  const bytes = generateTidy(megabytes);
  writeFileSync(path, bytes);
  // One figure a line under a header (no line breaks inside quotes in these files).
  return { path, figures: bytes.reduce((n, byte) => (byte === 10 ? n + 1 : n), 0) - 1 };
}

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

/** Brings in the conflicts file, replaces every differing figure and applies. */
async function applyConflicts(page: Page) {
  await openData(page);
  await bringIn(page, CONFLICTS);
  await review(page);
  await chooseCleanLines(page, 'harrow-q2-revised.csv');
  await page.getByRole('button', { name: 'Replace all with the new figures' }).click();
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await page.getByText(/Applied harrow-q2-revised\.csv/).waitFor();
}

/** Chooses to apply only the clean lines of a file with errors (nothing applies without it). */
async function chooseCleanLines(page: Page, file: string) {
  await page.getByRole('checkbox', { name: `Apply only the clean lines of ${file}` }).check();
  await page.getByText(`Clean lines only: ${file}.`).waitFor();
}

describe('the Data page', () => {
  it('has no axe violations before any import', async () => {
    await withSession(async ({ page }) => {
      await openData(page);
      expect(await page.getByRole('link', { name: 'Data' }).getAttribute('aria-current')).toBe(
        'page',
      );
      await expectNoAxeViolations(page);
    });
  });

  it('reports a file with conflicts and a bad line, asks for each choice, and changes nothing until Apply', async () => {
    await withSession(async ({ page }) => {
      await openData(page);
      await bringIn(page, CONFLICTS);
      await review(page);
      const report = page.getByRole('region', { name: 'harrow-q2-revised.csv', exact: true });
      expect(await report.textContent()).toContain('4: 2 loaded, 1 rejected, 1 skipped');
      expect(await report.textContent()).toContain('Tidy (one row per indicator, period and area)');
      const summary = page.getByRole('heading', { name: 'There is a problem' });
      expect(await summary.isVisible()).toBe(true);
      const link = page.getByRole('link', { name: /harrow-q2-revised\.csv: 1 error/ });
      await link.click();
      // The link moves focus to the problem's row, and leaves the URL (the view) alone.
      expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(
        '150%',
      );
      expect(await page.evaluate(() => window.location.hash)).toMatch(/^#\/data/);
      const issues = page.getByRole('table', { name: /Rejected and warned lines/ });
      expect(await issues.textContent()).toContain('150%');
      // The announcement is made without moving focus.
      expect(await page.getByRole('status').first().textContent()).toContain('2 changes to review');
      await expectNoAxeViolations(page);

      const changes = page.getByRole('table', { name: /Figures that would change/ });
      expect(await changes.textContent()).toContain('87.6');
      expect(await changes.textContent()).toContain('91.5');
      // Apply without choosing: an error summary says what is missing. First, a file with an
      // error applies nothing unless its clean lines are chosen.
      await page.getByRole('button', { name: 'Apply', exact: true }).click();
      await page
        .getByRole('link', { name: /harrow-q2-revised\.csv has an error, so nothing is applied/ })
        .waitFor();
      await chooseCleanLines(page, 'harrow-q2-revised.csv');
      await page.getByRole('button', { name: 'Apply', exact: true }).click();
      await page
        .getByRole('link', { name: /Choose whether to keep or replace 2 figures/ })
        .waitFor();
      await expectNoAxeViolations(page);
      await page
        .getByRole('radiogroup', { name: /Assessments on time/ })
        .getByLabel('Replace')
        .check();
      await page
        .getByRole('radiogroup', { name: /Re-referrals/ })
        .getByLabel('Keep')
        .check();
      // Cancel leaves everything as it was.
      await page.getByRole('button', { name: 'Cancel', exact: true }).click();
      expect(await tileText(page)).toContain('87.6% in 2026-27 Q2');
    });
  });

  it('applies the choices, keeps them over a reload, and undoes the import', async () => {
    await withSession(async ({ page }) => {
      await openData(page);
      await bringIn(page, CONFLICTS);
      await review(page);
      await page
        .getByRole('radiogroup', { name: /Assessments on time/ })
        .getByLabel('Replace')
        .check();
      await page
        .getByRole('radiogroup', { name: /Re-referrals/ })
        .getByLabel('Keep')
        .check();
      await chooseCleanLines(page, 'harrow-q2-revised.csv');
      await page.getByRole('button', { name: 'Apply', exact: true }).click();
      await page.getByText(/Applied harrow-q2-revised\.csv/).waitFor();
      await expectNoAxeViolations(page);
      expect(
        await page.getByRole('list').filter({ hasText: 'harrow-q2-revised.csv' }).count(),
      ).toBe(1);

      expect(await tileText(page)).toContain('91.5% in 2026-27 Q2');
      await page.reload();
      expect(await tileText(page)).toContain('91.5% in 2026-27 Q2');
      // The kept figure stayed.
      await page.goto(`${baseUrl()}#/overview?period=2026-27+Q1`);
      const reref = page.getByRole('article', { name: /Re-referrals/ });
      await reref.waitFor();
      expect(await reref.textContent()).toContain('19.0%');

      await openData(page);
      await page.getByRole('button', { name: 'Undo the last import' }).click();
      const dialog = page.getByRole('alertdialog');
      expect(await dialog.textContent()).toContain('Its 2 figures will be removed');
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Yes, undo it' }).click();
      await page.getByText('The import of harrow-q2-revised.csv was undone.').waitFor();
      expect(await tileText(page)).toContain('87.6% in 2026-27 Q2');
    });
  });

  it('reads a DfE file and a bad file together, each with its own report', async () => {
    await withSession(async ({ page }) => {
      await openData(page);
      await bringIn(page, DFE, BAD);
      await review(page);
      const dfe = page.getByRole('region', { name: /^c1_children_in_need/ });
      expect(await dfe.textContent()).toContain('DfE Explore Education Statistics open data');
      const bad = page.getByRole('region', { name: 'percent-over-100.csv', exact: true });
      expect(await bad.textContent()).toContain('rejected');
      expect(await page.getByRole('table', { name: /percent-over-100/ }).textContent()).toContain(
        'more than 100%',
      );
      await expectNoAxeViolations(page);
    });
  });

  it('takes files dropped onto the drop zone', async () => {
    await withSession(async ({ page }) => {
      await openData(page);
      // A drop as the browser makes it: a DataTransfer holding the two files.
      const files = [DFE, BAD].map((path) => ({
        name: path.split('/').pop() ?? '',
        text: readFileSync(path, 'utf8'),
      }));
      const dataTransfer = await page.evaluateHandle((given) => {
        const transfer = new DataTransfer();
        for (const file of given) transfer.items.add(new File([file.text], file.name));
        return transfer;
      }, files);
      const zone = page.getByTestId('drop-zone');
      await zone.dispatchEvent('dragover', { dataTransfer });
      await zone.dispatchEvent('drop', { dataTransfer });
      await review(page);
      expect(
        await page.getByRole('region', { name: 'percent-over-100.csv', exact: true }).count(),
      ).toBe(1);
      expect(await page.getByRole('region', { name: /^c1_children_in_need/ }).count()).toBe(1);
    });
  });

  it('brings in a layout nobody has seen by choosing its columns, and remembers them', async () => {
    await withSession(async ({ page }) => {
      await openData(page);
      await bringIn(page, UNKNOWN);
      await page.getByRole('heading', { name: 'Choose the columns' }).waitFor();
      await expectNoAxeViolations(page);
      const columns = page.getByRole('form', { name: 'Choose the columns' });
      // The step starts from a guess; with the indicator column taken away it says what is missing.
      await columns.getByLabel('Indicator', { exact: true }).selectOption('');
      await page.getByRole('button', { name: 'Read with these columns' }).click();
      await page
        .getByRole('link', { name: /choose the column that holds the indicator/ })
        .waitFor();
      await expectNoAxeViolations(page);
      await columns.getByLabel('Indicator', { exact: true }).selectOption('Measure Name');
      await columns.getByLabel('Period', { exact: true }).selectOption('Year');
      await columns
        .getByLabel('Area (council code or name)', { exact: true })
        .selectOption('LA Code');
      await columns.getByLabel('Value', { exact: true }).selectOption('Result');
      await columns.getByLabel('Area name (optional)', { exact: true }).selectOption('LA Name');
      await page.getByRole('button', { name: 'Read with these columns' }).click();
      await review(page);
      const report = page.getByRole('region', {
        name: 'council-export-other-names.csv',
        exact: true,
      });
      expect(await report.textContent()).toContain('Columns chosen by hand');
      expect(await report.textContent()).toContain('5: 4 loaded, 0 rejected, 1 skipped');
      await page.getByRole('button', { name: 'Replace all with the new figures' }).click();
      await page.getByRole('button', { name: 'Apply', exact: true }).click();
      await page.getByText(/Applied council-export-other-names\.csv/).waitFor();
      // The same columns again: read with the remembered mapping, no questions.
      await bringIn(page, UNKNOWN);
      await review(page);
      expect(
        await page
          .getByText('The columns chosen last time for files with these columns were used.')
          .count(),
      ).toBe(1);
    });
  });

  it('reads a large file with moving progress, stays usable, and cancels', async () => {
    const { path: big, figures } = generatedFile('big-tidy.csv', 60);
    await withSession(async ({ page }) => {
      await openData(page);
      await bringIn(page, big);
      const bar = page.getByRole('progressbar', { name: /Reading big-tidy\.csv/ });
      await bar.waitFor();
      // Once reading has started, the bar moves (the worker reports every 100 ms).
      await page.waitForFunction(() => Number(document.querySelector('progress')?.value) > 0);
      const first = Number(await bar.getAttribute('value'));
      await page.waitForTimeout(300);
      const second = Number(await bar.getAttribute('value'));
      expect(second).toBeGreaterThan(first);
      // Mid-import the page still responds to a button.
      await page.getByRole('button', { name: 'Export the workspace' }).click();
      await page.getByText('Workspace exported with 0 imports.').waitFor({ timeout: 2000 });
      expect(await bar.isVisible()).toBe(true);
      await page.getByRole('button', { name: 'Cancel import' }).click();
      await page.getByText('Import cancelled. Nothing was changed.').waitFor();
      await page.getByLabel('Choose files').waitFor({ state: 'attached' });

      // And read to the end: every line is accounted for.
      await bringIn(page, big);
      await bar.waitFor();
      await expectNoAxeViolations(page);
      await review(page);
      const report = page.getByRole('region', { name: 'big-tidy.csv', exact: true });
      expect(await report.textContent()).toContain(
        `${(figures + 1).toLocaleString('en-GB')}: ${figures.toLocaleString('en-GB')} loaded, 0 rejected, 1 skipped`,
      );
      expect(await page.getByRole('heading', { name: 'What would change' }).isVisible()).toBe(true);
    });
  }, 180_000);

  it('keeps a 5 MB file over a reload', async () => {
    // The reader keeps the columns it read and saves them itself on Apply.
    const { path: file, figures } = generatedFile('five-mb.csv', 5);
    await withSession(async ({ page }) => {
      await openData(page);
      await bringIn(page, file);
      await review(page);
      await page.getByRole('button', { name: 'Apply', exact: true }).click();
      await page.getByText(/^Applied five-mb\.csv/).waitFor({ timeout: 60_000 });
      await page.reload();
      await openData(page);
      await page.getByRole('button', { name: 'Undo the last import' }).click();
      expect(await page.getByRole('alertdialog').textContent()).toContain(
        `Its ${figures.toLocaleString('en-GB')} figures will be removed`,
      );
    });
  }, 120_000);

  it('exports the workspace and imports it on another machine', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'workspace-'));
    const saved = join(dir, 'workspace.zip');
    await withSession(async ({ page }) => {
      await applyConflicts(page);
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export the workspace' }).click();
      await (await download).saveAs(saved);
    });
    await withSession(async ({ page }) => {
      await openData(page);
      await page.getByLabel('Import a workspace').setInputFiles(saved);
      await page.getByRole('alertdialog').waitFor();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Yes, replace it' }).click();
      await page.getByText('Workspace imported: 1 import.').waitFor();
      expect(await tileText(page)).toContain('91.5% in 2026-27 Q2');
      // Reset, with a confirmation that says what will be lost.
      await openData(page);
      await page.getByRole('button', { name: 'Reset to the data on the web host' }).click();
      expect(await page.getByRole('alertdialog').textContent()).toContain('harrow-q2-revised.csv');
      await page.getByRole('button', { name: 'Yes, remove my imports' }).click();
      await page.getByText(/The workspace was reset/).waitFor();
      expect(await tileText(page)).toContain('87.6% in 2026-27 Q2');
    });
  });

  it('publishes files that the production build, served with them, shows as the same scorecard', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'publish-'));
    let tiles: string[] = [];
    await withSession(async ({ page }) => {
      await applyConflicts(page);
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download files for the web host' }).click();
      await (await download).saveAs(join(dir, 'published.zip'));
      await page.goto(`${baseUrl()}#/overview`);
      await page.getByRole('article', { name: ASSESS }).waitFor();
      tiles = await page.getByRole('article').allTextContents();
    });
    const files = await withPublishedSite(dir, join(dir, 'published.zip'), async (url) => {
      const page = await browser().newPage();
      await page.goto(`${url}#/overview`);
      await page.getByRole('article', { name: ASSESS }).waitFor({ timeout: 30_000 });
      expect(await page.getByRole('article').allTextContents()).toEqual(tiles);
      expect(tiles.join(' ')).toContain('91.5% in 2026-27 Q2');
      await page.close();
    });
    expect(files).toContain('config.json');
  }, 120_000);
});
