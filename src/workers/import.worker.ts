/**
 * Reads data files off the page's main thread: decoding, parsing and validating run here, and
 * the results go back as compact typed arrays (transferred, not copied), so the page never
 * freezes while a file is read.
 */
import { importScorecardFiles } from '../domain/scorecard-import';
import { transferablesOf, type WorkerRequest, type WorkerResponse } from './protocol';

function reply(message: WorkerResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
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
