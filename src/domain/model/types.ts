/**
 * The scorecard's data model: indicator definitions, periods, areas, observations and the
 * statistical-neighbour lists. Plain data only (string unions, readonly records, Maps for
 * anything keyed by text read from a file), shared by every domain module and the UI.
 */
import type { AreaCode, IndicatorId, PeriodKey } from './ids';

// ---------------------------------------------------------------------------------------------
// Indicators

/** Which way is good. `none` is a context or demand measure: shown, never rated. */
export type Polarity = 'higher' | 'lower' | 'range' | 'none';

export type Unit =
  'percent' | 'rate-per-10k' | 'days' | 'working-days' | 'count' | 'score' | 'currency';

/** How a figure is measured; comparing different types (year to date vs annual) misleads. */
export type MeasurementType = 'snapshot' | 'in-period' | 'year-to-date' | 'rolling-12-months';

/** Scorecard sections, in the order Ofsted's ILACS frame reads them. */
export type SectionId =
  'front-door' | 'need-and-protection' | 'in-care' | 'care-leavers' | 'permanence' | 'workforce';

export const SECTIONS: readonly { readonly id: SectionId; readonly title: string }[] = [
  { id: 'front-door', title: 'Front door and early help' },
  { id: 'need-and-protection', title: 'Children in need and child protection' },
  { id: 'in-care', title: 'Children in care' },
  { id: 'care-leavers', title: 'Care leavers' },
  { id: 'permanence', title: 'Adoption and permanence' },
  { id: 'workforce', title: 'Workforce and quality' },
];

/** A target is a single figure or, for "within a range is better", a band. */
export type TargetValue =
  | { readonly kind: 'point'; readonly value: number }
  | { readonly kind: 'range'; readonly low: number; readonly high: number };

export interface Target {
  /** The period it applies to (a quarter or a financial year key); null means every period. */
  readonly period: PeriodKey | null;
  readonly value: TargetValue;
  /** One line on why this target, e.g. "England average 2024-25" or "statutory timescale". */
  readonly rationale: string;
}

/** The amber band: absolute points in the indicator's unit, or a percentage of the target. */
export type Tolerance =
  | { readonly kind: 'points'; readonly amount: number }
  | { readonly kind: 'relative'; readonly percent: number };

/** RAG rules; every field is optional per indicator and falls back to the configured defaults. */
export interface RagRules {
  readonly tolerance: Tolerance;
  /** The red line: a value worse than this is red whatever the tolerance says. */
  readonly floor: number | null;
  /** "Blue": at or better than this value is shown as well above target. */
  readonly blueFrom: number | null;
  /** When true, a value inside the tolerance is amber only if it is improving, else red. */
  readonly amberOnlyIfImproving: boolean;
}

