/**
 * What an analyst's import is once read: the files with their reports and results, and, once
 * applied, the keep/replace decisions taken on values that clashed with what was loaded. Plain
 * data (typed arrays, Maps), so it can be stored in IndexedDB and sent to and from a worker.
 */
import type { ColumnMapping } from './context';
import type { ObservationColumns } from '../model';
import type { Area, FileReport, IndicatorDefinition, NeighbourLists, PeriodKey } from '../model';

/** Keep the figure loaded now, or replace it with the imported one. */
export type Decision = 'keep' | 'replace';

/** One file of an import, read and checked. */
export interface ImportedFileData {
  /** The file's own name, as the analyst chose it. */
  readonly fileName: string;
  /**
   * The name its figures carry as their source (observations' `source.file`): the file name,
   * made unique among the hosted files and earlier imports when it is not already.
   */
  readonly sourceKey: string;
  /** Size in bytes. */
  readonly size: number;
  readonly report: FileReport;
  readonly observations: ObservationColumns;
  readonly definitions: readonly IndicatorDefinition[];
  readonly areas: readonly Area[];
  readonly neighbours: NeighbourLists | null;
  /** The analyst's column mapping, when the file was read through one. */
  readonly mapping: ColumnMapping | null;
  /** The header row found (or the likeliest one), for the mapping step. */
  readonly headers: readonly string[];
  /** A content hash of the bytes (and mapping). */
  readonly hash: string;
}

/** An import the analyst applied: its files in order and the decisions taken. */
export interface AppliedImport {
  /** 1, 2, 3...: the order imports were applied in. */
  readonly id: number;
  /** ISO 8601 time it was applied. */
  readonly appliedAt: string;
  readonly files: readonly ImportedFileData[];
  /** By conflict key (valueKey or definitionKey); replayed whenever the data is assembled. */
  readonly decisions: ReadonlyMap<string, Decision>;
  /** The hosted data's version when it was applied (to tell when the host's data has changed). */
  readonly hostedVersion: string;
}

/** The key of one figure: indicator, area and period. */
export function valueKey(indicator: string, area: string, period: PeriodKey): string {
  return `v\u0000${indicator}\u0000${area}\u0000${period}`;
}

/** The key of one indicator's definition. */
export function definitionKey(id: string): string {
  return `d\u0000${id}`;
}

/**
 * A name for a file's figures that no hosted file and no earlier import uses: the file name
 * itself when it is free, else `name (2).csv`, `name (3).csv`...
 */
export function uniqueSourceKey(fileName: string, taken: ReadonlySet<string>): string {
  if (!taken.has(fileName)) return fileName;
  const dot = fileName.lastIndexOf('.');
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  const extension = dot > 0 ? fileName.slice(dot) : '';
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${String(n)})${extension}`;
    if (!taken.has(candidate)) return candidate;
  }
}
