/**
 * Every CSV the app writes reads back through the importer unchanged (fast-check): figures in
 * the tidy layout, definitions, the area register and neighbour lists, with text that starts
 * like a formula escaped on the way out and unescaped on the way in.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/domain/import';
import { observationsOf } from '../../src/domain/model';
import type { Area, IndicatorDefinition, Observation } from '../../src/domain/model';
import { areasCsv } from '../../src/domain/workspace';
import { definitionsCsv } from '../../src/domain/workspace';
import { neighboursCsv } from '../../src/domain/workspace';
import { tidyCsv } from '../../src/domain/workspace';
import { context, dfeAreas, NOW } from '../import/helpers';

const encoder = new TextEncoder();
const FORMULA_STARTS = ['=', '+', '-', '@', "'=", "'", '"', ','];

/** Text as the importer keeps it: trimmed, no carriage returns, not empty. */
const text = fc
  .tuple(fc.constantFrom('', ...FORMULA_STARTS), fc.string({ unit: 'grapheme', maxLength: 12 }))
  .map(([start, rest]) => `${start}${rest}`.replace(/\r/g, '').trim())
  .filter((t) => t !== '');

const councils = [...dfeAreas().values()].filter((a) => a.level === 'la' && a.live).slice(0, 6);
const PERIODS = ['2023-24', '2024-25 Q1', '2024-25 Q2', '2024-25', '2019-20 Q4'];
const INDICATORS = ['LOCAL-1', '-TS9', '@X', '+Y', '=Z', "'=W"];

const count = fc.option(fc.double({ min: 0, max: 1e9, noNaN: true }), { nil: null });
const observation = fc.record({
  indicator: fc.constantFrom(...INDICATORS),
  period: fc.constantFrom(...PERIODS),
  area: fc.constantFrom(...councils.map((c) => c.code)),
  value: fc.oneof(
    fc.record({
      kind: fc.constant('number' as const),
      value: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
      lowReliability: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('missing' as const),
      state: fc.constantFrom(
        'c' as const,
        'x' as const,
        'z' as const,
        'low' as const,
        'blank' as const,
      ),
    }),
  ),
  numerator: count,
  denominator: count,
  target: fc.option(
    fc.oneof(
      fc.record({
        kind: fc.constant('point' as const),
        value: fc.double({ min: 0, max: 1e6, noNaN: true }),
      }),
      fc
        .tuple(
          fc.double({ min: 0, max: 100, noNaN: true }),
          fc.double({ min: 0, max: 100, noNaN: true }),
        )
        .map(([a, b]) => ({ kind: 'range' as const, low: Math.min(a, b), high: Math.max(a, b) })),
    ),
    { nil: null },
  ),
  provisional: fc.boolean(),
  note: fc.option(text, { nil: null }),
});

const plain = (o: Omit<Observation, 'source'> | Observation) => ({
  indicator: o.indicator,
  period: o.period,
  area: o.area,
  value:
    o.value.kind === 'number'
      ? { ...o.value, value: o.value.value === 0 ? 0 : o.value.value }
      : o.value,
  numerator: o.numerator === 0 ? 0 : o.numerator,
  denominator: o.denominator === 0 ? 0 : o.denominator,
  target:
    o.target?.kind === 'point' && o.target.value === 0 ? { kind: 'point', value: 0 } : o.target,
  provisional: o.provisional,
  note: o.note,
});

