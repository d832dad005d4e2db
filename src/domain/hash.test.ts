import { describe, expect, it } from 'vitest';
import { contentHash } from './hash';

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
