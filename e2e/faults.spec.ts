/**
 * Faults and hostile input in the production build: hosted files missing, cut short, replaced
 * by an error page or with the wrong header (a notice on every view and on paper); two tabs
 * importing at once; a NUL in an import; a damaged workspace file; a part of the app missing
 * after a redeploy; right-to-left overrides and other hostile strings in the data; and the
 * headers the preview server sends.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl } from './support/browser';
import { sharedBrowser, withSession } from './support/session';

const ROOT = join(import.meta.dirname, '..');
const DATA = join(ROOT, 'public/data');
const NOTICE = "Some of the scorecard's data could not be read";
const ASSESS = 'Assessments completed within 45 working days';
const TMP = mkdtempSync(join(tmpdir(), 'faults-'));

const browser = sharedBrowser();

const hostedText = (name: string) => readFileSync(join(DATA, name), 'utf8');

/** Serves `body` (or a 404 when null) in place of the hosted file `name`. */
async function replaceHosted(page: Page, name: string, body: string | Buffer | null) {
  await page.route(`**/data/${name}`, (route) =>
    body === null
      ? route.fulfill({ status: 404, body: 'Not found' })
      : route.fulfill({ status: 200, contentType: 'text/csv', body }),
  );
}

async function ready(page: Page, hash: string) {
  await page.goto(`${baseUrl()}${hash}`);
  await (hash.startsWith('#/data')
    ? page.getByRole('heading', { name: 'Bring files in' }).waitFor({ timeout: 30_000 })
    : page.getByRole('region', { name: 'About these figures' }).waitFor({ timeout: 30_000 }));
}

describe('a broken hosted file is named on every view', () => {
  const faults = {
    missing: () => null,
    'cut short': (name: string) =>
      hostedText(name).slice(0, Math.floor(hostedText(name).length / 2)),
    'an HTML error page': () => '<!DOCTYPE html><html><body><h1>Server error</h1></body></html>\n',
    'a wrong header': () => 'foo,bar,baz\n1,2,3\n',
  } as const;
  const cases = [
    'definitions.csv',
    'published.csv',
    'neighbours-2025.csv',
    'local-harrow.csv',
  ].flatMap((name) =>
    Object.keys(faults).map((fault) => [name, fault as keyof typeof faults] as const),
  );

  it.each(cases)('%s: %s', async (name, fault) => {
    await withSession(browser(), async ({ page }) => {
      await replaceHosted(page, name, faults[fault](name));
      await ready(page, '#/overview');
      const notice = page.getByRole('region', { name: NOTICE });
      expect(await notice.textContent()).toContain(name);
    });
  });

  it('shows the notice on every view and in print', async () => {
    await withSession(browser(), async ({ page }) => {
      await replaceHosted(page, 'neighbours-2025.csv', null);
      for (const hash of [
        '#/overview',
        '#/table',
        '#/exceptions',
        '#/indicator/CSC-REREF',
        '#/pack',
        '#/data',
      ]) {
        await ready(page, hash);
        const text = await page.getByRole('region', { name: NOTICE }).textContent();
        expect(text, hash).toContain(
          'The statistical neighbours file neighbours-2025.csv could not be read from the web host',
        );
        expect(text, hash).toContain('Statistical neighbour comparisons (2025 model) are missing.');
      }
      await ready(page, '#/overview');
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('region', { name: NOTICE }).isVisible()).toBe(true);
    });
  });

  it('marks each figure that depends on a failed file, on every view and in print', async () => {
    const SN_GONE = /neighbour figures missing: the file neighbours-2025\.csv could not be read/i;
    await withSession(browser(), async ({ page }) => {
      await replaceHosted(page, 'neighbours-2025.csv', null);
      for (const hash of ['#/overview', '#/table', '#/exceptions', '#/indicator/CSC-REREF']) {
        await ready(page, hash);
        const main = (await page.locator('main').textContent()) ?? '';
        expect(main, hash).toMatch(SN_GONE);
        expect(main, hash).not.toMatch(/None of the \d+ statistical neighbours has/);
      }
      await ready(page, '#/table');
      const row = page.getByRole('row', { name: new RegExp(ASSESS) });
      expect(await row.textContent()).toMatch(SN_GONE);
      await ready(page, '#/pack');
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('main').innerText()).toMatch(SN_GONE);
      await page.emulateMedia({ media: 'screen' });
    });
  });

  it('a failed published file marks England and region beside their figures', async () => {
    const GONE = 'England and region figures missing: the file published.csv could not be read';
    await withSession(browser(), async ({ page }) => {
      await replaceHosted(
        page,
        'published.csv',
        '<!DOCTYPE html><html><body>Error</body></html>\n',
      );
      await ready(page, '#/overview');
      const tile = page.getByRole('article', { name: ASSESS });
      expect(await tile.textContent()).toContain(`Missing (${GONE})`);
      await ready(page, '#/table');
      expect(await page.getByRole('row', { name: new RegExp(ASSESS) }).textContent()).toContain(
        GONE,
      );
    });
  });

  it('a missing area register is named as the file, not blamed on the council setting', async () => {
    await withSession(browser(), async ({ page }) => {
      await replaceHosted(page, 'areas.csv', null);
      await page.goto(`${baseUrl()}#/overview`);
      await page.getByRole('heading', { name: 'The scorecard could not be shown' }).waitFor();
      expect(await page.locator('main').textContent()).toContain(
        'The area register areas.csv could not be read from the web host',
      );
    });
  });
});

