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
