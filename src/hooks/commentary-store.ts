/**
 * Where commentary written in this browser is kept: IndexedDB (through `idb`), in a database of
 * its own beside the workspace's, one record per indicator, council and period (an emptied
 * commentary is kept too: it hides the web host's for that key). Never uploaded.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { keyOf, type Commentary } from '../domain/model';

export interface CommentaryStore {
  load(): Promise<Commentary[]>;
  put(commentary: Commentary): Promise<void>;
  remove(key: string): Promise<void>;
  /** Replaces every commentary (a workspace brought from another machine). */
  replaceAll(list: readonly Commentary[]): Promise<void>;
}

interface Schema extends DBSchema {
  commentary: { key: string; value: { key: string; commentary: Commentary } };
}

export const COMMENTARY_DATABASE = 'cs-scorecard-commentary';

export function indexedDbCommentaryStore(name = COMMENTARY_DATABASE): CommentaryStore {
  let opened: Promise<IDBPDatabase<Schema>> | null = null;
  const db = () =>
    (opened ??= openDB<Schema>(name, 1, {
      upgrade(database) {
        database.createObjectStore('commentary', { keyPath: 'key' });
      },
    }));
  return {
    async load() {
      return (await (await db()).getAll('commentary')).map((row) => row.commentary);
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
  return {
    load: () => Promise.resolve([...kept.values()]),
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
