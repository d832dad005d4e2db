/**
 * The screens built from one scorecard's assessments: the running header, the filter choices,
 * the overview tiles, the scorecard table and the exceptions. Pure functions of the data, the
 * resolved selection and the view state.
 */
import type { Assessment, ScorecardSection } from '../../domain/assess';
import { columnFigure } from '../../domain/assess';
import { figureGap, formatDate, formatFigure, observationOrigin } from '../../domain/model';
import type { Dataset } from '../../domain/model';
import { knownSections } from './link-ids';
import { MISSING_LABELS, MISSING_WORDS } from '../../domain/model';
import { reportingDateLabel } from '../../domain/model';
import { configuredDataAsAt } from './selection';
import {
  comparePeriodKeys,
  endMonthIndex,
  financialYearOf,
  parsePeriodKey,
  periodEnd,
  periodKey,
  periodKeyLabel,
  previousPeriod,
} from '../../domain/model';
import { RAG_RATING_STATUSES, ragStatusWord, type RagRatingStatus } from '../../domain/assess';
import type { AssembledScorecard } from '../../domain/import';
import { periodMention, periodMentionInBrackets } from '../../domain/assess';
import { SECTIONS, SN_MODEL_LABELS, type Observation, type PeriodKey } from '../../domain/model';
import { STATUS_FILTERS, type SortKey, type ViewState } from '../url-state';
import type {
  ContextView,
  ExceptionView,
  FiltersView,
  OptionGroup,
  SectionView,
  StatusCount,
  TableCell,
  TableRowView,
  TableView,
  TileView,
} from '../view-models';
import type { Selection } from './selection';
import { spcIconsView } from './spc-icons';
import {
  comparatorValueText,
  directionView,
  goodIsText,
  isIllustrative,
  neighbourLabel,
  statusView,
  tileView,
  type TileContext,
} from './tiles';
import { headlineFor } from './commentary';

// ---------------------------------------------------------------------------------------------
// Header and filters

/** The running header: council, period, data as at, comparator vintages, labels. */
export function contextView(
  data: AssembledScorecard,
  selection: Selection,
  sections: readonly ScorecardSection[],
): ContextView {
  const assessments = sections.flatMap((section) => section.assessments);
  const vintages = new Set<string>();
  const neighbourPeriods = new Set<string>();
  const englandPeriods = new Set<string>();
  for (const assessment of assessments) {
    const { neighbours, england } = assessment.benchmarks;
    if (neighbours?.period) neighbourPeriods.add(neighbours.period);
    if (england?.period) englandPeriods.add(england.period);
  }
  // The comparators' figures by date: "to 30 September 2025" (their newest), never a bare key.
  const range = (periods: Set<string>): string => {
    const sorted = [...periods].sort(comparePeriodKeys);
    const newest = sorted[sorted.length - 1];
    const parsed = newest === undefined ? undefined : parsePeriodKey(newest);
    if (!parsed) return 'none';
    const oldest = parsePeriodKey(sorted[0] ?? '');
    const from = oldest && sorted.length > 1 ? `${formatDate(periodEnd(oldest))} to ` : '';
    return `${sorted.length > 1 ? 'dated ' : 'at '}${from}${formatDate(periodEnd(parsed))}`;
  };
  if (data.config.comparators.statisticalNeighbours) {
    vintages.add(
      `Statistical neighbours (similar councils): DfE ${SN_MODEL_LABELS[selection.snModel]}, ${selection.snAverage} of those with a figure; published figures ${range(neighbourPeriods)}`,
    );
  }
  if (data.config.comparators.england) {
    vintages.add(`England: DfE published figures ${range(englandPeriods)}`);
  }
  const illustrativeLabels = new Set<string>();
  for (const assessment of assessments) {
    const file = assessment.observation?.source.file;
    const source = file === undefined ? undefined : data.sources.get(file);
    if (source?.illustrative) illustrativeLabels.add(source.label ?? 'Illustrative figures');
  }
  const asAt = dataAsAt(data, assessments, selection.hasLocal);
  return {
    authority: selection.areaName,
    periodText:
      selection.period === undefined
        ? 'No figures'
        : selection.hasLocal && parsePeriodKey(selection.period)?.kind !== 'year'
          ? reportingDateLabel(selection.period, true)
          : `Reporting date ${reportingDateLabel(selection.period, false)}`,
    dataAsAt: asAt.text,
    vintages: [...vintages],
    illustrative: illustrativeLabels.size > 0 ? [...illustrativeLabels].join(' ') : null,
    annualOnly: selection.hasLocal
      ? null
      : `The data has no local quarterly figures for ${selection.areaName}: each indicator shows its newest published figure on or before the reporting date, with its own date.`,
  };
}

