import { describe, expect, it } from 'vitest';
import { keyOf, type Commentary } from '../domain/model';
import { memoryCommentaryStore } from './commentary-store';

const note = (headline: string): Commentary => ({
  indicator: 'CSC-REREF',
  area: 'E09000015',
  period: '2025-26 Q2',
  headline,
  text: '',
  actions: [],
});
const KEY = keyOf(note(''));

/** A write is a transaction against what is stored now, never over another tab's change. */
describe('commentary store writes against the stored revision', () => {
  it('writes a new commentary at revision 1, then 2', async () => {
    const store = memoryCommentaryStore();
    expect(await store.write(KEY, note('one'), 0)).toEqual({ ok: true, revision: 1 });
    expect(await store.write(KEY, note('two'), 1)).toEqual({ ok: true, revision: 2 });
    expect(await store.entries([KEY])).toEqual([
      { key: KEY, commentary: note('two'), revision: 2 },
    ]);
  });

  it('refuses a write made from an older revision, and says what is stored', async () => {
    const store = memoryCommentaryStore();
    await store.write(KEY, note('tab A'), 0);
    // Tab B read nothing (revision 0) and writes: tab A's is kept.
    expect(await store.write(KEY, note('tab B'), 0)).toEqual({
      ok: false,
      current: { key: KEY, commentary: note('tab A'), revision: 1 },
    });
    expect((await store.load()).map((c) => c.headline)).toEqual(['tab A']);
  });

  it('a removal is checked the same way', async () => {
    const store = memoryCommentaryStore();
    await store.write(KEY, note('one'), 0);
    await store.write(KEY, note('two'), 1);
    expect((await store.write(KEY, undefined, 1)).ok).toBe(false);
    expect(await store.write(KEY, undefined, 2)).toEqual({ ok: true, revision: 0 });
    expect(await store.entries([KEY])).toEqual([{ key: KEY, commentary: undefined, revision: 0 }]);
  });
});
