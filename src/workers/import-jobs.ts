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
 * by ending the worker. A reader started ahead of time first reads a
 * small made-up file (see WarmMessage), so its code is compiled before the analyst's file arrives.
 */
import { comparePreview, compactPreviewBuffers } from '../domain/workspace';
import type { FigureSnapshot } from '../domain/workspace';
import type { ObservationColumns } from '../domain/model';
import { readFiles, type FileOutcome } from '../domain/import';
import { withoutBlue } from '../domain/import';
import { importScorecardFiles } from '../domain/import';
import type { IndicatorDefinition } from '../domain/model';
import { saveImportIn } from '../storage/workspace-store';
import {
  copyColumns,
  transferablesOf,
  transferablesOfFiles,
  type FilesRequest,
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

  /** The columns of a file read, to keep while the page gets the ones read: a copy. */
  function keeping(outcome: FileOutcome): (() => ObservationColumns) | null {
    if (outcome.kind !== 'read') return null;
    const copy = copyColumns(outcome.data.observations);
    return () => copy;
  }

  async function readBatch(request: FilesRequest): Promise<void> {
    const files = await Promise.all(
      request.files.map(async ([name, blob]) => ({
        name,
        bytes: new Uint8Array(await blob.arrayBuffer()),
      })),
    );
    let last = 0;
    const progress = (done: number, total: number, file: string) => {
      const time = performance.now();
      if (time - last < PROGRESS_EVERY_MS && done < total) return;
      last = time;
      reply({ id: request.id, kind: 'progress', done, total, file });
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
    const outcomes = readFiles(input);
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
    if (request.keep) kept = outcomes.map((outcome) => ({ outcome, columns: keeping(outcome) }));
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
