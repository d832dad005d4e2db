/**
 * One assessment as the words, numbers and shapes a tile (and a table row) shows. Pure: every
 * figure is formatted by the domain; this only chooses and arranges.
 */
import type { Assessment } from '../../domain/assess';
import type { CommentaryBook } from '../../domain/model';
import type { AreaComparator, NeighbourComparator } from '../../domain/assess';
import { figureGap, getObservation } from '../../domain/model';
import type { Direction } from '../../domain/assess';
import { shortPeriodLabel } from '../../domain/assess';
import { formatFigure, observationOrigin } from '../../domain/model';
import { MISSING_LABELS } from '../../domain/model';
import { parsePeriodKey, periodKey, periodKeyLabel, previousPeriod } from '../../domain/model';
import { ragStatusWord } from '../../domain/assess';
import type { AssembledScorecard } from '../../domain/import';
import { neighbourCount, periodMentionInBrackets, weakNeighbours, when } from '../../domain/assess';
import { comparatorOrigin, sparklinePath } from '../../domain/assess';
import type { IndicatorDefinition, Observation, Polarity } from '../../domain/model';
import type {
  ComparatorView,
  DirectionKind,
  DirectionView,
  SparklineView,
  StatusView,
  TileView,
} from '../view-models';
import { headlineFor } from './commentary';
import type { Selection } from './selection';
import { spcIconsView } from './spc-icons';

export interface TileContext {
  readonly data: AssembledScorecard;
  readonly selection: Selection;
  /** The link to an indicator's page, keeping the rest of the view state. */
  readonly indicatorHref: (id: string) => string;
  /** Officers' commentary (hosted and written in this browser), by commentaryKey. */
  readonly commentary?: CommentaryBook;
  /** The date actions are overdue on (today); the current time when not given. */
  readonly asAt?: Date;
}

export function statusView(assessment: Assessment): StatusView {
  const { rag } = assessment;
  return {
    kind: rag.status,
    label: ragStatusWord(rag.status),
    detail: rag.basis === 'rated' || rag.basis === 'value-missing' ? rag.phrase : '',
  };
}

const DIRECTION_LABELS: Readonly<Record<Direction['judgement'], string>> = {
  improving: 'Improving',
  worsening: 'Worsening',
  'no-change': 'No real change',
  up: 'Up',
  down: 'Down',
  'not-comparable': 'Not comparable',
  'no-earlier-figure': 'No earlier figure',
};

export function directionView(
  direction: Direction,
  measurement?: IndicatorDefinition['measurement'],
): DirectionView {
  const kind: DirectionKind =
    direction.judgement === 'no-earlier-figure' ? 'no-earlier' : direction.judgement;
  const change = direction.change;
  const comparedWith =
    direction.used !== null && direction.earlier !== null
      ? `since ${shortPeriodLabel(direction.used, measurement)}`
      : '';
  return {
    kind,
    label: DIRECTION_LABELS[direction.judgement],
    detail: comparedWith !== '' ? comparedWith : direction.reason,
    movement: change === null ? null : change > 0 ? 'up' : change < 0 ? 'down' : 'flat',
  };
}

/** "Higher", "Lower", "Within range", "No direction". */
export function goodIsText(polarity: Polarity): string {
  switch (polarity) {
    case 'higher':
      return 'Higher';
    case 'lower':
      return 'Lower';
    case 'range':
      return 'Within range';
    case 'none':
      return 'No direction';
  }
}

/** A comparator's figure as text: the number, the reason it is missing, or "No figure". */
export function comparatorValueText(
  indicator: IndicatorDefinition,
  comparator: AreaComparator | NeighbourComparator,
): string {
  if (comparator.value !== null)
    return formatFigure(comparator.value, indicator, comparatorOrigin(comparator));
  if (comparator.kind !== 'neighbours' && comparator.missing !== null)
    return MISSING_LABELS[comparator.missing];
  return 'No figure';
}

export function neighbourLabel(average: string): string {
  return `Statistical neighbours (${average})`;
}

