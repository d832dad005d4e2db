/**
 * The import worker: runs the import jobs (import-jobs.ts) off the page's main thread.
 */
import { importJobs } from './import-jobs';
import type { WorkerRequest } from './protocol';

const handle = importJobs((message, transfer = []) => {
  self.postMessage(message, { transfer });
});
self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  handle(event.data);
});
