/**
 * The browser's IndexedDB databases, declared in one place: their names, versions, object stores
 * and upgrades (through `idb`). Two databases, kept as they have always been so that what a
 * browser holds already opens unchanged:
 * - `cs-scorecard-workspace`, version 2: `imports` (applied imports by id), `mappings` (column
 *   mappings by header signature) and, since version 2, `settings` (the SPC settings);
 * - `cs-scorecard-commentary`, version 1: `commentary` (one record per indicator, council and
 *   period, with its revision).
 * workspace-store.ts and commentary-store.ts read and write them; nothing else opens them.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { AppliedImport, ColumnMapping } from '../domain/import';
import type { Commentary, SpcSettings } from '../domain/model';

export interface WorkspaceSchema extends DBSchema {
  imports: { key: number; value: AppliedImport };
  mappings: { key: string; value: { signature: string; mapping: ColumnMapping } };
  settings: { key: string; value: { key: string; spc: SpcSettings } };
}

export interface CommentarySchema extends DBSchema {
  commentary: { key: string; value: { key: string; commentary: Commentary; revision?: number } };
}

export const DATABASE = 'cs-scorecard-workspace';
export const COMMENTARY_DATABASE = 'cs-scorecard-commentary';

/** Opens (creating or upgrading) a workspace database. */
export const openWorkspaceDb = (name: string): Promise<IDBPDatabase<WorkspaceSchema>> =>
  openDB<WorkspaceSchema>(name, 2, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        database.createObjectStore('imports', { keyPath: 'id' });
        database.createObjectStore('mappings', { keyPath: 'signature' });
      }
      // Version 2: the SPC settings (a workspace of version 1 keeps its imports and mappings).
      if (oldVersion < 2) database.createObjectStore('settings', { keyPath: 'key' });
    },
  });

/** Opens (creating) a commentary database. */
export const openCommentaryDb = (name: string): Promise<IDBPDatabase<CommentarySchema>> =>
  openDB<CommentarySchema>(name, 1, {
    upgrade(database) {
      database.createObjectStore('commentary', { keyPath: 'key' });
    },
  });

/** Opens a database on first use and keeps it open for the store's lifetime. */
export function openedOnce<T>(open: () => Promise<T>): () => Promise<T> {
  let opened: Promise<T> | null = null;
  return () => (opened ??= open());
}
