/**
 * The XmR analysis (spc.ts) in plain English: icon labels for tiles, tables and print, and the
 * sentence on the indicator page. One place for the wording, so every view says the same.
 */
import { formatValue } from '../model';
import type { AssuranceKind, SpcMeaning, SpcResult, SpcRule, SpcVariation } from './spc';
import type { Cadence } from './spc-series';
import type { Unit } from '../model';

export interface SpcIconWords {
  /** Short, for a tile or table cell: "Special cause: concern (high)". */
  readonly label: string;
  /** What it means, in a sentence fragment. */
  readonly meaning: string;
  /** The status key's few words. */
  readonly key: string;
}

const SIDE_WORDS = { high: 'high', low: 'low' } as const;

/** Words of the variation icon. */
export function variationWords(variation: SpcVariation): SpcIconWords {
  const side = variation.side === null ? '' : ` (${SIDE_WORDS[variation.side]})`;
  switch (variation.kind) {
    case 'common-cause':
      return {
        label: 'Common cause',
        key: 'no sign of real change',
        meaning: 'the latest figure is within the usual ups and downs: no sign of real change',
      };
    case 'special-cause-improvement':
      return {
        label: `Special cause: improvement${side}`,
        key: 'a real change for the better',
        meaning: 'the latest figure shows a real change for the better, not chance',
      };
    case 'special-cause-concern':
      return {
        label: `Special cause: concern${side}`,
        key: 'a real change for the worse',
        meaning: 'the latest figure shows a real change for the worse, not chance',
      };
    case 'special-cause-neither':
      return {
        label: `Special cause${side}`,
        key: 'a real change, neither better nor worse',
        meaning: 'the latest figure shows a real change, for a measure where neither way is better',
      };
  }
}

/** Words of the assurance icon. */
export function assuranceWords(assurance: AssuranceKind): SpcIconWords {
  switch (assurance) {
    case 'pass':
      return {
        label: 'Target: consistently met',
        key: 'every period will meet it',
        meaning:
          'the target lies outside the limits on the side it is met: every period will meet it',
      };
    case 'fail':
      return {
        label: 'Target: consistently missed',
        key: 'no period will meet it as things are',
        meaning:
          'the target lies outside the limits: no period will meet it unless the process changes',
      };
    case 'hit-and-miss':
      return {
        label: 'Target: hit and miss',
        key: 'some periods will meet it, others not, by chance',
        meaning:
          'the target lies inside the limits: some periods will meet it and others will not, by chance alone',
      };
  }
}

const RULE_WORDS: Readonly<Record<SpcRule, string>> = {
  'single-point': 'outside the limits',
  shift: 'a run on one side of the average',
  trend: 'a run rising or falling every time',
  'two-of-three': 'two of three close to a limit',
};

/** "outside the limits; a run on one side of the average" for a table cell. */
export function rulesText(rules: readonly SpcRule[]): string {
  return rules.map((rule) => RULE_WORDS[rule]).join('; ');
}

const MEANING_WORDS: Readonly<Record<SpcMeaning, string>> = {
  improvement: 'a real improvement, not chance',
  concern: 'a real concern, not chance',
  neither: 'a real change, not chance (for this measure neither way is better)',
};

export const CADENCE_PLURAL: Readonly<Record<Cadence, string>> = {
  month: 'months',
  quarter: 'quarters',
  year: 'years',
};

export interface SpcSentenceInput {
  /** "Re-referrals". */
  readonly subject: string;
  readonly unit: Unit;
  readonly decimals: number;
  readonly cadence: Cadence;
  readonly result: SpcResult;
}

/**
 * The chart in one or two sentences: what the latest point shows and why, then what the target
 * can expect. E.g. "Re-referrals have been below the average for 7 quarters in a row since
 * 2025-26 Q1: a real improvement, not chance. The 23.0% target sits inside the limits, so the
 * figure will meet it in some quarters and miss it in others unless the process changes."
 */
export function spcSentence(input: SpcSentenceInput): string {
  const { subject, unit, decimals, cadence, result } = input;
  const show = (x: number) => formatValue(x, unit, decimals);
  const periods = CADENCE_PLURAL[cadence];
  if (result.mean === null) return `There are no figures for ${subject} to chart.`;
  if (result.limits === null || result.variation === null) {
    return `${result.reason ?? ''} The average so far is ${show(result.mean)}.`.trim();
  }
  const { limits } = result;
  const present = result.points.filter((p) => p.value !== null);
  const latest = present[present.length - 1];
  let first: string;
  if (latest === undefined || latest.markedBy === null || latest.meaning === null) {
    const earlier = present.filter(
      (p) => p.segment === latest?.segment && p.markedBy !== null,
    ).length;
    first = `${subject} usually varies between ${show(limits.lower)} and ${show(limits.upper)} around an average of ${show(limits.mean)}; the latest figure, ${show(latest?.value ?? 0)} (${latest?.period ?? ''}), is within those limits, so it shows no real change.${earlier > 0 ? ` Earlier, ${String(earlier)} of the points showed special cause.` : ''}`;
  } else {
    const rule = latest.markedBy;
    const side = latest.side;
    // The run the latest point belongs to: points marked the same way, back to the first.
    let start = present.length - 1;
    while (start > 0) {
      const before = present[start - 1];
      if (before?.markedBy !== rule || before.side !== side || before.segment !== latest.segment)
        break;
      start--;
    }
    const count = present.length - start;
    const since = present[start]?.period ?? latest.period;
    const meaning = MEANING_WORDS[latest.meaning];
    switch (rule) {
      case 'trend':
        first = `${subject} has ${side === 'high' ? 'risen' : 'fallen'} ${String(count)} ${periods} in a row since ${since}: ${meaning}.`;
        break;
      case 'shift':
        first = `${subject} has been ${side === 'high' ? 'above' : 'below'} the average of ${show(limits.mean)} for ${String(count)} ${periods} in a row since ${since}: ${meaning}.`;
        break;
      case 'two-of-three':
        first = `Two of the last three figures for ${subject} are close to the ${side === 'high' ? 'upper' : 'lower'} limit: ${meaning}.`;
        break;
      case 'single-point':
        first = `The latest figure for ${subject}, ${show(latest.value ?? 0)} (${latest.period}), is ${side === 'high' ? 'above the upper' : 'below the lower'} limit of ${show(side === 'high' ? limits.upper : limits.lower)}: ${meaning}.`;
        break;
    }
  }
  if (result.target === null || result.assurance === null) return first;
  const target = `The ${show(result.target)} target`;
  const second = {
    pass: `${target} sits outside the limits on the side it is met, so the figure will meet it every ${periods.slice(0, -1)} unless the process changes.`,
    fail: `${target} sits outside the limits, so the figure will not meet it unless the process changes.`,
    'hit-and-miss': `${target} sits inside the limits, so the figure will meet it in some ${periods} and miss it in others unless the process changes.`,
  }[result.assurance];
  return `${first} ${second}`;
}
