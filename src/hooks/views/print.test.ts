import { describe, expect, it } from 'vitest';
import { cssString, pageCss, printHeader } from './print';

describe('cssString', () => {
  it.each([
    ['Harrow', '"Harrow"'],
    ['', '""'],
    ['Say "hi"', '"Say \\22 hi\\22 "'],
    ['back\\slash', '"back\\5c slash"'],
    ['two\nlines', '"two\\a lines"'],
    ['"; } body { display: none', '"\\22 ; } body { display: none"'],
    ['</style><script>', '"\\3c /style>\\3c script>"'],
    ['Bristol, City of · 2024-25 — £', '"Bristol, City of · 2024-25 — £"'],
  ])('%j -> %s', (text, expected) => {
    expect(cssString(text)).toBe(expected);
  });
});

describe('pageCss', () => {
  const header = printHeader(
    {
      authority: 'Harrow',
      periodText: '2026-27 Q2 (July to September 2026)',
      dataAsAt: '1 March 2026',
      vintages: [
        'Statistical neighbours (similar councils): DfE May 2025 model, mean of those with a figure; published figures 2024-25',
        'England: DfE published figures 2024-25',
      ],
      illustrative: 'Illustrative quarterly figures — replace with your own',
      annualOnly: null,
    },
    'Overview',
  );

  it('puts council, period and data date left, vintages right, title and label below', () => {
    expect(header).toEqual({
      left: 'Harrow · 2026-27 Q2 (July to September 2026) · Data as at 1 March 2026',
      right:
        'Statistical neighbours: DfE May 2025 model, mean of those with a figure; published figures 2024-25; England: DfE published figures 2024-25',
      footer:
        "Children's services scorecard: Overview · Illustrative quarterly figures — replace with your own",
    });
  });

  it.each(['landscape', 'portrait'] as const)('sets A4 %s with page numbers', (orientation) => {
    const css = pageCss(header, orientation);
    expect(css).toContain(`size: A4 ${orientation};`);
    expect(css).toContain('content: "Page " counter(page) " of " counter(pages);');
    expect(css).toContain('@top-left { content: "Harrow · 2026-27 Q2');
  });
});