describe('the web host headers', () => {
  it('the preview server sends the headers the README asks hosts for', async () => {
    const response = await fetch(baseUrl());
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(
      `Content-Security-Policy: ${response.headers.get('content-security-policy') ?? ''}`,
    );
  });
});

async function openData(page: Page) {
  await ready(page, '#/data');
}

function tidyFile(name: string, rows: string, encoding: 'utf8' | 'utf16le' = 'utf8'): string {
  const path = join(TMP, name);
  const text = `indicator,period,area_code,value,note\n${rows}`;
  writeFileSync(
    path,
    encoding === 'utf8'
      ? text
      : Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
  );
  return path;
}

async function importAndApply(page: Page, path: string, name: string) {
  await page.getByLabel('Choose files').setInputFiles(path);
  await page.getByRole('heading', { name: 'What would change' }).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await page
    .getByText(new RegExp(`Applied ${name.replace('.', '\\.')}`))
    .first()
    .waitFor({ timeout: 30_000 });
}

const historyOf = (page: Page) => page.locator('ol.history').textContent();

describe('the Data page under faults', () => {
  it('keeps both imports when two tabs apply at once, and Undo removes only the last', async () => {
    await withSession(browser(), async ({ context }) => {
      const a = await context.newPage();
      const b = await context.newPage();
      await Promise.all([openData(a), openData(b)]);
      const camden = tidyFile('camden.csv', 'CSC-REREF,2025-26 Q1,E09000007,14.1,\n');
      const kent = tidyFile('kent.csv', 'CSC-REREF,2025-26 Q1,E10000016,17.2,\n');
      await Promise.all([
        importAndApply(a, camden, 'camden.csv'),
        importAndApply(b, kent, 'kent.csv'),
      ]);
      for (const page of [a, b]) {
        await expect
          .poll(() => historyOf(page), { timeout: 20_000 })
          .toMatch(/camden\.csv[\s\S]*kent\.csv|kent\.csv[\s\S]*camden\.csv/);
      }
      await b.getByRole('button', { name: 'Undo the last import' }).click();
      await b.getByRole('button', { name: 'Yes, undo it' }).click();
      await b.getByText(/was undone\./).waitFor();
      const left = await historyOf(b);
      const kept = left?.includes('camden.csv') ? 'camden.csv' : 'kent.csv';
      expect(left?.includes('camden.csv') !== left?.includes('kent.csv')).toBe(true);
      await expect.poll(() => historyOf(a), { timeout: 20_000 }).toContain(kept);
      await expect
        .poll(async () => (await historyOf(a))?.split('applied').length, { timeout: 20_000 })
        .toBe(2);
      await a.reload();
      await openData(a);
      expect(await historyOf(a)).toContain(kept);
    });
  });

  it('warns of a NUL in an import and never publishes it raw', async () => {
    await withSession(browser(), async ({ page }) => {
      await openData(page);
      const path = tidyFile(
        'nul.csv',
        'CSC-REREF,2025-26 Q1,E09000007,14.1,bad\u0000note\u202e\n',
        'utf16le',
      );
      await page.getByLabel('Choose files').setInputFiles(path);
      await page.getByRole('heading', { name: 'What would change' }).waitFor({ timeout: 60_000 });
      expect(await page.locator('main').textContent()).toContain('invisible control characters');
      await page.getByRole('button', { name: 'Apply', exact: true }).click();
      await page
        .getByText(/Applied nul\.csv/)
        .first()
        .waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download files for the web host' }).click(),
      ]);
      const zipped = readFileSync(await download.path());
      const files = unzipSync(new Uint8Array(zipped));
      const all = Object.values(files).map((bytes) => Buffer.from(bytes).toString('utf8'));
      expect(all.some((text) => text.includes('badnote'))).toBe(true);
      expect(all.some((text) => text.includes('\u0000') || text.includes('\u202e'))).toBe(false);
    });
  });

  it('refuses a damaged workspace file with a message and replaces nothing', async () => {
    await withSession(browser(), async ({ page }) => {
      await openData(page);
      const camden = tidyFile('keep.csv', 'CSC-REREF,2025-26 Q1,E09000007,14.1,\n');
      await importAndApply(page, camden, 'keep.csv');
      const json = {
        format: 'cs-scorecard-workspace',
        version: 1,
        exportedAt: '',
        hostedVersion: '',
        mappings: [],
        imports: [{ id: 1, appliedAt: '', hostedVersion: '', decisions: 5, files: [] }],
      };
      const path = join(TMP, 'damaged-workspace.zip');
      writeFileSync(
        path,
        zipSync({ 'workspace.json': new TextEncoder().encode(JSON.stringify(json)) }),
      );
      await page.locator('input[type=file][accept=".zip,application/zip"]').setInputFiles(path);
      const notice = page.getByRole('region', { name: 'The workspace file could not be read' });
      expect(await notice.textContent()).toContain(
        'Import 1 is damaged: its decisions are not a list.',
      );
      expect(await historyOf(page)).toContain('keep.csv');
    });
  });

  it('a part of the app that cannot be downloaded gives a message and a reload, not a blank page', async () => {
    await withSession(browser(), async ({ page }) => {
      await page.route(/DataPage-[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: '' }));
      await ready(page, '#/overview');
      await page.getByRole('link', { name: 'Data' }).click();
      const notice = page.getByRole('region', {
        name: 'This part of the scorecard could not be loaded',
      });
      await notice.waitFor({ timeout: 30_000 });
      expect(await notice.getByRole('button', { name: 'Reload the page' }).isVisible()).toBe(true);
      // The rest of the app still works.
      await page.getByRole('navigation').getByRole('link', { name: 'Overview' }).click();
      await page.getByRole('article', { name: ASSESS }).waitFor();
    });
  });
});

