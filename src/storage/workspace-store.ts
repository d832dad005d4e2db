/**
 * Where the analyst's workspace is kept between visits: IndexedDB (the database
 * `cs-scorecard-workspace`, declared in database.ts), in the browser, never uploaded. Three
 * object stores: `imports` (each applied import, keyed by its id: its files with their names,
 * reports and figures as typed arrays, the keep/replace decisions, when it was applied and
 * against which hosted version), `mappings` (column mappings by header signature) and `settings`
 * (the SPC settings set in this browser, under the key `spc`). The working dataset is not
 * stored: it is the hosted data with the imports replayed over it, so it is rebuilt exactly on
 * every visit.
 */
import type { AppliedImport } from '../domain/import';
import type { ColumnMapping } from '../domain/import';
import type { SpcSettings } from '../domain/model';
import { DATABASE, openedOnce, openWorkspaceDb } from './database';

export interface WorkspaceStore {
  /**
   * The IndexedDB database it keeps imports in (a worker can write an import there itself, see
   * saveImportIn), or null for a store in memory.
   */
  readonly database: string | null;
  loadImports(): Promise<AppliedImport[]>;
  /** The highest import id kept now, by any tab (0 when there is none). */
  lastImportId(): Promise<number>;
  /** Adds an import; refuses (rejects) rather than replacing one already kept under its id. */
  addImport(applied: AppliedImport): Promise<void>;
  removeImport(id: number): Promise<void>;
  /**
   * Replaces every import and mapping (reset, or a workspace brought from another machine), and
   * the SPC settings when `spc` is given (null: none of this browser's own), in one transaction.
   */
  replaceAll(
    imports: readonly AppliedImport[],
    mappings: readonly (readonly [string, ColumnMapping])[],
    spc?: SpcSettings | null,
  ): Promise<void>;
  /** The SPC settings set in this browser; null: none (the web host's apply). */
  loadSpc(): Promise<SpcSettings | null>;
  /** Keeps the SPC settings (null: forget them, so the web host's apply). */
  saveSpc(settings: SpcSettings | null): Promise<void>;
  loadMappings(): Promise<Map<string, ColumnMapping>>;
  saveMapping(signature: string, mapping: ColumnMapping): Promise<void>;
  /** Forgets the column mapping remembered for files with these columns. */
  forgetMapping(signature: string): Promise<void>;
  /** Asks the browser not to clear the workspace under storage pressure; null when it cannot say. */
  requestPersistence(): Promise<boolean | null>;
}

const SPC_KEY = 'spc';

/**
 * Keeps an applied import in the workspace database `name`. Used by the import worker, which
 * holds the import's columns already: writing them from the page would copy every figure on the
 * page's main thread (a long task for a large file).
 */
export async function saveImportIn(name: string, applied: AppliedImport): Promise<void> {
  const db = await openWorkspaceDb(name);
  try {
    // `add`, not `put`: another tab's import under the same id is never overwritten.
    await db.add('imports', applied);
  } finally {
    db.close();
  }
}

export function indexedDbStore(name = DATABASE): WorkspaceStore {
  const db = openedOnce(() => openWorkspaceDb(name));
  return {
    database: name,
    async loadImports() {
      return (await db()).getAll('imports');
    },
    async lastImportId() {
      const cursor = await (await db()).transaction('imports').store.openKeyCursor(null, 'prev');
      return cursor?.key ?? 0;
    },
    async addImport(applied) {
      await (await db()).add('imports', applied);
    },
    async removeImport(id) {
      await (await db()).delete('imports', id);
    },
    async replaceAll(imports, mappings, spc) {
      const tx = (await db()).transaction(['imports', 'mappings', 'settings'], 'readwrite');
      await tx.objectStore('imports').clear();
      await tx.objectStore('mappings').clear();
      for (const applied of imports) await tx.objectStore('imports').put(applied);
      for (const [signature, mapping] of mappings)
        await tx.objectStore('mappings').put({ signature, mapping });
      if (spc === null) await tx.objectStore('settings').delete(SPC_KEY);
      else if (spc !== undefined) await tx.objectStore('settings').put({ key: SPC_KEY, spc });
      await tx.done;
    },
    async loadSpc() {
      return (await (await db()).get('settings', SPC_KEY))?.spc ?? null;
    },
    async saveSpc(settings) {
      if (settings === null) await (await db()).delete('settings', SPC_KEY);
      else await (await db()).put('settings', { key: SPC_KEY, spc: settings });
    },
    async loadMappings() {
      const rows = await (await db()).getAll('mappings');
      return new Map(rows.map((row) => [row.signature, row.mapping]));
    },
    async saveMapping(signature, mapping) {
      await (await db()).put('mappings', { signature, mapping });
    },
    async forgetMapping(signature) {
      await (await db()).delete('mappings', signature);
    },
    async requestPersistence() {
      if (typeof navigator === 'undefined' || !('storage' in navigator)) return null;
      try {
        if (await navigator.storage.persisted()) return true;
        return await navigator.storage.persist();
      } catch {
        return null;
      }
    },
  };
}

/** A workspace kept in memory only (tests, and browsers without IndexedDB). */
export function memoryStore(
  initial: readonly AppliedImport[] = [],
  initialMappings: readonly (readonly [string, ColumnMapping])[] = [],
): WorkspaceStore {
  let imports = [...initial];
  let mappings = new Map(initialMappings);
  let spcSettings: SpcSettings | null = null;
  return {
    database: null,
    loadImports: () => Promise.resolve([...imports]),
    lastImportId: () => Promise.resolve(imports.reduce((max, i) => Math.max(max, i.id), 0)),
    addImport: (applied) => {
      if (imports.some((i) => i.id === applied.id))
        return Promise.reject(
          new Error(`An import numbered ${String(applied.id)} is kept already.`),
        );
      imports = [...imports, applied];
      return Promise.resolve();
    },
    removeImport: (id) => {
      imports = imports.filter((i) => i.id !== id);
      return Promise.resolve();
    },
    replaceAll: (next, nextMappings, spc) => {
      imports = [...next];
      mappings = new Map(nextMappings);
      if (spc !== undefined) spcSettings = spc;
      return Promise.resolve();
    },
    loadSpc: () => Promise.resolve(spcSettings),
    saveSpc: (settings) => {
      spcSettings = settings;
      return Promise.resolve();
    },
    loadMappings: () => Promise.resolve(new Map(mappings)),
    saveMapping: (signature, mapping) => {
      mappings.set(signature, mapping);
      return Promise.resolve();
    },
    forgetMapping: (signature) => {
      mappings.delete(signature);
      return Promise.resolve();
    },
    requestPersistence: () => Promise.resolve(null),
  };
}

/** IndexedDB where the browser has it, else memory. */
export function defaultStore(): WorkspaceStore {
  return typeof indexedDB === 'undefined' ? memoryStore() : indexedDbStore();
}
