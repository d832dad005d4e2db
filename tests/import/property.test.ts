/**
 * Properties of importFile on random input (fast-check): it never throws, every line ends in
 * exactly one bucket (lines = loaded + rejected + skipped), every issue points at a line that
 * exists, and in a tidy file of random good and bad rows exactly the good rows load and
 * exactly the bad rows are rejected, each with an error on its own line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFile, type ImportResult } from '../../src/domain/import';
import { context } from './helpers';

const encoder = new TextEncoder();

function checkLedger(result: ImportResult): void {
  const { report } = result;
  expect(report.loaded + report.rejected + report.skipped).toBe(report.lines);
  expect(report.loaded).toBeGreaterThanOrEqual(0);
  expect(report.rejected).toBeGreaterThanOrEqual(0);
  let skipped = 0;
  for (const count of report.skippedReasons.values()) skipped += count;
  expect(skipped).toBe(report.skipped);
  for (const issue of [...report.errors, ...report.warnings]) {
    expect(issue.line).toBeGreaterThanOrEqual(0);
    expect(issue.line).toBeLessThanOrEqual(report.lines);
    expect(issue.message.length).toBeGreaterThan(0);
  }
  // Every rejected line has an error of its own.
  const errorLines = new Set(report.errors.map((e) => e.line));
  if (report.errors.length < 1000)
    expect(errorLines.size).toBeGreaterThanOrEqual(report.rejected > 0 ? 1 : 0);
  // A loaded line gave something: a value, a comparator, a definition, an area or a neighbour list.
  const outputs =
    result.observations.length +
    result.suppliedComparators.length +
    result.definitions.length +
    result.areas.length +
    [...(result.neighbours?.values() ?? [])].reduce((n, lists) => n + lists.size, 0);
  expect(outputs).toBeGreaterThanOrEqual(report.loaded > 0 ? 1 : 0);
  for (let i = 0; i < result.observations.length; i++) {
    const line = result.observations.line[i] ?? 0;
    expect(line).toBeGreaterThan(0);
    expect(line).toBeLessThanOrEqual(report.lines);
  }
}

/** Cells that make trouble: quotes, delimiters, line breaks, symbols, numbers, periods, codes. */
const cell = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '"',
    '""',
    '"a,b"',
    '"x\ny"',
    ',',
    ';',
    '\t',
    '\n',
    '\r\n',
    '\r',
    'c',
    'x',
    'z',
    'low',
    'k',
    'u',
    ':',
    '..',
    '-',
    '~',
    '<5',
    '12.3u',
    '75%',
    '150%',
    '(12)',
    '−3',
    '1,234',
    '12,5',
    '1E5',
    '#DIV/0!',
    'TRUE',
    '0',
    '0.5',
    '2024-25 Q2',
    '2024 Q3',
    'Jul-Sep 2024',
    'Aug 2024',
    '2025-26 Q4',
    '2025',
    'E09000015',
    '310',
    'Harrow',
    'E10000023',
    'CSC-REREF',
    'CLA-RATE',
    'TS2',
    '__proto__',
    'constructor',
    'Total',
    'Source: DfE',
    'Â£',
  ),
  fc.string({ maxLength: 8 }),
);

const HEADERS = [
  'indicator,period,area_code,value',
  'indicator,period,area_code,area_name,value,numerator,denominator,target,provisional,note,unit',
  'Ref,Indicator,Good is,Target,Q1 2024-25,Q2 2024-25,SN average,England 2023-24,Commentary',
  'Area,Ref,2024 Q3,Jul-Sep 2024,Q4 2025-26',
  'time_period,time_identifier,geographic_level,country_code,region_code,old_la_code,new_la_code,la_name,category,referral_count,rereferral_count,rereferral_percent',
  'Short Desc,Data item,Years,LA and Regions,Values,LA Number,Region',
  'id,title,short_title,section,unit,polarity,decimals,measurement,target,aliases',
  'LA num,LA Name,LA number,GOInd,GOReg,SN1,SNP,SN2,SNP',
  'code,old_code,name,level,region_code,sub_region_code,live,former_codes',
  'LA,Quarter,Result',
  "Harrow Council – Children's Services Scorecard",
];

