import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  noticeMessage,
  parseNumberCell,
  parseValue,
  plainDecimal,
  type ValueOptions,
} from './numbers';

const comma: ValueOptions = { decimalComma: false, dashIsMissing: false };
const semicolon: ValueOptions = { decimalComma: true, dashIsMissing: false };
const lait: ValueOptions = { decimalComma: false, dashIsMissing: true };

/** The value as a short string: a number (with u for low reliability), a state, or the error. */
function read(cell: string, options = comma): string {
  const result = parseValue(cell, options);
  if (!result.ok) return `error: ${result.message}`;
  const v = result.value;
  const notice = result.notice ? ` [${result.notice.kind} ${result.notice.symbol}]` : '';
  const percent = result.percentSign ? ' %' : '';
  return v.kind === 'number'
    ? `${v.value}${v.lowReliability ? 'u' : ''}${percent}${notice}`
    : `${v.state}${notice}`;
}

describe('parseValue', () => {
  it.each([
    // edges first: blank is blank, never 0; zero is zero
    ['', 'blank'],
    ['   ', 'blank'],
    ['0', '0'],
    ['-0', '0'],
    // plain numbers
    ['12', '12'],
    ['12.5', '12.5'],
    [' 12.5 ', '12.5'],
    ['.5', '0.5'],
    ['+3', '3'],
    ['-3.25', '-3.25'],
    ['20.200000000000003', '20.200000000000003'],
    // signs and grouping
    ['75%', '75 %'],
    ['75 %', '75 %'],
    ['1,234', '1234'],
    ['1,234,567.5', '1234567.5'],
    ['(12)', '-12'],
    ['(12.5%)', '-12.5 %'],
    ['\u221212', '-12'],
    ['£1,200', '1200'],
    ['-£1,200', '-1200'],
    // low reliability
    ['12.3u', '12.3u'],
    ['12.3 u', '12.3u'],
    ['12.3U', '12.3u'],
    ['75%u', '75u %'],
    // DfE symbols
    ['c', 'c'],
    ['C', 'c'],
    ['x', 'x'],
    ['z', 'z'],
    ['low', 'low'],
    ['k', 'low'],
    ['u', 'x [bare-u u]'],
    // older symbols
    [':', 'x [legacy-symbol :]'],
    ['..', 'x [legacy-symbol ..]'],
    ['-', 'x [legacy-symbol -]'],
    ['N/A', 'x [legacy-symbol N/A]'],
    ['NA', 'x [legacy-symbol NA]'],
    ['~', 'low [legacy-symbol ~]'],
    ['<5', 'c [less-than <5]'],
    ['< 10', 'c [less-than < 10]'],
  ])('reads %j as %s', (cell, expected) => {
    expect(read(cell)).toBe(expected);
  });

  it.each([
    ['#DIV/0!', 'Excel error (division by zero)'],
    ['#N/A', 'Excel error (a value the formula could not find)'],
    ['#VALUE!', 'Excel error (a formula with the wrong kind of input)'],
    ['#REF!', 'Excel error (a formula pointing at a cell that no longer exists)'],
    ['#####', 'a column is too narrow'],
    ['TRUE', 'is a yes/no value'],
    ['false', 'is a yes/no value'],
    ['1E5', 'scientific notation'],
    ['2.9e-1', 'scientific notation'],
    ['>95', 'is not an exact figure'],
    ['12,5', 'has a comma where a decimal point'],
    ['1,23,4', 'is not a number'],
    ['abc', 'is not a number'],
    ['(-12)', 'is not a number'],
    ['1 234', 'is not a number'],
    ['Infinity', 'is not a number'],
    ['NaN', 'is not a number'],
  ])('refuses %j: %s', (cell, reason) => {
    const result = parseValue(cell, comma);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(reason);
  });

  it.each([
    ['12,5', '12.5'],
    ['1.234,5', '1234.5'],
    ['12.5', '12.5'],
    ['1.234', 'error'],
    ['1.234.567', 'error'],
    ['0,25%', '0.25 %'],
  ])('in a semicolon-delimited file reads %j as %s', (cell, expected) => {
    const value = read(cell, semicolon);
    if (expected === 'error')
      expect(value).toMatch(/^error: .*could be a number with a decimal point/);
    else expect(value).toBe(expected);
  });

  it('reads "-" as x without a notice in LAIT files (its documented missing marker)', () => {
    expect(read('-', lait)).toBe('x');
    expect(read('-', comma)).toBe('x [legacy-symbol -]');
  });

  it('keeps what the file said about "<5" as a note', () => {
    const result = parseValue('<5', comma);
    expect(result.ok && result.note).toBe('The file gave "<5": suppressed (c).');
  });
});

