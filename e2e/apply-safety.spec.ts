/**
 * A malformed file cannot change the configured council's region or neighbours, in the
 * production build: an area register that blanks Harrow's region (with bad lines besides) is
 * shown field by field, applies nothing without the clean-lines choice, and even with every
 * choice made is refused; Harrow keeps its London comparator and no import is recorded.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, launch, openSession } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const HEADER = 'code,old_code,name,level,region_code,sub_region_code,live,former_codes';

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'apply-safety-')), name);
  writeFileSync(path, text);
  return path;
}

async function londonShown(page: Page): Promise<boolean> {
  await page.goto(`${baseUrl()}#/overview`);
  const tile = page.getByRole('article', { name: /Re-referrals/ });
  await tile.waitFor({ timeout: 30_000 });
  return ((await tile.textContent()) ?? '').includes('London');
}

describe('a malformed register file', () => {
  it('cannot take the configured council out of its region', async () => {
    // Harrow and Barnet with no region (as the EES file without time_period was once read),
    // and two lines that are not register entries at all.
    const file = tempFile(
      'broken-register.csv',
      [
        HEADER,
        'E09000015,310,Harrow,la,,,yes,',
        'E09000003,302,Barnet,la,,,yes,',
        'not a code,999,Nowhere,la,E12000007,,yes,',
        'E09000017,312,Hillingdon,somewhere,E12000007,,yes,',
        '',
      ].join('\n'),
    );
    const session = await openSession(browser);
    const { page } = session;
    try {
      expect(await londonShown(page)).toBe(true);
      await page.goto(`${baseUrl()}#/data`);
      await page.getByRole('heading', { name: 'Bring files in' }).waitFor({ timeout: 30_000 });
      await page.getByLabel('Choose files').setInputFiles(file);
      await page.getByRole('heading', { name: 'What would change' }).waitFor({ timeout: 60_000 });

      // Refused outright, whatever is chosen.
      const blocked = page.getByRole('region', { name: 'This import cannot be applied' });
      expect(await blocked.textContent()).toContain('would remove the region of Harrow');
      // Field by field: old and new.
      const changes = page.getByRole('table', { name: /to the register and neighbour lists/ });
      const harrow = changes.getByRole('row', { name: /^Harrow \(E09000015\) region / });
      expect(await harrow.textContent()).toContain('London (E12000007)');
      expect(await harrow.textContent()).toContain('(none)');
      expect(await axeViolations(page)).toEqual([]);

      // Apply as it is: the errors stop it first.
      await page.getByRole('button', { name: 'Apply', exact: true }).click();
      await page
        .getByRole('link', { name: /broken-register\.csv has errors, so nothing is applied/ })
        .waitFor();
      // Every choice made: still refused, because of Harrow's region.
      await page
        .getByRole('checkbox', {
          name: 'Apply only the clean lines of broken-register.csv',
          exact: false,
        })
        .check();
      await page.getByRole('checkbox', { name: /I have checked these/ }).check();
      await page.getByRole('button', { name: 'Apply', exact: true }).click();
      await page.getByRole('link', { name: /would remove the region of Harrow/ }).waitFor();
      expect(await page.getByText(/^Applied broken-register/).count()).toBe(0);

      const history = page.getByRole('region', { name: 'Imports applied' });
      expect(await history.getByRole('listitem').count()).toBe(0);
      await page.reload();
      expect(await londonShown(page)).toBe(true);
      expect(session.foreignRequests).toEqual([]);
    } finally {
      await session.context.close();
    }
  }, 180_000);
});
