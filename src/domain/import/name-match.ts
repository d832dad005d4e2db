/**
 * Matching a file's own indicator names ("Percentage of re-referrals to children's social care
 * within 12 months") to the scorecard's indicators, by the words they share. A suggestion only:
 * the analyst confirms or changes each one in the mapping step, and the choice is remembered.
 *
 * The similarity is the Dice coefficient of the two names' word sets (twice the shared words over
 * the words of both), after lower-casing, dropping punctuation and little words ("of", "the",
 * "to"), reading "10,000" as "10000", dropping "aged under 18", a few plural endings and a few common short forms (CIN,
 * CLA, CP, "looked after"). It is 1 for the same words in any order and 0 for no word in common.
 * When suggesting, each word is weighted by how few of the scorecard's indicators use it, so
 * "children" or "care" count for little and "referrals" or "adopted" for much.
 */
import type { IndicatorDefinition } from '../model';

const LITTLE_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'be',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'who',
  'with',
  'within',
  'were',
  'was',
  'that',
  'number',
  'percentage',
  'percent',
  'proportion',
  'rate',
  'per',
]);

/** Short forms councils and DfE use, as the words they stand for. */
const SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ['cin', 'children need'],
  ['cla', 'children care'],
  ['lac', 'children care'],
  ['cp', 'child protection'],
  ['cpp', 'child protection plan'],
  ['icpc', 'initial child protection conference'],
  ['s47', 'section 47'],
  ['sw', 'social worker'],
  ['fte', 'full time equivalent'],
  ['eet', 'education employment training'],
  ['yrs', 'years'],
  ['yr', 'year'],
]);

/** A word's plain form: `children's` → `children`, `plans` → `plan`, `enquiries` → `enquiry`. */
function stem(word: string): string {
  if (word === 'children' || word === 'childrens') return 'children';
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The words of a name that count for matching, once each. */
export function nameTokens(name: string): ReadonlySet<string> {
  const text = name
    .toLowerCase()
    .replace(/[\u2018\u2019']s\b/g, '')
    .replace(/\blooked[\s-]+after\b/g, 'care')
    .replace(/\b(aged )?(under|below) 18s?\b|\baged 0[- ]17\b/g, ' ')
    .replace(/\bre-(?=[a-z])/g, 're')
    .replace(/(\d),(\d{3})/g, '$1$2')
    .replace(/%/g, ' ');
  const out = new Set<string>();
  for (const raw of text.split(/[^a-z0-9]+/)) {
    if (raw === '') continue;
    const expanded = SHORT_FORMS.get(raw) ?? raw;
    for (const word of expanded.split(' ')) {
      const plain = stem(word);
      if (!LITTLE_WORDS.has(plain)) out.add(plain);
    }
  }
  return out;
}

/**
 * How alike two names are, from 0 (no word in common) to 1 (the same words); each word counts
 * `weight(word)` (1 unless given).
 */
export function nameSimilarity(
  a: string,
  b: string,
  weight: (word: string) => number = () => 1,
): number {
  const x = nameTokens(a);
  const y = nameTokens(b);
  let shared = 0;
  let total = 0;
  for (const word of x) {
    total += weight(word);
    if (y.has(word)) shared += 2 * weight(word);
  }
  for (const word of y) total += weight(word);
  return total === 0 ? 0 : shared / total;
}

/** Word weights from the names of the indicators: a word in fewer of them weighs more. */
function wordWeights(indicators: readonly IndicatorDefinition[]): {
  readonly weight: (word: string) => number;
  /** Whether every indicator's name has the word (so it tells none apart). */
  readonly everywhere: (word: string) => boolean;
} {
  const counts = new Map<string, number>();
  for (const d of indicators) {
    const words = new Set([...nameTokens(d.title), ...nameTokens(d.shortTitle)]);
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const n = indicators.length;
  // A word no indicator uses (a file's own qualifier) weighs as a fairly common one, so that
  // extra words in a file's longer names do not drown the words that match.
  return {
    weight: (word) => Math.log(1 + (n + 1) / ((counts.get(word) ?? 3) + 1)),
    everywhere: (word) => counts.get(word) === n,
  };
}

/** Below this a suggestion is not made: the analyst chooses. */
export const SUGGEST_FROM = 0.6;

export interface NameSuggestion {
  /** The scorecard indicator's id, or null when none is alike enough. */
  readonly id: string | null;
  readonly score: number;
}

/**
 * The scorecard indicator most like `name` (by its id, title, short title and aliases), when
 * it scores at least SUGGEST_FROM, no other indicator scores the same and the name has a word
 * not every indicator has; otherwise none. An exact id or alias wins outright.
 */
export function suggestIndicator(
  name: string,
  indicators: Iterable<IndicatorDefinition>,
): NameSuggestion {
  const all = [...indicators];
  const { weight, everywhere } = wordWeights(all);
  // A name sharing only words every indicator has ("Children") tells none apart.
  const telling = [...nameTokens(name)].filter((word) => !everywhere(word));
  const plain = name.trim().toLowerCase();
  let best: NameSuggestion = { id: null, score: 0 };
  let tied = false;
  for (const d of all) {
    if (d.id.toLowerCase() === plain || d.aliases.some((a) => a.trim().toLowerCase() === plain))
      return { id: d.id, score: 1 };
    const score = Math.max(
      nameSimilarity(name, d.title, weight),
      nameSimilarity(name, d.shortTitle, weight),
    );
    if (score > best.score) {
      best = { id: d.id, score };
      tied = false;
    } else if (score === best.score && score > 0) tied = true;
  }
  return best.score >= SUGGEST_FROM && !tied && telling.length > 0
    ? best
    : { id: null, score: best.score };
}
