/**
 * New indicator definitions in a batch are listed field by field and need their own
 * confirmation before Apply (issue 21 §3), whether they come from a definitions file or from
 * "Add as a new indicator" in the mapping step.
 */
import { describe, expect, it } from 'vitest';
import { definitionFromAdded, type ImportedFileData } from '../../src/domain/import';
import { gateApply, newDefinitionFields, type LoadedMeta } from '../../src/domain/workspace';
import { fileData } from './helpers';
import { HARROW, NOW, smallHosted } from './small-data';

const referrals = definitionFromAdded(
  {
    id: 'REFERRALS',
    title: 'Referrals',
    unit: 'count',
    polarity: 'none',
    decimals: 0,
    section: 'front-door',
  },
  'council.csv',
);

const hosted = smallHosted();
const figures = fileData(
  'council.csv',
  `indicator,period,area_code,value\nREFERRALS,2025-26 Q3,${HARROW},2050\n`,
  { now: NOW, areas: hosted.dataset.areas, indicators: hosted.dataset.indicators },
);
const file = (definitions: ImportedFileData['definitions']): ImportedFileData => ({
  ...figures,
  definitions,
});

const loaded = (indicators: ReadonlyMap<string, unknown>): LoadedMeta => ({
  areas: hosted.dataset.areas,
  neighbours: hosted.dataset.neighbours,
  authority: hosted.config.authority,
  neighbourModel: hosted.config.neighbourModel,
  indicators,
});

describe('newDefinitionFields', () => {
  it('lists every field of a new definition in words', () => {
    expect(newDefinitionFields(new Map(), [file([referrals])])).toEqual([
      { id: 'REFERRALS', field: 'title', value: 'Referrals', file: 'council.csv' },
      { id: 'REFERRALS', field: 'unit', value: 'count', file: 'council.csv' },
      {
        id: 'REFERRALS',
        field: 'good is',
        value: 'context measure, not rated',
        file: 'council.csv',
      },
      { id: 'REFERRALS', field: 'decimals', value: '0', file: 'council.csv' },
      {
        id: 'REFERRALS',
        field: 'section',
        value: 'Front door and early help',
        file: 'council.csv',
      },
      { id: 'REFERRALS', field: 'measured', value: 'in-period', file: 'council.csv' },
      { id: 'REFERRALS', field: 'target', value: 'none', file: 'council.csv' },
    ]);
  });

  it('lists nothing for a definition already loaded (that is a change, chosen keep or replace)', () => {
    expect(newDefinitionFields(new Map([['REFERRALS', referrals]]), [file([referrals])])).toEqual(
      [],
    );
  });

  it('lists a new id given by two files once', () => {
    const rows = newDefinitionFields(new Map(), [file([referrals]), file([referrals])]);
    expect(rows.filter((r) => r.field === 'title')).toHaveLength(1);
  });
});

describe('gateApply with new definitions', () => {
  const choices = { cleanLinesOnly: new Set<string>(), registerConfirmed: false };

  it('stops until the new definitions are confirmed', () => {
    const gate = gateApply(loaded(new Map()), [file([referrals])], choices);
    expect(gate.ok).toBe(false);
    expect(gate.ok ? [] : gate.problems).toEqual([
      'New indicator definitions would be added: check each field listed under "New indicator definitions" and confirm them.',
    ]);
  });

  it('applies once they are confirmed', () => {
    const gate = gateApply(loaded(new Map()), [file([referrals])], {
      ...choices,
      definitionsConfirmed: true,
    });
    expect(gate.ok).toBe(true);
  });

  it('needs no confirmation when every definition is already loaded', () => {
    const gate = gateApply(
      loaded(new Map([['REFERRALS', referrals]])),
      [file([referrals])],
      choices,
    );
    expect(gate.ok).toBe(true);
  });
});
