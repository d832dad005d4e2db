/**
 * The filters in one line, for the closed filter disclosure: the ones that narrow the view
 * ("Workforce", "Red or amber", "matching “care”"). The council and period are in the context
 * bar just above, so they are not repeated.
 */
import type { FiltersView } from '../view-models';

/** Filters that hide indicators, in words; empty when every indicator is shown. */
export type FilterSummary = readonly string[];

/**
 * `show` says which filters the view has (the indicator page and pack have no section, status
 * or search filter, so none of those is reported there). A value not among the options (a link
 * being corrected) is shown as it is.
 */
export function filterSummary(
  filters: FiltersView,
  show: {
    readonly sections?: boolean;
    readonly statuses?: boolean;
    readonly search?: boolean;
  } = {},
): FilterSummary {
  const { sections = true, statuses = true, search = true } = show;
  const narrowing: string[] = [];
  if (sections && filters.section !== '')
    narrowing.push(
      filters.sections.find((option) => option.value === filters.section)?.label ?? filters.section,
    );
  if (statuses && filters.selectedStatuses.length > 0) {
    const labels = filters.statuses
      .filter((status) => filters.selectedStatuses.includes(status.kind))
      .map((status) => status.label);
    narrowing.push(labels.join(' or '));
  }
  if (search && filters.search.trim() !== '') narrowing.push(`matching “${filters.search.trim()}”`);
  return narrowing;
}
