/**
 * Precision as published. DfE publishes some series as whole numbers (children in care per
 * 10,000, placements, health and dental checks, care leavers, adoption) and others to one
 * place. A figure read from DfE's published file is shown as DfE shows it ("47 per 10,000", not
 * "47.0"); a council's own (local) figure, and a figure the scorecard works out (a neighbour
 * mean or median, a change, a gap to target), keeps the indicator's own `decimals`.
 *
 * Judgements (RAG, direction, better or worse, ranks) are made at `decimals` (precision.ts). So
 * that a rating always compares the number the page shows, a published figure is shown at fewer
 * places only when it is exact at them: 47 shows "47"; a value of 46.6 in a series said to be
 * whole (a council's own definitions file claiming fewer places than its figures have) still
 * shows "46.6", never "47" rated as 46.6. Published places are never more than `decimals`.
 */
import type { Dataset } from './dataset';
import { formatValue } from './format';
import { roundTo } from './precision';
import { sameNumber } from './same-number';
import type { IndicatorDefinition, Observation } from './types';

/**
 * Where a figure comes from: DfE's published file, the council's own figures (a local file or
 * an analyst's import), or worked out by the scorecard from other figures.
 */
export type FigureOrigin = 'published' | 'local' | 'computed';

type Precision = Pick<IndicatorDefinition, 'decimals' | 'publishedDecimals'>;

/** The places DfE publishes the series with, never more than `decimals`; `decimals` if unknown. */
export function publishedPlaces(indicator: Precision): number {
  return Math.min(indicator.publishedDecimals ?? indicator.decimals, indicator.decimals);
}

/**
 * The decimal places a figure is shown with: a published figure at the published places when
 * it is exact at them, else (and for local and computed figures) at `decimals`.
 */
export function shownDecimals(indicator: Precision, value: number, origin: FigureOrigin): number {
  if (origin !== 'published') return indicator.decimals;
  const places = publishedPlaces(indicator);
  return places < indicator.decimals && !sameNumber(roundTo(value, places), value)
    ? indicator.decimals
    : places;
}

/** A figure with its unit at the places it is shown with (see shownDecimals). */
export function formatFigure(
  value: number,
  indicator: Precision & Pick<IndicatorDefinition, 'unit'>,
  origin: FigureOrigin,
): string {
  return formatValue(value, indicator.unit, shownDecimals(indicator, value, origin));
}

/**
 * Whether an observation was read from DfE's published file (the settings' `published` role)
 * or is the council's own. A dataset that does not say which files are published (a test's,
 * or one built from imports alone) treats every figure as local, so nothing is shown with fewer
 * places than the indicator's `decimals`.
 */
export function observationOrigin(
  dataset: Pick<Dataset, 'publishedFiles'>,
  observation: Pick<Observation, 'source'>,
): 'published' | 'local' {
  return dataset.publishedFiles?.has(observation.source.file) === true ? 'published' : 'local';
}
