import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { FileReportView, PreviewView } from '../../hooks/data-page-models';
import { ChangePreviewPanel } from './ChangePreviewPanel';
import { Confirm } from './Confirm';
import { DropZone } from './DropZone';
import { ErrorSummary } from './ErrorSummary';
import { FileReportPanel } from './FileReportPanel';
import { MappingForm } from './MappingForm';
import { ProgressPanel } from './ProgressPanel';

const report: FileReportView = {
  id: 'file-0-q2-csv',
  fileName: 'q2.csv',
  layout: 'Tidy (one row per indicator, period and area)',
  encoding: 'utf-8',
  size: '1 KB',
  lines: 4,
  loaded: 2,
  rejected: 1,
  skipped: 1,
  skippedReasons: '1 header',
  errorCount: 1,
  warningCount: 0,
  issues: [
    {
      id: 'file-0-q2-csv-issue-1',
      kind: 'Error',
      line: '3',
      column: 'value',
      value: '150%',
      message: '"150%" is more than 100%. This row was not loaded.',
    },
  ],
  note: null,
};

const row = {
  key: 'v\u0000CSC-ASSESS-45\u0000E09000015\u00002026-27 Q2',
  indicator: 'Assessments on time',
  area: 'Harrow',
  period: '2026-27 Q2',
  current: '90.4',
  currentSource: 'local-harrow.csv, line 40',
  incoming: '91.5',
  incomingSource: 'q2.csv, line 2',
  decision: null,
};

const preview: PreviewView = {
  newValues: 3,
  unchangedValues: 1,
  newPeriods: ['2026-27 Q2'],
  newIndicators: [],
  newCouncils: ['Barnet'],
  newDefinitions: [],
  definitionChanges: [],
  areaChanges: null,
  neighbourChanges: [],
  changes: [row],
  undecided: 1,
};

describe('DropZone', () => {
  it('takes several files from the Choose files button', async () => {
    const onFiles = vi.fn();
    render(<DropZone onFiles={onFiles} />);
    const files = [new File(['a'], 'a.csv'), new File(['b'], 'b.csv')];
    await userEvent.upload(screen.getByLabelText('Choose files'), files);
    expect(onFiles).toHaveBeenCalledWith(files);
  });

  it('takes several files dropped onto it, and none while it is disabled', () => {
    const onFiles = vi.fn();
    const files = [new File(['a'], 'a.csv'), new File(['b'], 'b.csv')];
    const { rerender } = render(<DropZone onFiles={onFiles} />);
    const zone = screen.getByTestId('drop-zone');
    fireEvent.dragOver(zone, { dataTransfer: { files } });
    expect(zone).toHaveClass('drop-zone--over');
    fireEvent.drop(zone, { dataTransfer: { files } });
    expect(onFiles).toHaveBeenCalledWith(files);
    expect(zone).not.toHaveClass('drop-zone--over');
    rerender(<DropZone onFiles={onFiles} disabled />);
    fireEvent.drop(zone, { dataTransfer: { files } });
    expect(onFiles).toHaveBeenCalledOnce();
  });
});

