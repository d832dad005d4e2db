/**
 * The one generator of made-up tidy files (domain/import/made-up-tidy.ts): its shape, that it
 * repeats itself for a seed, and that the importer reads every line of it as it means to.
 */
import { describe, expect, it } from 'vitest';
import {
  importFile,
  MADE_UP_TIDY_HEADER,
  madeUpTidyCsv,
  seededRandom,
} from '../../src/domain/import';
import { context, dfeAreas, testDefinitions } from './helpers';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const lines = (bytes: Uint8Array) => text(bytes).split('\n').slice(1, -1);

// Hull, Herefordshire and Bristol have commas in their names; Camden, Devon, Rutland, City of London.
const COUNCILS = [
  'E06000010',
  'E06000019',
  'E06000023',
  'E09000007',
  'E10000008',
  'E06000017',
  'E09000001',
].map((code) => ({ code, name: dfeAreas().get(code)?.name ?? '' }));
const INDICATORS = [...testDefinitions().values()]
  .slice(0, 6)
  .map((d) => ({ id: d.id, percent: d.unit === 'percent' }));

describe('seededRandom', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(draws);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(seededRandom(43)()).not.toBe(seededRandom(42)());
  });
});

describe('madeUpTidyCsv', () => {
  it.each([
    { years: 1, firstYear: 1900 },
    { years: 3, firstYear: 1925 },
  ])('writes every council x indicator x period for $years year(s) from $firstYear', (c) => {
    const bytes = madeUpTidyCsv({ councils: COUNCILS, indicators: INDICATORS, ...c });
    expect(text(bytes).split('\n')[0]).toBe(MADE_UP_TIDY_HEADER);
    expect(lines(bytes)).toHaveLength(COUNCILS.length * INDICATORS.length * 5 * c.years);
    const first = `${String(c.firstYear)}-${String((c.firstYear + 1) % 100).padStart(2, '0')}`;
    expect(lines(bytes)[0]).toMatch(
      new RegExp(
        `^${INDICATORS[0]?.id ?? ''},${first} Q1,E06000010,"Kingston upon Hull, City of",`,
      ),
    );
  });

  it('stops at the first period that starts at or past the byte limit, and repeats for a seed', () => {
    const options = { councils: COUNCILS, indicators: INDICATORS, firstYear: 1925, bytes: 20_000 };
    const bytes = madeUpTidyCsv(options);
    const perPeriod = COUNCILS.length * INDICATORS.length;
    expect(lines(bytes).length % perPeriod).toBe(0);
    expect(bytes.length).toBeGreaterThanOrEqual(20_000);
    expect(bytes.length).toBeLessThan(20_000 + perPeriod * 120);
    expect(madeUpTidyCsv(options)).toEqual(bytes);
    expect(madeUpTidyCsv({ ...options, seed: 1 })).not.toEqual(bytes);
  });

  it.each([
    { blanks: 0, blankLines: 0 },
    { blanks: 0.2, blankLines: 'some' },
  ] as const)('leaves $blanks of values blank', ({ blanks, blankLines }) => {
    const bytes = madeUpTidyCsv({
      councils: COUNCILS,
      indicators: INDICATORS,
      firstYear: 1925,
      years: 4,
      blanks,
    });
    const blank = lines(bytes).filter((line) => /^[^,]+,[^,]+,[^,]+,("[^"]*"|[^,]*),,/.test(line));
    if (blankLines === 0) expect(blank).toHaveLength(0);
    else expect(blank.length / lines(bytes).length).toBeCloseTo(0.2, 1);
  });

  it('is read whole by the importer: suppressed and not-available values kept, never zero', () => {
    const bytes = madeUpTidyCsv({
      councils: COUNCILS,
      indicators: INDICATORS,
      firstYear: 1925,
      years: 10,
    });
    const { report, observations } = importFile(bytes, 'made-up.csv', context());
    expect(report.errors).toEqual([]);
    expect(report.rejected).toBe(0);
    expect(report.loaded).toBe(lines(bytes).length);
    expect(observations.length).toBe(lines(bytes).length);
    const suppressed = lines(bytes).filter((line) => /,(c|x),,,/.test(line)).length;
    expect(suppressed).toBeGreaterThan(0);
    expect([...observations.state].filter((state) => state !== 0)).toHaveLength(suppressed);
  });
});
