/**
 * The page's side of the import worker. The hosted scorecard is read by one long-lived worker;
 * each batch of an analyst's files on the Data page gets a worker of its own, so Cancel can end
 * it at once (a worker busy reading cannot look at its messages). Falls back to importing on the
 * page when the browser (or the test environment) has no Worker.
 */
import type { ScorecardConfig } from '../domain/config';
import type { ColumnMapping } from '../domain/import/context';
import type { FileOutcome } from '../domain/read-files';
import type { ImportedFile } from '../domain/scorecard-data';
import type { Area, IndicatorDefinition } from '../domain/types';
import type { FilesRequest, WorkerRequest, WorkerResponse } from '../workers/protocol';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (response: WorkerResponse) => void>();

const newWorker = (): Worker =>
  new Worker(new URL('../workers/import.worker.ts', import.meta.url), { type: 'module' });

function getWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  if (!worker) {
    worker = newWorker();
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const resolve = pending.get(event.data.id);
      pending.delete(event.data.id);
      resolve?.(event.data);
    });
  }
  return worker;
}

/** Imports the configured files in the worker; the file bytes are handed over, not copied. */
export async function importInWorker(
  config: ScorecardConfig,
  files: ReadonlyMap<string, Uint8Array>,
  now: Date,
): Promise<{ imported: readonly ImportedFile[]; version: string }> {
  const target = getWorker();
  if (!target) {
    // No workers here (an old browser or a test environment): import on the page instead.
    const { importScorecardFiles } = await import('../domain/scorecard-import');
    return importScorecardFiles(config, files, now);
  }
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
  readonly files: readonly { readonly name: string; readonly bytes: ArrayBuffer }[];
  readonly mappings: ReadonlyMap<string, ColumnMapping>;
  readonly remembered: ReadonlyMap<string, ColumnMapping>;
  readonly areas: Iterable<Area>;
  readonly indicators: Iterable<IndicatorDefinition>;
  readonly taken: Iterable<string>;
  readonly now: Date;
}

export interface ReadProgress {
  readonly done: number;
  readonly total: number;
  readonly file: string;
}

/** A batch being read: its result, and a way to stop it. */
export interface ReadJob {
  readonly result: Promise<readonly FileOutcome[]>;
  /** Ends the reading at once; `result` then rejects with a CancelledError. */
  cancel(): void;
}

export class CancelledError extends Error {
  constructor() {
    super('The import was cancelled.');
    this.name = 'CancelledError';
  }
}

/** Reads an analyst's files in a worker of their own, reporting progress as it goes. */
export function readFilesInWorker(
  batch: ReadBatch,
  onProgress: (progress: ReadProgress) => void,
): ReadJob {
  const request: FilesRequest = {
    id: nextId++,
    kind: 'files',
    files: batch.files.map((file) => [file.name, file.bytes] as const),
    mappings: [...batch.mappings],
    remembered: [...batch.remembered],
    areas: [...batch.areas],
    indicators: [...batch.indicators],
    taken: [...batch.taken],
    now: batch.now.getTime(),
  };
  if (typeof Worker === 'undefined') {
    // Test environments without workers read on the page.
    let cancelled = false;
    const result = import('../domain/read-files').then(({ readFiles }) => {
      if (cancelled) throw new CancelledError();
      return readFiles({
        files: batch.files.map((file) => ({ name: file.name, bytes: new Uint8Array(file.bytes) })),
        mappings: batch.mappings,
        remembered: batch.remembered,
        areas: new Map(request.areas.map((area) => [area.code, area])),
        indicators: new Map(request.indicators.map((d) => [d.id, d])),
        taken: new Set(request.taken),
        now: batch.now,
        onProgress: (done, total, file) => {
          onProgress({ done, total, file });
        },
      });
    });
    return {
      result,
      cancel: () => {
        cancelled = true;
      },
    };
  }
  const reader = newWorker();
  let reject: (error: Error) => void = () => undefined;
  const result = new Promise<readonly FileOutcome[]>((resolve, fail) => {
    reject = fail;
    reader.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const response = event.data;
      if (response.kind === 'progress') onProgress(response);
      else {
        reader.terminate();
        if (response.kind === 'files') resolve(response.files);
        else fail(new Error(response.kind === 'failed' ? response.message : 'Unexpected answer.'));
      }
    });
    reader.addEventListener('error', (event) => {
      reader.terminate();
      fail(new Error(event.message || 'The file reader stopped unexpectedly.'));
    });
  });
  reader.postMessage(
    request,
    batch.files.map((file) => file.bytes),
  );
  return {
    result,
    cancel: () => {
      reader.terminate();
      reject(new CancelledError());
    },
  };
}
