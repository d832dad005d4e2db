/**
 * One indicator's page: the sentence, the trend chart (local series, target, neighbours'
 * average, region and England at their own annual vintage), the neighbour comparison for the
 * latest published year, a table of every chart's data, and the facts a member may ask about.
 */
import { differenceInCalendarMonths, subDays } from 'date-fns';
import type { Assessment } from '../../domain/assess';
import { neighbourComparator } from '../../domain/assess';
import { gapSentence, getSeries, observationsInPeriod } from '../../domain/model';
import { formatFigure, formatValue, observationOrigin } from '../../domain/model';
import type { Dataset } from '../../domain/model';
import { MISSING_LABELS, MISSING_WORDS } from '../../domain/model';
import {
  comparePeriodKeys,
  parsePeriodKey,
  periodEnd,
  periodKey,
  previousPeriod,
} from '../../domain/model';
import { selectTarget } from '../../domain/assess';
import { noCountPublished, periodMention, weakNeighbours } from '../../domain/assess';
import {
  ENGLAND,
  SN_MODEL_LABELS,
  type IndicatorDefinition,
  type MeasurementType,
  type Observation,
  type Period,
  type PeriodKey,
  type Unit,
} from '../../domain/model';
import type {
  ChartPoint,
  ChartSeriesView,
  DataTableView,
  Fact,
  IndicatorPageView,
  NeighbourBar,
  NeighbourChartView,
  TrendChartView,
} from '../view-models';
import { writtenView } from './commentary';
import { isIllustrative, neighbourLabel, tileView, type TileContext } from './tiles';
import { xmrChartView } from './xmr';

/** Months since January 2000 of the period's last month: the trend chart's time axis. */
function monthIndex(period: Period): number {
  return differenceInCalendarMonths(periodEnd(period), JANUARY_2000);
}
const JANUARY_2000 = new Date(2000, 0, 1);

export const UNIT_LABELS: Readonly<Record<Unit, string>> = {
  percent: 'Per cent',
  'rate-per-10k': 'Per 10,000 children',
  days: 'Days',
  'working-days': 'Working days',
  count: 'Number',
  score: 'Score',
  currency: 'Pounds',
};

const MEASUREMENT_WORDS: Readonly<Record<MeasurementType, string>> = {
  snapshot: 'A snapshot on the last day of each period',
  'in-period': 'Counted over each period',
  'year-to-date': 'Year to date: from 1 April to the end of each period',
  'rolling-12-months': 'Over the 12 months up to the end of each period',
};

const POLARITY_WORDS = {
  higher: 'A higher figure is better',
  lower: 'A lower figure is better',
  range: 'Closer to the target range is better',
  none: 'Neither higher nor lower is better: a context measure, compared with similar councils',
} as const;

const TREND_QUARTERS = 20;

interface Row {
  readonly period: PeriodKey;
  readonly parsed: Period;
  readonly observation: Observation | undefined;
}

/** A figure as shown: DfE's published figures at DfE's places, the council's own at `decimals`. */
function valueText(
  indicator: IndicatorDefinition,
  observation: Observation | undefined,
  dataset: Pick<Dataset, 'publishedFiles'>,
): string {
  if (!observation) return 'No figure';
  return observation.value.kind === 'number'
    ? formatFigure(observation.value.value, indicator, observationOrigin(dataset, observation))
    : MISSING_LABELS[observation.value.state];
}

const numberOf = (observation: Observation | undefined): number | null =>
  observation?.value.kind === 'number' ? observation.value.value : null;

/** The local series: the kind of period shown, the last five years' worth, gaps included. */
function localRows(context: TileContext, indicator: IndicatorDefinition, shown: Period): Row[] {
  const { dataset } = context.data;
  const area = context.selection.areaCode;
  const byPeriod = new Map(
    getSeries(dataset, indicator.id, area).map((observation) => [observation.period, observation]),
  );
  const rows: Row[] = [];
  let cursor: Period = shown;
  const limit = shown.kind === 'year' ? 10 : TREND_QUARTERS;
  for (let i = 0; i < limit; i++) {
    const key = periodKey(cursor);
    rows.unshift({ period: key, parsed: cursor, observation: byPeriod.get(key) });
    cursor = previousPeriod(cursor);
  }
  const first = rows.findIndex((row) => row.observation !== undefined);
  return first === -1 ? rows.slice(-1) : rows.slice(first);
}

