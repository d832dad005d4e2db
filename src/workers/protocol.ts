/** Messages between the page and the import worker. Plain data only. */
import type { ScorecardConfig } from '../domain/config';
import type { ColumnMapping } from '../domain/import/context';
import type { ImportedFile } from '../domain/scorecard-data';
import type { ObservationColumns } from '../domain/observations';
import type { FileOutcome } from '../domain/read-files';
import type { Area, IndicatorDefinition } from '../domain/types';

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

/** Read an analyst's files (the Data page) against the working data's register and definitions. */
export interface FilesRequest {
  readonly id: number;
  readonly kind: 'files';
  /** File name and its bytes (transferred), in the order the analyst gave them. */
  readonly files: readonly (readonly [string, ArrayBuffer])[];
  /** A column mapping the analyst chose for a file, by file name. */
  readonly mappings: readonly (readonly [string, ColumnMapping])[];
  /** Mappings remembered from earlier files, by header signature. */
  readonly remembered: readonly (readonly [string, ColumnMapping])[];
  readonly areas: readonly Area[];
  readonly indicators: readonly IndicatorDefinition[];
  /** Source names already in use (hosted files, earlier imports). */
  readonly taken: readonly string[];
  readonly now: number;
}

export type WorkerRequest = ScorecardRequest | FilesRequest;

export type WorkerResponse =
  | {
      readonly id: number;
      readonly kind: 'scorecard';
      readonly imported: readonly ImportedFile[];
      readonly version: string;
    }
  | { readonly id: number; readonly kind: 'files'; readonly files: readonly FileOutcome[] }
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
  for (const array of [
    columns.indicator,
    columns.area,
    columns.period,
    columns.value,
    columns.state,
    columns.flags,
    columns.numerator,
    columns.denominator,
    columns.line,
  ]) {
    if (array.buffer instanceof ArrayBuffer) into.add(array.buffer);
  }
};

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
