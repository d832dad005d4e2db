/**
 * Figures that depend on a hosted file that could not be read are marked one by one, not only by
 * the page's notice: the neighbour average, ranks and chart when the neighbour file failed;
 * England and region when the published figures failed; the council's own figures when its
 * published or local file failed. Through the real path: the hosted files read by the importer,
 * the selection, the assessment and each view model (tile, table, indicator page, exceptions).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessIndicator, assessScorecard } from '../src/domain/assess';
import { assembleScorecard, figureGaps, type HostedFault } from '../src/domain/import';
import { NO_GAPS, parseConfig, type DataFile } from '../src/domain/model';
import { DEFAULT_STATE, toHash, type ViewState } from '../src/hooks/url-state';
import { indicatorPageView } from '../src/hooks/views/indicator';
import { exceptionsView, tableView } from '../src/hooks/views/scorecard';
import { resolveSelection } from '../src/hooks/views/selection';
import { tileView } from '../src/hooks/views/tiles';
import { DATA_DIR, defaultData, TODAY } from './support/default-data';

const { config } = parseConfig(
  JSON.parse(readFileSync(join(DATA_DIR, 'config.json'), 'utf8')) as unknown,
);
if (!config) throw new Error('public/data/config.json does not parse');

/** The hosted files with some replaced (null: the host did not send it). */
function assembleWith(name: string, body: string | null, also: Record<string, string> = {}) {
  if (!config) throw new Error('no config');
  const files = new Map(
    config.files.map((file) => [
      file.path,
      new Uint8Array(readFileSync(join(DATA_DIR, file.path))),
    ]),
  );
  if (body === null) files.delete(name);
  else files.set(name, new TextEncoder().encode(body));
  for (const [other, text] of Object.entries(also))
    files.set(other, new TextEncoder().encode(text));
  return assembleScorecard(config, files, TODAY);
}

const fault = (file: string, role: DataFile['role'], unread = true): HostedFault => ({
  file,
  role,
  unread,
  message: `${file} could not be read.`,
});
const FILES: readonly DataFile[] = [
  {
    role: 'published',
    path: 'published.csv',
    model: null,
    area: null,
    illustrative: false,
    label: null,
  },
  {
    role: 'neighbours',
    path: 'sn-2025.csv',
    model: '2025',
    area: null,
    illustrative: false,
    label: null,
  },
  {
    role: 'neighbours',
    path: 'sn-2021.csv',
    model: '2021',
    area: null,
    illustrative: false,
    label: null,
  },
  {
    role: 'local',
    path: 'harrow.csv',
    model: null,
    area: 'E09000015',
    illustrative: true,
    label: null,
  },
  {
    role: 'local',
    path: 'camden.csv',
    model: null,
    area: 'E09000007',
    illustrative: false,
    label: null,
  },
];

