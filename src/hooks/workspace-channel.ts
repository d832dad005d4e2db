/**
 * Telling the other tabs and windows of this browser that the workspace changed (an import
 * applied or undone, a reset, a workspace brought in), so each reads what is stored now instead
 * of working from what it remembers. A BroadcastChannel per workspace database; nothing leaves
 * the browser. Where there is no BroadcastChannel or no database (a store in memory), nothing is
 * sent or heard.
 */

export interface WorkspaceChannel {
  /** Tells every other tab that the stored workspace has changed. */
  announce(): void;
  close(): void;
}

const SILENT: WorkspaceChannel = { announce: () => undefined, close: () => undefined };

/** Listens for changes other tabs make to the workspace in `database`; `onChange` hears them. */
export function openWorkspaceChannel(
  database: string | null,
  onChange: () => void,
): WorkspaceChannel {
  if (database === null || typeof BroadcastChannel === 'undefined') return SILENT;
  const channel = new BroadcastChannel(`${database}:changed`);
  channel.onmessage = () => {
    onChange();
  };
  return {
    announce: () => {
      channel.postMessage('changed');
    },
    close: () => {
      channel.close();
    },
  };
}
