/**
 * Commentary written in two tabs of one browser profile: a save in one tab reaches the other
 * (BroadcastChannel), and two tabs writing the same commentary at once never overwrite each
 * other silently: the tab that saves second is told, shown the other's text, and chooses.
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

const CONFLICT = 'This commentary was changed in another tab or window';

async function openEditor(page: Page) {
  await page.goto(`${baseUrl()}#/indicator/CSC-ASSESS-45`);
  await page.getByRole('heading', { name: 'Commentary', exact: true }).waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Write the commentary' }).click();
  await page.getByRole('textbox', { name: 'Headline' }).waitFor();
}

const headline = (page: Page) => page.getByRole('textbox', { name: 'Headline' });

describe('commentary in two tabs of one profile', () => {
  it('a save in one tab reaches the other; a clash is asked about, never overwritten', async () => {
    const session = await openSession(browser);
    try {
      const a = session.page;
      const b = await session.context.newPage();
      await openEditor(a);
      await openEditor(b);

      // Tab A saves; tab B, not writing, is told and shows it.
      await headline(a).fill('Written in tab A');
      await a.getByText('(saved)').waitFor();
      await expect
        .poll(() => headline(b).inputValue(), { timeout: 10_000 })
        .toBe('Written in tab A');

      // Both write at once: one saves, the other is told and asked, and nothing is lost.
      await Promise.all([headline(a).fill('Clash from A'), headline(b).fill('Clash from B')]);
      const asked = async (page: Page) => (await page.getByText(CONFLICT).count()) > 0;
      await expect
        .poll(async () => [await asked(a), await asked(b)].filter(Boolean).length, {
          timeout: 10_000,
        })
        .toBe(1);
      const [loser, winner, mine, theirs] = (await asked(a))
        ? [a, b, 'Clash from A', 'Clash from B']
        : [b, a, 'Clash from B', 'Clash from A'];
      expect(await loser.getByRole('alert').textContent()).toContain(theirs);
      // The other tab's text is still what is stored: nothing was overwritten.
      await winner.reload();
      await openEditorAgain(winner);
      expect(await headline(winner).inputValue()).toBe(theirs);

      // Keeping mine replaces it knowingly, and the other tab is told.
      await loser.getByRole('button', { name: 'Keep what I wrote here' }).click();
      await loser.getByText('(saved)').waitFor();
      expect(await loser.getByText(CONFLICT).count()).toBe(0);
      await expect.poll(() => headline(winner).inputValue(), { timeout: 10_000 }).toBe(mine);
      await loser.reload();
      await openEditorAgain(loser);
      expect(await headline(loser).inputValue()).toBe(mine);
      expect(session.foreignRequests).toEqual([]);
    } finally {
      await session.context.close();
    }
  });
});

async function openEditorAgain(page: Page) {
  await page.getByRole('heading', { name: 'Commentary', exact: true }).waitFor({ timeout: 30_000 });
  const edit = page.getByRole('button', { name: /Write the commentary|Edit the commentary/ });
  await edit.first().click();
  await page.getByRole('textbox', { name: 'Headline' }).waitFor();
}
