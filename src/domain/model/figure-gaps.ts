/**
 * Which figures on a page depend on a hosted file that could not be read (or was read only in
 * part), said beside each figure rather than only in the page's notice: "neighbour figures
 * missing: the file neighbours-2025.csv could not be read". Worked out from the file faults by
 * `figureGaps` (import/hosted-faults.ts) for one council and neighbour model; assessments and
 * views only read it.
 */
import type { Observation } from './types';

export interface FigureGaps {
  /** Neighbour average, rank, quartile and the neighbour chart; null when complete. */
  readonly neighbours: string | null;
  /** England and region figures (and ranks among councils); null when complete. */
  readonly comparators: string | null;
  /** The council's own figures (published and local files); null when complete. */
  readonly own: string | null;
  /** The council's local files that failed, in words, and their paths: a figure from another
   * file stands in for the newer local one. */
  readonly local: string | null;
  readonly localFiles: readonly string[];
}

export const NO_GAPS: FigureGaps = {
  neighbours: null,
  comparators: null,
  own: null,
  local: null,
  localFiles: [],
};

/**
 * Why the council's figure (an observation, or undefined for none) may not be the one the
 * hosted files hold, or null: a missing figure takes every own-figure gap; a figure shown from
 * another file while a local file failed takes the local one (the newer local figure is lost).
 */
export function figureGap(
  gaps: FigureGaps | undefined,
  observation: Observation | undefined,
): string | null {
  if (!gaps) return null;
  if (observation === undefined || observation.value.kind !== 'number') return gaps.own;
  return gaps.local !== null && !gaps.localFiles.includes(observation.source.file)
    ? gaps.local
    : null;
}

/** A gap's words as a sentence of its own: "Neighbour figures missing: … could not be read." */
export function gapSentence(gap: string): string {
  return `${gap.charAt(0).toUpperCase()}${gap.slice(1)}.`;
}
