/**
 * Runs a domain generator (previewChanges, mergeImports) in short slices on the page's main
 * thread, giving the browser back control between them, so a large import never makes a task
 * longer than about a frame: clicks, scrolling and screen readers keep working.
 */

/** Milliseconds of work per slice. */
export const SLICE_MS = 12;

/** Back to the event loop without setTimeout's 4 ms clamp. */
function yieldToBrowser(): Promise<void> {
  if (typeof MessageChannel === 'undefined')
    return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs `steps` to the end in slices of about SLICE_MS. The first slice waits for a task of its
 * own: the task that starts a job (a worker's message arriving, a click) has work of its own,
 * and the two together could make one long task.
 */
export async function runSliced<T>(
  steps: Generator<unknown, T>,
  isCancelled: () => boolean = () => false,
): Promise<T> {
  for (;;) {
    await yieldToBrowser();
    if (isCancelled()) throw new Error('cancelled');
    const started = performance.now();
    do {
      const next = steps.next();
      if (next.done === true) return next.value;
    } while (performance.now() - started < SLICE_MS);
  }
}
