import { createContext, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { AssembledScorecard } from '../domain/import';
import { importInWorker } from './import-client';
import { plainError } from './plain-error';
import {
  fetchBytes,
  loadScorecard,
  type LoadDependencies,
  type LoadResult,
} from './load-scorecard';
import { useWorkspaceState, type Workspace } from './useWorkspace';
import { defaultStore } from '../storage/workspace-store';

export const MARK_DATA_READY = 'scorecard:data-ready';
export const MARK_OVERVIEW_PAINTED = 'scorecard:overview-painted';
export const MARK_HOSTED_LOADED = 'scorecard:hosted-data-loaded';

export type DataState =
  | { readonly kind: 'loading' }
  | Extract<LoadResult, { kind: 'failed' }>
  | { readonly kind: 'ready'; readonly data: AssembledScorecard; readonly workspace: Workspace };

/**
 * Loads started before the first render, by the dependencies they were started with (see
 * startLoading). Each is taken once, by the first useLoadScorecard with the same dependencies.
 */
const started = new WeakMap<() => LoadDependencies, Promise<LoadResult>>();

/**
 * Starts loading the hosted data now, before React has drawn anything (main.tsx calls it
 * first): the files are fetched and read while the page's code evaluates and draws its first
 * frame, instead of after it. useLoadScorecard with the same `deps` takes this load over.
 */
export function startLoading(deps: () => LoadDependencies): void {
  if (!started.has(deps)) started.set(deps, loadScorecard(deps()));
}

export const defaultLoadDependencies = (): LoadDependencies => ({
  fetchBytes,
  importFiles: importInWorker,
  now: new Date(),
  store: defaultStore(),
});

/**
 * Loads the hosted data once, then the analyst's workspace over it (useWorkspace.ts): `data` is
 * the working dataset (hosted data and applied imports) and changes whenever the workspace
 * does. `deps` lets tests supply files and a store without a network, worker or IndexedDB.
 * `onReady` runs in the same update as the data arriving (so, for example, the URL can record
 * the data's version without a second render of every view).
 */
export function useLoadScorecard(
  deps: () => LoadDependencies = defaultLoadDependencies,
  onReady?: (data: AssembledScorecard) => void,
): DataState {
  const [state, setState] = useState<{ readonly kind: 'loading' } | LoadResult>({
    kind: 'loading',
  });
  const [store] = useState(() => deps().store ?? defaultStore());
  const ready = useRef(onReady);
  useEffect(() => {
    ready.current = onReady;
  });
  // The analyst's imports are laid over the hosted data before anything is shown.
  // The data is ready when the working dataset is: the hosted files with the analyst's saved
  // imports laid over them. User Timing marks let benchmarks and browser tools see when.
  const workspace = useWorkspaceState(state.kind === 'ready' ? state.data : null, store, (data) => {
    performance.mark(MARK_DATA_READY);
    ready.current?.(data);
  });
  useEffect(() => {
    let live = true;
    const loading = started.get(deps) ?? loadScorecard(deps());
    started.delete(deps);
    loading
      .then((result) => {
        if (!live) return;
        if (result.kind === 'ready') performance.mark(MARK_HOSTED_LOADED);
        setState(result);
      })
      .catch((error: unknown) => {
        if (live)
          setState({
            kind: 'failed',
            problems: [plainError('The scorecard data could not be loaded', error)],
          });
      });
    return () => {
      live = false;
    };
  }, [deps]);
  return useMemo<DataState>(() => {
    if (state.kind !== 'ready') return state;
    return workspace ? { kind: 'ready', data: workspace.data, workspace } : { kind: 'loading' };
  }, [state, workspace]);
}

export interface ScorecardData {
  readonly data: AssembledScorecard;
  /** "Now" for this session: which quarters have ended. */
  readonly now: Date;
}

export const ScorecardDataContext = createContext<ScorecardData | null>(null);

/** The loaded data; only used below the point where it has loaded. */
export function useScorecardData(): ScorecardData {
  const value = useContext(ScorecardDataContext);
  if (!value) throw new Error('useScorecardData is used outside a loaded scorecard.');
  return value;
}
