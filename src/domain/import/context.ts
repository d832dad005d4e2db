/**
 * What an import is given (ImportContext) and what it returns (ImportResult). Plain data, so the
 * UI, a Web Worker and the data build can all call importFile.
 */
import type { AddedDefinition } from './added-definition';
import type { ObservationColumns } from '../model';
import type { EesFileMapping } from './ees-mappings';
import type {
  Area,
  FileReport,
  IndicatorDefinition,
  NeighbourLists,
  ObservedValue,
  PeriodKey,
  Unit,
} from '../model';

/** Column names an analyst chose for a file whose layout is not recognised. */
export interface ColumnMapping {
  readonly indicator: string;
  readonly period: string;
  readonly area: string;
  readonly value: string;
  readonly target?: string;
  readonly numerator?: string;
  readonly denominator?: string;
  readonly areaName?: string;
  /**
   * For a DfE Explore Education Statistics file the catalogue has no mapping for: the
   * indicator column, filter values and scorecard indicator the analyst chose (ees-guided.ts).
   * The EES reader reads the file through it; the column names above are then not used.
   */
  readonly ees?: EesFileMapping;
  /**
   * A long file's extras (see long-mapping.ts): the unit column ('' = left out), what each of
   * its words means, the measure column's values (the figure, its numerator, or left out) and
   * the file's indicator names matched to the scorecard's indicators.
   */
  readonly unit?: string;
  readonly unitWords?: readonly (readonly [string, Unit | null])[];
  readonly measure?: MeasureChoice;
  readonly indicatorNames?: readonly (readonly [string, string | null])[];
  /**
   * New indicators the analyst defined in the mapping step ("Add as a new indicator"), for
   * file names that match no scorecard indicator; `indicatorNames` maps those names to their
   * ids. Handed out with the figures as definitions (added-definition.ts).
   */
  readonly addedDefinitions?: readonly AddedDefinition[];
}

/** What each value of a long file's measure column is used for. */
export interface MeasureChoice {
  readonly column: string;
  readonly values: readonly (readonly [string, MeasureUse])[];
}
export type MeasureUse = 'figure' | 'numerator' | 'skip';

export interface ImportContext {
  /** Injected, for "period has not ended yet" checks. */
  readonly now: Date;
  /** The area register: resolves GSS codes (current and former), 3-digit codes and names. */
  readonly areas: ReadonlyMap<string, Area>;
  /** Known definitions: ids, aliases and titles to match; units for range checks. */
  readonly indicators: ReadonlyMap<string, IndicatorDefinition>;
  /** An analyst's column mapping, used when the file has every column it names. */
  readonly mapping?: ColumnMapping;
  /**
   * The council a wide scorecard is for when the file does not say (code, old code or name).
   * Used only when the file has no area column and its title rows name no council.
   */
  readonly defaultArea?: string;
  /**
   * Called after each chunk of the file (about 64 KB) is read, and once more when the result is
   * complete. `bytes` is how far into the file reading has got; `lines` the lines read so far.
   * A file that turns out not to be UTF-8 is read again from the start as Windows-1252.
   */
  readonly onProgress?: (done: { readonly bytes: number; readonly lines: number }) => void;
  /** Checked between chunks; when it returns true the import stops and reports it was cancelled. */
  readonly isCancelled?: () => boolean;
}

/** A benchmark a wide scorecard carries beside the council's own figures. */
export interface SuppliedComparator {
  readonly indicator: string;
  readonly kind: 'statistical-neighbours' | 'england' | 'region';
  readonly value: ObservedValue;
  /** The period its column heading names, or null when the heading names none. */
  readonly period: PeriodKey | null;
  /** The column it came from, as written. */
  readonly column: string;
  readonly line: number;
}

export interface ImportResult {
  readonly report: FileReport;
  readonly observations: ObservationColumns;
  /** From a definitions file, or minimal ones created for unknown rows of a wide scorecard. */
  readonly definitions: readonly IndicatorDefinition[];
  /** From an area register file. */
  readonly areas: readonly Area[];
  readonly neighbours: NeighbourLists | null;
  readonly suppliedComparators: readonly SuppliedComparator[];
  /** The header row found (or the likeliest one, for an unrecognised file). */
  readonly headers: readonly string[];
}
