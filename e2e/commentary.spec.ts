/**
 * Commentary in the production build: an officer writes it on an indicator page (hostile text
 * included), it survives a reload, shows on the tile, in the table, on the exceptions check and
 * in the printed pack (read back from the PDF); it travels in the workspace file to a fresh
 * browser profile, and in the published files to a served copy of the site. Axe runs with the
 * editor open.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, type Session } from './support/browser';
import { withSession as inSession, sharedBrowser, withPublishedSite } from './support/session';

const ASSESS = 'Assessments completed within 45 working days';
const HEADLINE = 'Dip after two managers left <img src=x onerror=alert(1)>';
const LONG_WORD = 'w'.repeat(3000);
const TEXT = `Two team managers left in July.\n\n- Agency cover from August\n- javascript:alert(1)\n\u202Eevil override\u202C end ${LONG_WORD}`;
const ACTION = 'Recruit two permanent team managers';
const folder = mkdtempSync(join(tmpdir(), 'commentary-'));

const browser = sharedBrowser();
const withSession = (check: (session: Session) => Promise<void>) =>
  inSession(browser(), check, { noDialogs: true });

async function openIndicator(page: Page, url = baseUrl()) {
  await page.goto(`${url}#/indicator/CSC-ASSESS-45`);
  await page.getByRole('heading', { name: 'Commentary', exact: true }).waitFor({ timeout: 30_000 });
}

async function write(page: Page) {
  await openIndicator(page);
  await page.getByRole('button', { name: 'Write the commentary' }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill(HEADLINE);
  await page.getByRole('textbox', { name: /What the figures show/ }).fill(TEXT);
  await page.getByRole('button', { name: 'Add an action' }).click();
  await page.getByRole('textbox', { name: 'What will be done (action 1)' }).fill(ACTION);
  await page.getByLabel('Due date').fill('2026-01-31');
  await page.getByText('(saved)').waitFor();
}

/** The commentary section's text, checked to hold the commentary as text and no markup. */
async function shown(page: Page): Promise<string> {
  const section = page.locator('section', {
    has: page.getByRole('heading', { name: 'Commentary', exact: true }),
  });
  await section.getByText(ACTION).first().waitFor({ timeout: 30_000 });
  expect(await page.locator('main img').count()).toBe(0);
  return (await section.textContent()) ?? '';
}

describe('commentary', () => {
  it('is written on the indicator page, kept over a reload and shown everywhere', async () => {
    await withSession(async ({ page }) => {
      await write(page);
      expect(await axeViolations(page)).toEqual([]);
      await page.reload();
      await openIndicator(page);
      const text = await shown(page);
      expect(text).toContain(HEADLINE);
      expect(text).toContain('- javascript:alert(1)');
      expect(text).toContain(LONG_WORD);
      expect(text).toContain('Overdue');
      // The long word wraps: nothing is wider than the page.
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true);

      await page.goto(`${baseUrl()}#/overview`);
      const tile = page.getByRole('article', { name: ASSESS });
      await tile.waitFor();
      expect(await tile.textContent()).toContain(`Commentary: ${HEADLINE}`);
      await page.goto(`${baseUrl()}#/table`);
      await page.getByRole('cell', { name: HEADLINE }).waitFor();
      await page.goto(`${baseUrl()}#/exceptions`);
      const due = page.getByRole('region', { name: 'Commentary due for 2026-27 Q2' });
      await due.waitFor();
      expect(await due.textContent()).toContain(`${ASSESS}: ${ACTION}`);

      await page.goto(`${baseUrl()}#/pack`);
      await page.locator('article.pack-detail').first().waitFor({ timeout: 30_000 });
      await page.locator('.pack-detail .recharts-surface').first().waitFor({ timeout: 30_000 });
      const path = join(folder, 'pack.pdf');
      writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      const pdf = spawnSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
      const flat = pdf.stdout.replace(/\s+/g, ' ');
      expect(flat).toContain('Dip after two managers left <img src=x onerror=alert(1)>');
      expect(flat).toContain('Recruit two permanent team');
      expect(flat).toMatch(/Commentary: Not ready for committee: \d+ indicators? that/);
      // The 3,000-character word is printed whole, over as many lines (and pages) as it needs.
      const pieces = flat.split(' ').filter((token) => /^w+$/.test(token));
      expect(pieces.join('')).toBe(LONG_WORD);
    });
  }, 180_000);

  it('travels in the workspace file to a fresh browser profile', async () => {
    const saved = join(folder, 'workspace.zip');
    await withSession(async ({ page }) => {
      await write(page);
      await page.goto(`${baseUrl()}#/data`);
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export the workspace' }).click();
      await (await download).saveAs(saved);
    });
    await withSession(async ({ page }) => {
      await openIndicator(page);
      expect(await page.getByText(ACTION).count()).toBe(0);
      await page.goto(`${baseUrl()}#/data`);
      await page.getByLabel('Import a workspace').setInputFiles(saved);
      await page.getByRole('button', { name: 'Yes, replace it' }).click();
      await page.getByText('Workspace imported: 0 imports and 1 commentary.').waitFor();
      await openIndicator(page);
      expect(await shown(page)).toContain(HEADLINE);
    });
  }, 120_000);

  it('is published with the files for the web host, and the hosted scorecard shows it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'publish-commentary-'));
    await withSession(async ({ page }) => {
      await write(page);
      await page.goto(`${baseUrl()}#/data`);
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download files for the web host' }).click();
      await (await download).saveAs(join(dir, 'published.zip'));
    });
    const files = await withPublishedSite(dir, join(dir, 'published.zip'), async (url) => {
      // A fresh profile: nothing written in this browser, so it comes from the web host.
      const context = await browser().newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
      try {
        const page = await context.newPage();
        await openIndicator(page, url);
        const text = await shown(page);
        expect(text).toContain(HEADLINE);
        expect(text).toContain(LONG_WORD);
      } finally {
        await context.close();
      }
    });
    expect(files).toContain('commentary.csv');
  }, 120_000);

  it('is brought in from a spreadsheet with a report and keep or replace', async () => {
    const file = join(folder, 'commentary-from-excel.csv');
    writeFileSync(
      file,
      [
        'indicator,area,period,headline,text,action,owner,due,status',
        'CSC-ASSESS-45,Harrow,2026-27 Q2,From the spreadsheet,,Weekly tracking,Service manager,31/03/2027,in progress',
        'CSC-REREF,310,2026-27 Q2,Re-referrals explained,,,,,',
        'NOPE,310,2026-27 Q2,Unknown indicator,,,,,',
      ].join('\r\n'),
    );
    await withSession(async ({ page }) => {
      await write(page);
      await page.goto(`${baseUrl()}#/data`);
      await page.getByLabel('Choose a commentary file').setInputFiles(file);
      const table = page.getByRole('table', { name: 'What would change (2)' });
      await table.waitFor();
      expect(await table.textContent()).toContain(
        'Conflicts with commentary written in this browser',
      );
      expect(await page.getByText('"NOPE" is not an indicator the scorecard knows.').count()).toBe(
        1,
      );
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('radio', { name: 'Replace with the file' }).check();
      await page.getByRole('button', { name: 'Apply the commentary' }).click();
      await page.getByText('2 commentaries brought in from commentary-from-excel.csv.').waitFor();
      await openIndicator(page);
      const section = page.locator('section', {
        has: page.getByRole('heading', { name: 'Commentary', exact: true }),
      });
      await section.getByText('Weekly tracking').first().waitFor();
      expect(await section.textContent()).toContain('From the spreadsheet');
    });
  }, 120_000);
});
