import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type ViewState } from '../url-state';
import { defaultData } from '../../../tests/support/default-data';
import { knownSections, linkIdProblems } from './link-ids';

describe('linkIdProblems', () => {
  const data = defaultData();
  const state = (over: Partial<ViewState>): ViewState => ({ ...DEFAULT_STATE, ...over });

  it.each([
    ['nothing unknown', state({}), []],
    ['a known indicator', state({ view: 'indicator', indicator: 'CSC-REREF' }), []],
    ['a known section', state({ sections: ['in-care'] }), []],
    [
      'an unknown indicator',
      state({ view: 'indicator', indicator: 'NOPE' }),
      ['There is no indicator "NOPE" in this scorecard; showing the overview.'],
    ],
    [
      'an unknown indicator id 10,000 characters long is cut',
      state({ view: 'indicator', indicator: 'x'.repeat(10_000) }),
      [
        `There is no indicator "${'x'.repeat(80)}… (9,920 more characters)" in this scorecard; showing the overview.`,
      ],
    ],
    [
      'an unknown section alone',
      state({ sections: ['NOPE'] }),
      ['There is no section "NOPE" in this scorecard; showing every section.'],
    ],
    [
      'an unknown section beside a known one',
      state({ sections: ['NOPE', 'in-care', 'x'] }),
      ['There is no section "NOPE", "x" in this scorecard; showing the other sections asked for.'],
    ],
  ])('%s', (_name, given, expected) => {
    expect(linkIdProblems(data, given)).toEqual(expected);
  });

  it('keeps only the known sections', () => {
    expect(knownSections(state({ sections: ['NOPE', 'in-care'] }))).toEqual(['in-care']);
  });
});
