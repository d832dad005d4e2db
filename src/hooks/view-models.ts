/**
 * What each screen renders, already worded and formatted by the hooks. Components import these
 * types and render them; they never compute a status, format a number or read the dataset.
 */
import type { AreaCode, IndicatorId } from '../domain/model';
import type { StatusFilter } from './url-state';

export type StatusKind = StatusFilter;

export interface StatusView {
  readonly kind: StatusKind;
  /** "Green", "Amber", "Red", "Well above target", "Not rated", "No target set". */
  readonly label: string;
  /** Short reason: "2.0 points below the 90% target", "suppressed [c]". */
  readonly detail: string;
}

export type DirectionKind =
  'improving' | 'worsening' | 'no-change' | 'up' | 'down' | 'not-comparable' | 'no-earlier';

export interface DirectionView {
  readonly kind: DirectionKind;
  /** "Improving", "Worsening", "No real change", "Up", "Down", "Not comparable". */
  readonly label: string;
  /** "since 2025-26 Q1 (86.1%)". */
  readonly detail: string;
  /** Which way the figure moved; the arrow shows this, the label says if it is better. */
  readonly movement: 'up' | 'down' | 'flat' | null;
}

export interface ComparatorView {
  /** "Statistical neighbours (mean)", "London", "England". */
  readonly label: string;
  readonly valueText: string;
  /** "2024-25". */
  readonly periodText: string;
  /** "10 of 10 neighbours", or why it is not compared. */
  readonly note: string;
}

export interface SparklineView {
  /** SVG path data in a 0 0 100 32 box, computed in the domain. */
  readonly path: string;
  /** The last point, to mark it. */
  readonly last: { readonly x: number; readonly y: number } | null;
  /** "Trend from 2022-23 Q1 to 2026-27 Q2: 82.0% to 88.0%". */
  readonly label: string;
}

/** One SPC icon (spc.ts) in words: variation of the latest point, or assurance of the target. */
export interface SpcIconView {
  readonly kind:
    | 'common-cause'
    | 'special-cause-improvement'
    | 'special-cause-concern'
    | 'special-cause-neither'
    | 'pass'
    | 'fail'
    | 'hit-and-miss';
  readonly side: 'high' | 'low' | null;
  /** "Special cause: concern (high)", "Target: hit and miss". */
  readonly label: string;
  /** What it means, in a sentence fragment. */
  readonly meaning: string;
  /** The status key's few words. */
  readonly key: string;
}

export interface SpcIconsView {
  readonly variation: SpcIconView | null;
  readonly assurance: SpcIconView | null;
  /** Why there are no icons ("Limits need at least 13 points; this series has 9."), or null. */
  readonly note: string | null;
}

export interface TileView {
  readonly id: IndicatorId;
  readonly title: string;
  readonly valueText: string;
  readonly periodText: string;
  readonly status: StatusView;
  readonly direction: DirectionView;
  readonly targetText: string;
  readonly comparators: readonly ComparatorView[];
  readonly sparkline: SparklineView | null;
  readonly sentence: string;
  readonly illustrative: boolean;
  readonly href: string;
  /** The XmR icons of the local series; absent or null when there is no series to judge. */
  readonly spc?: SpcIconsView | null;
  /** The commentary's headline for the reporting period, if one is written. */
  readonly headline?: string;
  /** Why the figure is missing when its file could not be read ("published figures missing: …"). */
  readonly gap?: string;
}

export interface SectionView<T> {
  readonly id: string;
  readonly title: string;
  readonly items: readonly T[];
}

export interface StatusCount {
  readonly kind: StatusKind;
  readonly label: string;
  readonly count: number;
}

export interface TableCell {
  readonly text: string;
  /** Why a value is missing, said in words ("suppressed [c]"), or ''. */
  readonly note: string;
}

