import { describe, expect, it } from 'vitest';
import { ContentHasher, contentHash } from './hash';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('contentHash', () => {
  it('is stable and 12 hex digits', () => {
    expect(contentHash([bytes('abc')])).toMatch(/^[0-9a-f]{12}$/);
    expect(contentHash([bytes('abc')])).toBe(contentHash([bytes('abc')]));
  });

  it.each([
    [[''], ['', '']],
    [
      ['ab', 'c'],
      ['a', 'bc'],
    ],
    [['29'], ['30']],
    [['a,b\n1,2\n'], ['a,b\n1,3\n']],
  ])('tells %j from %j', (left, right) => {
    expect(contentHash(left.map(bytes))).not.toBe(contentHash(right.map(bytes)));
  });
});

describe('ContentHasher', () => {
  it.each([
    ['no parts', [] as string[][]],
    ['one empty part', [['']]],
    ['one part in one piece', [['a,b\n1,2\n']]],
    ['one part in three pieces', [['a,b', '\n1,', '2\n']]],
    ['two parts, the second in pieces', [['x'], ['a,b', '\n1,2\n']]],
  ])('gives contentHash of the joined parts for %s', (_, parts) => {
    const hasher = new ContentHasher();
    for (const pieces of parts) {
      const encoded = pieces.map(bytes);
      hasher.begin(encoded.reduce((n, piece) => n + piece.length, 0));
      for (const piece of encoded) hasher.update(piece);
    }
    expect(hasher.digest()).toBe(contentHash(parts.map((pieces) => bytes(pieces.join('')))));
  });
});