function point(
  indicator: IndicatorDefinition,
  parsed: Period,
  value: number | null,
  text: string,
): ChartPoint {
  return {
    x: monthIndex(parsed),
    y: value,
    periodText: periodMention(indicator, periodKey(parsed)),
    valueText: text,
  };
}

/** Annual comparator points (one per published period) inside the chart's time span. */
function comparatorSeries(
  indicator: IndicatorDefinition,
  key: ChartSeriesView['key'],
  label: string,
  figureFor: (period: PeriodKey) => number | null,
  periods: readonly PeriodKey[],
): ChartSeriesView | null {
  const points = periods.flatMap((period) => {
    const parsed = parsePeriodKey(period);
    if (!parsed) return [];
    const value = figureFor(period);
    return [
      point(
        indicator,
        parsed,
        value,
        value === null ? 'No figure' : formatFigure(value, indicator, 'published'),
      ),
    ];
  });
  if (points.every((p) => p.y === null)) return null;
  return { key, label, points, annual: true };
}

/**
 * A padded axis range on round numbers, with its ticks: a step of 1, 2 or 5 times a power of
 * ten giving four to six intervals. Never below zero for figures that cannot be negative, never
 * above 100 for percentages.
 */
export function niceAxis(
  values: readonly number[],
  unit: Unit,
): { domain: [number, number]; ticks: number[] } {
  const present = values.length === 0 ? [0, 1] : values;
  const min = Math.min(...present);
  const max = Math.max(...present);
  const pad = Math.max((max - min) * 0.15, Math.abs(max) * 0.05, 0.5);
  const low0 = min >= 0 ? Math.max(0, min - pad) : min - pad;
  const high0 = unit === 'percent' ? Math.min(100, max + pad) : max + pad;
  const raw = (high0 - low0) / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const low = Math.floor(low0 / step) * step;
  const high = Math.ceil(high0 / step) * step;
  const ticks: number[] = [];
  for (let tick = low; tick <= high + step / 1e6; tick += step) ticks.push(Number(tick.toFixed(6)));
  return { domain: [low, high], ticks };
}

