/**
 * The screens built from one scorecard's assessments: the running header, the filter choices,
 * the overview tiles, the scorecard table and the exceptions. Pure functions of the data, the
 * resolved selection and the view state.
 */
import type { Assessment, ScorecardSection } from '../../domain/assess';
import { getObservation } from '../../domain/dataset';
import { formatDate, formatValue } from '../../domain/format';
import { MISSING_LABELS, MISSING_WORDS } from '../../domain/missing';
import {
  comparePeriodKeys,
  parsePeriodKey,
  periodKey,
  periodKeyLabel,
  previousPeriod,
} from '../../domain/periods';
import { ragStatusWord, type RagRatingStatus } from '../../domain/rag';
import type { AssembledScorecard } from '../../domain/scorecard-data';
import { periodMention } from '../../domain/sentence';
import { SECTIONS, SN_MODEL_LABELS, type PeriodKey } from '../../domain/types';
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
  const range = (periods: Set<string>): string => {
    const sorted = [...periods].sort(comparePeriodKeys);
    if (sorted.length === 0) return 'none';
    return sorted.length === 1
      ? (sorted[0] ?? '')
      : `${sorted[0] ?? ''} to ${sorted[sorted.length - 1] ?? ''}`;
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
  const [year = 0, month = 1, day = 1] = data.config.dataAsAt.split('-').map(Number);
  return {
    authority: selection.areaName,
    periodText:
      selection.period === undefined
        ? 'No figures'
        : `${periodKeyLabel(selection.period)} (${periodKeyLabel(selection.period, 'long')})`,
    // parseConfig has checked dataAsAt is a real YYYY-MM-DD date.
    dataAsAt: formatDate(new Date(year, month - 1, day)),
    vintages: [...vintages],
    illustrative: illustrativeLabels.size > 0 ? [...illustrativeLabels].join(' ') : null,
    annualOnly: selection.hasLocal
      ? null
      : `The data has no local quarterly figures for ${selection.areaName}, so the scorecard shows its published annual figures only.`,
  };
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

const STATUS_ORDER: readonly RagRatingStatus[] = [
  'red',
  'amber',
  'green',
  'blue',
  'not-rated',
  'no-target',
];

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
      label: `${periodKeyLabel(period)} (${periodKeyLabel(period, 'long')})`,
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
  return sections
    .filter((section) => state.sections.length === 0 || state.sections.includes(section.id))
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

function cellFor(
  data: AssembledScorecard,
  assessment: Assessment,
  areaCode: string,
  period: PeriodKey,
): TableCell {
  const { indicator } = assessment;
  const observation = getObservation(data.dataset, indicator.id, areaCode, period);
  if (!observation) return { text: '–', note: 'no figure' };
  if (observation.value.kind === 'number') {
    return {
      text: formatValue(observation.value.value, indicator.unit, indicator.decimals),
      note: '',
    };
  }
  return {
    text: MISSING_LABELS[observation.value.state],
    note: observation.value.state === 'blank' ? '' : MISSING_WORDS[observation.value.state],
  };
}

/** The council's own reference (TS2 …) when it has one, else the indicator id. */
export function refOf(assessment: Assessment): string {
  return assessment.indicator.aliases.find((alias) => /^TS\d+$/i.test(alias)) ?? assessment.indicator.id;
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

function compareRows(key: SortKey): (a: Assessment, b: Assessment) => number {
  switch (key) {
    case 'ref':
      return (a, b) => refOf(a).localeCompare(refOf(b), 'en-GB', { numeric: true });
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
  sections: readonly ScorecardSection[],
  state: ViewState,
  context: TileContext,
): TableView {
  const { data, selection } = context;
  const periods = columnPeriods(selection.period);
  const compare = compareRows(state.sort);
  const order = (a: Assessment, b: Assessment): number =>
    (state.sortDescending ? -1 : 1) * compare(a, b) ||
    a.indicator.title.localeCompare(b.indicator.title, 'en-GB');
  const average = selection.snAverage;
  return {
    caption: `${selection.areaName} children's services scorecard, ${selection.period ?? 'no period'}`,
    periods,
    snHeading: neighbourLabel(average),
    englandHeading: 'England',
    sections: byStatus(inScope(sections, state), state).map((section) => ({
      id: section.id,
      title: section.title,
      items: [...section.assessments].sort(order).map((assessment): TableRowView => {
        const { indicator, benchmarks, rag } = assessment;
        const withPeriod = (text: string, period: string | null): string =>
          period === null ? text : `${text} (${periodMention(indicator, period)})`;
        return {
          id: indicator.id,
          ref: refOf(assessment),
          title: indicator.title,
          href: context.indicatorHref(indicator.id),
          goodIs: goodIsText(indicator.polarity),
          values: periods.map((period) => cellFor(data, assessment, selection.areaCode, period)),
          targetText: rag.target?.text ?? 'None',
          status: statusView(assessment),
          direction: directionView(assessment.direction.previous),
          snText: benchmarks.neighbours
            ? withPeriod(comparatorValueText(indicator, benchmarks.neighbours), benchmarks.neighbours.period)
            : 'No neighbours',
          englandText: benchmarks.england
            ? withPeriod(comparatorValueText(indicator, benchmarks.england), benchmarks.england.period)
            : '–',
          commentary: headlineFor(context, indicator.id) || (assessment.observation?.note ?? ''),
          illustrative: isIllustrative(data, assessment.observation),
        };
      }),
    })),
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
  const position = assessment.benchmarks.neighbours?.position ?? null;
  if (position !== null && position !== 'inside') {
    const worse =
      (polarity === 'higher' && position === 'below') ||
      (polarity === 'lower' && position === 'above');
    if (worse) reasons.push("Worse than most similar councils (outside the neighbours' middle range)");
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
