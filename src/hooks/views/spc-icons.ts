/** The XmR analysis of an assessment as the icons tiles, tables, exceptions and print show. */
import type { SpcResult } from '../../domain/assess';
import { assuranceWords, variationWords } from '../../domain/assess';
import type { SpcIconsView, SpcIconView } from '../view-models';

/** Null when there is no local series; icons null (with the reason) when there are no limits. */
export function spcIconsView(result: SpcResult | null): SpcIconsView | null {
  if (result === null) return null;
  const variation = result.variation;
  return {
    variation:
      variation === null
        ? null
        : { kind: variation.kind, side: variation.side, ...variationWords(variation) },
    assurance:
      result.assurance === null
        ? null
        : { kind: result.assurance, side: null, ...assuranceWords(result.assurance) },
    note: result.reason,
  };
}

/**
 * The key to the icons (the status key shows it on every view and in print): from the series'
 * own ups and downs, not the target. The same words as the tiles.
 */
export const SPC_KEY: readonly SpcIconView[] = [
  { kind: 'common-cause', side: null, ...variationWords({ kind: 'common-cause', side: null }) },
  ...(['special-cause-improvement', 'special-cause-concern', 'special-cause-neither'] as const).map(
    (kind) => ({ kind, side: 'high' as const, ...variationWords({ kind, side: null }) }),
  ),
  ...(['pass', 'fail', 'hit-and-miss'] as const).map((kind) => ({
    kind,
    side: null,
    ...assuranceWords(kind),
  })),
];