/**
 * "Data as at", for the council shown: the newest end date among its figures shown. The
 * configured date belongs to the configured council's local data, so it is used only for a
 * council with local figures, and then only when no figure shown ends after it (the
 * configuration is then out of date, which resolveSelection reports). A council without local
 * figures never takes its date from another council's data (docs/figures.md).
 */
export function dataAsAt(
  data: AssembledScorecard,
  assessments: readonly Assessment[],
  hasLocal = true,
): { readonly text: string; readonly stale: boolean } {
  const configured = configuredDataAsAt(data);
  let newest: Date | undefined;
  for (const assessment of assessments) {
    const parsed = assessment.observation ? parsePeriodKey(assessment.period) : undefined;
    const end = parsed ? periodEnd(parsed) : undefined;
    if (end && (!newest || end > newest)) newest = end;
  }
  if (newest && newest > configured) return { text: formatDate(newest), stale: true };
  if (!hasLocal) return { text: newest ? formatDate(newest) : 'No figures', stale: false };
  return { text: formatDate(configured), stale: false };
}

/** Live councils grouped by region, for the council picker. */
export function councilGroups(data: AssembledScorecard): OptionGroup[] {
  const regions = new Map<string, { label: string; options: { value: string; label: string }[] }>();
  for (const area of data.dataset.areas.values()) {
    if (area.level !== 'la' || !area.live) continue;
    const regionCode = area.regionCode ?? '';
    let group = regions.get(regionCode);
    if (!group) {
      group = {
        label: data.dataset.areas.get(regionCode)?.name ?? 'Other',
        options: [],
      };
      regions.set(regionCode, group);
    }
    group.options.push({ value: area.code, label: area.name });
  }
  return [...regions.values()]
    .map((group) => ({
      label: group.label,
      options: group.options.sort((a, b) => a.label.localeCompare(b.label, 'en-GB')),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
}

const STATUS_ORDER: readonly RagRatingStatus[] = RAG_RATING_STATUSES;

/** How many indicators have each status (every status listed, zero included). */
export function statusCounts(assessments: readonly Assessment[]): StatusCount[] {
  return STATUS_ORDER.map((kind) => ({
    kind,
    label: ragStatusWord(kind),
    count: assessments.filter((assessment) => assessment.rag.status === kind).length,
  }));
}

export function filtersView(
  data: AssembledScorecard,
  selection: Selection,
  state: ViewState,
  inScope: readonly Assessment[],
): FiltersView {
  return {
    periods: selection.periods.map((period) => ({
      value: period,
      label: reportingDateLabel(period, selection.hasLocal),
    })),
    period: selection.period ?? '',
    councils: councilGroups(data),
    council: selection.areaCode,
    sections: SECTIONS.map((section) => ({ value: section.id, label: section.title })),
    section: state.sections[0] ?? '',
    statuses: statusCounts(inScope).filter(
      (count) => count.count > 0 || state.statuses.includes(count.kind),
    ),
    selectedStatuses: state.statuses.filter((status) => STATUS_FILTERS.includes(status)),
    search: state.search,
  };
}

// ---------------------------------------------------------------------------------------------
// Filtering

function matchesSearch(assessment: Assessment, search: string): boolean {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const { indicator } = assessment;
  const haystack = [
    indicator.title,
    indicator.shortTitle,
    indicator.id,
    indicator.definition,
    ...indicator.aliases,
  ]
    .join(' ')
    .toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/** Sections and search narrow the scope; the status filter then picks within it. */
export function inScope(
  sections: readonly ScorecardSection[],
  state: ViewState,
): ScorecardSection[] {
  const asked = knownSections(state);
  return sections
    .filter((section) => asked.length === 0 || asked.includes(section.id))
    .map((section) => ({
      ...section,
      assessments: section.assessments.filter((a) => matchesSearch(a, state.search)),
    }))
    .filter((section) => section.assessments.length > 0);
}

function byStatus(sections: readonly ScorecardSection[], state: ViewState): ScorecardSection[] {
  if (state.statuses.length === 0) return [...sections];
  return sections
    .map((section) => ({
      ...section,
      assessments: section.assessments.filter((a) => state.statuses.includes(a.rag.status)),
    }))
    .filter((section) => section.assessments.length > 0);
}

// ---------------------------------------------------------------------------------------------
// Overview

export interface OverviewView {
  readonly summary: readonly StatusCount[];
  readonly sections: readonly SectionView<TileView>[];
  /** "Showing 8 of 25 indicators" when filters hide some, else null. */
  readonly filterNote: string | null;
}

export function overviewView(
  sections: readonly ScorecardSection[],
  state: ViewState,
  context: TileContext,
): OverviewView {
  const scoped = inScope(sections, state);
  const shown = byStatus(scoped, state);
  const total = sections.reduce((n, s) => n + s.assessments.length, 0);
  const count = shown.reduce((n, s) => n + s.assessments.length, 0);
  return {
    summary: statusCounts(scoped.flatMap((section) => section.assessments)),
    sections: shown.map((section) => ({
      id: section.id,
      title: section.title,
      items: section.assessments.map((assessment) => tileView(assessment, context)),
    })),
    filterNote:
      count === total
        ? null
        : `Showing ${String(count)} of ${String(total)} indicators. Clear the filters to see them all.`,
  };
}

// ---------------------------------------------------------------------------------------------
// Scorecard table

const COLUMN_PERIODS = 5;

/** The last five periods of the same kind, ending with the one shown, oldest first. */
export function columnPeriods(period: PeriodKey | undefined): PeriodKey[] {
  const keys: PeriodKey[] = [];
  let cursor = period === undefined ? undefined : parsePeriodKey(period);
  for (let i = 0; i < COLUMN_PERIODS && cursor; i++) {
    keys.unshift(periodKey(cursor));
    cursor = previousPeriod(cursor);
  }
  return keys;
}

/**
 * The table's columns for a selection: the last five local quarters (or months) up to the
 * reporting period when the council has local figures; else the last five financial years that
 * have ended by the reporting date (a snapshot taken within a year sits in its column).
 */
export function tableColumns(selection: Selection): PeriodKey[] {
  const parsed = selection.period === undefined ? undefined : parsePeriodKey(selection.period);
  if (!parsed || selection.hasLocal || parsed.kind === 'year')
    return columnPeriods(selection.period);
  // The newest financial year that has ended by the reporting date: a year still running has
  // no annual figures, and a snapshot taken in it shows in the rated-figure column instead.
  const year = financialYearOf(parsed);
  return columnPeriods(
    periodKey(parsed.kind === 'quarter' && parsed.quarter === 4 ? year : previousPeriod(year)),
  );
}

function cellText(
  assessment: Assessment,
  observation: Observation,
  column: PeriodKey,
  dataset: Pick<Dataset, 'publishedFiles'>,
): TableCell {
  const { indicator } = assessment;
  // A figure taken within the column's year (a snapshot at 30 September) says its own date.
  const own = observation.period === column ? '' : periodMention(indicator, observation.period);
  if (observation.value.kind === 'number') {
    return {
      text: formatFigure(
        observation.value.value,
        indicator,
        observationOrigin(dataset, observation),
      ),
      note: own,
    };
  }
  const why = observation.value.state === 'blank' ? '' : MISSING_WORDS[observation.value.state];
  return {
    text: MISSING_LABELS[observation.value.state],
    note: [why, own].filter(Boolean).join(', '),
  };
}

const noteWith = (note: string, gap: string): string => (note === '' ? gap : `${note}, ${gap}`);

/** A comparator cell with why its file is missing or incomplete, when it is. */
function withGap(text: string, gap: string | null | undefined): string {
  return gap ? `${text} (${gap})` : text;
}

function cellFor(
  data: AssembledScorecard,
  assessment: Assessment,
  areaCode: string,
  column: PeriodKey,
  reportingEnd: number,
): { cell: TableCell; observation: Observation | undefined } {
  const observation = columnFigure(
    data.dataset,
    assessment.indicator,
    areaCode,
    column,
    reportingEnd,
  );
  // A missing figure says when its file could not be read; the rated figure also says when it
  // stands in for a local figure that was lost (figureGap).
  const gap = figureGap(
    assessment.gaps,
    observation === assessment.observation ? observation : undefined,
  );
  if (!observation) return { cell: { text: '–', note: gap ?? 'no figure' }, observation };
  const cell = cellText(assessment, observation, column, data.dataset);
  const otherFigure = observation.value.kind === 'number' && observation !== assessment.observation;
  return {
    cell: gap === null || otherFigure ? cell : { ...cell, note: noteWith(cell.note, gap) },
    observation,
  };
}

/** The council's own reference (TS2 …) for its own scorecard, else the indicator id. Council
 * references belong to the configured council: another council's table shows the id. */
export function refOf(assessment: Assessment, ownCouncil = true): string {
  const ref = ownCouncil
    ? assessment.indicator.aliases.find((alias) => /^TS\d+$/i.test(alias))
    : undefined;
  return ref ?? assessment.indicator.id;
}

const DIRECTION_ORDER = [
  'worsening',
  'not-comparable',
  'no-earlier-figure',
  'no-change',
  'down',
  'up',
  'improving',
];

function compareRows(key: SortKey, ownCouncil: boolean): (a: Assessment, b: Assessment) => number {
  switch (key) {
    case 'ref':
      return (a, b) =>
        refOf(a, ownCouncil).localeCompare(refOf(b, ownCouncil), 'en-GB', { numeric: true });
    case 'indicator':
      return (a, b) => a.indicator.title.localeCompare(b.indicator.title, 'en-GB');
    case 'status':
      return (a, b) => STATUS_ORDER.indexOf(a.rag.status) - STATUS_ORDER.indexOf(b.rag.status);
    case 'direction':
      return (a, b) =>
        DIRECTION_ORDER.indexOf(a.direction.previous.judgement) -
        DIRECTION_ORDER.indexOf(b.direction.previous.judgement);
  }
}

export function tableView(
  scorecard: readonly ScorecardSection[],
  state: ViewState,
  context: TileContext,
): TableView {
  const { data, selection } = context;
  const periods = tableColumns(selection);
  const reporting = selection.period === undefined ? undefined : parsePeriodKey(selection.period);
  const reportingEnd = reporting ? endMonthIndex(reporting) : -Infinity;
  const ownCouncil = selection.areaCode === data.config.authority;
  const compare = compareRows(state.sort, ownCouncil);
  const order = (a: Assessment, b: Assessment): number =>
    (state.sortDescending ? -1 : 1) * compare(a, b) ||
    a.indicator.title.localeCompare(b.indicator.title, 'en-GB');
  const average = selection.snAverage;
  const outside = new Set<string>();
  const sections = byStatus(inScope(scorecard, state), state).map((section) => ({
    id: section.id,
    title: section.title,
    items: [...section.assessments].sort(order).map((assessment): TableRowView => {
      const { indicator, benchmarks, rag } = assessment;
      // "25.6% (2024-25, year to 31 March 2025)".
      const withPeriod = (text: string, period: string | null): string =>
        period === null ? text : `${text} (${periodMentionInBrackets(indicator, period)})`;
      const cells = periods.map((period) =>
        cellFor(data, assessment, selection.areaCode, period, reportingEnd),
      );
      // The rated figure is always on its row: in a column, or in a cell of its own.
      const shown = assessment.observation;
      if (shown !== undefined && !cells.some((c) => c.observation === shown))
        outside.add(indicator.id);
      return {
        id: indicator.id,
        ref: refOf(assessment, ownCouncil),
        title: indicator.title,
        href: context.indicatorHref(indicator.id),
        goodIs: goodIsText(indicator.polarity),
        values: cells.map((c) => c.cell),
        latest:
          shown === undefined
            ? null
            : {
                text: cellText(assessment, shown, shown.period, data.dataset).text,
                note: [
                  shown.value.kind === 'missing' && shown.value.state !== 'blank'
                    ? MISSING_WORDS[shown.value.state]
                    : '',
                  periodMention(indicator, shown.period),
                  figureGap(assessment.gaps, shown) ?? '',
                ]
                  .filter(Boolean)
                  .join(', '),
              },
        targetText: rag.target?.text ?? 'None',
        status: statusView(assessment),
        direction: directionView(assessment.direction.previous, assessment.indicator.measurement),
        snText: withGap(
          benchmarks.neighbours
            ? withPeriod(
                comparatorValueText(indicator, benchmarks.neighbours),
                benchmarks.neighbours.period,
              )
            : 'No neighbours',
          assessment.gaps?.neighbours,
        ),
        englandText: withGap(
          benchmarks.england
            ? withPeriod(
                comparatorValueText(indicator, benchmarks.england),
                benchmarks.england.period,
              )
            : '–',
          assessment.gaps?.comparators,
        ),
        commentary: headlineFor(context, indicator.id) || (assessment.observation?.note ?? ''),
        illustrative: isIllustrative(data, assessment.observation),
        spc: spcIconsView(assessment.spc),
      };
    }),
  }));
  return {
    caption: `${selection.areaName} children's services scorecard, ${
      selection.period === undefined
        ? 'no period'
        : reportingDateLabel(selection.period, selection.hasLocal)
    }`,
    periods: periods.map((period) => periodKeyLabel(period)),
    latestHeading: outside.size > 0 ? 'Figure rated, with its date' : null,
    snHeading: neighbourLabel(average),
    englandHeading: 'England',
    sections,
  };
}

// ---------------------------------------------------------------------------------------------
// Exceptions

/**
 * Why an indicator needs a member's attention, or nothing. Red; worsening since the previous
 * period; or outside the neighbours' middle half (interquartile range): on the worse side for
 * a rated measure, on either side for a context measure (unusually high or low demand).
 */
export function exceptionReasons(assessment: Assessment): string[] {
  const reasons: string[] = [];
  const { polarity } = assessment.indicator;
  if (assessment.rag.status === 'red') reasons.push('Red');
  if (assessment.direction.previous.judgement === 'worsening') reasons.push('Worsening');
  if (assessment.spc?.variation?.kind === 'special-cause-concern') {
    reasons.push('Special cause concern (a real change for the worse, not chance)');
  }
  const position = assessment.benchmarks.neighbours?.position ?? null;
  if (position !== null && position !== 'inside') {
    const worse =
      (polarity === 'higher' && position === 'below') ||
      (polarity === 'lower' && position === 'above');
    if (worse)
      reasons.push("Worse than most similar councils (outside the neighbours' middle range)");
    else if (polarity === 'none')
      reasons.push(
        `${position === 'above' ? 'Higher' : 'Lower'} than most similar councils (outside the neighbours' middle range)`,
      );
  }
  return reasons;
}

export function exceptionsView(
  sections: readonly ScorecardSection[],
  state: ViewState,
  context: TileContext,
): SectionView<ExceptionView>[] {
  return byStatus(inScope(sections, state), state)
    .map((section) => ({
      id: section.id,
      title: section.title,
      items: section.assessments.flatMap((assessment) => {
        const reasons = exceptionReasons(assessment);
        return reasons.length === 0 ? [] : [{ tile: tileView(assessment, context), reasons }];
      }),
    }))
    .filter((section) => section.items.length > 0);
}