export interface TableRowView {
  readonly id: string;
  /** The council's reference (an alias such as TS2) or the indicator id. */
  readonly ref: string;
  readonly title: string;
  readonly href: string;
  /** "Higher", "Lower", "Within range", "No direction". */
  readonly goodIs: string;
  /** One cell per column period, oldest first. */
  readonly values: readonly TableCell[];
  /** The rated figure with its date (null when there is none); shown in its own column when
   * some row's rated figure is not in a period column (see TableView.latestHeading). */
  readonly latest: TableCell | null;
  readonly targetText: string;
  readonly status: StatusView;
  readonly direction: DirectionView;
  readonly snText: string;
  readonly englandText: string;
  readonly commentary: string;
  readonly illustrative: boolean;
  /** The XmR icons of the local series; absent or null when there is no series to judge. */
  readonly spc?: SpcIconsView | null;
}

export interface TableView {
  readonly caption: string;
  /** Column headings for the value columns, oldest first ("2025-26 Q2"). */
  readonly periods: readonly string[];
  /** Heading of the rated-figure column, shown only when some row's rated figure is not in a
   * period column (else null). */
  readonly latestHeading: string | null;
  /** Headings for the comparator columns, with their vintage ("England 2024-25"). */
  readonly snHeading: string;
  readonly englandHeading: string;
  readonly sections: readonly SectionView<TableRowView>[];
}

/** The running header every view shows (and prints). */
export interface ContextView {
  /** "Harrow". */
  readonly authority: string;
  /** "2025-26 Q2 (July to September 2025)". */
  readonly periodText: string;
  /** "31 October 2026". */
  readonly dataAsAt: string;
  /** "Statistical neighbours: DfE May 2025 model, mean of those with a figure". */
  readonly vintages: readonly string[];
  /** The illustrative-data label, when any figure shown is illustrative. */
  readonly illustrative: string | null;
  /** Said when the council has no local quarterly data and only published figures show. */
  readonly annualOnly: string | null;
}

export interface ExceptionView {
  readonly tile: TileView;
  /** Why it needs attention: "Red", "Worsening", "Outside the neighbours' middle range". */
  readonly reasons: readonly string[];
}

export interface Option {
  readonly value: string;
  readonly label: string;
}

export interface OptionGroup {
  readonly label: string;
  readonly options: readonly Option[];
}

/** The choices the filter bar offers, with what is chosen now. */
export interface FiltersView {
  readonly periods: readonly Option[];
  readonly period: string;
  readonly councils: readonly OptionGroup[];
  readonly council: string;
  readonly sections: readonly Option[];
  readonly section: string;
  readonly statuses: readonly StatusCount[];
  readonly selectedStatuses: readonly StatusKind[];
  readonly search: string;
}

export type SeriesKey = 'local' | 'target' | 'sn' | 'region' | 'england';

export interface ChartPoint {
  /** Position on the time axis: months since January 2000 of the period's end. */
  readonly x: number;
  /** null leaves a gap (a suppressed or missing value is never drawn as zero). */
  readonly y: number | null;
  readonly periodText: string;
  readonly valueText: string;
}

export interface ChartSeriesView {
  readonly key: SeriesKey;
  /** "Harrow", "Target", "Statistical neighbours (mean)", "London", "England". */
  readonly label: string;
  readonly points: readonly ChartPoint[];
  /** Annual published points are drawn as markers joined by a dashed line, not as quarters. */
  readonly annual: boolean;
}

export interface DataTableView {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly { readonly header: string; readonly cells: readonly string[] }[];
}

export interface TrendChartView {
  readonly title: string;
  /** The chart in words: used as the SVG's description and read before the chart. */
  readonly description: string;
  readonly unitLabel: string;
  readonly xDomain: readonly [number, number];
  readonly xTicks: readonly { readonly x: number; readonly label: string }[];
  readonly yDomain: readonly [number, number];
  readonly yTicks: readonly number[];
  readonly series: readonly ChartSeriesView[];
  /** A shaded band for "within a range is better" targets. */
  readonly targetBand: { readonly low: number; readonly high: number } | null;
  /** Every gap in the local series with its reason, shown below the chart. */
  readonly gaps: readonly string[];
  readonly notes: readonly string[];
  readonly source: string;
  readonly table: DataTableView;
}

export interface NeighbourBar {
  readonly code: AreaCode;
  readonly label: string;
  readonly value: number | null;
  readonly valueText: string;
  readonly role: 'self' | 'neighbour' | 'england';
}

