/**
 * Starting a worker job. In a browser each job runs in a real Worker; where there is no Worker
 * (jsdom in the component tests, a very old browser) the same job code runs on the page behind a
 * stand-in with the Worker's shape, so there is one implementation of every job and the tests
 * run it through the same messages as the browser.
 *
 * The stand-in delivers each message a microtask later, as it is (not cloned, nothing detached):
 * neither side uses what it has sent.
 */

import type { JobHandler, Reply } from '../workers/protocol';

/** Whether this environment runs workers (a warm-up is only worth it off the page). */
export const hasWorkers = (): boolean => typeof Worker !== 'undefined';

/**
 * A real worker from `start`, or, without workers, the job's own code from `load` behind a
 * stand-in. `load` is a dynamic import, so the job's code stays out of the page's first chunk.
 */
export function startWorker(
  start: () => Worker,
  load: () => Promise<(reply: Reply) => JobHandler>,
): Worker {
  return hasWorkers() ? start() : inThreadWorker(load);
}

type Listener = (event: { data?: unknown; message?: string }) => void;

function inThreadWorker(load: () => Promise<(reply: Reply) => JobHandler>): Worker {
  const listeners = { message: new Set<Listener>(), error: new Set<Listener>() };
  let ended = false;
  const emit = (type: 'message' | 'error', event: { data?: unknown; message?: string }) => {
    void Promise.resolve().then(() => {
      if (ended) return;
      for (const listener of listeners[type]) listener(event);
    });
  };
  const handler = load().then((make) =>
    make((data) => {
      emit('message', { data });
    }),
  );
  const stand = {
    postMessage(message: unknown) {
      handler
        .then((handle) => {
          if (!ended) (handle as (message: unknown) => void)(message);
        })
        .catch((error: unknown) => {
          emit('error', { message: error instanceof Error ? error.message : String(error) });
        });
    },
    addEventListener(type: 'message' | 'error', listener: Listener) {
      listeners[type].add(listener);
    },
    removeEventListener(type: 'message' | 'error', listener: Listener) {
      listeners[type].delete(listener);
    },
    terminate() {
      ended = true;
    },
  };
  return stand as unknown as Worker;
}