function trendChart(assessment: Assessment, context: TileContext, shown: Period): TrendChartView {
  const { indicator } = assessment;
  const { data, selection } = context;
  const { dataset } = data;
  const rows = localRows(context, indicator, shown);
  const localLabel = selection.areaName;
  const local: ChartSeriesView = {
    key: 'local',
    label: localLabel,
    annual: shown.kind === 'year',
    points: rows.map((row) =>
      point(
        indicator,
        row.parsed,
        numberOf(row.observation),
        valueText(indicator, row.observation, dataset),
      ),
    ),
  };
  const first = rows[0]?.parsed ?? shown;
  const spanStart = subDays(periodEnd(first), 365).getTime();
  const spanEnd = periodEnd(shown).getTime();
  const inSpan = (period: PeriodKey): boolean => {
    const parsed = parsePeriodKey(period);
    if (!parsed) return false;
    const end = periodEnd(parsed).getTime();
    return end >= spanStart && end <= spanEnd;
  };
  const publishedPeriods = (code: string): PeriodKey[] =>
    getSeries(dataset, indicator.id, code)
      .map((o) => o.period)
      .filter(inSpan);

  const series: ChartSeriesView[] = [local];
  const targets = rows.map((row) =>
    selectTarget(indicator, row.period, row.observation?.target ?? null),
  );
  const pointTargets = targets.map((t) => (t?.value.kind === 'point' ? t.value.value : null));
  if (pointTargets.some((t) => t !== null)) {
    series.push({
      key: 'target',
      label: 'Target',
      annual: false,
      points: rows.map((row, i) =>
        point(indicator, row.parsed, pointTargets[i] ?? null, targets[i]?.text ?? 'No target'),
      ),
    });
  }
  const rangeTarget = targets.find((t) => t?.value.kind === 'range')?.value;

  const config = data.config.comparators;
  const neighbourList = dataset.neighbours.get(selection.snModel)?.get(selection.areaCode) ?? [];
  if (config.statisticalNeighbours && neighbourList.length > 0) {
    const periods = [...new Set(neighbourList.flatMap((n) => publishedPeriods(n.code)))].sort(
      comparePeriodKeys,
    );
    const sn = comparatorSeries(
      indicator,
      'sn',
      neighbourLabel(selection.snAverage),
      (period) =>
        neighbourComparator(
          dataset,
          indicator,
          selection.areaCode,
          { period, value: undefined },
          {
            model: selection.snModel,
            average: selection.snAverage,
          },
        )?.value ?? null,
      periods,
    );
    if (sn) series.push(sn);
  }
  const area = dataset.areas.get(selection.areaCode);
  const figureAt = (code: string) => (period: PeriodKey) =>
    numberOf(getSeries(dataset, indicator.id, code).find((o) => o.period === period));
  if (config.region && area?.regionCode) {
    const region = comparatorSeries(
      indicator,
      'region',
      dataset.areas.get(area.regionCode)?.name ?? 'Region',
      figureAt(area.regionCode),
      publishedPeriods(area.regionCode),
    );
    if (region) series.push(region);
  }
  if (config.england) {
    const england = comparatorSeries(
      indicator,
      'england',
      'England',
      figureAt(ENGLAND),
      publishedPeriods(ENGLAND),
    );
    if (england) series.push(england);
  }

  const allValues = series.flatMap((s) => s.points.flatMap((p) => (p.y === null ? [] : [p.y])));
  if (rangeTarget?.kind === 'range') allValues.push(rangeTarget.low, rangeTarget.high);
  const xs = series.flatMap((s) => s.points.map((p) => p.x));
  const xMin = Math.min(...xs);
  const xMax = Math.max(...xs);
  const ticks: { x: number; label: string }[] = [];
  for (
    let fy = first.kind === 'month' ? first.year - 1 : first.fy - 1;
    fy <= ('fy' in shown ? shown.fy : shown.year);
    fy++
  ) {
    const year: Period = { kind: 'year', fy };
    const x = monthIndex(year);
    if (x >= xMin - 3 && x <= xMax + 3) ticks.push({ x, label: periodKey(year) });
  }

  const gaps = rows.flatMap((row) => {
    if (row.observation?.value.kind === 'number') return [];
    const why =
      row.observation === undefined
        ? 'no figure in the data'
        : MISSING_WORDS[row.observation.value.state];
    return [`${row.period}: ${why}.`];
  });

  // The table view: one row per period in any series, a column per series.
  const periods = new Map<number, string>();
  for (const s of series)
    for (const p of s.points) if (!periods.has(p.x)) periods.set(p.x, p.periodText);
  const table: DataTableView = {
    caption: `${indicator.title}: ${localLabel} and comparators over time`,
    columns: [
      'Period',
      ...series.map((s) => `${s.label}${s.annual && s.key !== 'local' ? ' (annual)' : ''}`),
    ],
    rows: [...periods.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([x, periodText]) => ({
        header: periodText,
        cells: series.map((s) => s.points.find((p) => p.x === x)?.valueText ?? ''),
      })),
  };

  const axis = niceAxis(allValues, indicator.unit);
  const lastLocal = [...local.points].reverse().find((p) => p.y !== null);
  const firstLocal = local.points.find((p) => p.y !== null);
  const description =
    lastLocal && firstLocal
      ? `${localLabel}'s figure went from ${firstLocal.valueText} (${firstLocal.periodText}) to ${lastLocal.valueText} (${lastLocal.periodText}). ${assessment.rag.reason}`
      : `There are no figures for ${localLabel} to draw.`;

  return {
    title: `${indicator.shortTitle}: trend`,
    description,
    unitLabel: UNIT_LABELS[indicator.unit],
    xDomain: [xMin - 1, xMax + 1],
    xTicks: ticks,
    yDomain: axis.domain,
    yTicks: axis.ticks,
    series,
    targetBand:
      rangeTarget?.kind === 'range' ? { low: rangeTarget.low, high: rangeTarget.high } : null,
    gaps,
    notes:
      shown.kind === 'quarter'
        ? [
            'Comparators are published once a year, so they are drawn as single points at the end of each published year, joined by a dashed line.',
          ]
        : [],
    source: indicator.source,
    table,
  };
}

