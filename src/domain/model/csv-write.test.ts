import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, plainNumber, toCsv } from './csv-write';
import { escapeFormula, unescapeFormula } from './formula-escape';

describe('plainNumber', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [12.5, '12.5'],
    [-3, '-3'],
    [1e21, '1000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [-2.5e-10, '-0.00000000025'],
    [1.2345e25, '12345000000000000000000000'],
    [5e-324, `0.${'0'.repeat(323)}5`],
  ])('writes %s as %s', (value, text) => {
    expect(plainNumber(value)).toBe(text);
  });

  it.each([NaN, Infinity, -Infinity])('refuses %s', (value) => {
    expect(() => plainNumber(value)).toThrow(RangeError);
  });

  it('reads back as exactly the same number, never in exponent form', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = plainNumber(value);
        expect(text).not.toMatch(/e/i);
        expect(Number(text)).toBe(value === 0 ? 0 : value);
      }),
    );
  });
});

describe('formula escaping', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+44 20', "'+44 20"],
    ['-x', "'-x"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ["'=x", "''=x"],
    ["'plain", "'plain"],
    ['plain', 'plain'],
    ['', ''],
    ['a=b', 'a=b'],
    ['\u0000=cmd', "'\u0000=cmd"],
    ['＝SUM(A1)', "'＝SUM(A1)"],
    ['＋44', "'＋44"],
    ['－1', "'－1"],
    ['＠cmd', "'＠cmd"],
    ["'＝x", "''＝x"],
    ['a＝b', 'a＝b'],
  ])('escapes %j as %j', (text, escaped) => {
    expect(escapeFormula(text)).toBe(escaped);
    expect(unescapeFormula(escaped)).toBe(text);
  });

  it('unescapes exactly what it escaped, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (text) => {
        expect(unescapeFormula(escapeFormula(text))).toBe(text);
      }),
    );
  });
});

describe('csvCell', () => {
  it.each([
    [null, ''],
    [-3.5, '-3.5'],
    [1e21, '1000000000000000000000'],
    ['-3.5', "'-3.5"],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' edge', '" edge"'],
    ['=1+1', "'=1+1"],
    ['=1,2', `"'=1,2"`],
    ['semi;colon', '"semi;colon"'],
  ])('writes %j as %j', (value, text) => {
    expect(csvCell(value)).toBe(text);
  });

  it('writes rows with LF endings and a final newline', () => {
    expect(
      toCsv([
        ['a', 'b'],
        [1, null],
      ]),
    ).toBe('a,b\n1,\n');
  });
});
