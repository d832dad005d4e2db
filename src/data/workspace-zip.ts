/**
 * The workspace file, made in a worker of its own (workers/zip.worker.ts) so a large workspace
 * never freezes the page; made on the page where there are no workers (tests, old browsers).
 */
import { workspaceToZip, type WorkspaceContents } from '../domain/workspace-file';
import { copyColumns, transferablesOfColumns } from '../workers/protocol';
import type { ZipResponse } from '../workers/zip.worker';

export function zipWorkspace(contents: WorkspaceContents): Promise<Uint8Array> {
  if (typeof Worker === 'undefined') return Promise.resolve(workspaceToZip(contents));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../workers/zip.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.addEventListener('message', (event: MessageEvent<ZipResponse>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.bytes);
      else reject(new Error(event.data.message));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The worker making the file stopped.'));
    });
    // The worker gets copies of the columns, handed over rather than cloned (cloning those of a
    // 100 MB import took one 219 ms task); the page keeps its own.
    const transfer: ArrayBuffer[] = [];
    const imports = contents.imports.map((applied) => ({
      ...applied,
      files: applied.files.map((file) => {
        const observations = copyColumns(file.observations);
        transfer.push(...transferablesOfColumns(observations));
        return { ...file, observations };
      }),
    }));
    worker.postMessage({ ...contents, imports }, transfer);
  });
}
