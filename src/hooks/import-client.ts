/**
 * The page's side of the import worker. The hosted scorecard is read by one long-lived worker;
 * each batch of an analyst's files on the Data page gets a worker of its own, so Cancel can end
 * it at once (a worker busy reading cannot look at its messages). Where there is no Worker (the
 * component tests) the same jobs run on the page behind a stand-in (worker-port.ts). A reader is
 * started ahead of time (warmReader) so a chosen file is read at once.
 */
import type { AppliedImport } from '../domain/import';
import type { CompactPreview } from '../domain/workspace';
import type { ScorecardConfig } from '../domain/model';
import { snapshotBuffers, type FigureSnapshot } from '../domain/workspace';
import type { ColumnMapping } from '../domain/import';
import type { FileOutcome } from '../domain/import';
import type { ImportedFile } from '../domain/import';
import type { Area, IndicatorDefinition, NeighbourLists } from '../domain/model';
import type { FilesRequest, WarmMessage, WorkerRequest, WorkerResponse } from '../workers/protocol';
import { hasWorkers, startWorker } from './worker-port';
import { echo } from '../domain/model';
import { idleWatch, JOB_IDLE_LIMIT, LateError } from './deadline';

let worker: Worker | null = null;
const WORKER_FAILED =
  'The part of the scorecard that reads data files could not be started. The site may have been updated while this page was open: reload the page.';
let nextId = 1;
const pending = new Map<number, (response: WorkerResponse) => void>();

const newWorker = (): Worker =>
  startWorker(
    () => new Worker(new URL('../workers/import.worker.ts', import.meta.url), { type: 'module' }),
    async () => (await import('../workers/import-jobs')).importJobs,
  );

function getWorker(): Worker {
  if (!worker) {
    worker = newWorker();
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const resolve = pending.get(event.data.id);
      pending.delete(event.data.id);
      resolve?.(event.data);
    });
    // A worker script that cannot be loaded (after a redeploy, say) fails every waiting request
    // instead of leaving it waiting for ever; the next request starts a new worker.
    worker.addEventListener('error', () => {
      worker = null;
      for (const [id, resolve] of pending) {
        pending.delete(id);
        resolve({ id, kind: 'failed', message: WORKER_FAILED });
      }
    });
  }
  return worker;
}

/**
 * Starts the import worker now (main.tsx, before the first render), so its script loads and
 * compiles while the data files are fetched rather than after they arrive.
 */
export function startImportWorker(): void {
  if (hasWorkers()) getWorker();
}

/** Imports the configured files in the worker; the file bytes are handed over, not copied. */
export async function importInWorker(
  config: ScorecardConfig,
  files: ReadonlyMap<string, Uint8Array>,
  now: Date,
): Promise<{ imported: readonly ImportedFile[]; version: string }> {
  const target = getWorker();
  const id = nextId++;
  const entries = [...files].map(([path, bytes]) => [path, bytes.slice().buffer] as const);
  const request: WorkerRequest = {
    id,
    kind: 'scorecard',
    config,
    files: entries,
    now: now.getTime(),
  };
  const response = await new Promise<WorkerResponse>((resolve) => {
    pending.set(id, resolve);
    target.postMessage(
      request,
      entries.map(([, buffer]) => buffer),
    );
  });
  if (response.kind === 'failed') throw new Error(response.message);
  if (response.kind !== 'scorecard') throw new Error('The import worker answered out of turn.');
  return { imported: response.imported, version: response.version };
}

export interface ReadBatch {
  /** The files as chosen (the worker reads their bytes). */
  readonly files: readonly { readonly name: string; readonly blob: Blob }[];
  readonly mappings: ReadonlyMap<string, ColumnMapping>;
  readonly remembered: ReadonlyMap<string, ColumnMapping>;
  readonly areas: Iterable<Area>;
  readonly indicators: Iterable<IndicatorDefinition>;
  readonly neighbours: NeighbourLists;
  /** Whether definitions keep their blue band (the configuration's rag.blue). */
  readonly blue: boolean;
  readonly taken: Iterable<string>;
  readonly now: Date;
  /** Keep the files in the worker after reading, to save them from there on Apply. */
  readonly keep: boolean;
  /** How long the reader may be silent before it is stopped (JOB_IDLE_LIMIT by default). */
  readonly idleLimit?: number;
}

export interface ReadProgress {
  readonly done: number;
  readonly total: number;
  readonly file: string;
}

export interface ReadResult {
  readonly outcomes: readonly FileOutcome[];
  /**
   * The comparison with the loaded figures, worked out in the worker (see compareWith); null
   * when some file needs a column mapping first or could not be read.
   */
  readonly preview: CompactPreview | null;
}

/** A batch being read: its result, and a way to stop it. */
export interface ReadJob {
  readonly result: Promise<ReadResult>;
  /** Hands the worker the figures loaded now, to compare the files with while it reads. */
  compareWith(snapshot: FigureSnapshot): void;
  /**
   * Saves files this job read (by their place in `outcomes`) as an applied import in the
   * workspace database, from the worker, which then ends. Null where the files were not kept.
   */
  readonly save:
    | ((
        database: string,
        applied: Omit<AppliedImport, 'files'>,
        files: readonly number[],
      ) => Promise<void>)
    | null;
  /** Ends the worker at once; a `result` still to come then rejects with a CancelledError. */
  cancel(): void;
}

