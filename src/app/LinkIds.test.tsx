import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { diskLoader } from '../../tests/support/app-loader';
import { App } from './App';

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

async function openApp(hash: string) {
  window.history.replaceState(null, '', `/${hash}`);
  render(<App loadDependencies={diskLoader} />);
  await screen.findByRole('region', { name: 'About these figures' }, { timeout: 20_000 });
}

/** A link naming an indicator or section this scorecard does not have gets a plain notice. */
describe('unknown ids in a link', () => {
  it('an unknown indicator: a notice, and the overview instead', async () => {
    await openApp('#/indicator/NOPE');
    const notice = screen.getByRole('region', { name: 'This link could not be followed exactly' });
    expect(notice).toHaveTextContent(
      'There is no indicator "NOPE" in this scorecard; showing the overview.',
    );
    expect(
      screen.getByRole('article', { name: 'Assessments completed within 45 working days' }),
    ).toBeInTheDocument();
  }, 30_000);

  it('an unknown section: a notice, and every section instead of an empty page', async () => {
    await openApp('#/overview?section=NOPE');
    const notice = screen.getByRole('region', { name: 'This link could not be followed exactly' });
    expect(notice).toHaveTextContent(
      'There is no section "NOPE" in this scorecard; showing every section.',
    );
    expect(within(document.body).queryByText(/No indicators match/)).not.toBeInTheDocument();
    expect(
      screen.getByRole('article', { name: 'Assessments completed within 45 working days' }),
    ).toBeInTheDocument();
  }, 30_000);
});