describe('figureGaps: which figures depend on which failed file', () => {
  it.each([
    ['no faults', [], 'E09000015', NO_GAPS],
    [
      "the other model's neighbour file",
      [fault('sn-2021.csv', 'neighbours')],
      'E09000015',
      NO_GAPS,
    ],
    ["another council's local file", [fault('camden.csv', 'local')], 'E09000015', NO_GAPS],
    [
      'the definitions (the notice covers them: no indicator is shown)',
      [fault('definitions.csv', 'definitions')],
      'E09000015',
      NO_GAPS,
    ],
    [
      "this model's neighbour file, unread",
      [fault('sn-2025.csv', 'neighbours')],
      'E09000015',
      {
        neighbours: 'neighbour figures missing: the file sn-2025.csv could not be read',
        comparators: null,
        own: null,
        local: null,
        localFiles: [],
      },
    ],
    [
      "this model's neighbour file, read in part",
      [fault('sn-2025.csv', 'neighbours', false)],
      'E09000015',
      {
        neighbours:
          'neighbour figures may be incomplete: the file sn-2025.csv could not be read in full',
        comparators: null,
        own: null,
        local: null,
        localFiles: [],
      },
    ],
    [
      'the published figures',
      [fault('published.csv', 'published')],
      'E09000007',
      {
        neighbours: 'neighbour figures missing: the file published.csv could not be read',
        comparators: 'England and region figures missing: the file published.csv could not be read',
        own: 'published figures missing: the file published.csv could not be read',
        local: null,
        localFiles: [],
      },
    ],
    [
      "this council's local file with the neighbour file",
      [fault('camden.csv', 'local'), fault('sn-2025.csv', 'neighbours', false)],
      'E09000007',
      {
        neighbours:
          'neighbour figures may be incomplete: the file sn-2025.csv could not be read in full',
        comparators: null,
        own: 'local figures missing: the file camden.csv could not be read',
        local: 'local figures missing: the file camden.csv could not be read',
        localFiles: ['camden.csv'],
      },
    ],
    [
      'the neighbour and published files together',
      [fault('sn-2025.csv', 'neighbours', false), fault('published.csv', 'published')],
      'E09000015',
      {
        neighbours:
          'neighbour figures missing: the files sn-2025.csv and published.csv could not be read',
        comparators: 'England and region figures missing: the file published.csv could not be read',
        own: 'published figures missing: the file published.csv could not be read',
        local: null,
        localFiles: [],
      },
    ],
  ] as const)('%s', (_name, faults, area, expected) => {
    expect(figureGaps(faults, FILES, area, '2025')).toEqual(expected);
  });
});

/** Every view model of one council's scorecard, for the data given. */
function views(data: ReturnType<typeof defaultData>, area: string, indicator: string) {
  const state: ViewState = { ...DEFAULT_STATE, area, view: 'table' };
  const selection = resolveSelection(data, state, TODAY);
  const period = selection.period ?? '';
  const sections = assessScorecard(data.dataset, area, period, selection.options);
  const context = {
    data,
    selection,
    indicatorHref: (id: string) => toHash({ ...state, view: 'indicator', indicator: id }),
  };
  const assessment = assessIndicator(data.dataset, indicator, area, period, selection.options);
  if (!assessment) throw new Error(`no ${indicator}`);
  const table = tableView(sections, state, context);
  const row = table.sections.flatMap((s) => s.items).find((r) => r.id === indicator);
  return {
    assessment,
    tile: tileView(assessment, context),
    row,
    page: indicatorPageView(assessment, context),
    exceptions: exceptionsView(sections, { ...state, view: 'exceptions' }, context),
    rows: table.sections.flatMap((s) => s.items),
  };
}

const NEIGHBOURS_GONE = 'neighbour figures missing: the file neighbours-2025.csv could not be read';

describe('a failed neighbour file marks every neighbour figure', () => {
  const data = assembleWith('neighbours-2025.csv', null);

  it.each([
    ['E09000015', 'Harrow'],
    ['E09000007', 'Camden'],
    ['E10000008', 'Devon'],
    ['E06000017', 'Rutland'],
    ['E09000001', 'City of London'],
  ])('%s (%s): tile, table, sentence, indicator page and ranks say why', (area) => {
    const v = views(data, area, 'CSC-REREF');
    const sn = v.tile.comparators.find((c) => c.label.startsWith('Statistical neighbours'));
    expect(sn).toMatchObject({ valueText: 'Missing', note: NEIGHBOURS_GONE });
    expect(v.assessment.sentence).toContain(`N${NEIGHBOURS_GONE.slice(1)}.`);
    expect(v.assessment.sentence).not.toMatch(/None of the .* statistical neighbours/);
    expect(v.row?.snText).toBe(`No neighbours (${NEIGHBOURS_GONE})`);
    expect(v.page.neighbours).toBeNull();
    expect(v.page.neighboursMissing).toBe(`N${NEIGHBOURS_GONE.slice(1)}.`);
    expect(v.page.facts).toContainEqual({
      label: 'Rank among similar councils',
      value: `N${NEIGHBOURS_GONE.slice(1)}.`,
    });
    for (const row of v.rows) expect(row.snText).toContain(NEIGHBOURS_GONE);
    for (const section of v.exceptions)
      for (const item of section.items)
        expect(item.tile.sentence).toContain(NEIGHBOURS_GONE.slice(1));
    // England is untouched.
    expect(v.row?.englandText).not.toContain('missing');
  });
});