describe('hostile strings in the hosted data', () => {
  const definitions = () => {
    const lines = hostedText('definitions.csv').split('\n');
    return lines
      .map((line) =>
        line.startsWith('CSC-ASSESS-45,')
          ? line.replace(ASSESS, `\u202e${ASSESS}`)
          : line.startsWith('CSC-REREF,')
            ? line.replace(
                /^CSC-REREF,[^,]*,/,
                `CSC-REREF,"<img src=x onerror=""window.__pwned=1""> javascript:alert(1) ${'W'.repeat(100_000)}",`,
              )
            : line,
      )
      .join('\n');
  };

  // A neighbour's name (Redbridge) and a local note, hostile too: names reach the neighbour
  // chart and table, notes the table's commentary column.
  const HOSTILE = `\u202e<img src=x onerror="window.__pwned=1"> javascript:alert(1) ${'R'.repeat(100_000)}`;
  const areas = () =>
    hostedText('areas.csv').replace(
      /^(E09000026,[^,]*,)Redbridge,/m,
      `$1"${HOSTILE.replace(/"/g, '""')}",`,
    );
  const local = () =>
    hostedText('local-harrow.csv').replace(
      /^(CSC-ASSESS-45,2026-27 Q2,E09000015,[^,]*,[^,]*,[^,]*,)[^\n]*$/m,
      `$1"${HOSTILE.replace(/"/g, '""')}"`,
    );

  it('the hostile area name and note are in the files served', () => {
    expect(areas()).toContain('javascript:alert(1)');
    expect(local()).toContain('javascript:alert(1)');
  });

  it.each([
    ['#/overview', 1280],
    ['#/overview', 375],
    ['#/table', 375],
    ['#/table', 1280],
    ['#/exceptions', 375],
    ['#/indicator/CSC-REREF', 375],
    ['#/indicator/CSC-REREF?show=tables', 1280],
    ['#/pack', 375],
    ['#/data', 375],
  ])(
    '%s at %i px: no script runs, nothing overflows, figures read left to right',
    async (hash, width) => {
      await withSession(
        browser(),
        async ({ page }) => {
          await replaceHosted(page, 'definitions.csv', definitions());
          await replaceHosted(page, 'areas.csv', areas());
          await replaceHosted(page, 'local-harrow.csv', local());
          await ready(page, hash);
          expect(
            await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
          ).toBeUndefined();
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow).toBeLessThanOrEqual(1);
          const text = (await page.locator('main').textContent()) ?? '';
          expect(text).not.toContain('\u202e');
          if (hash === '#/overview') {
            const tile = page.getByRole('article', { name: ASSESS });
            expect(await tile.textContent()).toContain('87.6% in 2026-27 Q2');
          }
        },
        { viewport: { width, height: 900 } },
      );
    },
  );
});
