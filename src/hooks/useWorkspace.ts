/**
 * The working dataset and the analyst's workspace: the hosted data with every applied import
 * replayed over it (see domain/workspace/merge-imports.ts), kept in IndexedDB (workspace-store.ts), and
 * the actions the Data page takes on it: apply an import, undo the last one, reset to the hosted
 * data, replace the workspace with one from another machine, remember a column mapping, set the
 * SPC settings (laid over the web host's config, so every view and Publish use them).
 * Merging runs in short slices (sliced.ts) so a large import never freezes the page. Every
 * change gives a new AssembledScorecard, so the screens re-render with it.
 */
import {
  createContext,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { AppliedImport, Decision, ImportedFileData } from '../domain/import';
import type { ColumnMapping } from '../domain/import';
import {
  mergeImports,
  workspaceVersionSteps,
  type DriftItem,
  type MergedWorkspace,
} from '../domain/workspace';
import { withoutBlue, type AssembledScorecard } from '../domain/import';
import type { IndicatorDefinition, SpcSettings } from '../domain/model';
import type { WorkspaceContents } from '../domain/workspace';
import { plainError } from './plain-error';
import { runSliced } from './sliced';
import { openWorkspaceChannel, type WorkspaceChannel } from './workspace-channel';
import type { WorkspaceStore } from '../storage/workspace-store';

export interface Workspace {
  /** The data on the web host, before any import. */
  readonly hosted: AssembledScorecard;
  /** The working data: hosted data and applied imports. */
  readonly data: AssembledScorecard;
  /** Applied imports, oldest first. */
  readonly imports: readonly AppliedImport[];
  /** Clashes with the hosted data that no decision covers (the host's data changed since). */
  readonly drift: readonly DriftItem[];
  readonly driftCount: number;
  readonly mappings: ReadonlyMap<string, ColumnMapping>;
  /** Whether the browser agreed to keep the workspace under storage pressure (null: unknown). */
  readonly persisted: boolean | null;
  /** A problem with keeping the workspace in this browser, in plain English. */
  readonly storageProblem: string | null;
  /** Said when another tab or window changed the workspace and this one re-read it. */
  readonly changedElsewhere: string | null;
  /** How an incoming definition is kept (no blue band when the configuration turns blue off). */
  readonly prepare: (definition: IndicatorDefinition) => IndicatorDefinition;
  /** The IndexedDB database imports are kept in (null: kept in memory only). */
  readonly database: string | null;
  /**
   * Applies an import. `save`, when given, keeps it in the workspace database instead of the
   * store doing so from the page (the import worker, which holds the files already, does it).
   */
  apply(
    files: readonly ImportedFileData[],
    decisions: ReadonlyMap<string, Decision>,
    now: Date,
    save?: (applied: AppliedImport) => Promise<void>,
  ): Promise<void>;
  undoLast(): Promise<void>;
  /** Removes every import; with `forgetMappings`, the remembered column mappings too. */
  reset(forgetMappings?: boolean): Promise<void>;
  replaceWith(contents: WorkspaceContents): Promise<void>;
  /** Puts back the workspace the last replaceWith replaced; null when there is none to put back. */
  readonly undoReplace: (() => Promise<void>) | null;
  saveMapping(signature: string, mapping: ColumnMapping): Promise<void>;
  /** SPC settings set in this browser (null: the web host's, in `hosted.config.spc`). */
  readonly spc: SpcSettings | null;
  /** Keeps SPC settings (null: back to the web host's) and tells the other tabs. */
  saveSpc(settings: SpcSettings | null): Promise<void>;
  /** Puts back the SPC settings before the last saveSpc; null when there is nothing to undo. */
  readonly undoSpc: (() => Promise<void>) | null;
  forgetMapping(signature: string): Promise<void>;
}

export const WorkspaceContext = createContext<Workspace | null>(null);

/** The workspace; only used below the point where the data has loaded. */
export function useWorkspace(): Workspace {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace is used outside a loaded scorecard.');
  return value;
}

interface State {
  readonly imports: readonly AppliedImport[];
  readonly merged: MergedWorkspace;
  readonly mappings: ReadonlyMap<string, ColumnMapping>;
  readonly persisted: boolean | null;
  readonly storageProblem: string | null;
  readonly changedElsewhere?: string | null;
  /** SPC settings set in this browser (null: the web host's). */
  readonly spc?: SpcSettings | null;
  /** The SPC settings before the last saveSpc (undefined: nothing to undo). */
  readonly spcBefore?: { readonly settings: SpcSettings | null } | undefined;
  /** The workspace a file replaced, until that is undone or another change is made. */
  readonly replaced?: {
    readonly imports: readonly AppliedImport[];
    readonly mappings: readonly (readonly [string, ColumnMapping])[];
    readonly spc?: SpcSettings | null;
  } | null;
}

/** The working data with the SPC settings set in this browser in its configuration. */
function withSpc(data: AssembledScorecard, spc: SpcSettings | null | undefined) {
  return spc ? { ...data, config: { ...data.config, spc } } : data;
}

const byId = (a: AppliedImport, b: AppliedImport) => a.id - b.id;

/** How many times Apply tries again when another tab takes the id it chose at the same moment. */
const ID_ATTEMPTS = 5;

/** The workspace over `hosted` (null while the hosted data loads). */
export function useWorkspaceState(
  hosted: AssembledScorecard | null,
  store: WorkspaceStore,
  onFirstReady?: (data: AssembledScorecard) => void,
): Workspace | null {
  const first = useRef(onFirstReady);
  useEffect(() => {
    first.current = onFirstReady;
  });
  const [state, setState] = useState<State | null>(null);
  // The newest state, set at once with each change (the rendered `state` can lag behind it).
  const current = useRef<State | null>(null);
  const commit = useCallback((change: (previous: State) => State) => {
    const previous = current.current;
    if (!previous) return;
    const next = change(previous);
    current.current = next;
    setState(next);
  }, []);
  // Changes run one at a time, each against what is stored when it starts: a change heard from
  // another tab waits for this tab's own change to finish, and the other way round.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const serial = useCallback(<T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.current.then(task, task);
    queue.current = run.catch(() => undefined);
    return run;
  }, []);
  const prepare = useMemo(
    () =>
      hosted?.config.rag.blue === false
        ? withoutBlue
        : (definition: IndicatorDefinition) => definition,
    [hosted],
  );

  useEffect(() => {
    if (!hosted) return;
    const run = { live: true };
    (async () => {
      let imports: AppliedImport[] = [];
      let mappings = new Map<string, ColumnMapping>();
      let spc: SpcSettings | null = null;
      let storageProblem: string | null = null;
      try {
        [imports, mappings, spc] = await Promise.all([
          store.loadImports(),
          store.loadMappings(),
          store.loadSpc(),
        ]);
      } catch (error) {
        storageProblem = `${plainError('Imports cannot be kept in this browser', error)} Anything you import is lost when the page closes; export the workspace to keep it.`;
      }
      imports.sort(byId);
      const merged = await runSliced(mergeImports(hosted, imports, prepare));
      const persisted = imports.length > 0 ? await store.requestPersistence() : null;
      if (!run.live) return;
      first.current?.(withSpc(merged.data, spc));
      // The first screen is the biggest render there is (every tile, the scorecard assessed);
      // as a transition React renders it in short slices, so the page never freezes, and
      // still shows it all at once.
      const loaded = { imports, merged, mappings, persisted, storageProblem, spc };
      current.current = loaded;
      startTransition(() => {
        setState(loaded);
      });
    })().catch((error: unknown) => {
      if (!run.live) return;
      const empty: State = {
        imports: [],
        merged: { data: hosted, drift: [], driftCount: 0 },
        mappings: new Map(),
        persisted: null,
        storageProblem: `${plainError('The saved imports could not be read', error)} The data from the web host is shown.`,
      };
      current.current = empty;
      setState(empty);
    });
    return () => {
      run.live = false;
    };
  }, [hosted, store, prepare]);

  const rebuild = useCallback(
    async (imports: readonly AppliedImport[], patch: Partial<State> = {}) => {
      if (!hosted) return;
      const merged = await runSliced(mergeImports(hosted, imports, prepare));
      commit((previous) => ({ ...previous, ...patch, imports, merged }));
    },
    [hosted, prepare, commit],
  );

  // Other tabs say when they change the workspace; this one then re-reads what is stored.
  const channel = useRef<WorkspaceChannel | null>(null);
  const reload = useCallback(
    async (patch: Partial<State> = {}) => {
      const imports = (await store.loadImports()).sort(byId);
      const spc = await store.loadSpc();
      await rebuild(imports, { spc, ...patch });
    },
    [store, rebuild],
  );
  useEffect(() => {
    if (!hosted) return;
    const opened = openWorkspaceChannel(store.database, () => {
      serial(() =>
        reload({
          changedElsewhere:
            'The workspace was changed in another tab or window of this browser. The figures and the list of imports now include that change.',
          spcBefore: undefined,
        }),
      ).catch((error: unknown) => {
        commit((previous) => ({
          ...previous,
          storageProblem: plainError(
            'Another tab changed the workspace, and this tab could not read the change',
            error,
          ),
        }));
      });
    });
    channel.current = opened;
    return () => {
      opened.close();
      channel.current = null;
    };
  }, [hosted, store, reload, serial, commit]);

  const apply = useCallback(
    async (
      files: readonly ImportedFileData[],
      decisions: ReadonlyMap<string, Decision>,
      now: Date,
      save?: (applied: AppliedImport) => Promise<void>,
    ) =>
      serial(async () => {
        const before = current.current;
        if (!hosted || !before) return;
        // The id is the next after every import kept now, by this tab or any other; the store
        // refuses an id that is taken, so two tabs applying at once never overwrite each other.
        const known = before.imports.reduce((max, i) => Math.max(max, i.id), 0);
        let id = Math.max(known, await store.lastImportId()) + 1;
        let applied: AppliedImport;
        for (let attempt = 1; ; attempt++) {
          applied = {
            id,
            appliedAt: now.toISOString(),
            files,
            decisions,
            hostedVersion: hosted.version,
          };
          try {
            await (save ? save(applied) : store.addImport(applied));
            break;
          } catch (error) {
            const last = await store.lastImportId();
            if (attempt >= ID_ATTEMPTS || last < id) throw error;
            id = last + 1;
          }
        }
        channel.current?.announce();
        if (id !== known + 1) {
          // Another tab applied imports this one has not laid over yet: rebuild from the store.
          await reload();
          return;
        }
        const imports = [...before.imports, applied];
        // Only the new import needs laying over the working data; the version is the one a full
        // rebuild would give, so a reload gives the same links.
        const step = await runSliced(mergeImports(before.merged.data, [applied], prepare));
        const version = await runSliced(workspaceVersionSteps(hosted.version, imports));
        const persisted = await store.requestPersistence();
        commit((previous) => ({
          ...previous,
          imports,
          persisted,
          replaced: null,
          merged: { ...previous.merged, data: { ...step.data, version } },
        }));
      }),
    [hosted, store, prepare, reload, serial, commit],
  );

  const undoLast = useCallback(
    () =>
      serial(async () => {
        const last = current.current?.imports.at(-1);
        if (!last) return;
        await store.removeImport(last.id);
        channel.current?.announce();
        // What is stored now, which may include imports another tab applied meanwhile.
        await reload({ replaced: null });
      }),
    [store, reload, serial],
  );

  const reset = useCallback(
    (forgetMappings = false) =>
      serial(async () => {
        const before = current.current;
        if (!before) return;
        await store.replaceAll([], forgetMappings ? [] : [...before.mappings]);
        channel.current?.announce();
        await rebuild([], { replaced: null, ...(forgetMappings ? { mappings: new Map() } : {}) });
      }),
    [store, rebuild, serial],
  );

  const replaceWith = useCallback(
    (contents: WorkspaceContents) =>
      serial(async () => {
        if (!hosted) return;
        const imports = [...contents.imports].sort(byId);
        // Built in full before anything is replaced: a file whose imports cannot be laid over
        // the data is refused with the workspace as it was.
        let merged: MergedWorkspace;
        try {
          merged = await runSliced(mergeImports(hosted, imports, prepare));
        } catch {
          throw new Error(
            'the imports in the file could not be laid over the data (the file is damaged). Your workspace was not changed',
          );
        }
        // The workspace as it was, so the replacement can be undone.
        const previous = {
          imports: await store.loadImports(),
          mappings: [...(await store.loadMappings())],
          spc: await store.loadSpc(),
        };
        const spc = contents.spc ?? null;
        await store.replaceAll(imports, contents.mappings, spc);
        channel.current?.announce();
        commit((state) => ({
          ...state,
          imports,
          merged,
          mappings: new Map(contents.mappings),
          spc,
          spcBefore: undefined,
          replaced: previous,
        }));
      }),
    [hosted, store, prepare, serial, commit],
  );

  const undoReplace = useCallback(
    () =>
      serial(async () => {
        const previous = current.current?.replaced;
        if (!previous) return;
        await store.replaceAll(previous.imports, previous.mappings, previous.spc ?? null);
        channel.current?.announce();
        await reload({
          mappings: new Map(previous.mappings),
          replaced: null,
          spcBefore: undefined,
        });
      }),
    [store, serial, reload],
  );

  const saveMapping = useCallback(
    async (signature: string, mapping: ColumnMapping) => {
      await store.saveMapping(signature, mapping);
      commit((previous) => ({
        ...previous,
        mappings: new Map(previous.mappings).set(signature, mapping),
      }));
    },
    [store, commit],
  );

  const saveSpc = useCallback(
    (settings: SpcSettings | null) =>
      serial(async () => {
        const before = current.current;
        if (!before) return;
        // What is stored now (another tab may have changed it) is what Undo puts back.
        const stored = await store.loadSpc();
        await store.saveSpc(settings);
        channel.current?.announce();
        commit((previous) => ({
          ...previous,
          spc: settings,
          spcBefore: { settings: stored },
        }));
      }),
    [store, serial, commit],
  );

  const undoSpc = useCallback(
    () =>
      serial(async () => {
        const before = current.current?.spcBefore;
        if (!before) return;
        await store.saveSpc(before.settings);
        channel.current?.announce();
        commit((previous) => ({ ...previous, spc: before.settings, spcBefore: undefined }));
      }),
    [store, serial, commit],
  );

  const mergedData = state?.merged.data;
  const spc = state?.spc ?? null;
  const data = useMemo(() => (mergedData ? withSpc(mergedData, spc) : null), [mergedData, spc]);

  const forgetMapping = useCallback(
    async (signature: string) => {
      await store.forgetMapping(signature);
      commit((previous) => {
        const mappings = new Map(previous.mappings);
        mappings.delete(signature);
        return { ...previous, mappings };
      });
    },
    [store, commit],
  );

  return useMemo(() => {
    if (!hosted || !state || !data) return null;
    return {
      hosted,
      data,
      imports: state.imports,
      drift: state.merged.drift,
      driftCount: state.merged.driftCount,
      mappings: state.mappings,
      persisted: state.persisted,
      storageProblem: state.storageProblem,
      changedElsewhere: state.changedElsewhere ?? null,
      prepare,
      database: store.database,
      apply,
      undoLast,
      reset,
      replaceWith,
      undoReplace: state.replaced ? undoReplace : null,
      saveMapping,
      spc,
      saveSpc,
      undoSpc: state.spcBefore ? undoSpc : null,
      forgetMapping,
    };
  }, [
    hosted,
    state,
    data,
    spc,
    saveSpc,
    undoSpc,
    store,
    prepare,
    apply,
    undoLast,
    reset,
    replaceWith,
    undoReplace,
    saveMapping,
    forgetMapping,
  ]);
}
