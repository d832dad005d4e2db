import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ColumnMapping } from '../../domain/import';
import type { MappingFileView } from '../../hooks/data-page-models';
import { MappingForm } from './MappingForm';
import { RememberedMappings } from './RememberedMappings';

const REREF = 'Percentage of re-referrals within 12 months';
const OTHER = 'Number of referrals';
const column = (name: string, values: string[], extra: Partial<MappingFileView> = {}) => ({
  name,
  values,
  more: false,
  suggested: values.map((v) => (v === REREF ? 'CSC-REREF' : null)),
  units: values.map(() => null),
  uses: values.map((v) => (v === 'Count' ? ('numerator' as const) : ('figure' as const))),
  ...extra,
});
const headers = ['area_code', 'period', 'indicator', 'measure', 'unit', 'value'];
const file: MappingFileView = {
  fileName: 'long.csv',
  headers,
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

describe('the mapping step for a long file', () => {
  it('starts from the guess, says why it is offered, and sends every choice', async () => {
    const onSubmit = vi.fn<(m: ReadonlyMap<string, ColumnMapping>) => void>();
    render(<MappingForm files={[file]} onSubmit={onSubmit} onCancel={() => undefined} />);
    expect(screen.getByText(/looks like the scorecard’s own layout/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Unit (optional)' })).toHaveValue('unit');
    expect(
      screen.getByRole('combobox', { name: 'Use rows where measure is “Count” as' }),
    ).toHaveValue('numerator');
    const reref = screen.getByRole('combobox', { name: `Scorecard indicator for “${REREF}”` });
    expect(reref).toHaveValue('CSC-REREF');
    expect(reref).toHaveAccessibleDescription('Suggested from the names');

    const user = userEvent.setup();
    await user.selectOptions(
      screen.getByRole('combobox', { name: `Scorecard indicator for “${OTHER}”` }),
      'CLA-RATE',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: '“Persons” means' }), 'count');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Use rows where measure is “Count” as' }),
      'skip',
    );
    await user.click(screen.getByRole('button', { name: 'Read with these columns' }));
    const mapping = onSubmit.mock.calls[0]?.[0].get('long.csv');
    expect(mapping).toMatchObject({
      indicator: 'indicator',
      unit: 'unit',
      unitWords: [['Persons', 'count']],
      measure: {
        column: 'measure',
        values: [
          ['Percentage', 'figure'],
          ['Count', 'skip'],
        ],
      },
      indicatorNames: [
        [REREF, 'CSC-REREF'],
        [OTHER, 'CLA-RATE'],
      ],
    });
  }, 20_000);

  it('leaves the unit column out and hides its words when None is chosen', async () => {
    const onSubmit = vi.fn<(m: ReadonlyMap<string, ColumnMapping>) => void>();
    render(<MappingForm files={[file]} onSubmit={onSubmit} onCancel={() => undefined} />);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Unit (optional)' }), '');
    expect(screen.queryByRole('combobox', { name: '“Persons” means' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Read with these columns' }));
    expect(onSubmit.mock.calls[0]?.[0].get('long.csv')).toMatchObject({ unit: '', unitWords: [] });
  }, 20_000);

  it('says when the remembered columns are being changed', () => {
    render(
      <MappingForm
        files={[{ ...file, changing: true }]}
        onSubmit={() => undefined}
        onCancel={() => undefined}
      />,
    );
    expect(screen.getByText(/These are the columns chosen last time/)).toBeInTheDocument();
  });
});

describe('the remembered mappings', () => {
  it('lists each with a button to forget it, or says there are none', async () => {
    const onForget = vi.fn();
    const { rerender } = render(
      <RememberedMappings
        mappings={[
          { signature: 'sig', columns: 'indicator, unit', summary: 'indicator: indicator.' },
        ]}
        onForget={onForget}
        disabled={false}
      />,
    );
    await userEvent.setup().click(
      screen.getByRole('button', {
        name: 'Forget the columns chosen for files with the columns indicator, unit',
      }),
    );
    expect(onForget).toHaveBeenCalledWith('sig');
    rerender(<RememberedMappings mappings={[]} onForget={onForget} disabled={false} />);
    expect(screen.getByText(/No column mappings are remembered/)).toBeInTheDocument();
  });
});
