import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { FiltersView } from '../hooks/view-models';
import { FilterBar } from './FilterBar';

const filters: FiltersView = {
  periods: [
    { value: '2026-27 Q2', label: '2026-27 Q2 (July to September 2026)' },
    { value: '2026-27 Q1', label: '2026-27 Q1 (April to June 2026)' },
  ],
  period: '2026-27 Q2',
  councils: [
    {
      label: 'London',
      options: [
        { value: 'E09000014', label: 'Haringey' },
        { value: 'E09000015', label: 'Harrow' },
      ],
    },
  ],
  council: 'E09000015',
  sections: [{ value: 'in-care', label: 'Children in care' }],
  section: '',
  statuses: [
    { kind: 'red', label: 'Red', count: 4 },
    { kind: 'green', label: 'Green', count: 12 },
  ],
  selectedStatuses: ['red'],
  search: '',
};

describe('FilterBar', () => {
  it('labels every control and shows what is chosen', () => {
    render(<FilterBar filters={filters} onChange={vi.fn()} />);
    expect(screen.getByRole('combobox', { name: 'Council' })).toHaveValue('E09000015');
    expect(screen.getByRole('combobox', { name: 'Period' })).toHaveValue('2026-27 Q2');
    expect(screen.getByRole('combobox', { name: 'Section' })).toHaveValue('');
    expect(screen.getByRole('searchbox', { name: 'Search indicators' })).toHaveValue('');
    expect(screen.getByRole('checkbox', { name: 'Red (4)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Green (12)' })).not.toBeChecked();
  });

  it('reports each change', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<FilterBar filters={filters} onChange={onChange} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Council' }), 'Haringey');
    expect(onChange).toHaveBeenLastCalledWith({ council: 'E09000014' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), '2026-27 Q1');
    expect(onChange).toHaveBeenLastCalledWith({ period: '2026-27 Q1' });
    await user.click(screen.getByRole('checkbox', { name: 'Green (12)' }));
    expect(onChange).toHaveBeenLastCalledWith({ statuses: ['red', 'green'] });
    await user.click(screen.getByRole('checkbox', { name: 'Red (4)' }));
    expect(onChange).toHaveBeenLastCalledWith({ statuses: [] });
    await user.type(screen.getByRole('searchbox', { name: 'Search indicators' }), 'c');
    expect(onChange).toHaveBeenLastCalledWith({ search: 'c' });
  });

  it('makes each list as wide as its longest option, so the browser need not measure them', () => {
    const width = (name: string) =>
      Number.parseFloat(screen.getByRole('combobox', { name }).style.width);
    const { rerender } = render(<FilterBar filters={filters} onChange={vi.fn()} />);
    const council = width('Council');
    const longer = {
      ...filters,
      councils: [
        ...filters.councils,
        {
          label: 'South West',
          options: [{ value: 'E06000058', label: 'Bournemouth, Christchurch and Poole' }],
        },
      ],
    };
    rerender(<FilterBar filters={longer} onChange={vi.fn()} />);
    expect(width('Council')).toBeGreaterThan(council);
    // In characters: 35 of them, with room for the arrow.
    expect(screen.getByRole('combobox', { name: 'Council' }).style.width).toMatch(/^3\d\.\dch$/);
    expect(width('Period')).toBeGreaterThan(width('Section'));
  });

  it('leaves out the controls a view does not use', () => {
    render(
      <FilterBar
        filters={filters}
        onChange={vi.fn()}
        show={{ sections: false, statuses: false, search: false }}
      />,
    );
    expect(screen.queryByRole('combobox', { name: 'Section' })).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Status' })).not.toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
  });
});
