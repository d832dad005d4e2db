import { createContext, useContext, useEffect, useState } from 'react';
import type { AssembledScorecard } from '../domain/scorecard-data';
import { importInWorker } from './import-client';
import { fetchBytes, loadScorecard, type LoadDependencies, type LoadResult } from './load-scorecard';

export const MARK_DATA_READY = 'scorecard:data-ready';
export const MARK_OVERVIEW_PAINTED = 'scorecard:overview-painted';

export type DataState = { readonly kind: 'loading' } | LoadResult;

export const defaultLoadDependencies = (): LoadDependencies => ({
  fetchBytes,
  importFiles: importInWorker,
  now: new Date(),
});

/** Loads the hosted data once; `deps` lets tests supply files without a network or worker. */
export function useLoadScorecard(deps: () => LoadDependencies = defaultLoadDependencies): DataState {
  const [state, setState] = useState<DataState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    loadScorecard(deps())
      .then((result) => {
        // User Timing marks let benchmarks and browser tools see when the data was ready.
        if (result.kind === 'ready') performance.mark(MARK_DATA_READY);
        if (live) setState(result);
      })
      .catch((error: unknown) => {
        if (live)
          setState({
            kind: 'failed',
            problems: [
              `The scorecard data could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
            ],
          });
      });
    return () => {
      live = false;
    };
  }, [deps]);
  return state;
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
