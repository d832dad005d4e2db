/**
 * The words files use for units, polarity, measurement types, sections and yes/no flags, read
 * into the data model's string unions. Every reader returns undefined for words it does not
 * know (the caller reports them); nothing is guessed.
 */
import { SECTIONS } from '../model';
import type { MeasurementType, Polarity, SectionId, Unit } from '../model';

/** Names that must never become keys or ids: they reach into JavaScript object prototypes. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** True for `__proto__`, `constructor` and `prototype` (any case, surrounding spaces ignored). */
export function isReservedName(text: string): boolean {
  return RESERVED_NAMES.has(text.trim().toLowerCase());
}

/**
 * A header cell as the layouts compare it: trimmed, lower case, runs of spaces, underscores
 * and hyphens made one underscore (`Area code`, `area-code` and `AREA_CODE` are `area_code`).
 */
export function normaliseHeader(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_');
}

/** Lower case, trimmed, inner whitespace collapsed: for matching words in cells. */
export function normaliseWords(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

const UNIT_WORDS: ReadonlyMap<string, Unit> = new Map<string, Unit>([
  ['percent', 'percent'],
  ['percentage', 'percent'],
  ['%', 'percent'],
  ['per cent', 'percent'],
  ['rate-per-10k', 'rate-per-10k'],
  ['rate per 10,000', 'rate-per-10k'],
  ['rate per 10000', 'rate-per-10k'],
  ['rate per 10k', 'rate-per-10k'],
  ['per 10,000', 'rate-per-10k'],
  ['per 10000', 'rate-per-10k'],
  ['rate', 'rate-per-10k'],
  ['days', 'days'],
  ['day', 'days'],
  ['working-days', 'working-days'],
  ['working days', 'working-days'],
  ['count', 'count'],
  ['number', 'count'],
  ['cases', 'count'],
  ['score', 'score'],
  ['currency', 'currency'],
  ['£', 'currency'],
  ['gbp', 'currency'],
  ['pounds', 'currency'],
]);

/** `percent`, `%`, `rate per 10,000`, `working days`, `£`… as a Unit; undefined if unknown. */
export function readUnit(text: string): Unit | undefined {
  return UNIT_WORDS.get(normaliseWords(text));
}

export const UNIT_WORDS_HELP =
  'percent (or %), rate per 10,000, days, working days, count, score or £';

const POLARITY_WORDS: ReadonlyMap<string, Polarity> = new Map<string, Polarity>([
  ['higher', 'higher'],
  ['high', 'higher'],
  ['higher is better', 'higher'],
  ['lower', 'lower'],
  ['low', 'lower'],
  ['lower is better', 'lower'],
  ['high is good', 'higher'],
  ['low is good', 'lower'],
  ['higher is good', 'higher'],
  ['lower is good', 'lower'],
  ['↑', 'higher'],
  ['↓', 'lower'],
  ['range', 'range'],
  ['within range', 'range'],
  ['within a range', 'range'],
  ['within a range is better', 'range'],
  ['none', 'none'],
  ['-', 'none'],
  ['n/a', 'none'],
  ['no direction', 'none'],
  ['context', 'none'],
]);

/** higher/lower/range/none, LAIT's High/Low/"-", "Higher is better"…; undefined if unknown. */
export function readPolarity(text: string): Polarity | undefined {
  return POLARITY_WORDS.get(normaliseWords(text));
}

const MEASUREMENT_WORDS: ReadonlyMap<string, MeasurementType> = new Map<string, MeasurementType>([
  ['snapshot', 'snapshot'],
  ['at period end', 'snapshot'],
  ['snapshot at period end', 'snapshot'],
  ['in-period', 'in-period'],
  ['in period', 'in-period'],
  ['year-to-date', 'year-to-date'],
  ['year to date', 'year-to-date'],
  ['ytd', 'year-to-date'],
  ['rolling-12-months', 'rolling-12-months'],
  ['rolling 12 months', 'rolling-12-months'],
  ['rolling twelve months', 'rolling-12-months'],
  ['rolling year', 'rolling-12-months'],
]);

/** snapshot/in-period/year-to-date/rolling-12-months or readable words; undefined if unknown. */
export function readMeasurement(text: string): MeasurementType | undefined {
  return MEASUREMENT_WORDS.get(normaliseWords(text));
}

/** A SectionId or a section's title from SECTIONS (any case); undefined if unknown. */
export function readSection(text: string): SectionId | undefined {
  const words = normaliseWords(text);
  return SECTIONS.find((s) => s.id === words || s.title.toLowerCase() === words)?.id;
}

/** yes/no, true/false, y/n, 1/0 (any case); null for a blank cell; undefined if unknown. */
export function readYesNo(text: string): boolean | null | undefined {
  const words = normaliseWords(text);
  if (words === '') return null;
  if (['yes', 'y', 'true', '1'].includes(words)) return true;
  if (['no', 'n', 'false', '0'].includes(words)) return false;
  return undefined;
}

/** Plain English for a unit, for messages: "a percentage", "a rate per 10,000"… */
export function unitPhrase(unit: Unit): string {
  switch (unit) {
    case 'percent':
      return 'a percentage';
    case 'rate-per-10k':
      return 'a rate per 10,000';
    case 'days':
      return 'a number of days';
    case 'working-days':
      return 'a number of working days';
    case 'count':
      return 'a count';
    case 'score':
      return 'a score';
    case 'currency':
      return 'an amount in pounds';
  }
}
