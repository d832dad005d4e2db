/**
 * Loading the hosted scorecard: read config.json and every file it names from the data folder
 * next to the page, import them, and combine them into one dataset. Every problem is collected
 * and said in plain English; figures that did load are still shown.
 */
import { parseConfig } from '../domain/config';
import { combineScorecard, type AssembledScorecard } from '../domain/scorecard-data';
import type { ScorecardConfig } from '../domain/config';
import type { ImportedFile } from '../domain/scorecard-data';
import type { WorkspaceStore } from './workspace-store';

export const DATA_FOLDER = 'data/';

export interface LoadDependencies {
  /** The bytes at a path relative to the page, or null when it cannot be read. */
  readonly fetchBytes: (path: string) => Promise<Uint8Array | null>;
  readonly importFiles: (
    config: ScorecardConfig,
    files: ReadonlyMap<string, Uint8Array>,
    now: Date,
  ) => Promise<{ imported: readonly ImportedFile[]; version: string }>;
  readonly now: Date;
  /**
   * Called once the files are handed to `importFiles`, while it reads them (in a worker, so the
   * page is free), with the reading (`importing`) so it can stop when that ends: the app warms
   * its first screen up here (app/warm-up.tsx).
   */
  readonly whileImporting?: (config: ScorecardConfig, now: Date, importing: Promise<unknown>) => void;
  /** Where the analyst's imports are kept (IndexedDB by default; memory in tests). */
  readonly store?: WorkspaceStore;
}

export type LoadResult =
  | { readonly kind: 'ready'; readonly data: AssembledScorecard }
  | { readonly kind: 'failed'; readonly problems: readonly string[] };

export async function loadScorecard(deps: LoadDependencies): Promise<LoadResult> {
  const configBytes = await deps.fetchBytes(`${DATA_FOLDER}config.json`);
  if (!configBytes) {
    return {
      kind: 'failed',
      problems: [`The settings file ${DATA_FOLDER}config.json could not be read from the web host.`],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(configBytes));
  } catch (error) {
    return {
      kind: 'failed',
      problems: [
        `${DATA_FOLDER}config.json is not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
      ],
    };
  }
  const { config, problems } = parseConfig(json);
  if (!config) return { kind: 'failed', problems: problems.map((p) => `config.json: ${p}`) };

  const files = new Map<string, Uint8Array>();
  await Promise.all(
    config.files.map(async (file) => {
      const bytes = await deps.fetchBytes(`${DATA_FOLDER}${file.path}`);
      if (bytes) files.set(file.path, bytes);
    }),
  );
  const importing = deps.importFiles(config, files, deps.now);
  deps.whileImporting?.(config, deps.now, importing);
  const { imported, version } = await importing;
  const data = combineScorecard(config, imported, version);
  const codes = new Set(
    [...data.dataset.areas.values()].filter((a) => a.level === 'la').map((a) => a.code),
  );
  if (!codes.has(config.authority)) {
    return {
      kind: 'failed',
      problems: [`config.json: authority "${config.authority}" is not a council in areas.csv.`],
    };
  }
  return { kind: 'ready', data };
}

/** fetch, returning null (not throwing) for a missing file or a network failure. */
export async function fetchBytes(path: string): Promise<Uint8Array | null> {
  try {
    const response = await fetch(path);
    if (!response.ok) return null;
    return new Uint8Array(await response.arrayBuffer());
  } catch {
    return null;
  }
}
