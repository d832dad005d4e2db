/**
 * The mapping step for a DfE EES file the catalogue cannot read: what the form offers (the
 * file's indicator columns, its filter columns with their values, the scorecard's indicators)
 * and the mapping, or the problems, for what the analyst chose.
 */
import {
  eesGuidedMapping,
  suggestedFilterValue,
  type ColumnMapping,
  type EesFileShape,
} from '../domain/import';
import type { IndicatorDefinition, Unit } from '../domain/model';

export interface EesMappingView {
  /** Numeric columns after the location columns. */
  readonly indicatorColumns: readonly string[];
  readonly filters: readonly {
    readonly column: string;
    readonly values: readonly string[];
    /** The value the form starts at ('' for none). */
    readonly suggested: string;
  }[];
  /** The scorecard's indicators, to choose the one the figure feeds. */
  readonly scorecard: readonly {
    readonly id: string;
    readonly label: string;
    readonly unit: Unit;
  }[];
}

export function eesMappingView(
  shape: EesFileShape,
  indicators: Iterable<IndicatorDefinition>,
): EesMappingView {
  return {
    indicatorColumns: shape.indicators,
    filters: shape.filters.map((f) => ({ ...f, suggested: suggestedFilterValue(f) })),
    scorecard: [...indicators]
      .map((d) => ({ id: d.id, label: `${d.title} (${d.id})`, unit: d.unit }))
      .sort((a, b) => a.label.localeCompare(b.label, 'en-GB')),
  };
}

/** Keys of the form's choices: the indicator column, the scorecard indicator, each filter. */
export const EES_VALUE = 'value';
export const EES_INDICATOR = 'indicator';
export const eesFilterKey = (column: string) => `filter:${column}`;
/** A choice's key as it can appear in an element id. */
export const eesFieldSuffix = (key: string) => key.replace(/[^A-Za-z0-9]+/g, '-');

/** The value a choice shows: the analyst's, else the suggested one. */
export function eesChoice(
  view: EesMappingView,
  chosen: ReadonlyMap<string, string>,
  key: string,
): string {
  const picked = chosen.get(key);
  if (picked !== undefined) return picked;
  return view.filters.find((f) => eesFilterKey(f.column) === key)?.suggested ?? '';
}

export type EesMappingResult =
  | { readonly ok: true; readonly mapping: ColumnMapping }
  | { readonly ok: false; readonly problems: readonly { key: string; text: string }[] };

/** The mapping for the analyst's choices, or what is still to choose. */
export function eesMappingFromChoices(
  view: EesMappingView,
  chosen: ReadonlyMap<string, string>,
): EesMappingResult {
  const problems: { key: string; text: string }[] = [];
  const value = eesChoice(view, chosen, EES_VALUE);
  const indicator = view.scorecard.find((s) => s.id === eesChoice(view, chosen, EES_INDICATOR));
  if (value === '')
    problems.push({ key: EES_VALUE, text: 'choose the column that holds the figure' });
  for (const filter of view.filters) {
    if (eesChoice(view, chosen, eesFilterKey(filter.column)) === '')
      problems.push({
        key: eesFilterKey(filter.column),
        text: `choose which "${filter.column}" rows hold the figure`,
      });
  }
  if (!indicator)
    problems.push({ key: EES_INDICATOR, text: 'choose the scorecard indicator the figure feeds' });
  if (problems.length > 0 || !indicator) return { ok: false, problems };
  return {
    ok: true,
    mapping: eesGuidedMapping({
      value,
      where: view.filters.map((f) => ({
        column: f.column,
        value: eesChoice(view, chosen, eesFilterKey(f.column)),
      })),
      indicator: indicator.id,
      unit: indicator.unit,
    }),
  };
}