const csvish = fc
  .record({
    title: fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 3 }),
    header: fc.constantFrom(...HEADERS),
    rows: fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 30 }),
    delimiter: fc.constantFrom(',', ';', '\t'),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
    finalNewline: fc.boolean(),
  })
  .map(({ title, header, rows, delimiter, newline, finalNewline }) => {
    const lines = [
      ...title.map((cells) => cells.join(delimiter)),
      header.replaceAll(',', delimiter),
      ...rows.map((cells) => cells.join(delimiter)),
    ];
    return lines.join(newline) + (finalNewline ? newline : '');
  });

describe('importFile on random input', () => {
  it('never throws and accounts for every line, for random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        checkLedger(importFile(bytes, 'random.csv', context()));
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('never throws and accounts for every line, for random CSV-ish text in every layout', () => {
    fc.assert(
      fc.property(csvish, fc.constantFrom('random.csv', 'sn_2025.csv'), (text, name) => {
        checkLedger(importFile(encoder.encode(text), name, context({ defaultArea: '310' })));
      }),
      { numRuns: 400 },
    );
  }, 30_000);

  it('loads exactly the good rows and rejects exactly the bad ones in a random mix', () => {
    const periods = ['2022-23 Q1', '2022-23 Q2', '2022-23 Q3', '2022-23 Q4', '2023-24', '2024-25'];
    const areas = ['E09000015', '302', 'Hillingdon', 'E06000065'];
    const bad = fc.constantFrom(
      ['CSC-REREF', '2024-25 Q1', 'E09000015', '150'],
      ['CSC-REREF', '2024-25 Q1', 'E09000015', '#N/A'],
      ['CSC-REREF', '2024 Q3', 'E09000015', '15'],
      ['CSC-REREF', '2025-26 Q4', 'E09000015', '15'],
      ['CSC-REREF', '2024-25 Q1', 'Atlantis', '15'],
      ['__proto__', '2024-25 Q1', 'E09000015', '15'],
      ['CLA-RATE', '2024-25', 'E09000015', '1E5'],
      ['CLA-RATE', '2024-25', 'E09000015', '-3'],
      ['CLA-RATE', '', 'E09000015', '3'],
    );
    const rowKinds = fc.array(fc.oneof(fc.constant<'good'>('good'), bad), { maxLength: 40 });
    fc.assert(
      fc.property(rowKinds, fc.boolean(), (kinds, crlf) => {
        let good = 0;
        const badLines: number[] = [];
        const lines = ['indicator,period,area_code,value'];
        kinds.forEach((kind) => {
          if (kind === 'good') {
            // Each good row has its own indicator, period and area, so none repeats another.
            const period = periods[good % periods.length] ?? '';
            const area = areas[Math.floor(good / periods.length) % areas.length] ?? '';
            const indicator = `LOCAL-${Math.floor(good / (periods.length * areas.length))}`;
            lines.push(`${indicator},${period},${area},${good % 7 === 0 ? 'c' : String(good)}`);
            good++;
          } else {
            lines.push(kind.join(','));
            badLines.push(lines.length);
          }
        });
        const text = lines.join(crlf ? '\r\n' : '\n');
        const { report } = importFile(encoder.encode(text), 'mix.csv', context());
        expect(report.lines).toBe(lines.length);
        expect(report.loaded).toBe(good);
        expect(report.rejected).toBe(badLines.length);
        expect(report.skipped).toBe(1);
        expect([...new Set(report.errors.filter((e) => e.line > 0).map((e) => e.line))]).toEqual(
          badLines,
        );
        // A header with no data rows is an error about the whole file, and only then.
        expect(report.errors.some((e) => e.line === 0)).toBe(kinds.length === 0);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
