/**
 * The indicator page's XmR chart (statistical process control): the local series with its mean
 * and limits per segment, the target, special-cause points, recalculation points, the sentence
 * and a table of the same figures. The analysis is the assessment's (domain spc.ts).
 */
import type { Assessment } from '../../domain/assess';
import { formatValue } from '../../domain/model';
import { parsePeriodKey } from '../../domain/model';
import type { SpcPoint } from '../../domain/assess';
import { CADENCE_PLURAL, rulesText, spcSentence } from '../../domain/assess';
import type { XmrChartView, XmrPointView } from '../view-models';
import { niceAxis, UNIT_LABELS } from './indicator';
import { spcIconsView } from './spc-icons';

const MARK_WORDS = {
  improvement: 'Special cause: improvement',
  concern: 'Special cause: concern',
  neither: 'Special cause',
} as const;

function markText(point: SpcPoint): string {
  if (point.value === null) return 'No figure (a gap)';
  if (point.meaning === null) return 'Common cause';
  return `${MARK_WORDS[point.meaning]} (${rulesText(point.rules)})`;
}

/**
 * Null when the assessment has no local series to analyse. `reasons`: why the process changed at
 * each recalculation period (the analyst's words, from the SPC settings).
 */
export function xmrChartView(
  assessment: Assessment,
  areaName: string,
  reasons?: ReadonlyMap<string, string>,
): XmrChartView | null {
  const result = assessment.spc;
  if (result === null) return null;
  const { indicator } = assessment;
  const show = (x: number) => formatValue(x, indicator.unit, indicator.decimals);
  const cadence = parsePeriodKey(result.points[0]?.period ?? '')?.kind ?? 'quarter';
  const points: XmrPointView[] = result.points.map((point, x) => ({
    x,
    y: point.value,
    periodText: point.period,
    valueText: point.value === null ? 'No figure' : show(point.value),
    mark: point.value === null ? null : point.meaning,
    markText: markText(point),
  }));
  const segments = result.segments.map((segment, s) => {
    const inSegment = points.filter((_, i) => result.points[i]?.segment === s);
    return {
      x1: inSegment[0]?.x ?? 0,
      x2: inSegment[inSegment.length - 1]?.x ?? 0,
      mean: segment.mean,
      upper: segment.limits?.upper ?? null,
      lower: segment.limits?.lower ?? null,
    };
  });
  const recalculations = result.segments.flatMap((segment, s) =>
    segment.recalculated ? [{ x: segments[s]?.x1 ?? 0, periodText: segment.from }] : [],
  );
  const target =
    result.target === null ? null : { value: result.target, text: show(result.target) };
  const values = [
    ...points.flatMap((p) => (p.y === null ? [] : [p.y])),
    ...segments.flatMap((s) => [s.mean, s.upper, s.lower].filter((v) => v !== null)),
    ...(target ? [target.value] : []),
  ];
  // Limits may fall below zero or above 100%: the axis shows them, the data cannot go there.
  const axis = niceAxis(values, indicator.unit === 'percent' ? 'score' : indicator.unit);
  const xTicks = points.flatMap((p) => {
    const period = parsePeriodKey(p.periodText);
    const first =
      period?.kind === 'year' ||
      (period?.kind === 'quarter' && period.quarter === 1) ||
      (period?.kind === 'month' && period.month === 4);
    return first ? [{ x: p.x, label: p.periodText }] : [];
  });
  const segmentOf = (i: number) => result.segments[result.points[i]?.segment ?? 0];
  const limitText = (v: number | null | undefined) =>
    v === null || v === undefined ? '–' : show(v);
  const notes = [
    `Limits are the mean ± 2.66 × the average moving range (three sigma). Shifts and trends need ${String(result.run)} ${CADENCE_PLURAL[cadence]} in a row.`,
    ...(result.reason === null ? [] : [result.reason]),
    ...result.segments.flatMap((segment) =>
      segment.calculatedFrom < segment.points
        ? [
            `Mean and limits from the first ${String(segment.calculatedFrom)} points from ${segment.from} (a baseline).`,
          ]
        : [],
    ),
    ...recalculations.map((r) => {
      const why = reasons?.get(r.periodText);
      return `The limits were recalculated from ${r.periodText}, where the process changed${why ? `: ${why}` : ''}.`;
    }),
  ];
  return {
    title: `${indicator.shortTitle}: is it a real change? (XmR chart)`,
    description: spcSentence({
      subject: indicator.shortTitle,
      unit: indicator.unit,
      decimals: indicator.decimals,
      cadence,
      result,
    }),
    unitLabel: UNIT_LABELS[indicator.unit],
    xDomain: [-0.5, Math.max(points.length - 0.5, 0.5)],
    xTicks,
    yDomain: axis.domain,
    yTicks: axis.ticks,
    points,
    segments,
    target,
    recalculations,
    icons: spcIconsView(result) ?? { variation: null, assurance: null, note: result.reason },
    notes,
    source: `${indicator.source} ${areaName}'s own figures; XmR method as NHS England's Making Data Count.`,
    table: {
      caption: `${indicator.shortTitle}: ${areaName}'s figures with the mean, limits and special causes`,
      columns: [
        'Period',
        'Figure',
        'Mean',
        'Lower limit',
        'Upper limit',
        'Moving range',
        'Variation',
      ],
      rows: result.points.map((point, i) => {
        const segment = segmentOf(i);
        return {
          header: point.period,
          cells: [
            points[i]?.valueText ?? '',
            limitText(segment?.mean),
            limitText(segment?.limits?.lower),
            limitText(segment?.limits?.upper),
            point.movingRange === null ? '–' : show(point.movingRange),
            points[i]?.markText ?? '',
          ],
        };
      }),
    },
  };
}
