import { describe, expect, it } from 'vitest';
import {
  decodeBytes,
  decodeWindows1252,
  DOUBLE_ENCODED,
  NotUtf8Error,
  openText,
  openWindows1252,
  refusalReason,
  undoDoubleEncoding,
} from './bytes';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('refusalReason', () => {
  it.each([
    ['an xlsx or ods (zip) file', bytes(0x50, 0x4b, 0x03, 0x04, 0x14), 'zip archive'],
    ['an empty zip', bytes(0x50, 0x4b, 0x05, 0x06), 'zip archive'],
    [
      'an xls file',
      bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0),
      'older Excel workbook (.xls)',
    ],
    ['a PDF', utf8('%PDF-1.7'), 'This is a PDF'],
    ['a gzip file', bytes(0x1f, 0x8b, 8), 'gzip'],
  ])('refuses %s with a way to save as CSV', (_, input, reason) => {
    const message = refusalReason(input) ?? '';
    expect(message).toContain(reason);
    expect(message).toContain('CSV');
  });

  it.each([
    ['empty bytes', bytes()],
    ['one byte P', bytes(0x50)],
    ['a CSV starting PK,', utf8('PK,value\n')],
    ['a CSV', utf8('indicator,period\n')],
  ])('lets %s through', (_, input) => {
    expect(refusalReason(input)).toBeNull();
  });
});

describe('decodeBytes', () => {
  it('reads UTF-8 and says so', () => {
    expect(decodeBytes(utf8('a,£\n'))).toEqual({
      text: 'a,£\n',
      encoding: 'utf-8',
      warnings: [],
      refused: null,
    });
  });

  it('drops a UTF-8 BOM', () => {
    const decoded = decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x61));
    expect(decoded.text).toBe('a');
    expect(decoded.encoding).toBe('utf-8 (with BOM)');
  });

  it('keeps a second BOM-like character as text (only the first is a BOM)', () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61)).text).toBe('\uFEFFa');
  });

  it('reads UTF-16 LE and BE with their BOMs', () => {
    expect(decodeBytes(bytes(0xff, 0xfe, 0x61, 0, 0xa3, 0)).text).toBe('a£');
    expect(decodeBytes(bytes(0xfe, 0xff, 0, 0x61, 0, 0xa3)).text).toBe('a£');
    expect(decodeBytes(bytes(0xfe, 0xff, 0, 0x61)).encoding).toBe('utf-16be');
  });

  it('reads UTF-16 LE without a BOM, with a warning', () => {
    const decoded = decodeBytes(bytes(0x61, 0, 0x2c, 0, 0x62, 0, 0x0a, 0));
    expect(decoded.text).toBe('a,b\n');
    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.warnings).toHaveLength(1);
  });

  it('falls back to Windows-1252 with a warning when the bytes are not UTF-8', () => {
    const decoded = decodeBytes(bytes(0x61, 0xa3, 0x80, 0x96));
    expect(decoded.text).toBe('a£€–');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.warnings[0]).toContain('not valid UTF-8');
  });

  it('refuses bytes with NUL characters that are not UTF-16', () => {
    expect(decodeBytes(bytes(0x61, 0, 0, 0x62, 0x63)).refused).toContain('binary data');
  });
});

describe('openText', () => {
  it('decodes in pieces, keeping a character split between pieces whole', () => {
    const text = '£'.repeat(10);
    const pieces = [...openText(utf8(text), 3).pieces()];
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.at(-1)?.end).toBe(20);
  });

  it('throws NotUtf8Error at the first byte that is not UTF-8, however far into the file', () => {
    const bytes = new Uint8Array([...utf8('a,b\n'.repeat(100)), 0xa3]);
    expect(() => [...openText(bytes, 16).pieces()]).toThrow(NotUtf8Error);
    expect(openWindows1252(bytes).encoding).toBe('windows-1252');
  });
});

describe('decodeWindows1252', () => {
  it('maps 0x80-0x9F to the code page, not to control characters', () => {
    expect(decodeWindows1252(bytes(0x80, 0x85, 0x91, 0x92, 0x96, 0x97, 0x9f))).toBe('€…‘’–—Ÿ');
  });

  it('decodes long input (past one chunk)', () => {
    const long = new Uint8Array(20000).fill(0x41);
    expect(decodeWindows1252(long)).toBe('A'.repeat(20000));
  });
});

describe('double encoding', () => {
  it.each([
    ['Â£', '£'],
    ['â€“', '–'],
    ['â€™', '’'],
    ['Ã©', 'é'],
  ])('spots %j and undoes it to %j', (text, original) => {
    expect(DOUBLE_ENCODED.test(text)).toBe(true);
    expect(undoDoubleEncoding(text)).toBe(original);
  });

  it.each(['£', '–', 'café', 'Â', 'plain'])('leaves %j alone', (text) => {
    expect(DOUBLE_ENCODED.test(text)).toBe(false);
  });
});
