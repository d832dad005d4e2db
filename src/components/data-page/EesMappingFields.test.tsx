import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MappingForm } from './MappingForm';

/** The mapping step for an EES file the scorecard has no mapping for, by role and name. */
describe('MappingForm for a DfE EES file', () => {
  const files = [
    {
      fileName: 'la_cla_swcount.csv',
      headers: ['time_period', 'cla_group', 'sw_stability', 'children_count', 'children_percent'],
      problem: '',
      ees: {
        indicatorColumns: ['children_count', 'children_percent'],
        filters: [
          {
            column: 'cla_group',
            values: ['CLA 2 years on 31 March', 'CLA on 31 March'],
            suggested: '',
          },
          {
            column: 'sw_stability',
            values: ['Total children', '3 or more social workers during the year'],
            suggested: 'Total children',
          },
        ],
        scorecard: [
          {
            id: 'CLA-3PLUS-PLACE',
            label: 'Three or more placements (CLA-3PLUS-PLACE)',
            unit: 'percent' as const,
          },
        ],
      },
    },
  ];

  it('asks for the figure column, a value of each filter and the indicator, then submits an EES mapping', async () => {
    const onSubmit = vi.fn();
    render(<MappingForm files={files} onSubmit={onSubmit} onCancel={vi.fn()} />);
    expect(screen.getByRole('group', { name: 'la_cla_swcount.csv' })).toBeInTheDocument();
    // A filter with a total starts at it.
    expect(screen.getByLabelText('Rows where sw_stability is')).toHaveValue('Total children');
    await userEvent.click(screen.getByRole('button', { name: 'Read with these columns' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(
      screen.getByRole('link', {
        name: 'la_cla_swcount.csv: choose the column that holds the figure',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: 'la_cla_swcount.csv: choose which "cla_group" rows hold the figure',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: 'la_cla_swcount.csv: choose the scorecard indicator the figure feeds',
      }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/Column that holds the figure/)).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await userEvent.selectOptions(
      screen.getByLabelText(/Column that holds the figure/),
      'children_percent',
    );
    await userEvent.selectOptions(
      screen.getByLabelText(/Rows where cla_group is/),
      'CLA on 31 March',
    );
    await userEvent.selectOptions(
      screen.getByLabelText(/Rows where sw_stability is/),
      '3 or more social workers during the year',
    );
    await userEvent.selectOptions(
      screen.getByLabelText(/Scorecard indicator it feeds/),
      'CLA-3PLUS-PLACE',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Read with these columns' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const mappings = onSubmit.mock.calls[0]?.[0] as ReadonlyMap<string, { ees?: unknown }>;
    expect(mappings.get('la_cla_swcount.csv')?.ees).toMatchObject({
      measures: [
        {
          indicator: 'CLA-3PLUS-PLACE',
          unit: 'percent',
          value: 'children_percent',
          where: [
            { column: 'cla_group', value: 'CLA on 31 March' },
            { column: 'sw_stability', value: '3 or more social workers during the year' },
          ],
        },
      ],
    });
  }, 20_000);
});
