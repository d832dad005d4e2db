import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diskLoader } from '../../tests/support/app-loader';
import type { LoadDependencies } from '../hooks/load-scorecard';
import { App } from './App';

const failingLoader = (): LoadDependencies => ({
  ...diskLoader(),
  fetchBytes: () => Promise.resolve(null),
});

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  window.history.replaceState(null, '', '/');
});

async function openApp(hash = '') {
  window.history.replaceState(null, '', `/${hash}`);
  render(<App loadDependencies={diskLoader} />);
  await screen.findByRole('region', { name: 'About these figures' }, { timeout: 20_000 });
}

describe('App', () => {
  it('opens on the overview with Harrow, its latest quarter and every section', async () => {
    await openApp();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Overview');
    const about = screen.getByRole('region', { name: 'About these figures' });
    expect(about).toHaveTextContent('Harrow');
    expect(about).toHaveTextContent('2026-27 Q2 (July to September 2026)');
    expect(about).toHaveTextContent('Illustrative quarterly figures — replace with your own');
    expect(screen.getAllByRole('article')).toHaveLength(25);
    // The title is set in an effect, which may run just after the view is on screen.
    await waitFor(() => {
      expect(document.title).toBe("Overview – Harrow, 2026-27 Q2 – Children's services scorecard");
    });
    // The link now records the dataset's version.
    expect(window.location.hash).toMatch(/^#\/overview\?v=[0-9a-f]{12}$/);
  }, 30_000);

  it('filters by status from the URL and shows how many are hidden', async () => {
    await openApp('#/overview?status=red');
    expect(screen.getAllByRole('article')).toHaveLength(5);
    expect(
      screen.getByText('Showing 5 of 25 indicators. Clear the filters to see them all.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Red (5)' })).toBeChecked();
  }, 30_000);

  it('moves to the table and announces the new view', async () => {
    const user = userEvent.setup();
    await openApp();
    await user.click(screen.getByRole('link', { name: 'Scorecard table' }));
    await screen.findByRole('heading', { level: 1, name: 'Scorecard table' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    // The announcement is set as the view changes and shows on the next render.
    expect(await screen.findByText('Scorecard table, Harrow, 2026-27 Q2')).toBeInTheDocument();
    const table = screen.getByRole('table', {
      name: "Harrow children's services scorecard, 2026-27 Q2 (July to September 2026)",
    });
    await user.click(within(table).getByRole('button', { name: /Status/ }));
    await waitFor(() => {
      expect(within(table).getByRole('columnheader', { name: /Status/ })).toHaveAttribute(
        'aria-sort',
        'ascending',
      );
    });
    expect(window.location.hash).toContain('sort=status');
  }, 30_000);

  it('says plainly what is wrong with a bad link instead of showing a blank page', async () => {
    await openApp('#/nonsense?la=E09999999&status=purple');
    const notice = screen.getByRole('region', { name: 'This link could not be followed exactly' });
    expect(notice).toHaveTextContent('The link asks for a page called "nonsense"');
    expect(notice).toHaveTextContent('"purple" is not a status the scorecard can filter by.');
    expect(notice).toHaveTextContent('Showing Harrow instead.');
  }, 30_000);

  it('warns when a link was made with other data', async () => {
    const user = userEvent.setup();
    await openApp('#/overview?v=000000000000');
    const notice = screen.getByRole('region', {
      name: 'The data has changed since this link was made',
    });
    await user.click(
      within(notice).getByRole('button', { name: 'Understood: show the current figures' }),
    );
    expect(
      screen.queryByRole('region', { name: 'The data has changed since this link was made' }),
    ).not.toBeInTheDocument();
  }, 30_000);

  it('lists every data problem when the data cannot be loaded', async () => {
    render(<App loadDependencies={failingLoader} />);
    await screen.findByRole('heading', { name: 'The scorecard could not be shown' });
    expect(
      screen.getByRole('region', { name: 'There is a problem with the data' }),
    ).toHaveTextContent('The settings file data/config.json could not be read from the web host.');
  });

  it('opens an indicator page with the data shown as tables', async () => {
    const user = userEvent.setup();
    await openApp();
    await user.click(screen.getByRole('link', { name: 'Children in care per 10,000 children' }));
    await screen.findByRole('heading', { level: 1, name: 'Children in care per 10,000 children' });
    await user.click(screen.getByRole('button', { name: 'Show the charts as tables' }));
    // The page draws three charts' tables (trend, XmR, neighbours): slow in jsdom on a loaded
    // two-core machine (9 s seen while six branches were tested at once).
    const trend = await screen.findByRole(
      'table',
      { name: 'Children in care per 10,000 children: Harrow and comparators over time' },
      { timeout: 15_000 },
    );
    expect(
      within(trend)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual([
      'Period',
      'Harrow',
      'Statistical neighbours (mean) (annual)',
      'London (annual)',
      'England (annual)',
    ]);
    expect(screen.getByRole('button', { name: 'Show charts' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('heading', { name: 'About this indicator' })).toBeInTheDocument();
  }, 30_000);
});
