/**
 * What the Data page renders, already worded by useDataPage. Components import these types and
 * render them; they never read the dataset or the import results themselves.
 */
import type { EesMappingView } from './ees-mapping-view';
import type { ColumnMapping, Decision, MeasureUse } from '../domain/import';
import type { Unit } from '../domain/model';

export interface IssueRowView {
  /** An id for the row, so the error summary can link to it. */
  readonly id: string;
  readonly kind: 'Error' | 'Warning' | 'Notice';
  /** "16", or "whole file". */
  readonly line: string;
  readonly column: string;
  readonly value: string;
  readonly message: string;
}

export interface FileReportView {
  /** An id for the file's section. */
  readonly id: string;
  readonly fileName: string;
  /** "Tidy (one row per indicator, period and area)". */
  readonly layout: string;
  readonly encoding: string;
  readonly size: string;
  readonly lines: number;
  readonly loaded: number;
  readonly rejected: number;
  readonly skipped: number;
  /** "1 header, 2 blank lines". */
  readonly skippedReasons: string;
  readonly errorCount: number;
  readonly warningCount: number;
  readonly issues: readonly IssueRowView[];
  /** "The columns you chose for files with these columns last time were used." */
  readonly note: string | null;
  /** Whether the file was read with a remembered mapping (which can be changed). */
  readonly canRemap?: boolean;
}

export interface ChangeRowView {
  readonly key: string;
  readonly indicator: string;
  readonly area: string;
  readonly period: string;
  readonly current: string;
  readonly currentSource: string;
  readonly incoming: string;
  readonly incomingSource: string;
  readonly decision: Decision | null;
}

export interface PreviewView {
  readonly newValues: number;
  readonly unchangedValues: number;
  readonly newPeriods: readonly string[];
  readonly newIndicators: readonly string[];
  readonly newCouncils: readonly string[];
  readonly newDefinitions: readonly string[];
  readonly definitionChanges: readonly ChangeRowView[];
  readonly areaChanges: string | null;
  readonly neighbourChanges: readonly string[];
  /** Every figure that would change. */
  readonly changes: readonly ChangeRowView[];
  /** How many changes (figures and definitions) still need a decision. */
  readonly undecided: number;
}

export interface MappingFileView {
  readonly fileName: string;
  readonly headers: readonly string[];
  /** The file's report so far (why its layout was not recognised). */
  readonly problem: string;
  /** For a DfE EES file the catalogue cannot read: what its mapping step offers. */
  readonly ees?: EesMappingView;
  /**
   * Why the step is offered: the layout was not recognised, or the file looked tidy but most of
   * its lines were rejected (then `report` is its report, repeated errors grouped).
   */
  readonly why?: 'unknown' | 'mostly-rejected';
  readonly report?: FileReportView | null;
  /** Each column's distinct values and, for each value, what the step first suggests. */
  readonly columns?: readonly MappingColumnView[];
  /** The scorecard's indicators, to match the file's indicator names to. */
  readonly indicators?: readonly { readonly id: string; readonly label: string }[];
  /** What the form starts with: a guess from the column names, or the remembered mapping. */
  readonly initial?: ColumnMapping;
  /** Whether `initial` is a remembered mapping being changed. */
  readonly changing?: boolean;
}

export interface MappingColumnView {
  readonly name: string;
  readonly values: readonly string[];
  /** Whether the column has more values than listed (it is not one to choose values from). */
  readonly more: boolean;
  /** For each value, as an indicator name: the scorecard indicator suggested, or null. */
  readonly suggested: readonly (string | null)[];
  /** For each value, as a unit word: the unit it reads as, or null to ignore it. */
  readonly units: readonly (Unit | null)[];
  /** For each value, as a measure: its likely use. */
  readonly uses: readonly MeasureUse[];
}

/** A column mapping remembered in this browser, for the list that can forget it. */
export interface RememberedMappingView {
  readonly signature: string;
  /** "area_code, area_name, indicator, measure, period, unit, value". */
  readonly columns: string;
  /** "Indicator: indicator; period: period; …; 4 indicator names matched, 1 left out." */
  readonly summary: string;
}

export interface ImportHistoryView {
  readonly id: number;
  readonly files: string;
  readonly appliedAt: string;
  readonly summary: string;
}

export interface ProgressView {
  readonly label: string;
  readonly done: number;
  readonly total: number;
  readonly text: string;
}

/** A file with errors: nothing from it applies unless its clean lines are chosen. */
export interface CleanLinesView {
  readonly fileName: string;
  readonly loaded: number;
  readonly rejected: number;
  readonly errorCount: number;
  readonly chosen: boolean;
}

/** One field of the register or one neighbour list that would change (old → new). */
export interface RegisterChangeView {
  readonly key: string;
  /** "Harrow (E09000015)" or "Harrow, 2025 model". */
  readonly what: string;
  /** "region", "neighbours". */
  readonly field: string;
  readonly from: string;
  readonly to: string;
  readonly file: string;
}

/** What stands between the analyst and Apply, worded. */
export interface ApplySafetyView {
  readonly cleanLines: readonly CleanLinesView[];
  readonly registerChanges: readonly RegisterChangeView[];
  readonly registerConfirmed: boolean;
  /** Changes that would take the configured council's region or neighbours: never applied. */
  readonly blocked: readonly string[];
  /** Whether the files would add or change anything at all. */
  readonly givesAnything: boolean;
  /** Indicators given figures that have no definition: their figures are not shown anywhere. */
  readonly unshown: readonly string[];
  /** Indicator names left out in the mapping, with their line counts: shown nowhere. */
  readonly leftOut: readonly {
    readonly file: string;
    readonly name: string;
    readonly lines: number;
  }[];
  /** Every field of every new indicator definition, needing its own confirmation. */
  readonly newDefinitions: readonly {
    readonly key: string;
    readonly id: string;
    readonly field: string;
    readonly value: string;
    readonly file: string;
  }[];
  readonly definitionsConfirmed: boolean;
}
