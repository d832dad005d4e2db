/**
 * Printing: every view and the committee pack print to A4 PDF with Chromium's own print engine
 * (page.pdf), and the PDF is read back with poppler's pdftotext/pdfinfo. In print-media
 * emulation at the printable width, nothing is wider than the page or clipped, and every chart
 * has drawn content.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orientation } from '../src/hooks/url-state';
import { baseUrl, launch, openSession } from './support/browser';

let browser: Browser;
const folder = mkdtempSync(join(tmpdir(), 'scorecard-print-'));

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** A4 printable width in CSS pixels at 96 per inch, for the margins the app sets (11 mm). */
const PRINTABLE_WIDTH = {
  landscape: Math.floor(((297 - 22) / 25.4) * 96),
  portrait: Math.floor(((210 - 22) / 25.4) * 96),
};

interface Printed {
  readonly pages: number;
  readonly pageSize: string;
  /** All text, whitespace collapsed, soft hyphens and line-break hyphens not rejoined. */
  readonly text: string;
  readonly pageTexts: readonly string[];
}

/** Whitespace collapsed. */
const flatten = (text: string): string => text.replace(/\s+/g, ' ').trim();
/** For finding a title however lines broke: pdftotext joins "up-to-" + "date" as "up-todate". */
const loose = (text: string): string => text.replace(/[\s-]+/g, '');

function readPdf(pdf: Buffer, name: string): Printed {
  const path = join(folder, `${name}.pdf`);
  writeFileSync(path, pdf);
  const info = spawnSync('pdfinfo', [path], { encoding: 'utf8' });
  const text = spawnSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  if (info.status !== 0 || text.status !== 0) throw new Error(`poppler failed: ${info.stderr}`);
  const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]);
  const pageSize = /Page size:\s+([^\n]+)/.exec(info.stdout)?.[1] ?? '';
  const pageTexts = text.stdout.split('\f').map((page) => flatten(page));
  return { pages, pageSize, text: pageTexts.join(' '), pageTexts };
}

/** Opens a view, waits for its data (and charts), and returns its indicator titles. */
async function openView(hash: string, waitForCharts: boolean) {
  const session = await openSession(browser);
  const { page } = session;
  await page.goto(`${baseUrl()}${hash}`);
  await page.getByRole('region', { name: 'About these figures' }).waitFor();
  if (waitForCharts) await page.locator('svg.recharts-surface').first().waitFor();
  return session;
}