export interface IndicatorDefinition {
  /** Stable id, e.g. `CSC-ASSESS-45`, or the council's own reference such as `TS2`. */
  readonly id: IndicatorId;
  readonly title: string;
  readonly shortTitle: string;
  readonly section: SectionId;
  readonly unit: Unit;
  readonly polarity: Polarity;
  /** Decimal places the value is shown with (and compared at). */
  readonly decimals: number;
  /**
   * Decimal places DfE publishes the series with (0 for its whole-number series), used for
   * figures read from DfE's published file; absent means the same as `decimals`. See
   * published-precision.ts.
   */
  readonly publishedDecimals?: number;
  readonly measurement: MeasurementType;
  readonly targets: readonly Target[];
  readonly rag: Partial<RagRules>;
  /** Plain-English definition for members. */
  readonly definition: string;
  readonly source: string;
  readonly owner: string;
  /** Other names files use for this indicator: a council ref (`TS2`), a LAIT `Short Desc`. */
  readonly aliases: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Periods (see periods.ts for parsing, ordering and labels)

/**
 * Financial-year based periods. `fy` is the calendar year the financial year starts in:
 * fy 2024 is 2024-25 (1 April 2024 to 31 March 2025); its Q2 is July to September 2024.
 * DfE "Reporting year 2025" (year ending 31 March 2025) is `{ kind: 'year', fy: 2024 }`.
 */
export type Period =
  | { readonly kind: 'quarter'; readonly fy: number; readonly quarter: 1 | 2 | 3 | 4 }
  | { readonly kind: 'year'; readonly fy: number }
  | { readonly kind: 'month'; readonly year: number; readonly month: number };

export type { PeriodKey } from './ids';

// ---------------------------------------------------------------------------------------------
// Areas

export type AreaLevel = 'national' | 'regional' | 'sub-regional' | 'la';

export interface Area {
  /** Canonical code: the current 9-character GSS code (E09000015, E12000007, E92000001). */
  readonly code: AreaCode;
  /** DfE's 3-digit old LA code (310), or null for England and regions. */
  readonly oldCode: string | null;
  readonly name: string;
  readonly level: AreaLevel;
  /** The region an LA or sub-region is in (E12...), null for England and regions. */
  readonly regionCode: string | null;
  /** Inner or Outer London (E13000001/2) for London boroughs, else null. */
  readonly subRegionCode: string | null;
  /** False for councils that no longer exist (reorganised); their history is kept. */
  readonly live: boolean;
  /** Earlier GSS codes of the same council (North Yorkshire E10000023 -> E06000065). */
  readonly formerCodes: readonly string[];
}

export const ENGLAND = 'E92000001';

// ---------------------------------------------------------------------------------------------
// Observations

/**
 * Why a value is not there. None of these is zero.
 * `c` suppressed (small numbers), `x` not available, `z` not applicable,
 * `low` rounds to zero but is not zero (DfE also writes `k`), `blank` not provided.
 */
export type MissingState = 'c' | 'x' | 'z' | 'low' | 'blank';

export type ObservedValue =
  | { readonly kind: 'number'; readonly value: number; readonly lowReliability: boolean }
  | { readonly kind: 'missing'; readonly state: MissingState };

export interface SourceRef {
  readonly file: string;
  /** The line as a spreadsheet shows it (the header is usually line 1). */
  readonly line: number;
}

export interface Observation {
  readonly indicator: IndicatorId;
  readonly period: PeriodKey;
  /** Canonical area code (see Area.code). */
  readonly area: AreaCode;
  readonly value: ObservedValue;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** A target given on the row itself (tidy files may carry one per period). */
  readonly target: TargetValue | null;
  readonly provisional: boolean;
  /** Commentary or a note from the file. */
  readonly note: string | null;
  readonly source: SourceRef;
}

// ---------------------------------------------------------------------------------------------
// Statistical neighbours

/** DfE's statistical-neighbour models, oldest first: the one list every reader and type uses. */
export const SN_MODELS = ['2021', '2025'] as const;
export type SnModel = (typeof SN_MODELS)[number];

/** The averages of the neighbours' figures a scorecard can show. */
export const SN_AVERAGES = ['mean', 'median'] as const;
export type SnAverage = (typeof SN_AVERAGES)[number];

/** Whether a text (from a link or a file) names a statistical-neighbour model. */
export function isSnModel(text: string): text is SnModel {
  return (SN_MODELS as readonly string[]).includes(text);
}

/** Whether a text names an average the scorecard knows. */
export function isSnAverage(text: string): text is SnAverage {
  return (SN_AVERAGES as readonly string[]).includes(text);
}

export const SN_MODEL_LABELS: Readonly<Record<SnModel, string>> = {
  '2021': 'April 2021 model',
  '2025': 'May 2025 model',
};

export interface Neighbour {
  /** Canonical area code of the neighbour. */
  readonly code: AreaCode;
  /** 1 (closest) to 10. */
  readonly rank: number;
  /** DfE's closeness band as published, e.g. "Very close". */
  readonly closeness: string;
}

/** Each council's ten neighbours, in order, per model. */
export type NeighbourLists = ReadonlyMap<SnModel, ReadonlyMap<AreaCode, readonly Neighbour[]>>;

// ---------------------------------------------------------------------------------------------
// Import reports (what every importer returns beside its data)

export type Layout =
  | 'tidy'
  | 'wide-scorecard'
  | 'ees'
  | 'lait-long'
  | 'definitions'
  | 'neighbours'
  | 'areas'
  | 'mapped'
  | 'commentary';

export interface ReportIssue {
  /** Spreadsheet line (1-based, title rows included); 0 for a problem with the whole file. */
  readonly line: number;
  /** Column name as written in the file ("" for a whole-line or whole-file problem). */
  readonly column: string;
  readonly value: string;
  /** Plain English, e.g. `"150%" is more than 100%. This row was not loaded.` */
  readonly message: string;
}

export interface FileReport {
  readonly file: string;
  readonly layout: Layout | 'unknown' | 'refused';
  /** e.g. `utf-8`, `utf-8 (with BOM)`, `utf-16le`, `windows-1252`. */
  readonly encoding: string;
  /** Every line of the file ends in exactly one of loaded, rejected or skipped. */
  readonly lines: number;
  readonly loaded: number;
  readonly rejected: number;
  readonly skipped: number;
  /** Skipped lines counted by reason, e.g. "blank line" -> 3. */
  readonly skippedReasons: ReadonlyMap<string, number>;
  readonly warnings: readonly ReportIssue[];
  readonly errors: readonly ReportIssue[];
  /**
   * What was skipped that the analyst should see, not only count: title rows above the header,
   * total and footnote rows, with their text. Absent in reports kept before it was added.
   */
  readonly notices?: readonly ReportIssue[];
}
