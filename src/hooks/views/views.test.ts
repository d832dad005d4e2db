import { beforeAll, describe, expect, it } from 'vitest';
import { assessScorecard, type ScorecardSection } from '../../domain/assess';
import type { AssembledScorecard } from '../../domain/import';
import { defaultData, TODAY } from '../../../tests/support/default-data';
import { endMonthIndex, parsePeriodKey } from '../../domain/model';
import { DEFAULT_STATE, toHash, type ViewState } from '../url-state';
import { indicatorPageView, niceAxis } from './indicator';
import {
  columnPeriods,
  contextView,
  councilGroups,
  exceptionsView,
  overviewView,
  tableView,
} from './scorecard';
import { resolveSelection, type Selection } from './selection';
import type { TileContext } from './tiles';

let data: AssembledScorecard;
beforeAll(() => {
  data = defaultData();
}, 60_000);

function build(change: Partial<ViewState> = {}) {
  const state = { ...DEFAULT_STATE, ...change };
  const selection: Selection = resolveSelection(data, state, TODAY);
  const sections: ScorecardSection[] = assessScorecard(
    data.dataset,
    selection.areaCode,
    selection.period ?? '',
    selection.options,
  );
  const context: TileContext = {
    data,
    selection,
    indicatorHref: (id) => toHash({ ...state, view: 'indicator', indicator: id }),
  };
  return { state, selection, sections, context };
}

describe('resolveSelection', () => {
  it('opens on the configured council and its latest complete local quarter', () => {
    const { selection } = build();
    expect(selection).toMatchObject({
      areaCode: 'E09000015',
      areaName: 'Harrow',
      period: '2026-27 Q2',
      hasLocal: true,
      snModel: '2025',
      snAverage: 'mean',
      problems: [],
    });
  });

  it('falls back with a message for a council or period the data does not have', () => {
    const { selection } = build({ area: 'E09999999', period: '2031-32 Q1' });
    expect(selection.areaCode).toBe('E09000015');
    expect(selection.problems).toEqual([
      'The link asks for a council with the code "E09999999", which is not in the data. Showing Harrow instead.',
      'The data has no figures for Harrow in 2031-32 Q1. Showing 2026-27 Q2 (July to September 2026) instead.',
    ]);
  });

  it("shows a council without local figures at each indicator's newest figure by the reporting date", () => {
    const { selection, sections } = build({ area: 'E09000014' });
    // The newest period in the data: the workforce snapshot at 30 September 2025.
    expect(selection).toMatchObject({
      areaName: 'Haringey',
      period: '2025-26 Q2',
      hasLocal: false,
    });
    expect(selection.periods.slice(0, 3)).toEqual(['2025-26 Q2', '2024-25', '2024-25 Q2']);
    const all = sections.flatMap((section) => section.assessments);
    const byId = (id: string) => all.find((a) => a.indicator.id === id);
    expect(byId('WF-TURNOVER')).toMatchObject({ period: '2025-26 Q2', periodBasis: 'requested' });
    expect(byId('CSC-CIN-RATE')).toMatchObject({
      period: '2024-25',
      periodBasis: 'newest-on-or-before',
    });
    const context = contextView(data, selection, sections);
    expect(context.periodText).toBe('Reporting date 30 September 2025');
    expect(context.annualOnly).toBe(
      'The data has no local quarterly figures for Haringey: each indicator shows its newest published figure on or before the reporting date, with its own date.',
    );
  });

  it('opens any listed period, and never shows a figure newer than it', () => {
    for (const period of build({ area: 'E10000008' }).selection.periods) {
      const { selection, sections } = build({ area: 'E10000008', period });
      expect(selection.problems).toEqual([]);
      expect(selection.period).toBe(period);
      const end = parsePeriodKey(period);
      for (const assessment of sections.flatMap((section) => section.assessments)) {
        const shown = parsePeriodKey(assessment.period);
        if (!end || !shown) throw new Error(`unparsed period ${period}`);
        expect(endMonthIndex(shown)).toBeLessThanOrEqual(endMonthIndex(end));
      }
    }
    const { sections } = build({ area: 'E10000008', period: '2024-25' });
    const turnover = sections
      .flatMap((s) => s.assessments)
      .find((a) => a.indicator.id === 'WF-TURNOVER');
    expect(turnover?.period).toBe('2024-25 Q2');
  }, 60_000);

  it('puts every rated figure on its row in the table, with its date', () => {
    for (const area of ['E09000014', 'E10000008', 'E06000017', 'E09000001', 'E09000015']) {
      const { state, sections, context } = build({ area, view: 'table' });
      const table = tableView(sections, state, context);
      const assessments = new Map(
        sections.flatMap((s) => s.assessments).map((a) => [a.indicator.id, a]),
      );
      for (const row of table.sections.flatMap((s) => s.items)) {
        const assessment = assessments.get(row.id);
        if (!assessment) throw new Error(`no assessment for ${row.id}`);
        if (assessment.observation === undefined) continue;
        expect(row.latest?.text).toBe(assessment.valueText);
        const visible =
          table.latestHeading !== null || row.values.some((cell) => cell.text === row.latest?.text);
        expect(visible, `${area} ${row.id}`).toBe(true);
      }
    }
    const { state, sections, context } = build({ area: 'E10000008', view: 'table' });
    const table = tableView(sections, state, context);
    expect(table.periods).toEqual(['2020-21', '2021-22', '2022-23', '2023-24', '2024-25']);
    expect(table.latestHeading).toBe('Figure rated, with its date');
    const turnover = table.sections.flatMap((s) => s.items).find((row) => row.id === 'WF-TURNOVER');
    expect(turnover?.values[4]).toEqual({ text: '11.8%', note: '12 months to 30 September 2024' });
    expect(turnover?.latest).toEqual({ text: '14.2%', note: '12 months to 30 September 2025' });
    expect(turnover?.ref).toBe('WF-TURNOVER');
  }, 60_000);
});

