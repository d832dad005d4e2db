/**
 * Where commentary written in this browser is kept: IndexedDB (the database
 * `cs-scorecard-commentary`, declared in database.ts, beside the workspace's), one record per
 * indicator, council and period (an emptied commentary is kept too: it hides the web host's for
 * that key). Never uploaded.
 */
import { keyOf, type Commentary } from '../domain/model';
import { COMMENTARY_DATABASE, openCommentaryDb, openedOnce } from './database';

/** A stored commentary with its revision: 1 when first written, one more at each change. */
export interface StoredCommentary {
  readonly key: string;
  readonly commentary: Commentary | undefined;
  readonly revision: number;
}

/** What a write found: saved at a new revision, or changed by another tab since `expected`. */
export type WriteOutcome =
  | { readonly ok: true; readonly revision: number }
  | { readonly ok: false; readonly current: StoredCommentary };

export interface CommentaryStore {
  load(): Promise<Commentary[]>;
  /** Every stored commentary with its revision (keys: only those). */
  entries(keys?: readonly string[]): Promise<StoredCommentary[]>;
  /**
   * Writes (or, for undefined, removes) one commentary in a single transaction against what is
   * stored now: only when its revision is still `expected` (0: none stored), so a change another
   * tab made since this one read it is never overwritten.
   */
  write(key: string, commentary: Commentary | undefined, expected: number): Promise<WriteOutcome>;
  /** The BroadcastChannel other tabs of this browser hear changes on (null: none). */
  readonly channel: string | null;
  put(commentary: Commentary): Promise<void>;
  remove(key: string): Promise<void>;
  /** Replaces every commentary (a workspace brought from another machine). */
  replaceAll(list: readonly Commentary[]): Promise<void>;
}

export function indexedDbCommentaryStore(name = COMMENTARY_DATABASE): CommentaryStore {
  const db = openedOnce(() => openCommentaryDb(name));
  return {
    channel: `${name}:changed`,
    async load() {
      return (await (await db()).getAll('commentary')).map((row) => row.commentary);
    },
    async entries(keys) {
      const database = await db();
      if (keys === undefined)
        return (await database.getAll('commentary')).map((row) => ({
          key: row.key,
          commentary: row.commentary,
          revision: row.revision ?? 1,
        }));
      return Promise.all(
        keys.map(async (key) => {
          const row = await database.get('commentary', key);
          return { key, commentary: row?.commentary, revision: row ? (row.revision ?? 1) : 0 };
        }),
      );
    },
    async write(key, commentary, expected) {
      const tx = (await db()).transaction('commentary', 'readwrite');
      const row = await tx.store.get(key);
      const revision = row ? (row.revision ?? 1) : 0;
      if (revision !== expected) {
        await tx.done;
        return { ok: false, current: { key, commentary: row?.commentary, revision } };
      }
      if (commentary) await tx.store.put({ key, commentary, revision: revision + 1 });
      else if (row) await tx.store.delete(key);
      await tx.done;
      return { ok: true, revision: commentary ? revision + 1 : 0 };
    },
    async put(commentary) {
      await (await db()).put('commentary', { key: keyOf(commentary), commentary });
    },
    async remove(key) {
      await (await db()).delete('commentary', key);
    },
    async replaceAll(list) {
      const tx = (await db()).transaction('commentary', 'readwrite');
      await tx.store.clear();
      for (const commentary of list) await tx.store.put({ key: keyOf(commentary), commentary });
      await tx.done;
    },
  };
}

/** Commentary kept in memory only (tests, and browsers without IndexedDB). */
export function memoryCommentaryStore(initial: readonly Commentary[] = []): CommentaryStore {
  let kept = new Map(initial.map((c) => [keyOf(c), c]));
  const revisions = new Map<string, number>();
  const stored = (key: string): StoredCommentary => ({
    key,
    commentary: kept.get(key),
    revision: kept.has(key) ? (revisions.get(key) ?? 1) : 0,
  });
  return {
    channel: null,
    load: () => Promise.resolve([...kept.values()]),
    entries: (keys) => Promise.resolve((keys ?? [...kept.keys()]).map(stored)),
    write: (key, commentary, expected) => {
      const current = stored(key);
      if (current.revision !== expected) return Promise.resolve({ ok: false, current });
      if (commentary) {
        kept.set(key, commentary);
        revisions.set(key, expected + 1);
      } else {
        kept.delete(key);
        revisions.delete(key);
      }
      return Promise.resolve({ ok: true, revision: commentary ? expected + 1 : 0 });
    },
    put: (commentary) => {
      kept.set(keyOf(commentary), commentary);
      return Promise.resolve();
    },
    remove: (key) => {
      kept.delete(key);
      return Promise.resolve();
    },
    replaceAll: (list) => {
      kept = new Map(list.map((c) => [keyOf(c), c]));
      return Promise.resolve();
    },
  };
}

export function defaultCommentaryStore(): CommentaryStore {
  return typeof indexedDB === 'undefined' ? memoryCommentaryStore() : indexedDbCommentaryStore();
}
