/**
 * Loading the hosted scorecard: read config.json and every file it names from the data folder
 * next to the page, import them, and combine them into one dataset. Every problem is collected
 * and said in plain English; figures that did load are still shown.
 */
import { parseConfig } from '../domain/model';
import { combineScorecard, type AssembledScorecard } from '../domain/import';
import type { ScorecardConfig } from '../domain/model';
import type { ImportedFile } from '../domain/import';
import type { FetchedFile } from '../domain/import';
import { LOAD_DEADLINES, withDeadline } from './deadline';
import type { WorkspaceStore } from '../storage/workspace-store';

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
  readonly whileImporting?: (
    config: ScorecardConfig,
    now: Date,
    importing: Promise<unknown>,
  ) => void;
  /** Where the analyst's imports are kept (IndexedDB by default; memory in tests). */
  readonly store?: WorkspaceStore;
  /** How long to wait for each file and for reading them (LOAD_DEADLINES by default). */
  readonly deadlines?: { readonly file: number; readonly reading: number };
}

export type LoadResult =
  | { readonly kind: 'ready'; readonly data: AssembledScorecard }
  | { readonly kind: 'failed'; readonly problems: readonly string[] };

const seconds = (ms: number) => `${String(Math.round(ms / 1000))} seconds`;

const endsWithLineBreak = (bytes: Uint8Array): boolean => {
  const last = bytes[bytes.length - 1];
  const before = bytes[bytes.length - 2];
  // UTF-16 files end with 0A 00 (little endian) or 00 0A (big endian).
  return last === 0x0a || last === 0x0d || (last === 0 && (before === 0x0a || before === 0x0d));
};

export async function loadScorecard(deps: LoadDependencies): Promise<LoadResult> {
  const deadlines = deps.deadlines ?? LOAD_DEADLINES;
  // A file the host has not sent by its deadline is treated as missing (and named as late).
  const late = new Set<string>();
  const fetchOnTime = (path: string): Promise<Uint8Array | null> =>
    withDeadline(deps.fetchBytes(path), deadlines.file, path).catch(() => {
      late.add(path);
      return null;
    });
  const configBytes = await fetchOnTime(`${DATA_FOLDER}config.json`);
  if (!configBytes) {
    return {
      kind: 'failed',
      problems: [
        late.has(`${DATA_FOLDER}config.json`)
          ? `The settings file ${DATA_FOLDER}config.json did not arrive from the web host within ${seconds(deadlines.file)}. Check the connection and reload the page.`
          : `The settings file ${DATA_FOLDER}config.json could not be read from the web host.`,
      ],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(configBytes));
  } catch {
    return {
      kind: 'failed',
      problems: [
        `${DATA_FOLDER}config.json is not valid JSON: check it for a missing comma, bracket or quote mark.`,
      ],
    };
  }
  const { config, problems } = parseConfig(json);
  if (!config) return { kind: 'failed', problems: problems.map((p) => `config.json: ${p}`) };

  const files = new Map<string, Uint8Array>();
  const fetched = new Map<string, FetchedFile>();
  await Promise.all(
    config.files.map(async (file) => {
      const bytes = await fetchOnTime(`${DATA_FOLDER}${file.path}`);
      if (!bytes) {
        if (late.has(`${DATA_FOLDER}${file.path}`))
          fetched.set(file.path, { endsWithLineBreak: false, late: true });
        return;
      }
      files.set(file.path, bytes);
      fetched.set(file.path, { endsWithLineBreak: endsWithLineBreak(bytes) });
    }),
  );
  const importing = withDeadline(
    deps.importFiles(config, files, deps.now),
    deadlines.reading,
    `The data files arrived but were not read within ${seconds(deadlines.reading)}: the part of the scorecard that reads them did not answer. The site may have been updated while this page was open: reload the page.`,
  );
  deps.whileImporting?.(config, deps.now, importing);
  const { imported, version } = await importing;
  const data = combineScorecard(config, imported, version, fetched);
  const codes = new Set(
    [...data.dataset.areas.values()].filter((a) => a.level === 'la').map((a) => a.code),
  );
  if (!codes.has(config.authority)) {
    const register = config.files.find((file) => file.role === 'areas');
    const broken = data.faults.find((fault) => fault.role === 'areas');
    return {
      kind: 'failed',
      problems: broken
        ? [broken.message]
        : [
            `config.json: authority "${config.authority}" is not a council in ${register?.path ?? 'the area register'}. Check the code (a GSS code such as E09000015 for Harrow).`,
          ],
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
