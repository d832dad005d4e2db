/**
 * "Add as a new indicator" from the mapping step: an indicator name in the analyst's file that
 * matches no scorecard indicator gets the minimum definition the analyst fills in (id, title,
 * unit, polarity or "context measure, not rated", decimals, section). The definition travels
 * with the column mapping (remembered with it), is handed out by the long-file reader beside
 * the figures, and then goes through the same change preview as a definitions file: listed
 * field by field, with its own confirmation, and saved with the workspace when applied.
 */
import {
  SECTIONS,
  type IndicatorDefinition,
  type Polarity,
  type SectionId,
  type Unit,
} from '../model';

/** What the analyst fills in for a new indicator. */
export interface AddedDefinition {
  readonly id: string;
  readonly title: string;
  readonly unit: Unit;
  /** `none` is a context measure: shown, never rated. */
  readonly polarity: Polarity;
  readonly decimals: number;
  readonly section: SectionId;
}

/** The form's text for one new indicator, before it is checked. */
export interface AddedDefinitionDraft {
  readonly id: string;
  readonly title: string;
  readonly unit: string;
  readonly polarity: string;
  readonly decimals: string;
  readonly section: string;
}

export type AddedDefinitionField = keyof AddedDefinitionDraft;

export interface AddedDefinitionProblem {
  readonly field: AddedDefinitionField;
  readonly text: string;
}

const UNITS: readonly Unit[] = [
  'percent',
  'rate-per-10k',
  'count',
  'days',
  'working-days',
  'score',
  'currency',
];
/** A new indicator can be rated higher/lower or be a context measure; a range needs a target. */
const POLARITIES: readonly Polarity[] = ['higher', 'lower', 'none'];
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/;
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Checks a draft: every field filled, an id of letters, digits, `-`, `_` or `.` (up to 40) that
 * is not an indicator already defined (`taken`, compared without case) nor one given twice in
 * this mapping (`alsoAdded`), a unit and section the scorecard knows, higher / lower / none,
 * and 0 to 3 decimals. Returns the definition, or every problem in plain English.
 */
export function checkAddedDefinition(
  draft: AddedDefinitionDraft,
  taken: ReadonlySet<string>,
  alsoAdded: readonly string[] = [],
):
  | { readonly ok: true; readonly definition: AddedDefinition }
  | { readonly ok: false; readonly problems: readonly AddedDefinitionProblem[] } {
  const problems: AddedDefinitionProblem[] = [];
  const id = draft.id.trim();
  const title = draft.title.replace(/\s+/g, ' ').trim();
  const lower = id.toLowerCase();
  if (id === '') problems.push({ field: 'id', text: 'Enter an id for the new indicator' });
  else if (!ID_PATTERN.test(id) || RESERVED.has(lower))
    problems.push({
      field: 'id',
      text: `The id "${id.slice(0, 40)}" can only have letters, digits, "-", "_" and "." (up to 40), starting with a letter or digit`,
    });
  else if ([...taken].some((t) => t.toLowerCase() === lower))
    problems.push({
      field: 'id',
      text: `The scorecard already has an indicator "${id}": choose it from the list instead, or give another id`,
    });
  else if (alsoAdded.some((other) => other.trim().toLowerCase() === lower))
    problems.push({ field: 'id', text: `The id "${id}" is given to two new indicators` });
  if (title === '') problems.push({ field: 'title', text: 'Enter a title for the new indicator' });
  const unit = UNITS.find((u) => u === draft.unit);
  if (!unit) problems.push({ field: 'unit', text: 'Choose the unit of the new indicator' });
  const polarity = POLARITIES.find((p) => p === draft.polarity);
  if (!polarity)
    problems.push({
      field: 'polarity',
      text: 'Choose whether higher or lower is better, or that it is a context measure (not rated)',
    });
  const decimals = /^[0-3]$/.test(draft.decimals.trim()) ? Number(draft.decimals.trim()) : NaN;
  if (Number.isNaN(decimals))
    problems.push({ field: 'decimals', text: 'Enter the decimal places shown, from 0 to 3' });
  const section = SECTIONS.find((s) => s.id === draft.section)?.id;
  if (!section)
    problems.push({ field: 'section', text: 'Choose the section the new indicator belongs in' });
  if (problems.length > 0 || !unit || !polarity || !section) return { ok: false, problems };
  return { ok: true, definition: { id, title, unit, polarity, decimals, section } };
}

/** The full definition the dataset keeps for an added one: no targets, measured in-period. */
export function definitionFromAdded(added: AddedDefinition, fileName: string): IndicatorDefinition {
  return {
    id: added.id,
    title: added.title,
    shortTitle: added.title,
    section: added.section,
    unit: added.unit,
    polarity: added.polarity,
    decimals: added.decimals,
    measurement: 'in-period',
    targets: [],
    rag: {},
    definition: '',
    source: `Added in the mapping step for ${fileName}`,
    owner: '',
    aliases: [],
  };
}
