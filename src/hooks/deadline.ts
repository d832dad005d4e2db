/**
 * Waiting with a limit: loading never shows "Loading…" for ever. A promise that has not settled
 * by its deadline is rejected with a LateError naming what is late, in plain English.
 */

/** Something the page waited for that did not arrive in time. */
export class LateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LateError';
  }
}

/** `promise`, or a LateError with `late` as its message when it takes longer than `ms`. */
export function withDeadline<T>(promise: Promise<T>, ms: number, late: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new LateError(late));
    }, ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** How long loading waits, in milliseconds: for each data file, and for reading them all. */
export const LOAD_DEADLINES = { file: 20_000, reading: 60_000 } as const;

/**
 * How long a Data page job (a worker reading files, saving an import, making the workspace
 * file) may go without a word before the page stops it and says so: a worker sends progress as
 * it reads, so this long a silence means it has stopped, not that the file is large.
 */
export const JOB_IDLE_LIMIT = 60_000;

/** A timer that calls `late` once `ms` pass without a `touch`; `stop` ends it. */
export function idleWatch(ms: number, late: () => void): { touch(): void; stop(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const stop = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const touch = () => {
    stop();
    timer = setTimeout(() => {
      timer = null;
      late();
    }, ms);
  };
  touch();
  return { touch, stop };
}
