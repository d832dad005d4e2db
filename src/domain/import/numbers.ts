/**
 * Reading one cell as a value: a number, or one of the DfE symbols for a missing value. Cells
 * are always text (papaparse never types them); every accepted form is listed here and anything
 * else is refused with a plain-English reason. None of the symbols, and no blank cell, is zero.
 */
import type { MissingState, ObservedValue } from '../model';

export interface ValueOptions {
  /** True in a semicolon-delimited file, where `12,5` is twelve and a half. */
  readonly decimalComma: boolean;
  /** True in LAIT files, where `-` is the documented missing marker (read as x, no warning). */
  readonly dashIsMissing: boolean;
}

/** Something worth telling the analyst about a value that was nonetheless read. */
export type ValueNotice =
  | { readonly kind: 'legacy-symbol'; readonly symbol: string; readonly state: MissingState }
  | { readonly kind: 'bare-u'; readonly symbol: string }
  | { readonly kind: 'less-than'; readonly symbol: string };

export type ValueResult =
  | {
      readonly ok: true;
      readonly value: ObservedValue;
      /** The cell had a `%` sign (the caller checks that the indicator is a percentage). */
      readonly percentSign: boolean;
      readonly notice: ValueNotice | null;
      /** A note to keep with the observation (for `<5`: what the file said). */
      readonly note: string | null;
    }
  | { readonly ok: false; readonly message: string };

const SYMBOLS: ReadonlyMap<string, MissingState> = new Map<string, MissingState>([
  ['c', 'c'],
  ['x', 'x'],
  ['z', 'z'],
  ['low', 'low'],
  ['k', 'low'],
]);

/** Older symbols: read, with a warning (except `-` where it is the file's documented marker). */
const LEGACY_SYMBOLS: ReadonlyMap<string, MissingState> = new Map<string, MissingState>([
  [':', 'x'],
  ['..', 'x'],
  ['-', 'x'],
  ['n/a', 'x'],
  ['na', 'x'],
  ['~', 'low'],
]);

const EXCEL_ERRORS: ReadonlyMap<string, string> = new Map([
  ['#DIV/0!', 'division by zero'],
  ['#N/A', 'a value the formula could not find'],
  ['#VALUE!', 'a formula with the wrong kind of input'],
  ['#REF!', 'a formula pointing at a cell that no longer exists'],
  ['#NAME?', 'a formula with an unknown name'],
  ['#NUM!', 'a formula with an impossible number'],
  ['#NULL!', 'a formula with a wrong range'],
  ['#SPILL!', 'a formula whose result had no room'],
  ['#CALC!', 'a formula Excel could not calculate'],
]);

const blank: ValueResult = {
  ok: true,
  value: { kind: 'missing', state: 'blank' },
  percentSign: false,
  notice: null,
  note: null,
};

function missing(
  state: MissingState,
  notice: ValueNotice | null = null,
  note: string | null = null,
) {
  return {
    ok: true,
    value: { kind: 'missing', state },
    percentSign: false,
    notice,
    note,
  } as const satisfies ValueResult;
}

const fail = (message: string): ValueResult => ({ ok: false, message });

/** 10 to the power k, exactly (every one up to 1e22 is a double). */
const POWERS_OF_TEN = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/**
 * The number text writes when it is exactly an optional minus, digits, and an optional decimal
 * point with digits (`12`, `-3.5`, `0.25`: the common case, read without any other checks),
 * exactly as Number(text) reads it; NaN for any other text. Checking and reading in one pass
 * is much quicker than Number() for the millions of short figures a large file has: with at
 * most 15 digits the digits make an exact integer, and dividing it by an exact power of ten
 * rounds once, to the same double Number() gives (longer text is left to Number()).
 */
export function plainDecimal(text: string): number {
  const n = text.length;
  const negative = n > 0 && text.charCodeAt(0) === 45; // '-'
  let i = negative ? 1 : 0;
  let digits = 0;
  let mantissa = 0;
  for (; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    mantissa = mantissa * 10 + d;
    digits++;
  }
  if (digits === 0) return NaN;
  let decimals = 0;
  if (i < n) {
    if (text.charCodeAt(i) !== 46) return NaN; // '.'
    for (i++; i < n; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return NaN;
      mantissa = mantissa * 10 + d;
      decimals++;
    }
    if (decimals === 0) return NaN;
  }
  if (digits + decimals > 15) return Number(text);
  const value = mantissa / (POWERS_OF_TEN[decimals] ?? 1);
  return negative ? -value : value;
}