describe('CSV round trips through the importer', () => {
  it('reads figures written in the tidy layout back unchanged', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(observation, {
          minLength: 1,
          maxLength: 25,
          selector: (o) => `${o.indicator}|${o.period}|${o.area}`,
        }),
        (rows) => {
          const written = tidyCsv(rows.map((row) => ({ ...row, source: { file: 'x', line: 0 } })));
          const result = importFile(
            encoder.encode(written),
            'figures.csv',
            context({ indicators: new Map() }),
          );
          expect(result.report.errors).toEqual([]);
          expect(observationsOf(result.observations).map(plain)).toEqual(rows.map(plain));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never leaves a cell that starts like a formula', () => {
    fc.assert(
      fc.property(fc.array(observation, { minLength: 1, maxLength: 10 }), (rows) => {
        const written = tidyCsv(rows.map((row) => ({ ...row, source: { file: 'x', line: 0 } })));
        // Cells as a spreadsheet reads them: a quoted cell may hold commas (a note of ",+"
        // is the cell ",+", not a cell "+").
        for (const cells of Papa.parse<string[]>(written, { header: false }).data) {
          for (const cell of cells) expect(cell).not.toMatch(/^[=+@\t\r]/);
        }
      }),
    );
  });

  const definition = fc.record({
    id: fc.constantFrom('A-1', '=B', '-C', '@D', '+E', "'=F", 'G'),
    title: text,
    shortTitle: text,
    section: fc.constantFrom('front-door' as const, 'in-care' as const, 'workforce' as const),
    unit: fc.constantFrom(
      'percent' as const,
      'rate-per-10k' as const,
      'days' as const,
      'working-days' as const,
      'count' as const,
      'score' as const,
      'currency' as const,
    ),
    polarity: fc.constantFrom(
      'higher' as const,
      'lower' as const,
      'range' as const,
      'none' as const,
    ),
    decimals: fc.integer({ min: 0, max: 9 }),
    measurement: fc.constantFrom(
      'snapshot' as const,
      'in-period' as const,
      'year-to-date' as const,
    ),
    target: fc.option(fc.double({ min: -1000, max: 1000, noNaN: true }), { nil: null }),
    rationale: text,
    tolerance: fc.option(
      fc.oneof(
        fc.record({
          kind: fc.constant('points' as const),
          amount: fc.double({ min: 0, max: 50, noNaN: true }),
        }),
        fc.record({
          kind: fc.constant('relative' as const),
          percent: fc.double({ min: 0, max: 50, noNaN: true }),
        }),
      ),
      { nil: undefined },
    ),
    floor: fc.option(fc.double({ min: -100, max: 100, noNaN: true }), { nil: undefined }),
    amber: fc.option(fc.boolean(), { nil: undefined }),
    words: fc.tuple(text, text, text),
    aliases: fc.uniqueArray(fc.constantFrom('TS1', '=TS2', 'Short_desc'), { maxLength: 2 }),
  });

  it('reads definitions back unchanged', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(definition, { minLength: 1, maxLength: 6, selector: (d) => d.id }),
        (rows) => {
          const definitions: IndicatorDefinition[] = rows.map((d) => ({
            id: d.id,
            title: d.title,
            shortTitle: d.shortTitle,
            section: d.section,
            unit: d.unit,
            polarity: d.polarity,
            decimals: d.decimals,
            measurement: d.measurement,
            targets:
              d.target === null
                ? []
                : [
                    {
                      period: null,
                      value: { kind: 'point', value: d.target === 0 ? 0 : d.target },
                      rationale: d.rationale,
                    },
                  ],
            rag: {
              ...(d.tolerance === undefined ? {} : { tolerance: d.tolerance }),
              ...(d.floor === undefined ? {} : { floor: d.floor === 0 ? 0 : d.floor }),
              ...(d.amber === undefined ? {} : { amberOnlyIfImproving: d.amber }),
            },
            definition: d.words[0],
            source: d.words[1],
            owner: d.words[2],
            aliases: d.aliases,
          }));
          const { text: written, lost } = definitionsCsv(definitions);
          expect(lost).toEqual([]);
          const result = importFile(encoder.encode(written), 'definitions.csv', {
            now: NOW,
            areas: new Map(),
            indicators: new Map(),
          });
          expect(result.report.errors).toEqual([]);
          expect(JSON.parse(JSON.stringify(result.definitions))).toEqual(
            JSON.parse(JSON.stringify(definitions)),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('reads the area register and neighbour lists back unchanged', () => {
    const areas = [...dfeAreas().values()];
    const result = importFile(encoder.encode(areasCsv(areas)), 'areas.csv', {
      now: NOW,
      areas: new Map(),
      indicators: new Map(),
    });
    expect(result.report.errors).toEqual([]);
    const sort = (list: readonly Area[]) =>
      [...list]
        .map((a) => ({ ...a, formerCodes: [...a.formerCodes].sort() }))
        .sort((a, b) => a.code.localeCompare(b.code));
    expect(sort(result.areas)).toEqual(sort(areas));

    const lists = new Map(
      councils.map((council, i) => [
        council.code,
        councils
          .filter((other) => other.code !== council.code)
          .map((other, rank) => ({
            code: other.code,
            rank: rank + 1,
            closeness: i % 2 === 0 ? 'Close' : '=Very close',
          })),
      ]),
    );
    const read = importFile(
      encoder.encode(neighboursCsv('2025', lists, dfeAreas())),
      'sn.csv',
      context(),
    );
    expect(read.report.errors).toEqual([]);
    expect(read.neighbours?.get('2025')).toEqual(lists);
  });
});
