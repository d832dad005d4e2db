/**
 * The sentence: one indicator's judgement in plain English, used by tiles, alt text, print and
 * screen readers. Short sentences; no jargon a member would not know ("statistical neighbour"
 * spelled out, never "SN"); every comparator's period shown when it differs from the local one.
 *
 * Order: the figure (with its period, counts and flags); the RAG reason; how it compares; the
 * direction of travel. Comparators with no figure are left out; comparators that are not
 * like-for-like are named as not compared, never judged.
 */
import type {
  AreaComparator,
  Benchmarks,
  ComparatorJudgement,
  NeighbourComparator,
} from './benchmarks';
import { comparatorOrigin } from './comparator-origin';
import type { Direction } from './direction';
import { figureGap, figurePeriodLabel, figurePeriodPhrase, gapSentence } from '../model';
import type { FigureGaps } from '../model';
import { formatDate, formatFigure } from '../model';
import { parsePeriodKey, periodEnd } from '../model';
import type { RagResult } from './rag';
import type { IndicatorDefinition, Observation, PeriodKey } from '../model';

export type ComparatorKind = 'neighbours' | 'region' | 'sub-region' | 'england';

export interface SentenceInput {
  readonly indicator: IndicatorDefinition;
  /** The period the figure is for. */
  readonly period: PeriodKey;
  /** `newest-on-or-before` when an earlier figure stands for the period asked for. */
  readonly periodBasis: 'requested' | 'newest-on-or-before';
  /** The period asked for (its end is the reporting date). */
  readonly requestedPeriod?: PeriodKey | undefined;
  readonly unfinished: boolean;
  readonly observation: Observation | undefined;
  /** Where the figure comes from (published-precision.ts); absent, the council's own. */
  readonly origin?: 'published' | 'local' | undefined;
  /** "12 of 18 care leavers", when known. */
  readonly counts: string | null;
  readonly rag: RagResult;
  /** True when the target lies inside the figure's interval (a gap that could be chance). */
  readonly targetWithinInterval: boolean;
  readonly direction: { readonly previous: Direction; readonly yearAgo: Direction | null };
  readonly benchmarks: Benchmarks;
  /** Which comparators to mention, in this order. */
  readonly comparators: readonly ComparatorKind[];
  /** Figures that depend on a hosted file that could not be read (figure-gaps.ts). */
  readonly gaps?: FigureGaps | undefined;
}

/** "at 31 March 2025", "in 2024-25 (year to 31 March 2025)", "in the 12 months to …". */
export function when(indicator: IndicatorDefinition, period: PeriodKey): string {
  return figurePeriodPhrase(indicator.measurement, period);
}

/** A comparator's period in brackets: "at 31 March 2025", "2024-25 (year to 31 March 2025)". */
export function periodMention(indicator: IndicatorDefinition, period: PeriodKey): string {
  return figurePeriodLabel(indicator.measurement, period);
}

/**
 * periodMention for words already in brackets: "2024-25, year to 31 March 2025", so brackets
 * never sit inside brackets ("19.1% (2024-25, year to 31 March 2025, 10 of 10)").
 */
export function periodMentionInBrackets(indicator: IndicatorDefinition, period: PeriodKey): string {
  return periodMention(indicator, period).replace(/ \((.*)\)$/, ', $1');
}

/** "A", "A and B", "A, B and C". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Said where only a rate is known, so a small group cannot be seen (docs/figures.md). */
export const NO_COUNT = 'no count is published';

/**
 * True for a percentage or rate shown without the count it is out of (its denominator): how
 * many children it is about, and so whether one child moves it a lot, is not known.
 */
export function noCountPublished(
  indicator: Pick<IndicatorDefinition, 'unit'>,
  observation: Observation | undefined,
): boolean {
  if (observation?.value.kind !== 'number') return false;
  if (indicator.unit !== 'percent' && indicator.unit !== 'rate-per-10k') return false;
  return observation.denominator === null;
}

