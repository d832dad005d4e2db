import { useState, useSyncExternalStore } from 'react';

/**
 * A line said to screen readers (a polite live region, StatusLine) that changes without
 * re-rendering the page around it. The Data page says what an action did ("Workspace
 * exported...") while a large file may be read: re-rendering the whole page for one sentence
 * then made a long task.
 */
export interface StatusMessage {
  readonly say: (text: string) => void;
  readonly subscribe: (listener: () => void) => () => void;
  readonly text: () => string;
}

export function createStatusMessage(): StatusMessage {
  let text = '';
  const listeners = new Set<() => void>();
  return {
    say(next) {
      if (next === text) return;
      text = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    text: () => text,
  };
}

/** A status message that lives as long as the component that makes it. */
export function useStatusMessage(): StatusMessage {
  const [message] = useState(createStatusMessage);
  return message;
}

/** The message's text now; the component using it re-renders when it changes. */
export function useStatusText(message: StatusMessage): string {
  return useSyncExternalStore(message.subscribe, message.text, message.text);
}
