import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TableView } from '../hooks/view-models';
import { scorecardTable } from '../../tests/scenarios/views';
import { foldedColumnCount } from './EarlierYears';
import { ScorecardTable } from './ScorecardTable';

describe('foldedColumnCount', () => {
  it.each([
    { periods: [], rated: true, folded: 0 },
    { periods: ['2024-25'], rated: true, folded: 0 },
    { periods: ['2023-24', '2024-25'], rated: true, folded: 1 },
    { periods: ['2022-23', '2023-24', '2024-25'], rated: true, folded: 2 },
    { periods: ['2020-21', '2021-22', '2022-23', '2023-24', '2024-25'], rated: true, folded: 2 },
    { periods: ['2020-21', '2021-22', '2022-23', '2023-24', '2024-25'], rated: false, folded: 0 },
  ])('folds $folded of $periods.length periods (rated column: $rated)', (row) => {
    expect(foldedColumnCount(row.periods, row.rated)).toBe(row.folded);
  });
});

/** Devon's shape: five annual columns and the rated figure with its date in its own column. */
const annualTable: TableView = {
  ...scorecardTable,
  caption: 'Devon scorecard, 30 September 2025',
  periods: ['2020-21', '2021-22', '2022-23', '2023-24', '2024-25'],
  latestHeading: 'Figure rated, with its date',
  sections: scorecardTable.sections.map((section) => ({
    ...section,
    items: section.items.map((item) => ({
      ...item,
      values: ['80.0%', '81.0%', '82.0%', '83.0%', '84.0%'].map((text) => ({ text, note: '' })),
      latest: { text: '84.0%', note: '2024-25 (year to 31 March 2025)' },
    })),
  })),
};

const headings = () =>
  within(screen.getByRole('table'))
    .getAllByRole('columnheader')
    .filter((cell) => cell.classList.contains('scorecard__earlier'))
    .map((cell) => cell.textContent);

describe('the scorecard table with a rated-figure column', () => {
  it('folds the two oldest years on screen and shows them again with one button', async () => {
    render(<ScorecardTable table={annualTable} sort="ref" descending={false} />);
    const table = screen.getByRole('table');
    expect(headings()).toEqual(['2020-21', '2021-22']);
    expect(table.classList.contains('scorecard--folded')).toBe(true);
    const show = screen.getByRole('button', { name: 'Show 2020-21 and 2021-22' });
    expect(show.getAttribute('aria-expanded')).toBe('false');

    await userEvent.click(show);
    expect(table.classList.contains('scorecard--folded')).toBe(false);
    const hide = screen.getByRole('button', { name: 'Hide 2020-21 and 2021-22' });
    expect(hide.getAttribute('aria-expanded')).toBe('true');
    // Every figure is still in the table, folded or not.
    expect(within(table).getAllByRole('cell', { name: '80.0%' })).toHaveLength(2);
  });

  it('folds nothing when the newest period column is the rated figure', () => {
    render(<ScorecardTable table={scorecardTable} sort="ref" descending={false} />);
    expect(headings()).toEqual([]);
    expect(screen.queryByRole('button', { name: /^Show / })).toBeNull();
    expect(screen.getByRole('table').classList.contains('scorecard--folded')).toBe(false);
  });
});
