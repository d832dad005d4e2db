import { describe, expect, it } from 'vitest';
import { indicator as definition } from '../testing/build';
import { nameSimilarity, nameTokens, suggestIndicator } from './name-match';

describe('nameTokens', () => {
  it.each([
    ['', []],
    ['   ', []],
    ['of the to', []],
    ["Children's", ['children']],
    ['Re-referrals', ['rereferral']],
    ['rate per 10,000', ['10000']],
    ['Children looked after', ['children', 'care']],
    ['CIN', ['children', 'need']],
    ['aged under 18', []],
    ['Enquiries', ['enquiry']],
    ['Plans (%)', ['plan']],
  ])('%j → %j', (name, tokens) => {
    expect([...nameTokens(name)]).toEqual(tokens);
  });
});

describe('nameSimilarity', () => {
  it.each([
    ['', '', 0],
    ['', 'children in need', 0],
    ['children in need', 'children in need', 1],
    ['need children', 'Children in need', 1],
    ['Children in need', 'Adoptions', 0],
    ['children in need', 'children in care', 0.5],
    ['Percentage of re-referrals within 12 months', 'Re-referrals within 12 months', 1],
  ])('%j ~ %j = %d', (a, b, score) => {
    expect(nameSimilarity(a, b)).toBeCloseTo(score, 6);
    expect(nameSimilarity(b, a)).toBeCloseTo(score, 6);
  });

  it('weights words', () => {
    const heavy = (word: string) => (word === 'need' ? 10 : 1);
    // shared: children (1), need (10); all: children, need, care, children, need = 1+10+1+1+10
    expect(nameSimilarity('children need care', 'children need', heavy)).toBeCloseTo(22 / 23, 6);
  });
});

describe('suggestIndicator', () => {
  const indicators = [
    definition({
      id: 'CIN',
      title: 'Children in need per 10,000 children',
      shortTitle: 'Children in need',
    }),
    definition({
      id: 'CLA',
      title: 'Children in care per 10,000 children',
      shortTitle: 'Children in care',
      aliases: ['LAC'],
    }),
    definition({
      id: 'ADOPT',
      title: 'Children leaving care who were adopted',
      shortTitle: 'Adoptions',
    }),
  ];
  it.each([
    ['Children in need rate per 10,000 children aged under 18', 'CIN'],
    ['Children looked after rate per 10,000 children aged under 18', 'CLA'],
    ['lac', 'CLA'],
    ['cla', 'CLA'],
    ['Percentage of children leaving care who were adopted', 'ADOPT'],
    ['Number of referrals', null],
    ['', null],
    ['Children', null],
  ])('%j → %j', (name, id) => {
    expect(suggestIndicator(name, indicators).id).toBe(id);
  });
  it('suggests nothing from no indicators', () => {
    expect(suggestIndicator('Children in need', [])).toEqual({ id: null, score: 0 });
  });
});