const HTML_PAGE = '<!DOCTYPE html><html><body>Server error</body></html>\n';
/** Harrow's local figures without one indicator, so only the published file could give it. */
const localWithout = (id: string) =>
  readFileSync(join(DATA_DIR, 'local-harrow.csv'), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith(`${id},`))
    .join('\n');

describe('a failed published file marks England, region and the published figures', () => {
  const data = assembleWith('published.csv', HTML_PAGE, {
    'local-harrow.csv': localWithout('CSC-CIN-RATE'),
  });
  const ENGLAND_GONE =
    'England and region figures missing: the file published.csv could not be read';

  it('Harrow (local quarters still shown): comparators marked, local figures still read', () => {
    const v = views(data, 'E09000015', 'CSC-ASSESS-45');
    expect(v.tile.valueText).toMatch(/^\d+\.\d%$/);
    expect(v.tile.gap).toBeUndefined();
    const england = v.tile.comparators.find((c) => c.label === 'England');
    expect(england).toMatchObject({ valueText: 'Missing', note: ENGLAND_GONE });
    expect(v.row?.englandText).toContain(ENGLAND_GONE);
    expect(v.row?.snText).toContain(
      'neighbour figures missing: the file published.csv could not be read',
    );
    expect(v.assessment.sentence).toContain(`E${ENGLAND_GONE.slice(1)}.`);
    expect(v.page.facts).toContainEqual({
      label: 'Quartile band',
      value: `E${ENGLAND_GONE.slice(1)}.`,
    });
  });

  it('an indicator only the published file gives: its own figure is marked missing', () => {
    const v = views(data, 'E09000015', 'CSC-CIN-RATE');
    expect(v.assessment.value).toBeNull();
    expect(v.tile.gap).toBe('published figures missing: the file published.csv could not be read');
    expect(v.assessment.sentence).toContain(
      'Published figures missing: the file published.csv could not be read.',
    );
    expect(v.row?.values.every((cell) => cell.note.includes('published figures missing'))).toBe(
      true,
    );
  });
});

describe('a failed local file marks the council’s own figures', () => {
  const data = assembleWith('local-harrow.csv', 'foo,bar\n1,2\n');

  it('Harrow: the published figure that stands in says the local figure was lost', () => {
    const LOST = 'local figures missing: the file local-harrow.csv could not be read';
    const v = views(data, 'E09000015', 'CSC-REREF');
    expect(v.tile.valueText).toMatch(/^\d+\.\d%$/);
    expect(v.tile.gap).toBe(LOST);
    expect(v.assessment.sentence).toContain(`L${LOST.slice(1)}.`);
    for (const row of v.rows) {
      const rated = row.latest?.note ?? row.values.map((cell) => cell.note).join(' ');
      expect(rated, row.id).toContain(LOST);
    }
  });

  it('another council (Camden) is not marked by Harrow’s file', () => {
    const { rows, assessment } = views(data, 'E09000007', 'CSC-REREF');
    expect(assessment.gaps).toEqual(NO_GAPS);
    for (const row of rows)
      for (const cell of row.values) expect(cell.note).not.toContain('could not be read');
  });
});

describe('nothing is marked when every file reads cleanly', () => {
  it('Harrow', () => {
    const v = views(defaultData(), 'E09000015', 'CSC-REREF');
    expect(v.assessment.gaps).toEqual(NO_GAPS);
    expect(v.tile.gap).toBeUndefined();
    expect(v.assessment.sentence).not.toContain('could not be read');
  });
});