describe('neighbours: closeness and suppression', () => {
  it('calls the comparison weak, with no verdict, when most neighbours are not close', () => {
    const { sections, context } = build({ area: 'E09000001' });
    const assessment = sections
      .flatMap((s) => s.assessments)
      .find(
        (a) =>
          a.value !== null &&
          a.benchmarks.neighbours?.value !== null &&
          a.indicator.polarity !== 'none',
      );
    expect(assessment?.benchmarks.neighbours?.notClose).toBe(10);
    expect(assessment?.sentence).toContain(
      'The statistical neighbours are a weak comparison: 10 of 10 are "Not close" in DfE\'s model, so no verdict is given',
    );
    expect(assessment?.sentence).not.toMatch(/(better|worse) than the statistical-neighbour/);
    if (!assessment) throw new Error('missing');
    const page = indicatorPageView(assessment, context);
    expect(page.neighbours?.notes[0]).toBe(
      'A weak comparison: 10 of 10 neighbours are "Not close" in DfE\'s model.',
    );
    expect(page.neighbours?.bars.some((bar) => bar.label.endsWith('(Not close)'))).toBe(true);
  });

  it('says what suppressed neighbours do to the average', () => {
    const { sections } = build({ area: 'E09000015', period: '2024-25' });
    const assessment = sections
      .flatMap((s) => s.assessments)
      .find((a) => a.indicator.id === 'CSC-CPP-2YRS');
    expect(assessment?.sentence).toContain(
      '6 of 10; 4 suppressed (small numbers, likely low), so the mean is likely too high',
    );
  });
});

describe('"Data as at" is the shown council\'s own', () => {
  // Harrow has local quarters to 30 September 2026 (the configured date); the others have only
  // DfE's figures, the newest the workforce snapshot at 30 September 2025. The configured date
  // comes from Harrow's data, so it never heads another council's scorecard.
  it.each([
    ['E09000015', null, '30 September 2026'],
    ['E09000015', '2025-26 Q2', '30 September 2026'],
    ['E10000008', null, '30 September 2025'],
    ['E09000007', null, '30 September 2025'],
    ['E06000017', null, '30 September 2025'],
    ['E10000008', '2024-25', '31 March 2025'],
    ['E09000007', '2024-25', '31 March 2025'],
  ])('%s at %s: data as at %s', (area, period, expected) => {
    const { selection, sections } = build({ area, period });
    expect(contextView(data, selection, sections).dataAsAt).toBe(expected);
  });
});

