import { describe, expect, it } from 'vitest';
import type { FiltersView } from '../view-models';
import { filterSummary } from './filter-summary';

const FILTERS: FiltersView = {
  periods: [{ value: '2026-27 Q2', label: '2026-27 Q2 (July to September 2026)' }],
  period: '2026-27 Q2',
  councils: [{ label: 'London', options: [{ value: 'E09000015', label: 'Harrow' }] }],
  council: 'E09000015',
  sections: [{ value: 'workforce', label: 'Workforce and quality' }],
  section: '',
  statuses: [
    { kind: 'red', label: 'Red', count: 4 },
    { kind: 'amber', label: 'Amber', count: 3 },
    { kind: 'green', label: 'Green', count: 12 },
  ],
  selectedStatuses: [],
  search: '',
};

describe('filterSummary', () => {
  it.each<[string, Partial<FiltersView>, Parameters<typeof filterSummary>[1], string[]]>([
    ['nothing narrowed gives no words', {}, undefined, []],
    ['a blank search is not a filter', { search: '   ' }, undefined, []],
    ['a section by its label', { section: 'workforce' }, undefined, ['Workforce and quality']],
    ['a section not among the options as it is', { section: 'gone' }, undefined, ['gone']],
    [
      'statuses in the order of the counts, joined by "or"',
      { selectedStatuses: ['green', 'red'] },
      undefined,
      ['Red or Green'],
    ],
    ['a search in quotes, trimmed', { search: ' care ' }, undefined, ['matching “care”']],
    [
      'all three in order',
      { section: 'workforce', selectedStatuses: ['amber'], search: 'agency' },
      undefined,
      ['Workforce and quality', 'Amber', 'matching “agency”'],
    ],
    [
      'filters a view does not have are not reported',
      { section: 'workforce', selectedStatuses: ['amber'], search: 'agency' },
      { sections: false, statuses: false, search: false },
      [],
    ],
  ])('%s', (_name, change, show, expected) => {
    expect(filterSummary({ ...FILTERS, ...change }, show)).toEqual(expected);
  });
});
