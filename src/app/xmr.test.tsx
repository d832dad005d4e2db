import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { diskLoader } from '../../tests/support/app-loader';
import { App } from './App';

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

async function openIndicator(id: string) {
  window.history.replaceState(null, '', `/#/indicator/${id}`);
  render(<App loadDependencies={diskLoader} />);
  await screen.findByRole('heading', { level: 1 }, { timeout: 20_000 });
}

describe('the XmR chart on the indicator page', () => {
  it('is a figure with the sentence, the icons in words and a key', async () => {
    await openIndicator('CSC-REREF');
    const figure = await screen.findByRole(
      'figure',
      { name: 'Re-referrals: is it a real change? (XmR chart)' },
      { timeout: 20_000 },
    );
    expect(figure).toHaveTextContent(/Re-referrals/);
    // The charts are drawn one a task after the page's words.
    expect(await within(figure).findByRole('img', { name: /XmR chart/ })).toBeInTheDocument();
    const key = within(figure).getByRole('list', { name: 'Key' });
    expect(key).toHaveTextContent('Mean');
    expect(key).toHaveTextContent('Process limits');
    expect(figure).toHaveTextContent(/Variation: (Common cause|Special cause)/);
  }, 60_000);

  it('shows the same figures as a table, with the mean, limits and what each point shows', async () => {
    const user = userEvent.setup();
    await openIndicator('CSC-REREF');
    await user.click(await screen.findByRole('button', { name: 'Show the charts as tables' }));
    const table = await screen.findByRole('table', {
      name: "Re-referrals: Harrow's figures with the mean, limits and special causes",
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual([
      'Period',
      'Figure',
      'Mean',
      'Lower limit',
      'Upper limit',
      'Moving range',
      'Variation',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThanOrEqual(13);
    // The first point has no moving range; every row says common or special cause (or a gap).
    expect(within(rows[0] as HTMLElement).getAllByRole('cell')[4]).toHaveTextContent('–');
    for (const row of rows) {
      expect(within(row).getAllByRole('cell')[5]).toHaveTextContent(
        /^(Common cause|Special cause.*|No figure \(a gap\))$/,
      );
    }
  }, 60_000);
});
