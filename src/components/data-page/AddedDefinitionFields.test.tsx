import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ColumnMapping } from '../../domain/import';
import type { MappingFileView } from '../../hooks/data-page-models';
import { MappingForm } from './MappingForm';

const REREF = 'Percentage of re-referrals within 12 months';
const OTHER = 'Number of referrals';
const column = (name: string, values: string[]) => ({
  name,
  values,
  more: false,
  suggested: values.map((v) => (v === REREF ? 'CSC-REREF' : null)),
  units: values.map(() => null),
  uses: values.map((v) => (v === 'Count' ? ('numerator' as const) : ('figure' as const))),
});
const file: MappingFileView = {
  fileName: 'long.csv',
  headers: ['area_code', 'period', 'indicator', 'measure', 'unit', 'value'],
  problem: '',
  why: 'mostly-rejected',
  report: null,
  columns: [
    column('area_code', ['E09000015']),
    column('period', ['2024/25']),
    column('indicator', [REREF, OTHER]),
    column('measure', ['Percentage', 'Count']),
    column('unit', ['Persons']),
    column('value', ['20.1', '380']),
  ],
  indicators: [
    { id: 'CSC-REREF', label: 'Re-referrals (CSC-REREF)' },
    { id: 'CLA-RATE', label: 'Children in care (CLA-RATE)' },
  ],
  initial: {
    indicator: 'indicator',
    period: 'period',
    area: 'area_code',
    value: 'value',
    unit: 'unit',
    unitWords: [['Persons', null]],
    measure: {
      column: 'measure',
      values: [
        ['Percentage', 'figure'],
        ['Count', 'numerator'],
      ],
    },
    indicatorNames: [
      [REREF, 'CSC-REREF'],
      [OTHER, null],
    ],
  },
};

const nameChoice = () =>
  screen.getByRole('combobox', { name: `Scorecard indicator for “${OTHER}”` });

describe('adding a new indicator from the mapping step', () => {
  it('asks for the minimum definition, names each missing field, then sends it with the mapping', async () => {
    const onSubmit = vi.fn<(m: ReadonlyMap<string, ColumnMapping>) => void>();
    render(<MappingForm files={[file]} onSubmit={onSubmit} onCancel={() => undefined} />);
    const user = userEvent.setup();
    expect(screen.queryByRole('group', { name: `New indicator for “${OTHER}”` })).toBeNull();
    await user.selectOptions(nameChoice(), 'Add as a new indicator');
    const group = screen.getByRole('group', { name: `New indicator for “${OTHER}”` });
    // The file's own words start as the title.
    expect(within(group).getByRole('textbox', { name: 'Title' })).toHaveValue(OTHER);

    await user.click(screen.getByRole('button', { name: 'Read with these columns' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const summary = screen.getByRole('alert');
    for (const text of [/Enter an id/, /Choose the unit/, /context measure/, /Choose the section/])
      expect(within(summary).getByRole('link', { name: text })).toBeInTheDocument();
    expect(within(group).getByRole('textbox', { name: 'Id' })).toHaveAccessibleDescription(
      /Error:\s*Enter an id for the new indicator/,
    );
    await user.click(within(summary).getByRole('link', { name: /Enter an id/ }));
    expect(within(group).getByRole('textbox', { name: 'Id' })).toHaveFocus();

    await user.type(within(group).getByRole('textbox', { name: 'Id' }), 'REFERRALS');
    await user.selectOptions(within(group).getByRole('combobox', { name: 'Unit' }), 'count');
    await user.selectOptions(
      within(group).getByRole('combobox', { name: 'Good is' }),
      'Context measure, not rated',
    );
    await user.clear(within(group).getByRole('textbox', { name: 'Decimal places shown' }));
    await user.type(within(group).getByRole('textbox', { name: 'Decimal places shown' }), '0');
    await user.selectOptions(
      within(group).getByRole('combobox', { name: 'Section' }),
      'Front door and early help',
    );
    await user.click(screen.getByRole('button', { name: 'Read with these columns' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const mapping = onSubmit.mock.calls[0]?.[0].get('long.csv');
    expect(mapping?.indicatorNames).toEqual([
      [REREF, 'CSC-REREF'],
      [OTHER, 'REFERRALS'],
    ]);
    expect(mapping?.addedDefinitions).toEqual([
      {
        id: 'REFERRALS',
        title: OTHER,
        unit: 'count',
        polarity: 'none',
        decimals: 0,
        section: 'front-door',
      },
    ]);
  }, 30_000);

  it('refuses an id the scorecard already has', async () => {
    const onSubmit = vi.fn<(m: ReadonlyMap<string, ColumnMapping>) => void>();
    render(<MappingForm files={[file]} onSubmit={onSubmit} onCancel={() => undefined} />);
    const user = userEvent.setup();
    await user.selectOptions(nameChoice(), 'Add as a new indicator');
    const group = screen.getByRole('group', { name: `New indicator for “${OTHER}”` });
    await user.type(within(group).getByRole('textbox', { name: 'Id' }), 'cla-rate');
    await user.click(screen.getByRole('button', { name: 'Read with these columns' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: /already has an indicator/ }),
    ).toBeInTheDocument();
  }, 30_000);

  it('shows a remembered new indicator as chosen, with its definition', () => {
    if (!file.initial) throw new Error('the file view has a first guess');
    const remembered: MappingFileView = {
      ...file,
      changing: true,
      initial: {
        ...file.initial,
        indicatorNames: [
          [REREF, 'CSC-REREF'],
          [OTHER, 'REFERRALS'],
        ],
        addedDefinitions: [
          {
            id: 'REFERRALS',
            title: 'Referrals',
            unit: 'count',
            polarity: 'lower',
            decimals: 0,
            section: 'front-door',
          },
        ],
      },
    };
    render(
      <MappingForm files={[remembered]} onSubmit={() => undefined} onCancel={() => undefined} />,
    );
    const option = within(nameChoice()).getByRole<HTMLOptionElement>('option', {
      name: 'Add as a new indicator',
    });
    expect(option.selected).toBe(true);
    const group = screen.getByRole('group', { name: `New indicator for “${OTHER}”` });
    expect(within(group).getByRole('textbox', { name: 'Id' })).toHaveValue('REFERRALS');
    expect(within(group).getByRole('combobox', { name: 'Good is' })).toHaveValue('lower');
  });
});