function headline(input: SentenceInput): string {
  const { indicator, observation, period } = input;
  const notes: string[] = [];
  if (input.counts !== null) notes.push(input.counts);
  const cohort = observation?.denominator ?? null;
  if (cohort !== null && cohort < 20) {
    notes.push('a small group of under 20, so one child moves the figure a lot');
  } else if (noCountPublished(indicator, observation)) {
    notes.push(NO_COUNT);
  }
  if (observation?.value.kind === 'number' && observation.value.lowReliability) {
    notes.push('low reliability');
  }
  if (observation?.provisional) notes.push('provisional');
  if (input.periodBasis === 'newest-on-or-before') {
    const asked =
      input.requestedPeriod === undefined ? undefined : parsePeriodKey(input.requestedPeriod);
    notes.push(
      asked ? `the newest figure by ${formatDate(periodEnd(asked))}` : 'the newest figure',
    );
  }
  if (input.unfinished) notes.push('the period has not ended');
  const brackets = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  if (observation?.value.kind !== 'number') {
    return `${indicator.title} ${when(indicator, period)}${brackets}.`;
  }
  const value = formatFigure(observation.value.value, indicator, input.origin ?? 'local');
  return `${indicator.title}: ${value} ${when(indicator, period)}${brackets}.`;
}

function ragText(input: SentenceInput): string {
  const { rag } = input;
  if (input.targetWithinInterval && (rag.status === 'amber' || rag.status === 'red')) {
    return `${rag.reason.replace(/\.$/, '')}, but similar to it given the small numbers.`;
  }
  return rag.reason;
}

const JUDGEMENT_WORDS: Partial<Readonly<Record<ComparatorJudgement, string>>> = {
  better: 'better than',
  worse: 'worse than',
  similar: 'similar to',
  same: 'the same as',
  higher: 'higher than',
  lower: 'lower than',
};

type Chosen = AreaComparator | NeighbourComparator;

function chosenComparators(input: SentenceInput): Chosen[] {
  const { benchmarks } = input;
  const pick: Readonly<Record<ComparatorKind, Chosen | null>> = {
    neighbours: benchmarks.neighbours,
    region: benchmarks.region,
    'sub-region': benchmarks.subRegion,
    england: benchmarks.england,
  };
  return input.comparators.flatMap((kind) => {
    const comparator = pick[kind];
    return comparator ? [comparator] : [];
  });
}

function comparatorName(comparator: Chosen): string {
  return comparator.kind === 'neighbours'
    ? `the statistical-neighbour ${comparator.average}`
    : comparator.name;
}

function comparisonText(input: SentenceInput): string[] {
  const { indicator } = input;
  const chosen = chosenComparators(input);
  const groups = new Map<ComparatorJudgement, string[]>();
  const notCompared: Chosen[] = [];
  const out: string[] = [];
  let lastPeriod: PeriodKey | null = input.period;
  // A comparator whose file could not be read says so, not "none has a figure".
  const gaps = input.gaps;
  const gapOf = (kind: ComparatorKind): string | null =>
    kind === 'neighbours' ? (gaps?.neighbours ?? null) : (gaps?.comparators ?? null);
  const said = new Set<string>();
  const sayGap = (gap: string): void => {
    if (!said.has(gap)) out.push(gapSentence(gap));
    said.add(gap);
  };
  for (const kind of input.comparators) {
    const gap = gapOf(kind);
    if (gap !== null && !chosen.some((comparator) => comparator.kind === kind)) sayGap(gap);
  }
  for (const comparator of chosen) {
    const gap = gapOf(comparator.kind === 'neighbours' ? 'neighbours' : 'england');
    if (gap !== null) {
      const none =
        comparator.kind === 'neighbours' ? comparator.contributed === 0 : comparator.value === null;
      sayGap(gap);
      if (none) continue;
    }
    if (comparator.kind === 'neighbours' && comparator.contributed === 0) {
      out.push(
        `None of the ${comparator.listed} statistical neighbours has a figure${comparator.period ? ` ${when(indicator, comparator.period)}` : ''}.`,
      );
      continue;
    }
    if (comparator.judgement === 'no-figure' || comparator.value === null) continue;
    if (comparator.kind === 'neighbours' && weakNeighbours(comparator)) {
      out.push(
        `The statistical neighbours are a weak comparison: ${String(comparator.notClose)} of ${String(comparator.listed)} are "Not close" in DfE's model, so no verdict is given against their ${comparator.average} (${formatFigure(comparator.value, indicator, 'computed')}, ${neighbourCount(indicator, comparator)}).`,
      );
      continue;
    }
    if (comparator.judgement === 'not-compared') {
      notCompared.push(comparator);
      continue;
    }
    const details = [formatFigure(comparator.value, indicator, comparatorOrigin(comparator))];
    if (comparator.period !== null && comparator.period !== lastPeriod) {
      details.push(periodMention(indicator, comparator.period));
      lastPeriod = comparator.period;
    }
    if (comparator.kind === 'neighbours') details.push(neighbourCount(indicator, comparator));
    const mention = `${comparatorName(comparator)} (${details.join(', ')})`;
    const group = groups.get(comparator.judgement) ?? [];
    group.push(mention);
    groups.set(comparator.judgement, group);
  }
  const clauses = [...groups].map(
    ([judgement, mentions]) => `${JUDGEMENT_WORDS[judgement] ?? ''} ${listText(mentions)}`,
  );
  if (clauses.length > 0) out.unshift(`${capitalise(clauses.join('; '))}.`);
  if (notCompared.length > 0) out.push(notComparedText(notCompared));
  return out;
}

