import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, launch, openSession, type Session } from './support/browser';

let browser: Browser;
let session: Session;

beforeAll(async () => {
  browser = await launch();
  session = await openSession(browser);
  await session.page.goto(baseUrl());
  await session.page.getByRole('heading', { name: 'Front door and early help' }).waitFor();
});

afterAll(async () => {
  await browser.close();
});

describe('the overview in the production build', () => {
  it('shows a known tile with its value and its status in words', async () => {
    const tile = session.page.getByRole('article', {
      name: 'Assessments completed within 45 working days',
    });
    const text = await tile.textContent();
    expect(text).toContain('87.6% in 2026-27 Q2');
    expect(text).toContain('Green');
    expect(text).toContain('Target: 86%');
  });

  it('reads its data at run time from data/, not from the bundle', async () => {
    const response = await session.page.request.get(new URL('data/config.json', baseUrl()).href);
    expect(response.ok()).toBe(true);
    expect(await response.text()).toContain('definitions.csv');
  });

  it('has a language, a skip link to the main landmark and one top-level heading', async () => {
    const { page } = session;
    expect(await page.getAttribute('html', 'lang')).toBe('en-GB');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).allTextContents()).toEqual(['Overview']);
  });

  it('has no WCAG 2.2 A or AA violations that axe-core can find', async () => {
    expect(await axeViolations(session.page)).toEqual([]);
  });

  it('runs the production build of React', async () => {
    const scripts = await session.page.evaluate(() =>
      [...document.scripts].map((script) => script.src),
    );
    const bundle = await session.page.request.get(scripts[0] ?? '');
    expect(await bundle.text()).not.toContain('react-devtools');
  });

  it('makes no request outside its own origin', () => {
    expect(session.foreignRequests).toEqual([]);
  });
});
