/**
 * The mapping step's "Add as a new indicator": the form's drafts checked (checkAddedDefinition)
 * into the definitions the mapping carries, with every problem linked to its field for the
 * error summary. The choice marker and the form's lists of units, polarities and sections are
 * here so the component only renders them.
 */
import {
  checkAddedDefinition,
  type AddedDefinition,
  type AddedDefinitionDraft,
  type AddedDefinitionField,
} from '../domain/import';
import { SECTIONS, type Unit } from '../domain/model';

/** The value of the indicator-name choice that adds a new indicator. */
export const ADD_NEW_INDICATOR = '\u0000add-new';

export const ADDED_FIELDS: readonly AddedDefinitionField[] = [
  'id',
  'title',
  'unit',
  'polarity',
  'decimals',
  'section',
];

/** The units a figure can have, in words (the mapping step's unit words and new indicators). */
export const ADDED_UNIT_OPTIONS: readonly { value: Unit; label: string }[] = [
  { value: 'percent', label: 'percent' },
  { value: 'rate-per-10k', label: 'rate per 10,000' },
  { value: 'count', label: 'count' },
  { value: 'days', label: 'days' },
  { value: 'working-days', label: 'working days' },
  { value: 'score', label: 'score' },
  { value: 'currency', label: 'pounds (£)' },
];

export const ADDED_POLARITY_OPTIONS: readonly { value: string; label: string }[] = [
  { value: 'higher', label: 'Higher is better' },
  { value: 'lower', label: 'Lower is better' },
  { value: 'none', label: 'Context measure, not rated' },
];

export const ADDED_SECTION_OPTIONS: readonly { value: string; label: string }[] = SECTIONS.map(
  (s) => ({ value: s.id, label: s.title }),
);

/** What the form starts with for a name: its own words as the title, one decimal place. */
export function blankDraft(name: string): AddedDefinitionDraft {
  return { id: '', title: name, unit: '', polarity: '', decimals: '1', section: '' };
}

/** The draft a remembered added definition is shown as. */
export function draftOf(definition: AddedDefinition): AddedDefinitionDraft {
  return { ...definition, decimals: String(definition.decimals) };
}

/**
 * Every name chosen "Add as a new indicator", checked: the definitions and each name's new id,
 * or the problems, each with the id of its field (`fieldId(index of the name, field)`).
 */
export function addedFromChoices(
  names: readonly (readonly [name: string, index: number, draft: AddedDefinitionDraft])[],
  taken: ReadonlySet<string>,
  fieldId: (index: number, field: AddedDefinitionField) => string,
): {
  readonly definitions: readonly AddedDefinition[];
  readonly ids: ReadonlyMap<string, string>;
  readonly problems: readonly {
    readonly fieldId: string;
    readonly name: string;
    readonly text: string;
  }[];
} {
  const definitions: AddedDefinition[] = [];
  const ids = new Map<string, string>();
  const problems: { fieldId: string; name: string; text: string }[] = [];
  names.forEach(([name, index, draft], n) => {
    const others = names.filter((_, m) => m < n).map(([, , d]) => d.id);
    const checked = checkAddedDefinition(draft, taken, others);
    if (checked.ok) {
      definitions.push(checked.definition);
      ids.set(name, checked.definition.id);
    } else
      for (const p of checked.problems)
        problems.push({ fieldId: fieldId(index, p.field), name, text: p.text });
  });
  return { definitions, ids, problems };
}