/** True when most of the neighbours are "Not close" (City of London, Isles of Scilly). */
export function weakNeighbours(comparator: NeighbourComparator): boolean {
  return comparator.notClose * 2 > comparator.listed;
}

/**
 * "6 of 10", and when suppressed neighbours are left out, what that does to the average:
 * "6 of 10; 4 suppressed (small numbers, likely low), so the mean is likely too high". A
 * suppressed figure counts 1 to 5 children, so for a percentage or a rate it is likely low.
 */
export function neighbourCount(
  indicator: Pick<IndicatorDefinition, 'unit'>,
  comparator: NeighbourComparator,
): string {
  const base = `${String(comparator.contributed)} of ${String(comparator.listed)}`;
  const suppressed = comparator.excluded.filter((e) => e.reason === 'suppressed').length;
  if (suppressed === 0) return base;
  const likelyLow = indicator.unit === 'percent' || indicator.unit === 'rate-per-10k';
  return likelyLow
    ? `${base}; ${String(suppressed)} suppressed (small numbers, likely low), so the ${comparator.average} is likely too high`
    : `${base}; ${String(suppressed)} suppressed (small numbers)`;
}

function notComparedText(comparators: readonly Chosen[]): string {
  const names = comparators.map((c) =>
    c.kind === 'neighbours' ? `statistical-neighbour ${c.average}` : c.name,
  );
  const plural = comparators.length > 1;
  const annual = comparators.every(
    (c) => c.period !== null && parsePeriodKey(c.period)?.kind === 'year',
  );
  const what = annual
    ? plural
      ? 'are annual outturns'
      : 'is an annual outturn'
    : plural
      ? 'cover a different length of period'
      : 'covers a different length of period';
  return `The ${listText(names)} figure${plural ? 's' : ''} ${what}, so ${plural ? 'they are' : 'it is'} not compared.`;
}

function directionText(input: SentenceInput): string | undefined {
  const { previous, yearAgo } = input.direction;
  const parts: string[] = [];
  const note = (d: Direction) =>
    d.withinInterval
      ? ', given the small numbers'
      : d.used !== null && d.requested !== null && d.used !== d.requested
        ? ' (the latest earlier figure)'
        : '';
  if (previous.judgement === 'not-comparable' || previous.judgement === 'no-earlier-figure') {
    parts.push(previous.reason.replace(/\.$/, ''));
  } else {
    parts.push(`${previous.text}${note(previous)}`);
  }
  if (
    yearAgo &&
    yearAgo.judgement !== 'not-comparable' &&
    yearAgo.judgement !== 'no-earlier-figure' &&
    yearAgo.used !== previous.used
  ) {
    parts.push(lowerFirst(`${yearAgo.text}${note(yearAgo)}`));
  }
  return `${parts.join('; ')}.`;
}

/**
 * The whole sentence for one indicator, e.g. "Assessments completed within 45 working days:
 * 88.0% in 2025-26 Q2. Amber: 2.0 points below the 90% target. Better than the
 * statistical-neighbour mean (84.1%, 2024-25, 10 of 10) and England (85.7%). Improving since
 * Q1." Comparisons and direction are left out when there is no figure to compare.
 */
export function indicatorSentence(input: SentenceInput): string {
  const parts = [headline(input), ragText(input)];
  const gap = figureGap(input.gaps, input.observation);
  if (gap !== null) parts.push(gapSentence(gap));
  if (input.observation?.value.kind === 'number') {
    parts.push(...comparisonText(input));
    const direction = directionText(input);
    if (direction !== undefined) parts.push(direction);
  }
  return parts.join(' ');
}
