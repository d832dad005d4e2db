import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile } from './index';

const NOW = new Date('2026-12-07T12:00:00Z');
const utf16le = (text: string) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + i * 2] = code & 0xff;
    bytes[3 + i * 2] = code >> 8;
  }
  return bytes;
};
const utf8 = (text: string) => new TextEncoder().encode(text);
const HEADER = 'indicator,period,area_code,value,note\n';
const register = importFile(new Uint8Array(readFileSync('public/data/areas.csv')), 'areas.csv', {
  now: NOW,
  areas: new Map(),
  indicators: new Map(),
});
const context = {
  now: NOW,
  areas: new Map(register.areas.map((area) => [area.code, area])),
  indicators: new Map(),
};

describe('control and bidirectional characters are taken out at import, with one warning', () => {
  it.each([
    [
      'a NUL in a UTF-16 file',
      utf16le(`${HEADER}CSC-REREF,2024-25,E09000015,15.6,a\u0000b\n`),
      'ab',
      /1 invisible control characters \(such as NUL\), which were taken out; the first, U\+0000 \(NUL\), is on text line 2\./,
    ],
    [
      'an unterminated right-to-left override',
      utf8(`${HEADER}CSC-REREF,2024-25,E09000015,15.6,\u202eevil\n`),
      'evil',
      /the first, U\+202E \(right-to-left override\), is on text line 2/,
    ],
    [
      'isolates, marks and a bell on several lines',
      utf8(`${HEADER}\u2066CSC-REREF\u2069,2024-25,E09000015,15.6,x\u0007\u200f\n`),
      'x',
      /contains 4 invisible control characters \(such as NUL or right-to-left overrides\)/,
    ],
  ])('%s', (_name, bytes, note, warning) => {
    const result = importFile(bytes, 'q.csv', context);
    expect(result.report.errors).toEqual([]);
    expect(result.report.loaded).toBe(1);
    expect([...result.observations.notes.values()]).toEqual([note]);
    expect(result.report.warnings.map((w) => w.message).join('\n')).toMatch(warning);
  });

  it('leaves tabs, line breaks and ordinary text alone, with no warning', () => {
    const result = importFile(
      utf8(`${HEADER}CSC-REREF,2024-25,E09000015,15.6,"two\nlines\tand ١٢ عربى"\n`),
      'q.csv',
      context,
    );
    expect([...result.observations.notes.values()]).toEqual(['two\nlines\tand ١٢ عربى']);
    expect(result.report.warnings.filter((w) => /control/.test(w.message))).toEqual([]);
  });
});
