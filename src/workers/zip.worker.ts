/**
 * Makes the workspace file (a zip of every import's columns) off the page: compressing a large
 * workspace takes seconds (1.2 s in one task for a 20 MB import), and the page must stay usable
 * meanwhile. Started for one export and ended after it. The job itself is zip-job.ts.
 */
import type { WorkspaceContents } from '../domain/workspace';
import { zipJob } from './zip-job';

const handle = zipJob((message, transfer = []) => {
  self.postMessage(message, { transfer });
});
self.addEventListener('message', (event: MessageEvent<WorkspaceContents>) => {
  handle(event.data);
});
