/**
 * The plain words for a value that is not there. None of these states is zero, and none is
 * ever given a colour, a rank or a place in an average.
 */
import type { MissingState } from './types';

/** What each state means, with DfE's symbol, e.g. "suppressed to protect confidentiality [c]". */
export const MISSING_WORDS: Readonly<Record<MissingState, string>> = {
  c: 'suppressed to protect confidentiality [c]',
  x: 'not available [x]',
  z: 'not applicable [z]',
  low: 'rounds to zero but is not zero [low]',
  blank: 'not provided',
};

/** Very short labels for tiles and tables, e.g. "Suppressed [c]". */
export const MISSING_LABELS: Readonly<Record<MissingState, string>> = {
  c: 'Suppressed [c]',
  x: 'Not available [x]',
  z: 'Not applicable [z]',
  low: 'Rounds to zero [low]',
  blank: 'Not provided',
};

/** "the figure is suppressed to protect confidentiality [c]"; "the figure is not provided". */
export function missingFigure(state: MissingState): string {
  return state === 'low'
    ? `the figure ${MISSING_WORDS.low}`
    : `the figure is ${MISSING_WORDS[state]}`;
}
