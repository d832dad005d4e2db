/** Messages between the page and the import worker. Plain data only. */
import type { AppliedImport } from '../domain/import';
import type { CompactPreview } from '../domain/workspace';
import type { ScorecardConfig } from '../domain/model';
import type { FigureSnapshot } from '../domain/workspace';
import type { ColumnMapping } from '../domain/import';
import type { ImportedFile } from '../domain/import';
import {
  columnBuffers as columnBuffersOf,
  copyingColumnsOf,
  OBSERVATION_COLUMNS,
  type ObservationColumns,
} from '../domain/model';
import type { FileOutcome } from '../domain/import';
import type { Area, IndicatorDefinition, NeighbourLists } from '../domain/model';

export type { FileOutcome };

/** Load the hosted scorecard: import every file the configuration names. */
export interface ScorecardRequest {
  readonly id: number;
  readonly kind: 'scorecard';
  readonly config: ScorecardConfig;
  /** File path and its bytes (transferred). */
  readonly files: readonly (readonly [string, ArrayBuffer])[];
  /** Milliseconds since 1970, the page's "now". */
  readonly now: number;
}

/**
 * Read an analyst's files (the Data page) against the working data's register and definitions,
 * then (with `compare`) compare them with the figures loaded now, which the page sends in a
 * SnapshotMessage while the worker reads.
 */
export interface FilesRequest {
  readonly id: number;
  readonly kind: 'files';
  /**
   * File name and the file itself (a File is a handle: the worker reads the bytes, so the page
   * never holds them), in the order the analyst gave them.
   */
  readonly files: readonly (readonly [string, Blob])[];
  /** A column mapping the analyst chose for a file, by file name. */
  readonly mappings: readonly (readonly [string, ColumnMapping])[];
  /** Mappings remembered from earlier files, by header signature. */
  readonly remembered: readonly (readonly [string, ColumnMapping])[];
  readonly areas: readonly Area[];
  readonly indicators: readonly IndicatorDefinition[];
  /** Source names already in use (hosted files, earlier imports). */
  readonly taken: readonly string[];
  readonly now: number;
  readonly neighbours: NeighbourLists;
  /** Whether definitions keep their blue band (the configuration's rag.blue). */
  readonly blue: boolean;
  /** Compare the files with a snapshot of the loaded figures (see SnapshotMessage). */
  readonly compare: boolean;
  /** Keep the files read, to save them as an import later (see SaveMessage). */
  readonly keep: boolean;
}

/** The figures loaded now, for the comparison (transferred). */
export interface SnapshotMessage {
  readonly kind: 'snapshot';
  readonly snapshot: FigureSnapshot;
}

/** Save files the worker has read (by their place in its answer) as an applied import. */
export interface SaveMessage {
  readonly id: number;
  readonly kind: 'save';
  readonly database: string;
  readonly applied: Omit<AppliedImport, 'files'>;
  readonly files: readonly number[];
}

/**
 * Sent to a reader started ahead of time: read a small made-up file against the working data's
 * register and definitions while the analyst chooses files, so the code that reads files is
 * compiled (warm) before the first real one arrives.
 */
export interface WarmMessage {
  readonly kind: 'warm';
  readonly areas: readonly Area[];
  readonly indicators: readonly IndicatorDefinition[];
  readonly now: number;
}

export type WorkerRequest =
  ScorecardRequest | FilesRequest | SnapshotMessage | SaveMessage | WarmMessage;

export type WorkerResponse =
  | {
      readonly id: number;
      readonly kind: 'scorecard';
      readonly imported: readonly ImportedFile[];
      readonly version: string;
    }
  | {
      readonly id: number;
      readonly kind: 'files';
      readonly files: readonly FileOutcome[];
      /** The comparison with the loaded figures, when asked for and every file could be read. */
      readonly preview: CompactPreview | null;
    }
  | { readonly id: number; readonly kind: 'saved' }
  | {
      readonly id: number;
      readonly kind: 'progress';
      /** Bytes read so far across the files, and in all. */
      readonly done: number;
      readonly total: number;
      readonly file: string;
    }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };

const columnBuffers = (columns: ObservationColumns, into: Set<ArrayBuffer>): void => {
  columnBuffersOf(OBSERVATION_COLUMNS, columns, into);
};

/**
 * The columns with typed arrays of their own (a copy to send, keeping the original), made one
 * array at a time: the page runs it in slices (runSliced), as copying the columns of a 100 MB
 * import in one go took 104 ms.
 */
export function copyingColumns(columns: ObservationColumns): Generator<void, ObservationColumns> {
  return copyingColumnsOf(OBSERVATION_COLUMNS, columns);
}

/** The columns with typed arrays of their own, in one go (in a worker). */
export function copyColumns(columns: ObservationColumns): ObservationColumns {
  const copying = copyingColumns(columns);
  for (;;) {
    const next = copying.next();
    if (next.done === true) return next.value;
  }
}

/** The typed-array buffers of some columns, to transfer rather than copy. */
export function transferablesOfColumns(columns: ObservationColumns): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  columnBuffers(columns, buffers);
  return [...buffers];
}

/** The typed-array buffers in imported files, to transfer rather than copy. */
export function transferablesOf(imported: readonly ImportedFile[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const { result } of imported) if (result) columnBuffers(result.observations, buffers);
  return [...buffers];
}

/** The typed-array buffers of read files, to transfer rather than copy. */
export function transferablesOfFiles(files: readonly FileOutcome[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const file of files)
    if (file.kind === 'read') columnBuffers(file.data.observations, buffers);
  return [...buffers];
}

/** How a worker job answers the page (postMessage in a worker; see hooks/worker-port.ts). */
export type Reply = (message: unknown, transfer?: Transferable[]) => void;

/** A job's message handler, made for one worker (it may keep state between its messages). */
export type JobHandler = (message: never) => void;