describe('ProgressPanel', () => {
  it('shows the progress in figures and words, and cancels', async () => {
    const onCancel = vi.fn();
    render(
      <ProgressPanel
        progress={{ label: 'Reading big.csv', done: 5, total: 10, text: '5 MB of 10 MB (50%)' }}
        onCancel={onCancel}
      />,
    );
    const bar = screen.getByRole('progressbar', { name: 'Reading big.csv' });
    expect(bar).toHaveAttribute('value', '5');
    expect(screen.getByText('5 MB of 10 MB (50%)')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });
});

describe('FileReportPanel and ErrorSummary', () => {
  it('gives the layout, encoding, line counts and each problem with line, column, value and reason', () => {
    render(<FileReportPanel report={report} />);
    const region = screen.getByRole('region', { name: 'q2.csv' });
    expect(region).toHaveTextContent('Tidy (one row per indicator, period and area)');
    expect(region).toHaveTextContent('utf-8');
    expect(region).toHaveTextContent('4: 2 loaded, 1 rejected, 1 skipped (1 header)');
    const table = screen.getByRole('table', { name: 'Rejected and warned lines in q2.csv' });
    const cells = within(table)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells).toEqual([
      '3',
      'value',
      '150%',
      'Error',
      '"150%" is more than 100%. This row was not loaded.',
    ]);
  });

  it('links each summary item to its problem and moves focus there', async () => {
    render(
      <>
        <ErrorSummary
          title="There is a problem"
          items={[{ href: `#${report.issues[0]?.id ?? ''}`, text: 'q2.csv: 1 error' }]}
        />
        <FileReportPanel report={report} />
      </>,
    );
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'q2.csv: 1 error' }));
    expect(document.activeElement).toHaveTextContent('150%');
  });

  it('shows nothing when there is no problem', () => {
    const { container } = render(<ErrorSummary title="There is a problem" items={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('MappingForm', () => {
  const files = [
    { fileName: 'export.csv', headers: ['LA Code', 'Year', 'Measure Name', 'Result'], problem: '' },
  ];

  it('says which required columns are missing, and submits a mapping once chosen', async () => {
    const onSubmit = vi.fn();
    render(<MappingForm files={files} onSubmit={onSubmit} onCancel={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Read with these columns' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getAllByRole('link', { name: /export\.csv: choose the column/ })).toHaveLength(4);
    expect(screen.getByLabelText('Indicator')).toHaveAttribute('aria-invalid', 'true');
    await userEvent.selectOptions(screen.getByLabelText('Indicator'), 'Measure Name');
    await userEvent.selectOptions(screen.getByLabelText('Period'), 'Year');
    await userEvent.selectOptions(screen.getByLabelText('Area (council code or name)'), 'LA Code');
    await userEvent.selectOptions(screen.getByLabelText('Value'), 'Result');
    await userEvent.click(screen.getByRole('button', { name: 'Read with these columns' }));
    expect(onSubmit).toHaveBeenCalledWith(
      new Map([
        [
          'export.csv',
          { indicator: 'Measure Name', period: 'Year', area: 'LA Code', value: 'Result' },
        ],
      ]),
    );
  });
});

describe('ChangePreviewPanel', () => {
  it('lists what is new and each changed figure with old and new values and their sources', () => {
    render(<ChangePreviewPanel preview={preview} onDecide={vi.fn()} onDecideAll={vi.fn()} />);
    expect(
      screen.getByText(/3 new figures, 1 figure differs from what is loaded now, 1 the same/),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Figures that would change' });
    expect(table).toHaveTextContent('90.4local-harrow.csv, line 40');
    expect(table).toHaveTextContent('91.5q2.csv, line 2');
    expect(screen.getByText(/1 still to choose./)).toBeInTheDocument();
  });

  it('takes a choice per figure and for all', async () => {
    const onDecide = vi.fn();
    const onDecideAll = vi.fn();
    render(<ChangePreviewPanel preview={preview} onDecide={onDecide} onDecideAll={onDecideAll} />);
    const group = screen.getByRole('radiogroup', {
      name: /Assessments on time, Harrow, 2026-27 Q2/,
    });
    await userEvent.click(within(group).getByRole('radio', { name: 'Replace' }));
    expect(onDecide).toHaveBeenCalledWith(row.key, 'replace');
    await userEvent.click(screen.getByRole('button', { name: 'Keep all current figures' }));
    expect(onDecideAll).toHaveBeenCalledWith('keep');
  });
});

describe('Confirm', () => {
  it('says what will be lost, takes focus, and confirms or cancels', async () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    render(
      <Confirm
        title="Undo the import of q2.csv?"
        confirm="Yes, undo it"
        onConfirm={onConfirm}
        onCancel={onCancel}
      >
        <p>Its 2 figures will be removed.</p>
      </Confirm>,
    );
    const dialog = screen.getByRole('alertdialog', { name: 'Undo the import of q2.csv?' });
    expect(dialog).toHaveTextContent('Its 2 figures will be removed.');
    expect(document.activeElement).toHaveTextContent('Undo the import of q2.csv?');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, undo it' }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onConfirm).toHaveBeenCalledOnce();
  });
});
