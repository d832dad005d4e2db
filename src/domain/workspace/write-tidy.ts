/**
 * Observations as a tidy CSV (the project's own layout, docs/data-formats.md), written so that
 * importing the file gives back exactly the same observations: value (number, low-reliability
 * flag or missing state), numerator, denominator, row target, provisional flag and note.
 */
import { toCsv, plainNumber, type CsvValue } from '../model';
import type { Observation, ObservedValue, TargetValue } from '../model';

export const TIDY_HEADER = [
  'indicator',
  'period',
  'area_code',
  'value',
  'numerator',
  'denominator',
  'target',
  'target_low',
  'target_high',
  'provisional',
  'note',
] as const;

/** The value cell: a plain number (with `u` when of low reliability), or the missing code. */
export function valueCell(value: ObservedValue): string {
  if (value.kind === 'number')
    return `${plainNumber(value.value)}${value.lowReliability ? 'u' : ''}`;
  return value.state === 'blank' ? '' : value.state;
}

function targetCells(target: TargetValue | null): [CsvValue, CsvValue, CsvValue] {
  if (target === null) return [null, null, null];
  return target.kind === 'point' ? [target.value, null, null] : [null, target.low, target.high];
}

/** One observation as a row of TIDY_HEADER. */
export function tidyRow(observation: Observation): CsvValue[] {
  return [
    observation.indicator,
    observation.period,
    observation.area,
    valueCell(observation.value),
    observation.numerator,
    observation.denominator,
    ...targetCells(observation.target),
    observation.provisional ? 'yes' : null,
    observation.note,
  ];
}

/** Observations as tidy CSV text, header first, in the order given. */
export function tidyCsv(observations: Iterable<Observation>): string {
  const rows: CsvValue[][] = [[...TIDY_HEADER]];
  for (const observation of observations) rows.push(tidyRow(observation));
  return toCsv(rows);
}
