/**
 * Context measures (polarity `none`, see docs/figures.md): for councils of several kinds, through
 * the real data, importer, selection, assessment and table view, no context measure carries a
 * rating, a better/worse word, an improving/worsening direction or a quartile band.
 */
import { describe, expect, it } from 'vitest';
import { assessScorecard } from '../src/domain/assess';
import { DEFAULT_STATE, toHash } from '../src/hooks/url-state';
import { tableView } from '../src/hooks/views/scorecard';
import { resolveSelection } from '../src/hooks/views/selection';
import { defaultData, TODAY } from './support/default-data';

const CONTEXT = [
  'CSC-S47-RATE',
  'CSC-CIN-RATE',
  'CSC-CPP-RATE',
  'CSC-CPP-START-RATE',
  'CLA-RATE',
  'CLA-START-RATE',
];
const JUDGING = /\b(better|worse|best|worst|improving|worsening|red|amber|green|blue)\b/i;

describe('context measures', () => {
  const data = defaultData();

  it('are exactly the demand measures, each with polarity none', () => {
    const none = [...data.dataset.indicators.values()]
      .filter((d) => d.polarity === 'none')
      .map((d) => d.id)
      .sort();
    expect(none).toEqual([...CONTEXT].sort());
  });

  describe.each([
    ['E09000015', 'Harrow (local quarters)'],
    ['E09000007', 'Camden'],
    ['E10000008', 'Devon'],
    ['E06000017', 'Rutland'],
    ['E09000001', 'City of London'],
  ])('%s %s', (code) => {
    const state = { ...DEFAULT_STATE, area: code, view: 'table' as const };
    const selection = resolveSelection(data, state, TODAY);
    const sections = assessScorecard(data.dataset, code, selection.period ?? '', {
      ...selection.options,
      ranks: true,
    });
    const assessments = sections.flatMap((s) => s.assessments);
    const table = tableView(sections, state, {
      data,
      selection,
      indicatorHref: (id) => toHash({ ...state, view: 'indicator', indicator: id }),
    });
    const rows = table.sections.flatMap((s) => s.items);

    it.each(CONTEXT)('%s is shown, never judged', (id) => {
      const a = assessments.find((x) => x.indicator.id === id);
      if (!a) throw new Error(`no assessment for ${id}`);
      expect(a.rag.status).toBe('not-rated');
      expect(['up', 'down', 'no-change', 'not-comparable', 'no-earlier-figure']).toContain(
        a.direction.previous.judgement,
      );
      expect(a.benchmarks.quartileBand).toBeNull();
      for (const rank of [a.benchmarks.rankAmongAll, a.benchmarks.rankAmongNeighbours]) {
        if (rank) expect(rank.text).toMatch(/highest of/);
      }
      expect(a.sentence).not.toMatch(JUDGING);
      expect(a.phrase).not.toMatch(JUDGING);
      const row = rows.find((r) => r.id === id);
      if (!row) throw new Error(`no table row for ${id}`);
      expect(row.goodIs).toBe('No direction');
      expect(`${row.status.label} ${row.direction.label} ${row.direction.detail}`).not.toMatch(
        JUDGING,
      );
    });
  });
});
