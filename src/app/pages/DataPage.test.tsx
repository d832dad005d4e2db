/**
 * The Data page's steps in jsdom (files read on the page, the workspace in memory): choose a
 * file, see its report and the changes, choose, apply, see the import listed, undo it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { diskLoader } from '../../../tests/support/app-loader';
import { memoryStore } from '../../storage/workspace-store';
import { App } from '../App';

const FIXTURE = join(
  import.meta.dirname,
  '../../../tests/fixtures/data-page/harrow-q2-revised.csv',
);

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

async function openDataPage() {
  const store = memoryStore();
  window.history.replaceState(null, '', '/#/data');
  render(<App loadDependencies={() => ({ ...diskLoader(), store })} />);
  await screen.findByRole('heading', { name: 'Bring files in' }, { timeout: 20_000 });
  return store;
}

const file = () => new File([readFileSync(FIXTURE)], 'harrow-q2-revised.csv', { type: 'text/csv' });

describe('DataPage', () => {
  it('reads a file, shows its report and changes, and applies only after the choices', async () => {
    const store = await openDataPage();
    await userEvent.upload(screen.getByLabelText('Choose files'), file());
    await screen.findByRole('heading', { name: 'What would change' }, { timeout: 20_000 });
    expect(screen.getByRole('region', { name: 'harrow-q2-revised.csv' })).toHaveTextContent(
      '4: 2 loaded, 1 rejected, 1 skipped',
    );
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('2 changes to review');
    // The file has a rejected line: nothing applies from it until its clean lines are chosen.
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(
      screen.getByRole('link', {
        name: /harrow-q2-revised\.csv has an error, so nothing is applied/,
      }),
    ).toBeInTheDocument();
    expect(await store.loadImports()).toEqual([]);
    await userEvent.click(
      screen.getByRole('checkbox', {
        name: /Apply only the clean lines of harrow-q2-revised\.csv/,
      }),
    );
    expect(screen.getByText('Clean lines only: harrow-q2-revised.csv.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(
      screen.getByRole('link', { name: /Choose whether to keep or replace 2 figures/ }),
    ).toBeInTheDocument();
    expect(await store.loadImports()).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Replace all with the new figures' }));
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findByText(/Applied harrow-q2-revised\.csv/);
    const history = screen.getByRole('region', { name: 'Imports applied' });
    expect(within(history).getByRole('listitem')).toHaveTextContent('harrow-q2-revised.csv');
    expect((await store.loadImports()).map((i) => i.files.map((f) => f.fileName))).toEqual([
      ['harrow-q2-revised.csv'],
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'Undo the last import' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('Its 2 figures will be removed');
    await userEvent.click(screen.getByRole('button', { name: 'Yes, undo it' }));
    await screen.findByText('The import of harrow-q2-revised.csv was undone.');
    expect(await store.loadImports()).toEqual([]);
  }, 40_000);

  it('leaves everything as it was on Cancel', async () => {
    const store = await openDataPage();
    await userEvent.upload(screen.getByLabelText('Choose files'), file());
    await screen.findByRole('heading', { name: 'What would change' }, { timeout: 20_000 });
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Import cancelled. Nothing was changed.')).toBeInTheDocument();
    expect(screen.getByLabelText('Choose files')).toBeInTheDocument();
    expect(await store.loadImports()).toEqual([]);
  }, 40_000);

  it('says an empty file is empty, with no mapping form and no Apply', async () => {
    await openDataPage();
    await userEvent.upload(
      screen.getByLabelText('Choose files'),
      new File([''], 'empty.csv', { type: 'text/csv' }),
    );
    const report = await screen.findByRole('region', { name: 'empty.csv' }, { timeout: 20_000 });
    expect(report).toHaveTextContent('The file is empty');
    expect(screen.queryByRole('group', { name: /empty\.csv/ })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Nothing to apply' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Apply' })).not.toBeInTheDocument();
  }, 40_000);

  it('tells the analyst an import was cancelled when they left the page mid-way', async () => {
    const store = await openDataPage();
    await userEvent.upload(screen.getByLabelText('Choose files'), file());
    await screen.findByRole('heading', { name: 'What would change' }, { timeout: 20_000 });
    window.location.hash = '#/overview';
    await waitFor(() => {
      expect(screen.queryByRole('heading', { name: 'Bring files in' })).not.toBeInTheDocument();
    });
    window.location.hash = '#/data';
    const notice = await screen.findByRole(
      'region',
      { name: 'Your last import was cancelled' },
      { timeout: 20_000 },
    );
    expect(notice).toHaveTextContent(
      'The import of harrow-q2-revised.csv was cancelled when you left the Data page. Nothing was changed',
    );
    expect(await store.loadImports()).toEqual([]);
  }, 60_000);

  it('never says figures for an indicator without a definition are shown', async () => {
    const store = await openDataPage();
    await userEvent.upload(
      screen.getByLabelText('Choose files'),
      new File(
        ['indicator,period,area_code,value\nLOCAL-NEW,2025-26 Q1,E09000015,5\n'],
        'own.csv',
        {
          type: 'text/csv',
        },
      ),
    );
    const notice = await screen.findByRole(
      'region',
      { name: 'Figures that will not be shown anywhere' },
      { timeout: 20_000 },
    );
    expect(notice).toHaveTextContent('The scorecard has no definition for LOCAL-NEW');
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(
      await screen.findByText(/Applied own\.csv: .*Figures for LOCAL-NEW are not shown anywhere/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/The scorecard now shows them/)).not.toBeInTheDocument();
    expect((await store.loadImports()).length).toBe(1);
  }, 40_000);

  it('refuses a file over the size limit before reading it', async () => {
    await openDataPage();
    const big = new File(['x'], 'huge.csv');
    // 150 MB is 150,000,000 bytes: a file of 157,286,400 bytes (150 MiB) is over the limit.
    Object.defineProperty(big, 'size', { value: 150 * 1024 * 1024 });
    await userEvent.upload(screen.getByLabelText('Choose files'), big);
    expect(screen.getByRole('region', { name: 'Some files were not read' })).toHaveTextContent(
      'huge.csv is 157.3 MB: the scorecard reads files of up to 150 MB (150,000,000 bytes)',
    );
  }, 40_000);
});
