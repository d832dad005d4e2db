/**
 * Making the workspace file, a plain function: zip.worker.ts runs it off the page, and where
 * there is no Worker the page runs the same code (see hooks/worker-port.ts).
 */
import { workspaceToZip, type WorkspaceContents } from '../domain/workspace';
import type { Reply } from './protocol';

export type ZipResponse =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly message: string };

/** The zip job for one worker: each message is a workspace's contents, answered with its file. */
export function zipJob(reply: Reply): (contents: WorkspaceContents) => void {
  return (contents) => {
    try {
      const bytes = workspaceToZip(contents);
      reply({ ok: true, bytes } satisfies ZipResponse, [bytes.buffer as ArrayBuffer]);
    } catch (error) {
      reply({
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      } satisfies ZipResponse);
    }
  };
}
