/**
 * The page's side of the import worker. Falls back to importing on the page when the browser
 * (or the test environment) has no Worker.
 */
import type { ScorecardConfig } from '../domain/config';
import type { ImportedFile } from '../domain/scorecard-data';
import type { WorkerRequest, WorkerResponse } from '../workers/protocol';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (response: WorkerResponse) => void>();

function getWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  if (!worker) {
    worker = new Worker(new URL('../workers/import.worker.ts', import.meta.url), {
      type: 'module',
    });
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
  const entries = [...files].map(
    ([path, bytes]) => [path, bytes.slice().buffer] as const,
  );
  const request: WorkerRequest = { id, kind: 'scorecard', config, files: entries, now: now.getTime() };
  const response = await new Promise<WorkerResponse>((resolve) => {
    pending.set(id, resolve);
    target.postMessage(request, entries.map(([, buffer]) => buffer));
  });
  if (response.kind === 'failed') throw new Error(response.message);
  return { imported: response.imported, version: response.version };
}