describe('parseNumberCell', () => {
  it.each([
    ['', null],
    ['0', 0],
    ['90', 90],
    ['1,234', 1234],
    ['85%', 85],
  ])('reads %j as %j', (cell, expected) => {
    expect(parseNumberCell(cell, comma)).toEqual({ ok: true, value: expected });
  });

  it.each(['c', 'x', '12u', 'ninety', '#N/A'])('refuses %j', (cell) => {
    expect(parseNumberCell(cell, comma).ok).toBe(false);
  });

  it('says plainly that text is not a number', () => {
    expect(parseNumberCell('ninety', comma)).toEqual({
      ok: false,
      message: '"ninety" is not a number (such as 12.5, 75% or 1,234).',
    });
  });
});

/** The plain-decimal format as first written, character by character: the reference. */
function isPlainDecimal(text: string): boolean {
  const n = text.length;
  let i = 0;
  if (n === 0) return false;
  if (text.charCodeAt(0) === 45) i = 1; // '-'
  let digits = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else break;
  }
  if (digits === 0) return false;
  if (i === n) return true;
  if (text.charCodeAt(i) !== 46) return false; // '.'
  i++;
  let decimals = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) decimals++;
    else return false;
  }
  return decimals > 0;
}

describe('plain decimals', () => {
  it.each([
    ['1', true],
    ['-1', true],
    ['1.5', true],
    ['', false],
    ['-', false],
    ['1.', false],
    ['.5', false],
    ['1e5', false],
    [' 1', false],
    ['1,000', false],
  ])('%j is %s', (text, expected) => {
    expect(Number.isNaN(plainDecimal(text))).toBe(!expected);
  });
});

describe('plainDecimal', () => {
  it.each([
    ['', NaN],
    ['-', NaN],
    ['1.', NaN],
    ['.5', NaN],
    ['1e5', NaN],
    [' 1', NaN],
    ['1,000', NaN],
    ['0', 0],
    ['-0', -0],
    ['29.2', 29.2],
    ['0.1', 0.1],
    ['-3.5', -3.5],
    ['123456789012345', 123456789012345],
    ['0.000000000000001', 1e-15],
    ['1234567890.1234567', 1234567890.1234567],
    ['9007199254740993', 9007199254740992],
  ])('%j reads as %s', (text, expected) => {
    expect(Object.is(plainDecimal(text), expected)).toBe(true);
  });

  it('reads exactly what Number() reads, and only plain decimals (property)', () => {
    const digits = (max: number) =>
      fc.array(fc.constantFrom(...'0123456789'.split('')), { minLength: 0, maxLength: max });
    fc.assert(
      fc.property(
        fc.boolean(),
        digits(18),
        fc.option(digits(18), { nil: undefined }),
        (negative, whole, fraction) => {
          const text = `${negative ? '-' : ''}${whole.join('')}${fraction === undefined ? '' : `.${fraction.join('')}`}`;
          const expected = isPlainDecimal(text) ? Number(text) : NaN;
          expect(Object.is(plainDecimal(text), expected)).toBe(true);
        },
      ),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'-.01e 9,+'.split('')) }), (text) => {
        expect(Number.isNaN(plainDecimal(text))).toBe(!isPlainDecimal(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('noticeMessage', () => {
  it('counts the lines and names the first', () => {
    expect(noticeMessage({ kind: 'legacy-symbol', symbol: ':', state: 'x' }, 3, 4)).toBe(
      '":" is an older symbol for "not available"; it was read as x on 3 lines (first on line 4). Current DfE files write x.',
    );
    expect(noticeMessage({ kind: 'bare-u', symbol: 'u' }, 1, 9)).toContain(
      'read as x (not available) on line 9.',
    );
  });
});
