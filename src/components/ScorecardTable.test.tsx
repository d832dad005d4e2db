import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { scorecardTable } from '../../tests/scenarios/views';
import { ScorecardTable } from './ScorecardTable';

describe('ScorecardTable', () => {
  it('is a captioned table with column and row headers', () => {
    render(<ScorecardTable table={scorecardTable} sort="ref" descending={false} />);
    const table = screen.getByRole('table', { name: 'Harrow scorecard, 2025-26 Q2' });
    const [head] = within(table).getAllByRole('rowgroup');
    if (!head) throw new Error('The table has no header row group.');
    const columns = within(head)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(columns).toEqual([
      'Ref',
      'Indicator',
      'Good is',
      '2025-26 Q1',
      '2025-26 Q2',
      'Target',
      'Status',
      'Direction',
      'Variation and assurance',
      'Neighbours (mean) 2024-25',
      'England 2024-25',
      'Commentary',
    ]);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Assessments completed within 45 working days (illustrative)',
      'Average SDQ score of children in care (illustrative)',
    ]);
  });

  it('shows each row with its status in words and says why a value is missing', () => {
    render(<ScorecardTable table={scorecardTable} sort="ref" descending={false} />);
    const row = screen.getByRole('row', { name: /Average SDQ score/ });
    expect(row).toHaveTextContent('Suppressed [c] fewer than 6 children');
    expect(row).toHaveTextContent('Not rated');
    expect(row).toHaveTextContent('No target set');
  });

  it('groups rows by section', () => {
    render(<ScorecardTable table={scorecardTable} sort="ref" descending={false} />);
    expect(screen.getByRole('columnheader', { name: 'Children in care' })).toHaveAttribute(
      'scope',
      'colgroup',
    );
  });

  it('marks the sorted column and asks for a sort from the keyboard', async () => {
    const onSort = vi.fn();
    const user = userEvent.setup();
    render(<ScorecardTable table={scorecardTable} sort="status" descending onSort={onSort} />);
    expect(screen.getByRole('columnheader', { name: /Status/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(screen.getByRole('columnheader', { name: /^Ref/ })).not.toHaveAttribute('aria-sort');
    screen.getByRole('button', { name: /Indicator/ }).focus();
    await user.keyboard('{Enter}');
    expect(onSort).toHaveBeenCalledWith('indicator');
  });

  it('can be scrolled from the keyboard inside its own labelled region', () => {
    render(<ScorecardTable table={scorecardTable} sort="ref" descending={false} />);
    expect(screen.getByRole('region', { name: 'Harrow scorecard, 2025-26 Q2' })).toHaveAttribute(
      'tabindex',
      '0',
    );
  });
});