/**
 * Reads the digits of a number written with grouping and a decimal mark as the file's
 * delimiter allows. Returns the plain decimal text, or a message.
 */
function plainDigits(text: string, decimalComma: boolean, raw: string): string | { error: string } {
  if (/^\d+(\.\d+)?$|^\.\d+$/.test(text) && !decimalComma) return text;
  if (!decimalComma) {
    if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return text.replace(/,/g, '');
    if (/^\d+,\d+$/.test(text)) {
      return {
        error: `"${raw}" has a comma where a decimal point or a thousands separator should be. In a comma-separated file write decimals with a point (for example 12.5) and thousands as 1,234 or 1234.`,
      };
    }
    return { error: '' };
  }
  // A semicolon-delimited file: the comma is the decimal mark, a point groups thousands.
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(text)) return text.replace(/\./g, '').replace(',', '.');
  if (/^\d+,\d+$/.test(text)) return text.replace(',', '.');
  if (/^\d{1,3}(\.\d{3})+$/.test(text)) {
    return {
      error: `"${raw}" could be a number with a decimal point or a number with a thousands separator: this file separates columns with semicolons, so it uses commas for decimals. Write it without the point (for example 1234) or with a decimal comma (1,234).`,
    };
  }
  if (/^\d+(\.\d+)?$|^\.\d+$/.test(text)) return text;
  return { error: '' };
}

const HELP = 'a number (such as 12.5, 75% or 1,234) or one of the DfE symbols c, x, z, low or k';
const notAValue = (raw: string) => `"${raw}" is not ${HELP}.`;

/**
 * Reads a cell as a value. Accepted: numbers (`12.5`, `-3`, `75%`, `1,234`, `(12)` for minus
 * twelve, `−4` with a Unicode minus, `£1,200`; `12,5` only when `decimalComma`), `12.3u` or
 * `12.3 u` (the value, flagged low reliability), the symbols `c`, `x`, `z`, `low`, `k` (as low),
 * a blank cell (blank, never 0), a bare `u` (x, with a notice), the older `:`, `..`, `-`, `N/A`,
 * `NA` (as x) and `~` (as low) with a notice (no notice for `-` when `dashIsMissing`), and `<5`
 * and the like (as c, with a note keeping what the file said). Refused with a reason: Excel
 * errors (`#DIV/0!`…), `TRUE`/`FALSE`, scientific notation (`1E5`), `>95`, anything else.
 */
