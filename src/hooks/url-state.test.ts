import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseHash, toHash, type ViewState } from './url-state';

describe('parseHash', () => {
  it.each([
    ['', DEFAULT_STATE],
    ['#', DEFAULT_STATE],
    ['#/', DEFAULT_STATE],
    ['#/overview', DEFAULT_STATE],
  ])('reads %j as the default overview', (hash, expected) => {
    expect(parseHash(hash)).toEqual({ state: expected, problems: [] });
  });

  it('reads every part of a full link', () => {
    const { state, problems } = parseHash(
      '#/indicator/CSC-ASSESS-45?la=E09000015&period=2025-26+Q2&section=in-care,care-leavers&status=red,amber&q=care%20leavers&sort=status&dir=desc&show=tables&sn=2021&avg=median&v=abc123',
    );
    expect(problems).toEqual([]);
    expect(state).toEqual<ViewState>({
      ...DEFAULT_STATE,
      view: 'indicator',
      indicator: 'CSC-ASSESS-45',
      area: 'E09000015',
      period: '2025-26 Q2',
      sections: ['in-care', 'care-leavers'],
      statuses: ['red', 'amber'],
      search: 'care leavers',
      sort: 'status',
      sortDescending: true,
      tables: true,
      snModel: '2021',
      snAverage: 'median',
      version: 'abc123',
    });
  });

  it('explains every problem with a bad link and falls back for those parts', () => {
    const { state, problems } = parseHash('#/nonsense?status=purple&sort=colour&avg=mode');
    expect(state.view).toBe('overview');
    expect(state.statuses).toEqual([]);
    expect(problems).toEqual([
      'The link asks for a page called "nonsense", which this scorecard does not have.',
      '"purple" is not a status the scorecard can filter by.',
      'The table cannot be sorted by "colour".',
      '"mode" is not an average the scorecard knows (mean or median).',
    ]);
  });

  it('refuses a statistical-neighbour model that does not exist and keeps the configured one', () => {
    const { state, problems } = parseHash('#/overview?sn=1999');
    expect(state.snModel).toBeNull();
    expect(problems).toEqual(['"1999" is not a statistical-neighbour model in the data.']);
    expect(parseHash('#/overview?sn=2021').state.snModel).toBe('2021');
  });

  it('falls back to the overview when an indicator page names no indicator', () => {
    expect(parseHash('#/indicator').state.view).toBe('overview');
  });

  it('keeps an empty pack selection apart from no selection', () => {
    expect(parseHash('#/pack?parts=').state.packParts).toEqual([]);
    expect(parseHash('#/pack').state.packParts).toBeNull();
  });

  it('does not choke on a malformed percent escape', () => {
    expect(parseHash('#/indicator/%E0%A4%A').state.indicator).toBe('%E0%A4%A');
  });
});

describe('toHash', () => {
  it('writes the default state as a bare overview link', () => {
    expect(toHash(DEFAULT_STATE)).toBe('#/overview');
  });

  it.each<Partial<ViewState>>([
    { view: 'table', sort: 'status', sortDescending: true },
    { view: 'indicator', indicator: 'CLA-RATE', tables: true, period: '2024-25' },
    { view: 'exceptions', area: 'E09000014', sections: ['workforce'], statuses: ['red'] },
    { search: 'a&b=c?#/', snModel: '2021', snAverage: 'median', version: 'f00d' },
    { view: 'pack', packParts: ['cover', 'summary'], packDetail: [], orientation: 'portrait' },
    { view: 'indicator', indicator: 'weird/id with space' },
  ])('round-trips %o', (change) => {
    const state = { ...DEFAULT_STATE, ...change };
    expect(parseHash(toHash(state))).toEqual({ state, problems: [] });
  });
});
