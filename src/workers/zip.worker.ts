/**
 * Makes the workspace file (a zip of every import's columns) off the page: compressing a large
 * workspace takes seconds (1.2 s in one task for a 20 MB import), and the page must stay usable
 * meanwhile. Started for one export and ended after it.
 */
import { workspaceToZip, type WorkspaceContents } from '../domain/workspace';

export type ZipResponse =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly message: string };

self.addEventListener('message', (event: MessageEvent<WorkspaceContents>) => {
  try {
    const bytes = workspaceToZip(event.data);
    self.postMessage({ ok: true, bytes } satisfies ZipResponse, { transfer: [bytes.buffer] });
  } catch (error) {
    self.postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    } satisfies ZipResponse);
  }
});