export function parseValue(cell: string, options: ValueOptions): ValueResult {
  const raw = cell.trim();
  if (raw === '') return blank;
  const plain = plainDecimal(raw);
  if (!Number.isNaN(plain) && !(options.decimalComma && raw.includes('.'))) {
    return {
      ok: true,
      value: { kind: 'number', value: plain, lowReliability: false },
      percentSign: false,
      notice: null,
      note: null,
    };
  }
  const lower = raw.toLowerCase();
  const symbol = SYMBOLS.get(lower);
  if (symbol) return missing(symbol);
  if (lower === 'u') return missing('x', { kind: 'bare-u', symbol: raw });
  const legacy = LEGACY_SYMBOLS.get(lower);
  if (legacy) {
    if (lower === '-' && options.dashIsMissing) return missing('x');
    return missing(legacy, { kind: 'legacy-symbol', symbol: raw, state: legacy });
  }
  const excel = EXCEL_ERRORS.get(raw.toUpperCase());
  if (excel !== undefined) {
    return fail(
      `"${raw}" is an Excel error (${excel}), not a value. Correct the formula in the spreadsheet and save the file again.`,
    );
  }
  if (/^#+$/.test(raw)) {
    return fail(
      `"${raw}" is what Excel shows when a column is too narrow for its number. Widen the column in the spreadsheet and save the file again.`,
    );
  }
  if (lower === 'true' || lower === 'false') {
    return fail(`"${raw}" is a yes/no value, not a number.`);
  }
  const lessThan = /^<\s*=?\s*(\d+(?:\.\d+)?)$/.exec(raw);
  if (lessThan) {
    return missing(
      'c',
      { kind: 'less-than', symbol: raw },
      `The file gave "${raw}": suppressed (c).`,
    );
  }
  if (/^>\s*=?\s*\d/.test(raw)) {
    return fail(`"${raw}" is not an exact figure. Give the number, or c if it is suppressed.`);
  }

  // A number with a low-reliability flag: "12.3u" or "12.3 u".
  let text = raw;
  let lowReliability = false;
  const flagged = /^(.*?\d%?)\s*u$/i.exec(text);
  if (flagged) {
    text = flagged[1] ?? '';
    lowReliability = true;
  }
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  text = text.replace(/^[\u2212\u2013]/, '-'); // Unicode minus (and an en dash typed as one)
  if (text.startsWith('-')) {
    if (negative) return fail(notAValue(raw));
    negative = true;
    text = text.slice(1).trim();
  } else if (text.startsWith('+')) {
    text = text.slice(1).trim();
  }
  text = text.replace(/^£\s*/, '');
  let percentSign = false;
  if (text.endsWith('%')) {
    percentSign = true;
    text = text.slice(0, -1).trim();
  }
  if (/^\d+(\.\d+)?e[+-]?\d+$/i.test(text)) {
    return fail(
      `"${raw}" is in scientific notation, which Excel uses when a number (or a code) is too long for its column, and which can hide digits that were lost. Format the column as Number with the decimals you need and save the file again.`,
    );
  }
  const digits = plainDigits(text, options.decimalComma, raw);
  if (typeof digits !== 'string') {
    return fail(digits.error !== '' ? digits.error : notAValue(raw));
  }
  const value = Number(digits);
  if (!Number.isFinite(value)) return fail(notAValue(raw));
  return {
    ok: true,
    value: { kind: 'number', value: negative ? -value : value, lowReliability },
    percentSign,
    notice: null,
    note: null,
  };
}

/**
 * Reads a cell that must be a plain number or blank (targets, tolerances, numerators): the same
 * number forms as parseValue, but no symbols and no low-reliability flag. Returns null for a
 * blank cell, a number, or a message.
 */
export function parseNumberCell(
  cell: string,
  options: ValueOptions,
):
  | { readonly ok: true; readonly value: number | null }
  | { readonly ok: false; readonly message: string } {
  const raw = cell.trim();
  if (raw === '') return { ok: true, value: null };
  const plain = plainDecimal(raw);
  if (!Number.isNaN(plain) && !(options.decimalComma && raw.includes('.'))) {
    return { ok: true, value: plain };
  }
  const result = parseValue(raw, options);
  if (!result.ok) {
    return result.message === notAValue(raw)
      ? { ok: false, message: `"${raw}" is not a number (such as 12.5, 75% or 1,234).` }
      : result;
  }
  if (result.value.kind === 'missing' || result.value.lowReliability) {
    return { ok: false, message: `"${raw}" is not a number.` };
  }
  return { ok: true, value: result.value.value };
}

/** The warning for a notice that appeared `count` times, first on `firstLine`. */
export function noticeMessage(notice: ValueNotice, count: number, firstLine: number): string {
  const where =
    count === 1 ? `on line ${firstLine}` : `on ${count} lines (first on line ${firstLine})`;
  switch (notice.kind) {
    case 'legacy-symbol':
      return notice.state === 'low'
        ? `"${notice.symbol}" is an older symbol for "rounds to zero but is not zero"; it was read as low ${where}. Current DfE files write low (or k).`
        : `"${notice.symbol}" is an older symbol for "not available"; it was read as x ${where}. Current DfE files write x.`;
    case 'bare-u':
      return `"${notice.symbol}" on its own says a figure has low reliability but gives no figure; it was read as x (not available) ${where}. Write the figure with the flag, for example 12.3u.`;
    case 'less-than':
      return `"${notice.symbol}" gives a range, not a figure; it was read as c (suppressed) ${where}, and the file's text is kept as a note on the value.`;
  }
}