export class CancelledError extends Error {
  constructor() {
    super('The import was cancelled.');
    this.name = 'CancelledError';
  }
}

/**
 * A reader started ahead of time (its script loaded and compiled), so choosing a file does not
 * wait for a worker to start. See warmReader.
 */
let spare: Worker | null = null;

/** What a reader warms up with: the working data's register and definitions. */
export interface WarmContext {
  readonly areas: ReadonlyMap<string, Area>;
  readonly indicators: ReadonlyMap<string, IndicatorDefinition>;
  readonly now: Date;
}

/**
 * Starts a reader for the next batch, if none is waiting, and has it read a small made-up file
 * against `context` while it waits, so its code is compiled before a real file arrives.
 */
export function warmReader(context: WarmContext): void {
  // Without workers the reader would warm up on the page itself: nothing to gain.
  if (!hasWorkers() || spare) return;
  spare = newWorker();
  const message: WarmMessage = {
    kind: 'warm',
    areas: [...context.areas.values()],
    indicators: [...context.indicators.values()],
    now: context.now.getTime(),
  };
  spare.postMessage(message);
}

/** Ends the reader kept waiting (the Data page has closed). */
export function dropSpareReader(): void {
  spare?.terminate();
  spare = null;
}

/** Reads an analyst's files in a worker of their own, reporting progress as it goes. */
export function readFilesInWorker(
  batch: ReadBatch,
  onProgress: (progress: ReadProgress) => void,
): ReadJob {
  const request: FilesRequest = {
    id: nextId++,
    kind: 'files',
    files: batch.files.map((file) => [file.name, file.blob] as const),
    mappings: [...batch.mappings],
    remembered: [...batch.remembered],
    areas: [...batch.areas],
    indicators: [...batch.indicators],
    neighbours: batch.neighbours,
    blue: batch.blue,
    taken: [...batch.taken],
    now: batch.now.getTime(),
    compare: true,
    keep: batch.keep,
  };
  const reader = spare ?? newWorker();
  spare = null;
  let ended = false;
  const end = () => {
    ended = true;
    reader.terminate();
  };
  let reject: (error: Error) => void = () => undefined;
  let saving: { resolve: () => void; reject: (error: Error) => void } | null = null;
  // A reader that stops answering (it crashed without an error, or hangs) is ended with a
  // message naming what was late, so the page never waits for ever.
  const limit = batch.idleLimit ?? JOB_IDLE_LIMIT;
  let reading = batch.files[0]?.name ?? '';
  let watch: { touch(): void; stop(): void } | null = null;
  const lateAfter = `${String(Math.round(limit / 1000))} seconds`;
  const result = new Promise<ReadResult>((resolve, fail) => {
    reject = fail;
    watch = idleWatch(limit, () => {
      end();
      fail(
        new LateError(
          `the part of the page that reads files did not answer for ${lateAfter} while reading ${echo(reading, 80)}, so it was stopped. Choose the files again to try again; if this happens again, reload the page`,
        ),
      );
    });
    reader.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const response = event.data;
      watch?.touch();
      if (response.kind === 'progress') {
        reading = response.file;
        onProgress(response);
      } else if (response.kind === 'files') {
        watch?.stop();
        if (!batch.keep) end();
        resolve({ outcomes: response.files, preview: response.preview });
      } else if (response.kind === 'saved') {
        watch?.stop();
        end();
        saving?.resolve();
      } else {
        watch?.stop();
        end();
        const error = new Error(
          response.kind === 'failed' ? response.message : 'Unexpected answer.',
        );
        if (saving) saving.reject(error);
        else fail(error);
      }
    });
    reader.addEventListener('error', (event) => {
      watch?.stop();
      end();
      const error = new Error(event.message || 'The file reader stopped unexpectedly.');
      if (saving) saving.reject(error);
      else fail(error);
    });
  });
  reader.postMessage(request);
  return {
    result,
    compareWith: (snapshot) => {
      if (!ended) reader.postMessage({ kind: 'snapshot', snapshot }, snapshotBuffers(snapshot));
    },
    save: batch.keep
      ? (database, applied, files) =>
          new Promise<void>((resolve, fail) => {
            if (ended) {
              fail(new Error('The file reader has already ended.'));
              return;
            }
            saving = { resolve, reject: fail };
            watch = idleWatch(limit, () => {
              end();
              fail(
                new LateError(
                  `the part of the page that saves imports did not answer for ${lateAfter}, so it was stopped and nothing was saved. Choose the files again and apply them to try again; if this happens again, reload the page`,
                ),
              );
            });
            reader.postMessage({ id: nextId++, kind: 'save', database, applied, files });
          })
      : null,
    cancel: () => {
      watch?.stop();
      end();
      reject(new CancelledError());
      saving?.reject(new CancelledError());
    },
  };
}