export function comparatorViews(
  assessment: Assessment,
  data: AssembledScorecard,
): ComparatorView[] {
  const { indicator, benchmarks } = assessment;
  const views: ComparatorView[] = [];
  // Shown in brackets with the note (Tile.tsx).
  const periodText = (period: string | null): string =>
    period === null ? '' : periodMentionInBrackets(indicator, period);
  const notLikeForLike = (comparable: boolean): string[] =>
    comparable ? [] : ['not like-for-like'];
  const gaps = assessment.gaps;
  const sn = benchmarks.neighbours;
  const snGap = gaps?.neighbours ?? null;
  if (data.config.comparators.statisticalNeighbours && !sn && snGap !== null) {
    views.push({
      label: neighbourLabel(data.config.neighbourAverage),
      valueText: 'Missing',
      periodText: '',
      note: snGap,
    });
  }
  if (data.config.comparators.statisticalNeighbours && sn) {
    views.push({
      label: neighbourLabel(sn.average),
      valueText:
        snGap !== null && sn.contributed === 0 ? 'Missing' : comparatorValueText(indicator, sn),
      periodText: periodText(sn.period),
      note: [
        snGap,
        snGap !== null && sn.contributed === 0 ? '' : neighbourCount(indicator, sn),
        ...(weakNeighbours(sn) ? ['weak comparison: most neighbours are not close'] : []),
        ...notLikeForLike(sn.comparable),
      ]
        .filter(Boolean)
        .join(', '),
    });
  }
  const area = (comparator: AreaComparator | null, show: boolean): void => {
    if (!show || !comparator) return;
    const gap = gaps?.comparators ?? null;
    views.push({
      label: comparator.name,
      valueText:
        gap !== null && comparator.value === null
          ? 'Missing'
          : comparatorValueText(indicator, comparator),
      periodText: periodText(comparator.period),
      note:
        gap !== null && comparator.value === null
          ? gap
          : [gap, ...notLikeForLike(comparator.comparable)].filter(Boolean).join(', '),
    });
  };
  area(benchmarks.region, data.config.comparators.region);
  area(benchmarks.england, data.config.comparators.england);
  return views;
}

/** True when the figure shown comes from a file the configuration marks as illustrative. */
export function isIllustrative(data: AssembledScorecard, observation: Observation | undefined) {
  return (
    observation !== undefined && data.sources.get(observation.source.file)?.illustrative === true
  );
}

const SPARK_POINTS = 8;

/** The last eight periods of the same kind up to the one shown, gaps kept, as a sparkline. */
export function sparklineView(
  data: AssembledScorecard,
  indicator: IndicatorDefinition,
  areaCode: string,
  period: string,
): SparklineView | null {
  const keys: string[] = [];
  let cursor = parsePeriodKey(period);
  for (let i = 0; i < SPARK_POINTS && cursor; i++) {
    keys.unshift(periodKey(cursor));
    cursor = previousPeriod(cursor);
  }
  const observations = keys.map((key) => getObservation(data.dataset, indicator.id, areaCode, key));
  const firstWithRow = observations.findIndex((o) => o !== undefined);
  if (firstWithRow === -1) return null;
  const shown = observations.slice(firstWithRow);
  const shownKeys = keys.slice(firstWithRow);
  const values = shown.map((o) => (o?.value.kind === 'number' ? o.value.value : null));
  const geometry = sparklinePath(values);
  if (geometry.points < 2) return null;
  const text = (o: Observation | undefined): string =>
    o === undefined
      ? 'no figure'
      : o.value.kind === 'number'
        ? formatFigure(o.value.value, indicator, observationOrigin(data.dataset, o))
        : MISSING_LABELS[o.value.state].toLowerCase();
  const gaps = values.filter((v) => v === null).length;
  return {
    path: geometry.path,
    last: geometry.last,
    label: `Trend from ${periodKeyLabel(shownKeys[0] ?? '')} to ${periodKeyLabel(shownKeys[shownKeys.length - 1] ?? '')}: ${text(shown[0])} to ${text(shown[shown.length - 1])}${gaps > 0 ? `, with ${String(gaps)} gap${gaps === 1 ? '' : 's'}` : ''}.`,
  };
}

const withGap = (gap: string | null): { gap?: string } => (gap === null ? {} : { gap });

export function tileView(assessment: Assessment, context: TileContext): TileView {
  const { indicator, rag } = assessment;
  return {
    id: indicator.id,
    title: indicator.title,
    valueText: assessment.valueText,
    periodText: when(indicator, assessment.period),
    status: statusView(assessment),
    direction: directionView(assessment.direction.previous, assessment.indicator.measurement),
    targetText: rag.target
      ? `Target: ${rag.target.text}`
      : rag.basis === 'context-measure'
        ? 'Context measure: no target'
        : 'No target set',
    comparators: comparatorViews(assessment, context.data),
    sparkline: sparklineView(
      context.data,
      indicator,
      context.selection.areaCode,
      assessment.period,
    ),
    sentence: assessment.sentence,
    illustrative: isIllustrative(context.data, assessment.observation),
    href: context.indicatorHref(indicator.id),
    spc: spcIconsView(assessment.spc),
    headline: headlineFor(context, indicator.id),
    ...withGap(figureGap(assessment.gaps, assessment.observation)),
  };
}