export interface NeighbourChartView {
  readonly title: string;
  readonly description: string;
  readonly unitLabel: string;
  /** "Best first: a higher figure is better" or "Highest first (a context measure)". */
  readonly orderNote: string;
  readonly bars: readonly NeighbourBar[];
  readonly maxValue: number;
  readonly notes: readonly string[];
  readonly source: string;
  readonly table: DataTableView;
}

export interface Fact {
  readonly label: string;
  readonly value: string;
}

/** One point of the XmR chart. */
export interface XmrPointView {
  /** Position: the point's index in the series. */
  readonly x: number;
  /** null leaves a gap (never zero). */
  readonly y: number | null;
  readonly periodText: string;
  readonly valueText: string;
  /** How a special-cause point is marked; null for common cause or a gap. */
  readonly mark: 'improvement' | 'concern' | 'neither' | null;
  /** "Special cause: concern (outside the limits)", "Common cause", "No figure". */
  readonly markText: string;
}

/** A stretch of the chart with its own mean and limits (after a recalculation). */
export interface XmrSegmentView {
  readonly x1: number;
  readonly x2: number;
  readonly mean: number | null;
  readonly upper: number | null;
  readonly lower: number | null;
}

export interface XmrChartView {
  readonly title: string;
  /** The plain-English sentence: what the latest point shows and what the target can expect. */
  readonly description: string;
  readonly unitLabel: string;
  readonly xDomain: readonly [number, number];
  readonly xTicks: readonly { readonly x: number; readonly label: string }[];
  readonly yDomain: readonly [number, number];
  readonly yTicks: readonly number[];
  readonly points: readonly XmrPointView[];
  readonly segments: readonly XmrSegmentView[];
  readonly target: { readonly value: number; readonly text: string } | null;
  /** Where the limits were recalculated. */
  readonly recalculations: readonly { readonly x: number; readonly periodText: string }[];
  readonly icons: SpcIconsView;
  readonly notes: readonly string[];
  readonly source: string;
  readonly table: DataTableView;
}

export interface IndicatorPageView {
  readonly id: IndicatorId;
  readonly title: string;
  readonly sentence: string;
  readonly tile: TileView;
  readonly trend: TrendChartView;
  /** null when there is no published year to compare, with the reason in neighboursMissing. */
  readonly neighbours: NeighbourChartView | null;
  readonly neighboursMissing: string | null;
  /** Definition, source, measurement, "good is", target and rationale, owner, ranks, interval. */
  readonly facts: readonly Fact[];
  /** Commentary from the data, newest first: "2025-26 Q2: Two new team managers started." */
  readonly commentary: readonly string[];
  /** The XmR (statistical process control) chart of the local series; null with no series. */
  readonly xmr?: XmrChartView | null;
  /** The officers' commentary for the reporting period, when written. */
  readonly written?: CommentaryView;
}

// ---------------------------------------------------------------------------------------------
// Commentary (see views/commentary.ts)

export interface ActionView {
  readonly what: string;
  readonly owner: string;
  /** "31 December 2025", or "No date". */
  readonly dueText: string;
  /** "Not started", "In progress", "Done", "Overdue". */
  readonly stateLabel: string;
  readonly overdue: boolean;
}

export interface CommentaryView {
  /** "2025-26 Q2". */
  readonly periodText: string;
  readonly headline: string;
  /** Plain text, shown as typed: paragraphs and bullet lines kept, never markup. */
  readonly text: string;
  readonly actions: readonly ActionView[];
}

/** The "ready for committee?" check for the reporting period. */
export interface CommentaryDueView {
  readonly periodText: string;
  readonly missing: readonly {
    readonly id: string;
    readonly title: string;
    readonly href: string;
    readonly reasons: string;
  }[];
  readonly overdue: readonly {
    readonly id: string;
    readonly title: string;
    readonly href: string;
    readonly periodText: string;
    readonly action: ActionView;
  }[];
  /** "2 indicators still need commentary and 1 action is overdue.", or that all is ready. */
  readonly summary: string;
}
