/**
 * "Add as a new indicator" from the mapping step: the analyst's minimum definition is checked
 * field by field (checkAddedDefinition), and a long file read with it loads the figures under
 * the new id and hands the definition out beside them, so the change preview lists it.
 */
import { describe, expect, it } from 'vitest';
import {
  checkAddedDefinition,
  definitionFromAdded,
  type AddedDefinitionDraft,
  type ColumnMapping,
} from '../../src/domain/import';
import { observationsOf } from '../../src/domain/model';
import { importFixture as importAt } from './helpers';

const GOOD: AddedDefinitionDraft = {
  id: 'REFERRALS',
  title: "Referrals to children's social care",
  unit: 'count',
  polarity: 'none',
  decimals: '0',
  section: 'front-door',
};
const TAKEN = new Set(['CSC-REREF', 'CSC-CIN-RATE']);

describe('checkAddedDefinition', () => {
  it.each<[string, Partial<AddedDefinitionDraft>, string, RegExp]>([
    ['a blank id', { id: '  ' }, 'id', /Enter an id/],
    ['an id with spaces', { id: 'NEW ONE' }, 'id', /can only have letters/],
    ['__proto__ as an id', { id: '__proto__' }, 'id', /can only have letters/],
    ['an id already defined, in other letters', { id: 'csc-reref' }, 'id', /already has/],
    ['a blank title', { title: ' ' }, 'title', /Enter a title/],
    ['no unit', { unit: '' }, 'unit', /Choose the unit/],
    ['a unit the scorecard lacks', { unit: 'miles' }, 'unit', /Choose the unit/],
    ['within a range (needs a target)', { polarity: 'range' }, 'polarity', /context measure/],
    ['4 decimals', { decimals: '4' }, 'decimals', /from 0 to 3/],
    ['decimals as words', { decimals: 'one' }, 'decimals', /from 0 to 3/],
    ['no section', { section: '' }, 'section', /Choose the section/],
  ])('refuses %s, naming the field', (_, change, field, message) => {
    const result = checkAddedDefinition({ ...GOOD, ...change }, TAKEN);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.field).toBe(field);
    expect(result.problems[0]?.text).toMatch(message);
  });

  it('refuses one id given to two new indicators', () => {
    const result = checkAddedDefinition(GOOD, TAKEN, ['referrals']);
    expect(result.ok).toBe(false);
  });

  it('gives every problem at once for an empty draft', () => {
    const empty = { id: '', title: '', unit: '', polarity: '', decimals: '', section: '' };
    const result = checkAddedDefinition(empty, TAKEN);
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual([
      'id',
      'title',
      'unit',
      'polarity',
      'decimals',
      'section',
    ]);
  });

  it('accepts a context measure, trimming the id and title', () => {
    const result = checkAddedDefinition(
      { ...GOOD, id: ' REFERRALS ', title: ' Referrals  in ' },
      TAKEN,
    );
    expect(result).toEqual({
      ok: true,
      definition: {
        id: 'REFERRALS',
        title: 'Referrals in',
        unit: 'count',
        polarity: 'none',
        decimals: 0,
        section: 'front-door',
      },
    });
  });

  it('makes a full definition with no target, measured in-period, saying where it came from', () => {
    const checked = checkAddedDefinition({ ...GOOD, polarity: 'lower', decimals: '1' }, TAKEN);
    if (!checked.ok) throw new Error('expected a definition');
    const definition = definitionFromAdded(checked.definition, 'council.csv');
    expect(definition).toMatchObject({
      id: 'REFERRALS',
      shortTitle: "Referrals to children's social care",
      polarity: 'lower',
      decimals: 1,
      targets: [],
      measurement: 'in-period',
      source: 'Added in the mapping step for council.csv',
    });
  });
});

const REFERRALS = "Number of referrals to children's social care";
const MAPPING: ColumnMapping = {
  indicator: 'indicator',
  period: 'period',
  area: 'area_code',
  value: 'value',
  areaName: 'area_name',
  unit: 'unit',
  unitWords: [['Persons', null]],
  measure: {
    column: 'measure',
    values: [
      ['Percentage', 'figure'],
      ['Rate per 10,000', 'figure'],
      ['Count', 'numerator'],
    ],
  },
  indicatorNames: [
    ["Percentage of re-referrals to children's social care within 12 months", 'CSC-REREF'],
    ['Children in need rate per 10,000 children aged under 18', null],
    ['Children looked after rate per 10,000 children aged under 18', null],
    ['Children subject to a child protection plan rate per 10,000 children aged under 18', null],
    [REFERRALS, 'REFERRALS'],
  ],
  addedDefinitions: [
    {
      id: 'REFERRALS',
      title: 'Referrals',
      unit: 'count',
      polarity: 'none',
      decimals: 0,
      section: 'front-door',
    },
  ],
};

describe('a long file with a name added as a new indicator', () => {
  const result = importAt('council-long-export.csv', {
    now: new Date(2026, 8, 30),
    mapping: MAPPING,
  });

  it('loads its count rows as the figures of the new indicator, with no errors', () => {
    expect(result.report.errors).toEqual([]);
    const referrals = observationsOf(result.observations).filter(
      (o) => o.indicator === 'REFERRALS',
    );
    // Six councils, two years each.
    expect(referrals).toHaveLength(12);
    const harrow = referrals.find((o) => o.area === 'E09000015' && o.period === '2024-25');
    expect(harrow?.value).toMatchObject({ kind: 'number', value: 2050 });
  });

  it('hands out the new definition beside the figures', () => {
    expect(result.definitions.map((d) => d.id)).toEqual(['REFERRALS']);
    expect(result.definitions[0]?.source).toBe(
      'Added in the mapping step for council-long-export.csv',
    );
  });

  it('still reads the counts of the other indicators as numerators', () => {
    const reref = observationsOf(result.observations).find(
      (o) => o.indicator === 'CSC-REREF' && o.area === 'E09000015' && o.period === '2024-25',
    );
    expect(reref?.numerator).toBe(380);
  });
});
