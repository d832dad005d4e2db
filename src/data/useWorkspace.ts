/**
 * The working dataset and the analyst's workspace: the hosted data with every applied import
 * replayed over it (see domain/merge-imports.ts), kept in IndexedDB (workspace-store.ts), and
 * the actions the Data page takes on it: apply an import, undo the last one, reset to the hosted
 * data, replace the workspace with one from another machine, remember a column mapping.
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
import type { AppliedImport, Decision, ImportedFileData } from '../domain/applied-import';
import type { ColumnMapping } from '../domain/import/context';
import {
  mergeImports,
  workspaceVersionSteps,
  type DriftItem,
  type MergedWorkspace,
} from '../domain/merge-imports';
import { withoutBlue, type AssembledScorecard } from '../domain/scorecard-data';
import type { IndicatorDefinition } from '../domain/types';
import type { WorkspaceContents } from '../domain/workspace-file';
import { runSliced } from './sliced';
import type { WorkspaceStore } from './workspace-store';

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
  reset(): Promise<void>;
  replaceWith(contents: WorkspaceContents): Promise<void>;
  saveMapping(signature: string, mapping: ColumnMapping): Promise<void>;
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
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

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
  const current = useRef<State | null>(null);
  useEffect(() => {
    current.current = state;
  });
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
      let storageProblem: string | null = null;
      try {
        [imports, mappings] = await Promise.all([store.loadImports(), store.loadMappings()]);
      } catch (error) {
        storageProblem = `Imports cannot be kept in this browser (${message(error)}). Anything you import is lost when the page closes; export the workspace to keep it.`;
      }
      imports.sort((a, b) => a.id - b.id);
      const merged = await runSliced(mergeImports(hosted, imports, prepare));
      const persisted = imports.length > 0 ? await store.requestPersistence() : null;
      if (!run.live) return;
      first.current?.(merged.data);
      // The first screen is the biggest render there is (every tile, the scorecard assessed);
      // as a transition React renders it in short slices, so the page never freezes, and
      // still shows it all at once.
      startTransition(() => {
        setState({ imports, merged, mappings, persisted, storageProblem });
      });
    })().catch((error: unknown) => {
      if (run.live)
        setState({
          imports: [],
          merged: { data: hosted, drift: [], driftCount: 0 },
          mappings: new Map(),
          persisted: null,
          storageProblem: `The saved imports could not be read (${message(error)}); the data from the web host is shown.`,
        });
    });
    return () => {
      run.live = false;
    };
  }, [hosted, store, prepare]);

  const rebuild = useCallback(
    async (imports: readonly AppliedImport[], patch: Partial<State> = {}) => {
      if (!hosted) return;
      const merged = await runSliced(mergeImports(hosted, imports, prepare));
      setState((previous) =>
        previous ? { ...previous, ...patch, imports, merged } : previous,
      );
    },
    [hosted, prepare],
  );

  const apply = useCallback(
    async (
      files: readonly ImportedFileData[],
      decisions: ReadonlyMap<string, Decision>,
      now: Date,
      save?: (applied: AppliedImport) => Promise<void>,
    ) => {
      const before = current.current;
      if (!hosted || !before) return;
      const applied: AppliedImport = {
        id: before.imports.reduce((max, i) => Math.max(max, i.id), 0) + 1,
        appliedAt: now.toISOString(),
        files,
        decisions,
        hostedVersion: hosted.version,
      };
      await (save ? save(applied) : store.addImport(applied));
      const imports = [...before.imports, applied];
      // Only the new import needs laying over the working data; the version is the one a full
      // rebuild would give, so a reload gives the same links.
      const step = await runSliced(mergeImports(before.merged.data, [applied], prepare));
      const version = await runSliced(workspaceVersionSteps(hosted.version, imports));
      const persisted = await store.requestPersistence();
      setState((previous) =>
        previous
          ? {
              ...previous,
              imports,
              persisted,
              merged: {
                ...previous.merged,
                data: { ...step.data, version },
              },
            }
          : previous,
      );
    },
    [hosted, store, prepare],
  );

  const undoLast = useCallback(async () => {
    const before = current.current;
    const last = before?.imports.at(-1);
    if (!before || !last) return;
    await store.removeImport(last.id);
    await rebuild(before.imports.slice(0, -1));
  }, [store, rebuild]);

  const reset = useCallback(async () => {
    const before = current.current;
    if (!before) return;
    await store.replaceAll([], [...before.mappings]);
    await rebuild([]);
  }, [store, rebuild]);

  const replaceWith = useCallback(
    async (contents: WorkspaceContents) => {
      await store.replaceAll(contents.imports, contents.mappings);
      await rebuild([...contents.imports].sort((a, b) => a.id - b.id), {
        mappings: new Map(contents.mappings),
      });
    },
    [store, rebuild],
  );

  const saveMapping = useCallback(
    async (signature: string, mapping: ColumnMapping) => {
      await store.saveMapping(signature, mapping);
      setState((previous) =>
        previous
          ? { ...previous, mappings: new Map(previous.mappings).set(signature, mapping) }
          : previous,
      );
    },
    [store],
  );

  return useMemo(() => {
    if (!hosted || !state) return null;
    return {
      hosted,
      data: state.merged.data,
      imports: state.imports,
      drift: state.merged.drift,
      driftCount: state.merged.driftCount,
      mappings: state.mappings,
      persisted: state.persisted,
      storageProblem: state.storageProblem,
      prepare,
      database: store.database,
      apply,
      undoLast,
      reset,
      replaceWith,
      saveMapping,
    };
  }, [hosted, state, store, prepare, apply, undoLast, reset, replaceWith, saveMapping]);
}
