/**
 * The Data page never waits for ever on a worker: a reader or a workspace maker that stops
 * answering is ended, and the job fails with a message naming what is late and how to try again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFilesInWorker, type ReadBatch } from './import-client';
import { LateError } from './deadline';
import { plainError } from './plain-error';
import { zipWorkspace } from './workspace-zip';

/** A worker that takes messages and never answers (as one that hangs or died silently). */
class SilentWorker {
  static made: SilentWorker[] = [];
  terminated = false;
  readonly posted: unknown[] = [];
  private readonly listeners = new Map<string, ((event: unknown) => void)[]>();
  constructor() {
    SilentWorker.made.push(this);
  }
  addEventListener(kind: string, listener: (event: unknown) => void) {
    this.listeners.set(kind, [...(this.listeners.get(kind) ?? []), listener]);
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  /** Sends the page a message, as the worker would. */
  answer(data: unknown) {
    for (const listener of this.listeners.get('message') ?? []) listener({ data });
  }
}

const batch = (idleLimit: number): ReadBatch => ({
  files: [{ name: 'big-export.csv', blob: new Blob(['a,b\n']) }],
  mappings: new Map(),
  remembered: new Map(),
  areas: [],
  indicators: [],
  neighbours: new Map(),
  blue: false,
  taken: [],
  now: new Date(2026, 10, 22),
  keep: true,
  idleLimit,
});

beforeEach(() => {
  SilentWorker.made = [];
  vi.stubGlobal('Worker', SilentWorker);
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('a Data page job that never answers', () => {
  it('reading: ends the reader and names the file that was being read', async () => {
    const job = readFilesInWorker(batch(30_000), () => undefined);
    const failed = expect(job.result).rejects.toThrow(LateError);
    await vi.advanceTimersByTimeAsync(30_001);
    await failed;
    const error = await job.result.catch((e: unknown) => e);
    expect(plainError('The files could not be read', error)).toBe(
      'The files could not be read: the part of the page that reads files did not answer for 30 seconds while reading big-export.csv, so it was stopped. Choose the files again to try again; if this happens again, reload the page.',
    );
    expect(SilentWorker.made.at(-1)?.terminated).toBe(true);
  });

  it('reading: progress keeps it alive, and the silence is counted from the last word', async () => {
    const job = readFilesInWorker(batch(30_000), () => undefined);
    const worker = SilentWorker.made.at(-1);
    let settled = false;
    job.result.then(
      () => (settled = true),
      () => (settled = true),
    );
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(20_000);
      worker?.answer({ kind: 'progress', done: i, total: 10, file: 'second.csv' });
    }
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(30_001);
    await expect(job.result).rejects.toThrow(/while reading second\.csv/);
  });

  it('saving: a save that never answers fails with a message, and nothing waits for ever', async () => {
    const job = readFilesInWorker(batch(30_000), () => undefined);
    const worker = SilentWorker.made.at(-1);
    worker?.answer({ kind: 'files', id: 1, files: [], preview: null });
    await job.result;
    const saving = job.save?.('db', { id: 'x' } as never, [0]);
    const failed = expect(saving).rejects.toThrow(
      /the part of the page that saves imports did not answer for 30 seconds, so it was stopped and nothing was saved/,
    );
    await vi.advanceTimersByTimeAsync(30_001);
    await failed;
    expect(worker?.terminated).toBe(true);
  });

  it('cancel stops the watch: no late message after a cancel', async () => {
    const job = readFilesInWorker(batch(30_000), () => undefined);
    job.cancel();
    await expect(job.result).rejects.toThrow('The import was cancelled.');
    await vi.advanceTimersByTimeAsync(60_000);
  });

  it('the workspace file: a maker that never answers fails with what to do', async () => {
    const making = zipWorkspace(
      { exportedAt: '', hostedVersion: '', imports: [], decisions: [] } as never,
      10_000,
    );
    const failed = expect(making).rejects.toThrow(
      'the workspace file was not made within 10 seconds, so making it was stopped. Export the workspace again to try again; if this happens again, reload the page',
    );
    await vi.advanceTimersByTimeAsync(10_001);
    await failed;
  });
});
