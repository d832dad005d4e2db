/**
 * The pack cover lists only the files that feed that council's pack: Harrow's illustrative
 * quarters for Harrow, never for a council without local figures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { assessScorecard } from '../../domain/assess';
import type { AssembledScorecard } from '../../domain/import';
import { defaultData, TODAY } from '../../../tests/support/default-data';
import { DEFAULT_STATE, toHash } from '../url-state';
import { packView } from './pack';
import { contextView } from './scorecard';
import { resolveSelection } from './selection';

let data: AssembledScorecard;
beforeAll(() => {
  data = defaultData();
}, 60_000);

function coverSources(area: string): readonly string[] {
  const state = { ...DEFAULT_STATE, area, view: 'pack' as const };
  const selection = resolveSelection(data, state, TODAY);
  const sections = assessScorecard(
    data.dataset,
    selection.areaCode,
    selection.period ?? '',
    selection.options,
  );
  const context = {
    data,
    selection,
    indicatorHref: (id: string) => toHash({ ...state, view: 'indicator', indicator: id }),
  };
  const frame = contextView(data, selection, sections);
  return packView(sections, state, context, frame, TODAY).cover.sources;
}

const ILLUSTRATIVE = 'Illustrative quarterly figures — replace with your own';
const PUBLISHED = 'Published DfE figures (LAIT and Explore Education Statistics)';

describe('the pack cover names the sources of that council’s figures', () => {
  it('Harrow (local figures): the published file and its illustrative quarters', () => {
    const sources = coverSources('E09000015');
    expect(sources).toContain(PUBLISHED);
    expect(sources).toContain(ILLUSTRATIVE);
  });

  it.each([
    ['E10000008', 'Devon'],
    ['E09000007', 'Camden'],
    ['E06000017', 'Rutland'],
    ['E09000001', 'City of London'],
  ])('%s (%s, no local figures): the published file only', (area) => {
    const sources = coverSources(area);
    expect(sources).toContain(PUBLISHED);
    expect(sources).not.toContain(ILLUSTRATIVE);
    expect(sources.some((source) => /illustrative/i.test(source))).toBe(false);
  });
});
