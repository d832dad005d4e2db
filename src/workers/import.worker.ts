/**
 * Reads data files off the page's main thread: decoding, parsing and validating run here, and
 * the results go back as compact typed arrays (transferred, not copied), so the page never
 * freezes while a file is read. Two jobs: the hosted scorecard's files, and an analyst's files
 * on the Data page (with progress reports at most every 100 ms; the page cancels by ending the
 * worker).
 */
import { readFiles } from '../domain/read-files';
import { importScorecardFiles } from '../domain/scorecard-import';
import {
  transferablesOf,
  transferablesOfFiles,
  type FilesRequest,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol';

function reply(message: WorkerResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

const PROGRESS_EVERY_MS = 100;

function readBatch(request: FilesRequest): void {
  let last = 0;
  const files = readFiles({
    files: request.files.map(([name, buffer]) => ({ name, bytes: new Uint8Array(buffer) })),
    mappings: new Map(request.mappings),
    remembered: new Map(request.remembered),
    areas: new Map(request.areas.map((area) => [area.code, area])),
    indicators: new Map(request.indicators.map((definition) => [definition.id, definition])),
    taken: new Set(request.taken),
    now: new Date(request.now),
    onProgress: (done, total, file) => {
      const time = performance.now();
      if (time - last < PROGRESS_EVERY_MS && done < total) return;
      last = time;
      reply({ id: request.id, kind: 'progress', done, total, file });
    },
  });
  reply({ id: request.id, kind: 'files', files }, transferablesOfFiles(files));
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.kind === 'files') {
      readBatch(request);
      return;
    }
    const files = new Map(request.files.map(([path, buffer]) => [path, new Uint8Array(buffer)]));
    const { imported, version } = importScorecardFiles(
      request.config,
      files,
      new Date(request.now),
    );
    reply({ id: request.id, kind: 'scorecard', imported, version }, transferablesOf(imported));
  } catch (error) {
    reply({
      id: request.id,
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