async function printCheck(page: Page, orientation: Orientation) {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: PRINTABLE_WIDTH[orientation], height: 700 });
  await page.waitForTimeout(200);
  return page.evaluate((width) => {
    const problems: string[] = [];
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} "${element.textContent.slice(0, 40)}"`;
    const boxes = document.querySelectorAll(
      'article.tile, figure, table, .recharts-surface, .pack-detail, .exception',
    );
    for (const element of boxes) {
      const box = element.getBoundingClientRect();
      if (box.width === 0) continue;
      if (box.right > width + 1 || box.left < -1)
        problems.push(
          `${describe(element)} runs off the page (${box.left}-${box.right} of ${width})`,
        );
      if (element instanceof HTMLElement && element.scrollWidth > element.clientWidth + 1)
        problems.push(
          `${describe(element)} is clipped (${element.scrollWidth} > ${element.clientWidth})`,
        );
    }
    // Drawn content: lines and markers (paths with data) and bars (rects with an area).
    const charts = [...document.querySelectorAll('.recharts-surface')].map((svg) => {
      const drawn = [...svg.querySelectorAll('.recharts-layer path, .recharts-layer rect')].filter(
        (mark) => {
          const box = mark.getBoundingClientRect();
          const d = mark.getAttribute('d');
          return (d === null || d.length > 4) && box.width > 0 && box.height > 0;
        },
      );
      return { drawn: drawn.length, width: svg.getBoundingClientRect().width };
    });
    const hidden = [...document.querySelectorAll('button, select, input, .skip-link, nav')]
      .filter((element) => (element as HTMLElement).offsetParent !== null)
      .map(describe);
    return { problems, charts, hidden };
  }, PRINTABLE_WIDTH[orientation]);
}

describe.each([
  // 25 tiles, the sections flowing down four columns: at most three pages.
  { name: 'overview', hash: '#/overview', charts: false, pages: [2, 3] },
  { name: 'scorecard table', hash: '#/table', charts: false, pages: [2, 6] },
  { name: 'exceptions', hash: '#/exceptions', charts: false, pages: [3, 12] },
  { name: 'indicator page', hash: '#/indicator/CSC-CPP-2YRS', charts: true, pages: [2, 5] },
  { name: 'committee pack', hash: '#/pack', charts: true, pages: [8, 20] },
])('printing the $name', ({ name, hash, charts, pages }) => {
  let printed: Printed;
  let titles: string[];
  let layout: Awaited<ReturnType<typeof printCheck>>;

  beforeAll(async () => {
    const session = await openView(hash, charts);
    const { page } = session;
    titles = await page
      .locator('article.tile h3, article.pack-detail h3, .scorecard th[scope="row"] a, main h1')
      .evaluateAll((list) => list.map((element) => element.textContent.trim()));
    layout = await printCheck(page, 'landscape');
    printed = readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }), name);
    await session.context.close();
  }, 90_000);

  it('prints on A4 landscape within the expected number of pages', () => {
    expect(printed.pageSize).toMatch(/^841\.\d+ x 59[45]\.\d+ pts \(A4\)/);
    expect(printed.pages).toBeGreaterThanOrEqual(pages[0] ?? 1);
    expect(printed.pages).toBeLessThanOrEqual(pages[1] ?? 1);
  });

  it('has every indicator title of the view in the PDF', () => {
    expect(titles.length).toBeGreaterThan(0);
    const text = loose(printed.text);
    const missing = titles.filter((title) => !text.includes(loose(title)));
    expect(missing).toEqual([]);
  });

  it('heads every page with the council, period and data date, and numbers it "Page N of M"', () => {
    printed.pageTexts
      .filter((text) => text !== '')
      .forEach((text, index) => {
        expect(text).toContain(
          'Harrow · 2026-27 Q2 (July to September 2026) · Data as at 30 September 2026',
        );
        expect(text).toContain(`Page ${String(index + 1)} of ${String(printed.pages)}`);
      });
  });

  it('prints the status key and the illustrative-data label', () => {
    expect(printed.text).toContain('Key to the statuses');
    expect(printed.text).toContain('Illustrative quarterly figures — replace with your own');
  });

  it('leaves nothing wider than the printable area or clipped, and no controls', () => {
    expect(layout.problems).toEqual([]);
    expect(layout.hidden).toEqual([]);
  });

  // Only views with charts get this test (defined, not skipped, where it applies).
  if (charts) {
    it('draws every chart at its printed size with real content', () => {
      expect(layout.charts.length).toBeGreaterThan(0);
      for (const chart of layout.charts) {
        expect(chart.drawn).toBeGreaterThan(0);
        expect(chart.width).toBeGreaterThan(300);
      }
    });
  }
});

describe('portrait', () => {
  it('prints the overview on A4 portrait when asked, three tiles across, nothing off the page', async () => {
    const session = await openView('#/overview?orient=portrait', false);
    const layout = await printCheck(session.page, 'portrait');
    const printed = readPdf(
      await session.page.pdf({ preferCSSPageSize: true, printBackground: true }),
      'portrait',
    );
    await session.context.close();
    expect(printed.pageSize).toMatch(/^59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(layout.problems).toEqual([]);
    expect(printed.text).toContain('Page 1 of');
  }, 90_000);
});

describe('the committee pack', () => {
  it('puts the summary of exceptions between the cover and the table, in readable type', async () => {
    const session = await openView('#/pack', true);
    const printed = readPdf(
      await session.page.pdf({ preferCSSPageSize: true, printBackground: true }),
      'pack-summary',
    );
    await session.context.close();
    const summaryPage = printed.pageTexts.findIndex((text) =>
      text.includes('Summary All indicators'),
    );
    // The cover with its key on page 1, the summary from page 2 (one page, or two for a council
    // with many exceptions: it runs on rather than shrinking below 7.5 pt), then the table.
    expect(printed.pageTexts[0]).toContain('Report to committee');
    expect(printed.pageTexts[0]).toContain('Key to the variation and assurance icons');
    expect(summaryPage).toBe(1);
    const tablePage = printed.pageTexts.findIndex((text) => text.includes('The scorecard Harrow'));
    expect(tablePage).toBeGreaterThanOrEqual(2);
    expect(tablePage).toBeLessThanOrEqual(3);
  }, 90_000);

  it('keeps its choices in the link and prints only what was chosen', async () => {
    const session = await openView('#/pack', true);
    const { page } = session;
    await page.getByRole('checkbox', { name: 'Scorecard table' }).uncheck();
    await page.getByRole('button', { name: 'Choose none' }).click();
    await page.getByRole('checkbox', { name: /^Children in care per 10,000 children/ }).check();
    await page.waitForFunction(() => location.hash.includes('detail=CLA-RATE'));
    expect(page.url()).toContain('parts=cover,summary,detail');
    const link = page.url();
    await session.context.close();

    const again = await openSession(browser);
    await again.page.goto(link);
    await again.page.locator('article.pack-detail svg.recharts-surface').first().waitFor();
    const printed = readPdf(
      await again.page.pdf({ preferCSSPageSize: true, printBackground: true }),
      'pack-chosen',
    );
    await again.context.close();
    expect(printed.text).not.toContain('The scorecard Harrow');
    expect(printed.text).toContain('Indicators in detail');
    expect(printed.text).toContain('Children in care: Harrow and its statistical neighbours');
    // Cover, summary (one or two pages, as above) and one indicator on a page of its own.
    expect(printed.pages).toBeGreaterThanOrEqual(3);
    expect(printed.pages).toBeLessThanOrEqual(4);
    const detailPages = printed.pageTexts.flatMap((text, n) =>
      text.includes('Children in care: Harrow and its statistical neighbours') ? [n] : [],
    );
    expect(detailPages).toEqual([printed.pages - 1]);
  }, 90_000);
});
