import { describe, expect, it } from 'vitest';
import { zipJob, type ZipResponse } from '../workers/zip-job';
import { workspaceFromZip, type WorkspaceContents } from '../domain/workspace';
import type { Reply } from '../workers/protocol';
import { hasWorkers, startWorker } from './worker-port';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A job that echoes each message twice and fails on "throw". */
const echo = (reply: Reply) => (message: string) => {
  if (message === 'throw') throw new Error('the job failed');
  reply(`${message}!`);
  reply(`${message}!!`);
};

function answers(worker: Worker) {
  const messages: unknown[] = [];
  const errors: string[] = [];
  worker.addEventListener('message', (event: MessageEvent) => messages.push(event.data));
  worker.addEventListener('error', (event: ErrorEvent) => errors.push(event.message));
  return { messages, errors };
}

describe('startWorker where there is no Worker (node, jsdom)', () => {
  it('finds no workers here, and never starts one', () => {
    expect(hasWorkers()).toBe(false);
    const worker = startWorker(
      () => {
        throw new Error('a real worker was started');
      },
      () => Promise.resolve(echo),
    );
    expect(worker).toBeDefined();
  });

  it('runs the job code, answering in order after the message is posted', async () => {
    const worker = startWorker(
      () => new Worker(''),
      () => Promise.resolve(echo),
    );
    const { messages, errors } = answers(worker);
    worker.postMessage('a');
    worker.postMessage('b');
    expect(messages).toEqual([]);
    await settle();
    expect(messages).toEqual(['a!', 'a!!', 'b!', 'b!!']);
    expect(errors).toEqual([]);
  });

  it('turns a job that throws into an error event, as a worker would', async () => {
    const worker = startWorker(
      () => new Worker(''),
      () => Promise.resolve(echo),
    );
    const { messages, errors } = answers(worker);
    worker.postMessage('throw');
    await settle();
    expect(messages).toEqual([]);
    expect(errors).toEqual(['the job failed']);
  });

  it('says nothing more once terminated', async () => {
    const worker = startWorker(
      () => new Worker(''),
      () => Promise.resolve(echo),
    );
    const { messages } = answers(worker);
    worker.postMessage('a');
    worker.terminate();
    await settle();
    expect(messages).toEqual([]);
  });

  it('runs the real zip job: the workspace file it makes reads back', async () => {
    const worker = startWorker(
      () => new Worker(''),
      () => Promise.resolve(zipJob),
    );
    const { messages } = answers(worker);
    const contents: WorkspaceContents = {
      imports: [],
      mappings: [],
      hostedVersion: 'v1',
      exportedAt: '2026-12-07T21:00:00Z',
    };
    worker.postMessage(contents);
    await settle();
    const response = messages[0] as ZipResponse;
    expect(response.ok).toBe(true);
    if (response.ok) expect(workspaceFromZip(response.bytes).ok).toBe(true);
  });
});
