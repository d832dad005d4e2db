/**
 * The workspace file, made in a worker of its own (workers/zip.worker.ts) so a large workspace
 * never freezes the page; where there are no workers (tests, old browsers) the same job runs on
 * the page (worker-port.ts).
 */
import type { WorkspaceContents } from '../domain/workspace';
import { copyingColumns, transferablesOfColumns } from '../workers/protocol';
import { runSliced } from './sliced';
import type { ZipResponse } from '../workers/zip-job';
import { startWorker } from './worker-port';
import { idleWatch, JOB_IDLE_LIMIT, LateError } from './deadline';

export async function zipWorkspace(
  contents: WorkspaceContents,
  idleLimit = 2 * JOB_IDLE_LIMIT,
): Promise<Uint8Array> {
  // The worker gets copies of the columns, handed over rather than cloned (cloning those of a
  // 100 MB import took one 219 ms task); the page keeps its own. Copied in slices, the click
  // that asked for the file is answered first.
  const transfer: ArrayBuffer[] = [];
  const copied = await runSliced(copyingImports(contents, transfer));
  return new Promise((resolve, reject) => {
    const worker = startWorker(
      () => new Worker(new URL('../workers/zip.worker.ts', import.meta.url), { type: 'module' }),
      async () => (await import('../workers/zip-job')).zipJob,
    );
    // One answer is all it sends: a worker silent this long has stopped, so say so.
    const watch = idleWatch(idleLimit, () => {
      worker.terminate();
      reject(
        new LateError(
          `the workspace file was not made within ${String(Math.round(idleLimit / 1000))} seconds, so making it was stopped. Export the workspace again to try again; if this happens again, reload the page`,
        ),
      );
    });
    worker.addEventListener('message', (event: MessageEvent<ZipResponse>) => {
      watch.stop();
      worker.terminate();
      if (event.data.ok) resolve(event.data.bytes);
      else reject(new Error(event.data.message));
    });
    worker.addEventListener('error', (event) => {
      watch.stop();
      worker.terminate();
      reject(new Error(event.message || 'The worker making the file stopped.'));
    });
    worker.postMessage(copied, transfer);
  });
}

/** The contents with copies of every import's columns, one array at a time; buffers into `transfer`. */
function* copyingImports(
  contents: WorkspaceContents,
  transfer: ArrayBuffer[],
): Generator<void, WorkspaceContents> {
  const imports = [];
  for (const applied of contents.imports) {
    const files = [];
    for (const file of applied.files) {
      const observations = yield* copyingColumns(file.observations);
      transfer.push(...transferablesOfColumns(observations));
      files.push({ ...file, observations });
    }
    imports.push({ ...applied, files });
  }
  return { ...contents, imports };
}
