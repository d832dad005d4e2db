/**
 * Where a comparator's figure comes from, for the places it is shown with
 * (model/published-precision.ts): England's, a region's or a single neighbour's figure is DfE's
 * published figure; the neighbours' mean or median is worked out by the scorecard and keeps the
 * indicator's own decimals, as it is rarely a whole number even when every neighbour's is.
 */
import type { FigureOrigin } from '../model';
import type { AreaComparator, NeighbourComparator } from './benchmarks';

export function comparatorOrigin(comparator: AreaComparator | NeighbourComparator): FigureOrigin {
  return comparator.kind === 'neighbours' ? 'computed' : 'published';
}