/** "Not Close" as published reads "Not close". */
function closeWords(band: string): string {
  const text = band.trim().toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function neighbourChart(
  assessment: Assessment,
  context: TileContext,
): { chart: NeighbourChartView | null; missing: string | null } {
  const { indicator, benchmarks } = assessment;
  const { data, selection } = context;
  const { dataset } = data;
  const sn = benchmarks.neighbours;
  const gap = assessment.gaps?.neighbours ?? null;
  if (!sn || sn.period === null) {
    return {
      chart: null,
      missing: gap
        ? gapSentence(gap)
        : sn
          ? 'None of the statistical neighbours has a published figure for this indicator.'
          : `The ${SN_MODEL_LABELS[selection.snModel]} lists no statistical neighbours for ${selection.areaName}.`,
    };
  }
  const period = sn.period;
  const figures = observationsInPeriod(dataset, indicator.id, period);
  const list = dataset.neighbours.get(selection.snModel)?.get(selection.areaCode) ?? [];
  const closeness = new Map(list.map((n) => [n.code, n.closeness]));
  const bar = (code: string, role: NeighbourBar['role']): NeighbourBar => {
    const observation = figures.get(code);
    const name = dataset.areas.get(code)?.name ?? code;
    const close = role === 'neighbour' ? closeness.get(code) : undefined;
    return {
      code,
      // DfE's closeness band beside each neighbour's name ("Very close" to "Not close").
      label: close ? `${name} (${closeWords(close)})` : name,
      value: numberOf(observation),
      valueText: valueText(indicator, observation, dataset),
      role,
    };
  };
  const bars = [
    bar(selection.areaCode, 'self'),
    ...list.map((n) => bar(n.code, 'neighbour')),
    ...(data.config.comparators.england ? [bar(ENGLAND, 'england')] : []),
  ];
  const lowerFirst = indicator.polarity === 'lower';
  const sorted = [...bars].sort((a, b) => {
    if (a.value === null) return b.value === null ? a.label.localeCompare(b.label) : 1;
    if (b.value === null) return -1;
    return lowerFirst ? a.value - b.value : b.value - a.value;
  });
  const self = bars[0];
  const rank = benchmarks.rankAmongNeighbours;
  const shown = (value: number) => formatValue(value, indicator.unit, indicator.decimals);
  const maxValue = niceAxis(
    [0, ...bars.flatMap((b) => (b.value === null ? [] : [b.value]))],
    indicator.unit,
  ).domain[1];
  const orderNote =
    indicator.polarity === 'higher'
      ? 'Best first: a higher figure is better.'
      : indicator.polarity === 'lower'
        ? 'Best first: a lower figure is better.'
        : 'Highest first: this is a context measure, so neither direction is better.';
  return {
    chart: {
      title: `${indicator.shortTitle}: ${selection.areaName} and its statistical neighbours, ${periodMention(indicator, period)}`,
      description: `${selection.areaName}: ${self?.valueText ?? 'no figure'}${rank ? `, ${rank.text} among itself and its neighbours` : ''}. ${neighbourLabel(sn.average)}: ${sn.value === null ? 'no figure' : shown(sn.value)} (${String(sn.contributed)} of ${String(sn.listed)} neighbours have a figure). ${orderNote}`,
      unitLabel: UNIT_LABELS[indicator.unit],
      orderNote,
      bars: sorted,
      maxValue,
      notes: [
        ...(gap ? [gapSentence(gap)] : []),
        ...(weakNeighbours(sn)
          ? [
              `A weak comparison: ${String(sn.notClose)} of ${String(sn.listed)} neighbours are "Not close" in DfE's model.`,
            ]
          : []),
        ...sn.excluded.map((excluded) => `Not in the average: ${excluded.text}.`),
        ...(isIllustrative(data, assessment.observation) && self?.value !== null
          ? [
              `${selection.areaName}'s bar is its real published DfE figure (${periodMention(indicator, period)}), not an illustrative one.`,
            ]
          : []),
      ],
      source: `${indicator.source} Statistical neighbours: DfE ${SN_MODEL_LABELS[selection.snModel]}.`,
      table: {
        caption: `${indicator.shortTitle}, ${periodMention(indicator, period)}: ${selection.areaName}, its statistical neighbours and England`,
        columns: ['Council', 'Figure'],
        rows: sorted.map((b) => ({
          header: b.role === 'self' ? `${b.label} (this council)` : b.label,
          cells: [b.valueText],
        })),
      },
    },
    missing: null,
  };
}

function facts(assessment: Assessment): Fact[] {
  const { indicator, rag, benchmarks } = assessment;
  const list: Fact[] = [
    { label: 'What it measures', value: indicator.definition },
    { label: 'Good is', value: POLARITY_WORDS[indicator.polarity] },
    { label: 'How it is counted', value: MEASUREMENT_WORDS[indicator.measurement] },
    {
      label: 'Target',
      value: rag.target
        ? `${rag.target.text}. Why: ${rag.target.rationale}`
        : indicator.polarity === 'none'
          ? 'None: a context measure is compared with similar councils, not targeted.'
          : 'No target set.',
    },
  ];
  if (assessment.counts) {
    const interval = assessment.interval;
    list.push({
      label: 'Numbers behind the figure',
      value: interval
        ? `${assessment.counts}. With numbers this size the true rate is likely (95% confidence) to lie between ${formatValue(interval.lower, indicator.unit, indicator.decimals)} and ${formatValue(interval.upper, indicator.unit, indicator.decimals)}.`
        : assessment.counts,
    });
  } else if (noCountPublished(indicator, assessment.observation)) {
    list.push({
      label: 'Numbers behind the figure',
      value:
        'No count is published: only the rate is known, so how many children it is about, and whether one child moves it a lot, cannot be checked.',
    });
  }
  if (benchmarks.rankAmongNeighbours)
    list.push({
      label: 'Rank among similar councils',
      value: `${benchmarks.rankAmongNeighbours.text} (${benchmarks.rankAmongNeighbours.period})`,
    });
  if (benchmarks.rankAmongAll)
    list.push({
      label: 'Rank among all councils',
      value: `${benchmarks.rankAmongAll.text} (${benchmarks.rankAmongAll.period})`,
    });
  if (benchmarks.quartileBand)
    list.push({ label: 'Quartile band', value: benchmarks.quartileBand.text });
  // Ranks and bands count other councils' published figures: say when those are missing.
  const gaps = assessment.gaps;
  if (gaps?.neighbours && !benchmarks.rankAmongNeighbours)
    list.push({ label: 'Rank among similar councils', value: gapSentence(gaps.neighbours) });
  if (gaps?.comparators && !benchmarks.rankAmongAll)
    list.push({ label: 'Rank among all councils', value: gapSentence(gaps.comparators) });
  if (gaps?.comparators && !benchmarks.quartileBand)
    list.push({ label: 'Quartile band', value: gapSentence(gaps.comparators) });
  list.push(
    { label: 'Source', value: indicator.source },
    { label: 'Responsible officer', value: indicator.owner || 'Not recorded' },
    { label: 'Indicator reference', value: [indicator.id, ...indicator.aliases].join(', ') },
  );
  return list;
}

function commentary(context: TileContext, indicator: IndicatorDefinition): string[] {
  return getSeries(context.data.dataset, indicator.id, context.selection.areaCode)
    .filter((o) => o.note !== null && o.note !== '')
    .reverse()
    .map((o) => `${o.period}: ${o.note ?? ''}`);
}

export function indicatorPageView(assessment: Assessment, context: TileContext): IndicatorPageView {
  const shown = parsePeriodKey(assessment.period) ?? { kind: 'year' as const, fy: 2024 };
  const neighbours = neighbourChart(assessment, context);
  const view = writtenView(context, assessment.indicator.id);
  const written = view ? { written: view } : {};
  return {
    id: assessment.indicator.id,
    title: assessment.indicator.title,
    sentence: assessment.sentence,
    tile: tileView(assessment, context),
    trend: trendChart(assessment, context, shown),
    neighbours: neighbours.chart,
    neighboursMissing: neighbours.missing,
    facts: facts(assessment),
    commentary: commentary(context, assessment.indicator),
    xmr: xmrChartView(
      assessment,
      context.selection.areaName,
      context.data.config.spc?.reasons?.get(assessment.indicator.id),
    ),
    ...written,
  };
}
