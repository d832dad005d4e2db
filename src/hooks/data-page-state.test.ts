import { describe, expect, it } from 'vitest';
import type { ChangePreview } from '../domain/workspace';
import {
  dataPageReducer,
  initialDataPageState,
  type DataPageAction,
  type DataPageState,
} from './data-page-state';

/** A preview with one changed figure (key a) and one changed definition (key d). */
const preview = {
  newValues: 3,
  unchangedValues: 0,
  changes: [{ key: 'a' }],
  newPeriods: [],
  newIndicators: [],
  newCouncils: [],
  newDefinitions: [],
  definitionChanges: [{ key: 'd' }],
  newAreas: [],
  changedAreas: [],
  neighbourUpdates: [],
} as unknown as ChangePreview;

const reviewing: DataPageState = {
  ...initialDataPageState,
  step: { kind: 'review' },
  announcement: 'Read 1 file',
  problems: ['q3.csv is too large'],
  files: [new File(['x'], 'q3.csv')],
  preview,
  decisions: new Map([['a', 'keep']]),
  applyProblem: 'Choose whether to keep or replace 1 figure',
  cleanLinesOnly: new Set(['q3.csv']),
  registerConfirmed: true,
};

const cases: readonly {
  readonly name: string;
  readonly from: DataPageState;
  readonly action: DataPageAction;
  readonly expected: Partial<DataPageState>;
}[] = [
  {
    name: 'reset forgets what was read but keeps the announcement and problems',
    from: reviewing,
    action: { type: 'reset' },
    expected: {
      step: { kind: 'choose' },
      announcement: 'Read 1 file',
      problems: ['q3.csv is too large'],
      files: [],
      preview: null,
      decisions: new Map(),
      applyProblem: null,
      cleanLinesOnly: new Set(),
      registerConfirmed: false,
    },
  },
  {
    name: 'compared opens the review with no decisions',
    from: { ...reviewing, step: { kind: 'applying' } },
    action: { type: 'compared', preview, rows: [] },
    expected: { step: { kind: 'review' }, decisions: new Map(), preview },
  },
  {
    name: 'a failed reading goes back to choosing, with the one problem',
    from: reviewing,
    action: { type: 'readFailed', problem: 'The files could not be read' },
    expected: { step: { kind: 'choose' }, problems: ['The files could not be read'] },
  },
  {
    name: 'a decision is added and clears the apply problem',
    from: reviewing,
    action: { type: 'decide', key: 'd', decision: 'replace' },
    expected: {
      applyProblem: null,
      decisions: new Map([
        ['a', 'keep'],
        ['d', 'replace'],
      ]),
    },
  },
  {
    name: 'keep all decides every figure and definition, and says so',
    from: reviewing,
    action: { type: 'decideAll', decision: 'keep' },
    expected: {
      applyProblem: null,
      decisions: new Map([
        ['a', 'keep'],
        ['d', 'keep'],
      ]),
      announcement: 'Every current figure will be kept.',
    },
  },
  {
    name: 'replace all says so',
    from: reviewing,
    action: { type: 'decideAll', decision: 'replace' },
    expected: { announcement: 'Every figure that differs will be replaced with the new one.' },
  },
  {
    name: 'deciding all with no preview changes nothing',
    from: { ...reviewing, preview: null },
    action: { type: 'decideAll', decision: 'keep' },
    expected: { decisions: new Map([['a', 'keep']]), announcement: 'Read 1 file' },
  },
  {
    name: 'clean lines only is taken back',
    from: reviewing,
    action: { type: 'chooseCleanLines', fileName: 'q3.csv', chosen: false },
    expected: { cleanLinesOnly: new Set(), applyProblem: null },
  },
  {
    name: 'clean lines only is chosen',
    from: initialDataPageState,
    action: { type: 'chooseCleanLines', fileName: 'q4.csv', chosen: true },
    expected: { cleanLinesOnly: new Set(['q4.csv']) },
  },
  {
    name: 'confirming the register clears the apply problem',
    from: { ...reviewing, registerConfirmed: false },
    action: { type: 'confirmRegister', confirmed: true },
    expected: { registerConfirmed: true, applyProblem: null },
  },
  {
    name: 'a failed apply goes back to the review with its problem',
    from: { ...reviewing, step: { kind: 'applying' } },
    action: { type: 'applyFailed', problem: 'The import could not be saved' },
    expected: { step: { kind: 'review' }, applyProblem: 'The import could not be saved' },
  },
  {
    name: 'an apply problem keeps the step',
    from: reviewing,
    action: { type: 'applyProblem', problem: 'Confirm the register changes' },
    expected: { step: { kind: 'review' }, applyProblem: 'Confirm the register changes' },
  },
  {
    name: 'a step replaces the step only',
    from: reviewing,
    action: { type: 'step', step: { kind: 'applying' } },
    expected: { step: { kind: 'applying' }, decisions: new Map([['a', 'keep']]) },
  },
];

describe('dataPageReducer', () => {
  it.each(cases)('$name', ({ from, action, expected }) => {
    const next = dataPageReducer(from, action);
    expect(next).toMatchObject(expected);
  });

  it('gives back the same state when there is nothing to decide', () => {
    const from = { ...reviewing, preview: null };
    expect(dataPageReducer(from, { type: 'decideAll', decision: 'keep' })).toBe(from);
  });

  it('does not change the decisions it was given', () => {
    const before = new Map(reviewing.decisions);
    dataPageReducer(reviewing, { type: 'decide', key: 'd', decision: 'replace' });
    expect(reviewing.decisions).toEqual(before);
  });
});
