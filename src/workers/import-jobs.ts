/**
 * The import worker's jobs, a plain function: import.worker.ts runs them, and where there is no
 * Worker the page runs the very same code (see hooks/worker-port.ts). Reads data files off the
 * page's main thread: decoding, parsing and validating run here, and the results go back as compact typed arrays (transferred, not copied), so the page never
 * freezes while a file is read. Two jobs: the hosted scorecard's files, and an analyst's files
 * on the Data page. For those the worker also reads the files' bytes itself (the page sends
 * File handles), reports progress at most every 100 ms, compares the files with a snapshot of
 * the loaded figures the page sends while it reads (so the page only turns the few changes into
 * rows), and keeps what it read so that, on Apply, it can save the import in IndexedDB itself
 * (copying a large import into IndexedDB on the page would be one long task). The page cancels
 * by ending the worker (which ends its helper too). A reader started ahead of time first reads a
 * small made-up file (see WarmMessage), so its code is compiled before the analyst's file arrives.
 * A large figure file is read in two halves at once: this reader reads the first while a helper
 * worker (half.worker.ts) reads the second, and the two results are put together exactly as one
 * reading would give them, or the file is read again in one go (see domain/import/split.ts).
 */
import { comparePreview, compactPreviewBuffers } from '../domain/workspace';
import type { FigureSnapshot } from '../domain/workspace';
import type { ImportResult } from '../domain/import';
import type { ObservationColumns } from '../domain/model';
import { mergeHalves, SPLIT_MIN_BYTES } from '../domain/import';
import {
  readFiles,
  readInHalves,
  type EarlyHalf,
  type FileOutcome,
  type HalvesGuess,
  type Preread,
} from '../domain/import';
import { withoutBlue } from '../domain/import';
import { importScorecardFiles } from '../domain/import';
import type { IndicatorDefinition } from '../domain/model';
import { saveImportIn } from '../storage/workspace-store';
import {
  copyColumns,
  transferablesOf,
  transferablesOfFiles,
  type FilesRequest,
  type EarlyHalfRequest,
  type HalfRequest,
  type HalfResponse,
  type SaveMessage,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol';
import { warmUp } from './warm-up';
import type { Reply } from './protocol';

/** The import jobs for one worker, answering through `send`. */
export function importJobs(send: Reply): (request: WorkerRequest) => void {
  const reply = (message: WorkerResponse, transfer: Transferable[] = []): void => {
    send(message, transfer);
  };

  const PROGRESS_EVERY_MS = 100;

  let receiveSnapshot: (snapshot: FigureSnapshot) => void = () => undefined;
  const snapshot = new Promise<FigureSnapshot>((resolve) => {
    receiveSnapshot = resolve;
  });
  /**
   * What this worker read, kept for SaveMessage: each file's outcome, and how to have its columns
   * (those sent to the page are the page's).
   */
  let kept:
    | readonly {
        readonly outcome: FileOutcome;
        readonly columns: (() => ObservationColumns) | null;
      }[]
    | null = null;

  /**
   * The columns of a file read, to keep while the page gets the ones read: a copy, or for a file
   * read in halves, the halves, put together again when needed (saving happens later, on Apply,
   * so the copy does not hold up the page's review of the file).
   */
  function keeping(
    outcome: FileOutcome,
    read: Preread | undefined,
  ): (() => ObservationColumns) | null {
    if (outcome.kind !== 'read') return null;
    const file = outcome.data.sourceKey;
    if (read) {
      return () => {
        const again = mergeHalves(...read.halves);
        if (!again) throw new Error('A file read in halves could not be put together again.');
        return { ...again.observations, file };
      };
    }
    const copy = copyColumns(outcome.data.observations);
    return () => copy;
  }

  /**
   * A second reader for large files (see domain/import/split.ts), started with the first warm-up so
   * it is compiled too; null where workers cannot start workers.
   */
  let helper: Worker | null = null;
  let helperId = 0;
  const helperWaiting = new Map<number, (response: HalfResponse) => void>();
  function startHelper(): Worker | null {
    if (helper || typeof Worker !== 'function') return helper;
    try {
      helper = new Worker(new URL('./half.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      return null;
    }
    helper.addEventListener('message', (event: MessageEvent<HalfResponse>) => {
      const response = event.data;
      helperWaiting.get(response.id)?.(response);
      // A guess is followed by the half it guessed (unless it is null).
      if (response.kind !== 'guess' || response.guess === null) helperWaiting.delete(response.id);
    });
    helper.addEventListener('error', () => {
      // A helper that cannot run leaves every file to be read in one go.
      endHelper();
    });
    return helper;
  }

  /** Ends the helper (a new one starts when one is next needed). */
  function endHelper(): void {
    helper?.terminate();
    helper = null;
    for (const resolve of helperWaiting.values())
      resolve({ id: -1, kind: 'failed', message: 'the second reader stopped' });
    helperWaiting.clear();
  }

  /** The second half read by the helper, or null if it could not be. */
  function readInHelper(request: Omit<HalfRequest, 'id' | 'kind'>): Promise<ImportResult | null> {
    const worker = startHelper();
    if (!worker) return Promise.resolve(null);
    const id = ++helperId;
    return new Promise((resolve) => {
      helperWaiting.set(id, (response) => {
        resolve(response.kind === 'half' ? response.result : null);
      });
      worker.postMessage({ ...request, id, kind: 'half' } satisfies HalfRequest, [request.bytes]);
    });
  }

  /**
   * For a batch of one large file, has the helper start on its second half at once, reading the
   * file itself (EarlyHalfRequest), while this reader reads the whole file; readInHalves then
   * reads the first half by the helper's guess.
   */
  function startEarly(request: FilesRequest): EarlyHalf | undefined {
    const only = request.files.length === 1 ? request.files[0] : undefined;
    if (!only || only[1].size < SPLIT_MIN_BYTES) return undefined;
    const worker = startHelper();
    if (!worker) return undefined;
    const [name, file] = only;
    const id = ++helperId;
    let guessed: (guess: HalvesGuess | null) => void = () => undefined;
    const guess = new Promise<HalvesGuess | null>((resolve) => {
      guessed = resolve;
    });
    const result = new Promise<ImportResult | null>((resolve) => {
      helperWaiting.set(id, (response) => {
        if (response.kind === 'guess') {
          guessed(response.guess);
          if (response.guess === null) resolve(null);
          return;
        }
        guessed(null);
        resolve(response.kind === 'half' ? response.result : null);
      });
    });
    worker.postMessage({
      id,
      kind: 'early',
      name,
      file,
      mappings: request.mappings,
      remembered: request.remembered,
      areas: request.areas,
      indicators: request.indicators,
      now: request.now,
    } satisfies EarlyHalfRequest);
    return { name, guess, result };
  }

  async function readBatch(request: FilesRequest): Promise<void> {
    // Before anything else, so the helper reads its half while this reader reads the file.
    const early = startEarly(request);
    const files = await Promise.all(
      request.files.map(async ([name, blob]) => ({
        name,
        bytes: new Uint8Array(await blob.arrayBuffer()),
      })),
    );
    let last = 0;
    let reported = 0;
    let again = false;
    const progress = (done: number, total: number, file: string) => {
      const time = performance.now();
      if (time - last < PROGRESS_EVERY_MS && done < total) return;
      last = time;
      // Files read in halves report first; never let the bar move back.
      reported = Math.max(reported, done);
      reply({ id: request.id, kind: 'progress', done: reported, total, file, again });
    };
    const areas = new Map(request.areas.map((area) => [area.code, area]));
    const indicators = new Map(request.indicators.map((definition) => [definition.id, definition]));
    const input = {
      files,
      mappings: new Map(request.mappings),
      remembered: new Map(request.remembered),
      areas,
      indicators,
      taken: new Set(request.taken),
      now: new Date(request.now),
      onProgress: progress,
    };
    // Large figure files: the helper reads the second half while this reader reads the first.
    const halves = startHelper()
      ? await readInHalves(
          input,
          (bytes, name, mapping) =>
            readInHelper({
              name,
              bytes: bytes.buffer as ArrayBuffer,
              areas: request.areas,
              indicators: request.indicators,
              mapping,
              now: request.now,
            }),
          early,
        )
      : { preread: new Map<number, Preread>(), declined: 0, earlyUsed: false };
    // A half started early and not used would take a core from reading the file whole: stop it.
    // (After a wrong guess the helper reads the right half only once it has read the wrong one:
    // that costs a half's time, and needs a quoted cell over several lines across the middle.)
    if (early && !halves.earlyUsed && (await early.guess) !== null) endHelper();
    // Read again in one go below: the bar starts again, under a label that says so.
    if (halves.declined > 0) {
      reported = 0;
      again = true;
    }
    const outcomes = readFiles({ ...input, preread: halves.preread });
    const read = outcomes.flatMap((o) => (o.kind === 'read' ? [o.data] : []));
    const preview =
      request.compare && read.length === outcomes.length
        ? comparePreview(
            await snapshot,
            { areas, indicators, neighbours: request.neighbours },
            read,
            request.blue ? (d: IndicatorDefinition) => d : withoutBlue,
          )
        : null;
    // Keep the columns read here for saving (see keeping); the page gets the ones read.
    if (request.keep)
      kept = outcomes.map((outcome, index) => ({
        outcome,
        columns: keeping(outcome, halves.preread.get(index)),
      }));
    reply({ id: request.id, kind: 'files', files: outcomes, preview }, [
      ...transferablesOfFiles(outcomes),
      ...(preview ? compactPreviewBuffers(preview) : []),
    ]);
  }

  async function save(message: SaveMessage): Promise<void> {
    const files = message.files.map((index) => {
      if (!kept) throw new Error('This reader kept no files to save.');
      const file = kept[index];
      if (file?.outcome.kind !== 'read' || !file.columns)
        throw new Error('A file to save was not read.');
      return { ...file.outcome.data, observations: file.columns() };
    });
    await saveImportIn(message.database, { ...message.applied, files });
    reply({ id: message.id, kind: 'saved' });
  }

  const failed = (id: number, error: unknown) => {
    reply({ id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  };

  return (request: WorkerRequest): void => {
    if (request.kind === 'warm') {
      startHelper()?.postMessage(request);
      try {
        warmUp(request);
      } catch {
        // Warming up only saves time later: any problem shows when a real file is read.
      }
      return;
    }
    if (request.kind === 'snapshot') {
      receiveSnapshot(request.snapshot);
      return;
    }
    if (request.kind === 'files') {
      readBatch(request).catch((error: unknown) => {
        failed(request.id, error);
      });
      return;
    }
    if (request.kind === 'save') {
      save(request).catch((error: unknown) => {
        failed(request.id, error);
      });
      return;
    }
    try {
      const files = new Map(request.files.map(([path, buffer]) => [path, new Uint8Array(buffer)]));
      const { imported, version } = importScorecardFiles(
        request.config,
        files,
        new Date(request.now),
      );
      reply({ id: request.id, kind: 'scorecard', imported, version }, transferablesOf(imported));
    } catch (error) {
      failed(request.id, error);
    }
  };
}
