/**
 * New indicator definitions a batch of files would add (from a definitions file, a wide
 * scorecard's unknown rows, or "Add as a new indicator" in the mapping step), listed field by
 * field for the review, where they need their own confirmation before Apply (gateApply).
 */
import type { ImportedFileData } from '../import';
import { SECTIONS, type IndicatorDefinition, type Polarity } from '../model';

/** One field of one new definition, as the review shows it. */
export interface NewDefinitionField {
  readonly id: string;
  readonly field: string;
  readonly value: string;
  readonly file: string;
}

const POLARITY_WORDS: Readonly<Record<Polarity, string>> = {
  higher: 'higher is better',
  lower: 'lower is better',
  range: 'within a range is better',
  none: 'context measure, not rated',
};

/** The fields worth checking of a definition, in words. */
function fieldsOf(definition: IndicatorDefinition): [string, string][] {
  const target = definition.targets.find((t) => t.period === null)?.value;
  return [
    ['title', definition.title],
    ['unit', definition.unit],
    ['good is', POLARITY_WORDS[definition.polarity]],
    ['decimals', String(definition.decimals)],
    ['section', SECTIONS.find((s) => s.id === definition.section)?.title ?? definition.section],
    ['measured', definition.measurement],
    [
      'target',
      target === undefined
        ? 'none'
        : target.kind === 'point'
          ? String(target.value)
          : `${String(target.low)} to ${String(target.high)}`,
    ],
  ];
}

/**
 * Every field of every definition the files give for an indicator `loaded` does not define, in
 * file order (a second file defining the same new id is listed once, from the first).
 */
export function newDefinitionFields(
  loaded: ReadonlyMap<string, unknown>,
  files: readonly Pick<ImportedFileData, 'fileName' | 'definitions'>[],
): NewDefinitionField[] {
  const seen = new Set<string>();
  const out: NewDefinitionField[] = [];
  for (const file of files)
    for (const definition of file.definitions) {
      if (loaded.has(definition.id) || seen.has(definition.id)) continue;
      seen.add(definition.id);
      for (const [field, value] of fieldsOf(definition))
        out.push({ id: definition.id, field, value, file: file.fileName });
    }
  return out;
}
