/**
 * Identifiers that are all strings but must never be swapped: an indicator's id, an area's
 * code and a period's key. Each is a string "flavoured" with its own tag: a plain string (a
 * literal, a cell read from a file) is accepted as any of them, but one kind of id is refused
 * where another is expected, so `assessIndicator(dataset, areaCode, indicatorId, …)` does not
 * compile. The tag exists only for the type checker: at run time each is the string itself.
 * (A strict brand, refusing plain strings too, would need every literal in the tests wrapped.)
 */
declare const kind: unique symbol;

/** An indicator's id, e.g. `CSC-ASSESS-45`. */
export type IndicatorId = string & { readonly [kind]?: 'IndicatorId' };

/** An area's canonical code: a GSS code such as `E09000015` (or E92000001 for England). */
export type AreaCode = string & { readonly [kind]?: 'AreaCode' };

/** Canonical text of a period: `2024-25 Q2`, `2024-25`, `Sep 2024` (a month). */
export type PeriodKey = string & { readonly [kind]?: 'PeriodKey' };

/** Marks a trusted text as an indicator id (no check: ids are any non-blank text). */
export const indicatorId = (text: string): IndicatorId => text;

/** Marks a trusted text as an area code. */
export const areaCode = (text: string): AreaCode => text;