describe('a rate without its count says no count is published', () => {
  // Devon, reporting date 30 September 2025: DfE publishes turnover and children in care per
  // 10,000 as rates only; care leavers in education, employment or training with their counts.
  it.each([
    ['WF-TURNOVER', true],
    ['CLA-RATE', true],
    ['CL-EET-1921', false],
    ['WF-CASELOAD', false],
  ])('%s: said %s', (id, said) => {
    const { sections, context } = build({ area: 'E10000008' });
    const assessment = sections.flatMap((s) => s.assessments).find((a) => a.indicator.id === id);
    if (!assessment) throw new Error(`no ${id}`);
    const page = indicatorPageView(assessment, context);
    const fact = page.facts.find((f) => f.label === 'Numbers behind the figure');
    expect(assessment.sentence.includes('(no count is published')).toBe(said);
    expect(fact?.value.startsWith('No count is published') ?? false).toBe(said);
  });
});

describe('the screens for Harrow, 2026-27 Q2', () => {
  it('heads every view with the council, period, data date, vintages and the illustrative label', () => {
    const { selection, sections } = build();
    expect(contextView(data, selection, sections)).toEqual({
      authority: 'Harrow',
      periodText: '2026-27 Q2 (July to September 2026)',
      dataAsAt: '30 September 2026',
      vintages: [
        'Statistical neighbours (similar councils): DfE May 2025 model, mean of those with a figure; published figures dated 31 March 2025 to 30 September 2025',
        'England: DfE published figures dated 31 March 2025 to 30 September 2025',
      ],
      illustrative: 'Illustrative quarterly figures — replace with your own',
      annualOnly: null,
    });
  });

  it('counts every indicator once in the overview summary, in section order', () => {
    const { state, sections, context } = build();
    const overview = overviewView(sections, state, context);
    expect(overview.summary.reduce((n, count) => n + count.count, 0)).toBe(25);
    expect(overview.sections.map((section) => section.title)).toEqual([
      'Front door and early help',
      'Children in need and child protection',
      'Children in care',
      'Care leavers',
      'Adoption and permanence',
      'Workforce and quality',
    ]);
    expect(overview.filterNote).toBeNull();
  });

  it('filters by section, status and search, and says how many are shown', () => {
    const { state, sections, context } = build({ statuses: ['red'], search: 'social worker' });
    const overview = overviewView(sections, state, context);
    const ids = overview.sections.flatMap((section) => section.items.map((tile) => tile.id));
    expect(ids.length).toBeGreaterThan(0);
    expect(
      overview.sections.flatMap((s) => s.items).every((tile) => tile.status.kind === 'red'),
    ).toBe(true);
    expect(overview.filterNote).toBe(
      `Showing ${String(ids.length)} of 25 indicators. Clear the filters to see them all.`,
    );
  });

  it('makes a tile with words for status and direction and comparators at their own vintage', () => {
    const { state, sections, context } = build();
    const tile = overviewView(sections, state, context)
      .sections.flatMap((s) => s.items)
      .find((item) => item.id === 'CLA-RATE');
    expect(tile).toMatchObject({
      title: 'Children in care per 10,000 children',
      status: { kind: 'not-rated', label: 'Not rated' },
      targetText: 'Context measure: no target',
      illustrative: true,
      href: '#/indicator/CLA-RATE',
    });
    expect(tile?.comparators.map((c) => `${c.label} ${c.valueText} ${c.periodText}`)).toEqual([
      'Statistical neighbours (mean) 44.1 per 10,000 at 31 March 2025',
      'London 48 per 10,000 at 31 March 2025',
      'England 67 per 10,000 at 31 March 2025',
    ]);
    // DfE's whole numbers stay whole (above); Harrow's own quarter keeps the indicator's place.
    expect(tile?.valueText).toMatch(/^\d+\.\d per 10,000$/);
    expect(tile?.sparkline?.label).toMatch(/^Trend from 2024-25 Q3 to 2026-27 Q2: /);
  });

  it('lays out the table with the last five quarters, sortable by status', () => {
    const { state, sections, context } = build({ view: 'table', sort: 'status' });
    const table = tableView(sections, state, context);
    expect(table.periods).toEqual([
      '2025-26 Q2',
      '2025-26 Q3',
      '2025-26 Q4',
      '2026-27 Q1',
      '2026-27 Q2',
    ]);
    const workforce = table.sections.find((s) => s.id === 'workforce');
    const statuses = workforce?.items.map((row) => row.status.kind) ?? [];
    expect(statuses).toEqual(
      [...statuses].sort(
        (a, b) => ['red', 'amber', 'green'].indexOf(a) - ['red', 'amber', 'green'].indexOf(b),
      ),
    );
    expect(table.sections.flatMap((s) => s.items.map((row) => row.ref))).toContain('TS2');
  });

  it('lists only exceptions, each with its reasons', () => {
    const { state, sections, context } = build({ view: 'exceptions' });
    const exceptions = exceptionsView(sections, state, context).flatMap((s) => s.items);
    expect(exceptions.length).toBeGreaterThan(0);
    for (const item of exceptions) expect(item.reasons.length).toBeGreaterThan(0);
    expect(exceptions.find((item) => item.tile.id === 'WF-AGENCY')?.reasons).toContain('Red');
  });

  it('draws an indicator page: quarterly line, target, annual comparators, gaps with reasons', () => {
    const { sections, context } = build();
    const assessment = sections
      .flatMap((s) => s.assessments)
      .find((a) => a.indicator.id === 'CSC-CPP-2YRS');
    if (!assessment) throw new Error('missing CSC-CPP-2YRS');
    const page = indicatorPageView(assessment, context);
    expect(page.trend.series.map((s) => [s.key, s.annual])).toEqual([
      ['local', false],
      ['target', false],
      ['sn', true],
      ['region', true],
      ['england', true],
    ]);
    expect(page.trend.gaps).toContain('2024-25 Q2: suppressed to protect confidentiality [c].');
    expect(page.trend.table.columns[0]).toBe('Period');
    expect(page.neighbours?.bars).toHaveLength(12);
    expect(page.neighbours?.bars.filter((bar) => bar.role === 'self')).toHaveLength(1);
    expect(page.facts.map((fact) => fact.label)).toContain('Target');
  });
});

