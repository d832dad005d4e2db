/**
 * Checks on what a workspace file holds beyond its layout: every part the scorecard will use is
 * of the right kind, so a damaged file is refused with what is wrong, before anything is
 * replaced, rather than failing later while the scorecard is drawn.
 */

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const STRINGS = ['id', 'title', 'shortTitle', 'section', 'unit', 'polarity', 'measurement'];
const TEXTS = ['definition', 'source', 'owner'];

/** What is wrong with a stored indicator definition, or null when it can be used. */
export function definitionDamage(value: unknown): string | null {
  if (!isObject(value)) return 'an indicator definition is not a record';
  const name =
    typeof value['id'] === 'string' ? `the definition of ${value['id']}` : 'a definition';
  for (const key of STRINGS)
    if (typeof value[key] !== 'string' || value[key] === '') return `${name} has no ${key}`;
  for (const key of TEXTS) if (typeof value[key] !== 'string') return `${name} has no ${key}`;
  if (typeof value['decimals'] !== 'number' || !Number.isInteger(value['decimals']))
    return `${name} has no number of decimal places`;
  if (!Array.isArray(value['targets'])) return `${name} has no list of targets`;
  if (!isObject(value['rag'])) return `${name} has no RAG rules`;
  if (!Array.isArray(value['aliases']) || value['aliases'].some((a) => typeof a !== 'string'))
    return `${name} has no list of other names`;
  return null;
}

/** What is wrong with a stored list of keep/replace decisions, or null when it can be used. */
export function decisionsDamage(value: unknown): string | null {
  if (!Array.isArray(value)) return 'its decisions are not a list';
  for (const entry of value) {
    if (
      !Array.isArray(entry) ||
      typeof entry[0] !== 'string' ||
      (entry[1] !== 'keep' && entry[1] !== 'replace')
    )
      return 'one of its decisions is not a keep or replace choice';
  }
  return null;
}