describe('lists and periods', () => {
  it('offers every live council, grouped by region', () => {
    const groups = councilGroups(data);
    expect(groups.reduce((n, group) => n + group.options.length, 0)).toBe(153);
    expect(groups.find((g) => g.label === 'London')?.options.map((o) => o.label)).toContain(
      'Harrow',
    );
  });

  it.each([
    [undefined, []],
    ['2024-25', ['2020-21', '2021-22', '2022-23', '2023-24', '2024-25']],
    ['2025-26 Q1', ['2024-25 Q1', '2024-25 Q2', '2024-25 Q3', '2024-25 Q4', '2025-26 Q1']],
  ])('columns for %s', (period, expected) => {
    expect(columnPeriods(period)).toEqual(expected);
  });
});

describe('niceAxis', () => {
  it.each<[number[], 'percent' | 'count', [number, number], number[]]>([
    [[2.3, 7.9], 'percent', [0, 10], [0, 2, 4, 6, 8, 10]],
    [[80, 99], 'percent', [75, 100], [75, 80, 85, 90, 95, 100]],
    [[0, 0], 'count', [0, 0.5], [0, 0.1, 0.2, 0.3, 0.4, 0.5]],
    [[-3, 4], 'count', [-6, 6], [-6, -4, -2, 0, 2, 4, 6]],
  ])('%j (%s) -> %j', (values, unit, domain, ticks) => {
    const axis = niceAxis(values, unit);
    expect(axis.domain).toEqual(domain);
    expect(axis.ticks).toEqual(ticks);
  });
});
