import { describe, expect, it } from 'vitest';
import {
  actionState,
  carryForward,
  commentaryDue,
  commentaryFromJson,
  commentaryHistory,
  commentaryKey,
  compareCommentary,
  defaultReplace,
  isEmptyCommentary,
  keyOf,
  lengthNote,
  previousCommentary,
  readDueDate,
  type Commentary,
  type CommentaryAction,
} from '../model';
import { readRecords } from '../import';
import { readCommentaryCsv } from '../import';
import { council, indicator } from '../testing/build';
import { commentaryCsv } from './write-commentary';

const HARROW = 'E09000015';
const CAMDEN = 'E09000007';
const DEVON = 'E10000008';
const RUTLAND = 'E06000017';
const CITY = 'E09000001';
const SCILLY = 'E06000053';

const act = (overrides: Partial<CommentaryAction> = {}): CommentaryAction => ({
  what: 'Audit re-referrals',
  owner: 'Head of Service, MASH',
  due: '2025-10-31',
  status: 'in-progress',
  ...overrides,
});

const note = (overrides: Partial<Commentary> & { period: string }): Commentary => ({
  indicator: 'CSC-REREF',
  area: HARROW,
  headline: 'Re-referrals fell',
  text: 'Two new team managers started.',
  actions: [],
  ...overrides,
});

const bookOf = (...list: Commentary[]) => new Map(list.map((c) => [keyOf(c), c]));

describe('actionState', () => {
  const asAt = new Date(2025, 10, 1, 15, 30); // 1 November 2025, afternoon
  it.each<[string, Partial<CommentaryAction>, string]>([
    ['no due date is never overdue', { due: null, status: 'not-started' }, 'not-started'],
    ['due today is not overdue yet', { due: '2025-11-01' }, 'in-progress'],
    ['due yesterday and open is overdue', { due: '2025-10-31' }, 'overdue'],
    [
      'due yesterday and not started is overdue',
      { due: '2025-10-31', status: 'not-started' },
      'overdue',
    ],
    ['done is done whatever the date', { due: '2020-01-01', status: 'done' }, 'done'],
    ['due tomorrow keeps its status', { due: '2025-11-02', status: 'not-started' }, 'not-started'],
    ['a date that is not real is never overdue', { due: '2025-02-30' }, 'in-progress'],
  ])('%s', (_, overrides, expected) => {
    expect(actionState(act(overrides), asAt)).toBe(expected);
  });

  it('counts days in the local calendar across the clocks going back', () => {
    // 26 October 2025 is the last Sunday of October: BST ends.
    expect(actionState(act({ due: '2025-10-26' }), new Date(2025, 9, 27, 0, 30))).toBe('overdue');
    expect(actionState(act({ due: '2025-10-26' }), new Date(2025, 9, 26, 23, 59))).toBe(
      'in-progress',
    );
  });
});

describe('readDueDate', () => {
  it.each<[string, string | null]>([
    ['', null],
    ['2025-12-31', '2025-12-31'],
    ['31/12/2025', '2025-12-31'],
    ['1/2/2026', '2026-02-01'],
    ['2025-02-29', null],
    ['29/02/2024', '2024-02-29'],
    ['12/31/2025', null],
    ['next week', null],
    [' 2025-12-31 ', '2025-12-31'],
  ])('reads %j as %j', (text, expected) => {
    expect(readDueDate(text)).toBe(expected);
  });
});

describe('lengthNote', () => {
  it.each<[string, number, boolean, string]>([
    ['', 120, false, '0 of 120 characters'],
    ['a'.repeat(120), 120, false, '120 of 120 characters'],
    ['a'.repeat(121), 120, true, '1 character over the 120 suggested (nothing is cut)'],
    ['👩‍👩‍👧 family', 120, false, '8 of 120 characters'],
    ['x'.repeat(2000), 1500, true, '500 characters over the 1,500 suggested (nothing is cut)'],
  ])('counts %#', (text, guide, over, words) => {
    const result = lengthNote(text, guide);
    expect(result.over).toBe(over);
    expect(result.text).toBe(words);
  });
});

describe('carry forward and history', () => {
  const q1 = note({
    period: '2025-26 Q1',
    actions: [act({ what: 'Done already', status: 'done' }), act({ what: 'Still open' })],
  });
  const q4 = note({ period: '2024-25 Q4', headline: 'Older' });
  const empty = note({ period: '2024-25 Q3', headline: '', text: '', actions: [] });
  const other = note({ period: '2025-26 Q1', area: CAMDEN, headline: 'Camden' });
  const book = bookOf(q1, q4, empty, other);

  it('finds nothing before the first commentary', () => {
    expect(previousCommentary(book, 'CSC-REREF', HARROW, '2024-25 Q4')).toBeUndefined();
    expect(previousCommentary(new Map(), 'CSC-REREF', HARROW, '2025-26 Q2')).toBeUndefined();
  });

  it('finds last quarter for the same council only, skipping empty commentary', () => {
    expect(previousCommentary(book, 'CSC-REREF', HARROW, '2025-26 Q2')).toBe(q1);
    expect(previousCommentary(book, 'CSC-REREF', HARROW, '2025-26 Q1')).toBe(q4);
    expect(previousCommentary(book, 'CSC-REREF', CAMDEN, '2025-26 Q2')).toBe(other);
  });

  it('looks past a quarter with no commentary (a gap) to the newest before', () => {
    expect(previousCommentary(book, 'CSC-REREF', HARROW, '2026-27 Q1')).toBe(q1);
  });

  it('copies headline, text and only the open actions to the new period', () => {
    const copied = carryForward(q1, '2025-26 Q2');
    expect(copied.period).toBe('2025-26 Q2');
    expect(copied.headline).toBe(q1.headline);
    expect(copied.text).toBe(q1.text);
    expect(copied.actions.map((a) => a.what)).toEqual(['Still open']);
    // The quarter it came from is unchanged.
    expect(q1.actions).toHaveLength(2);
  });

  it('lists history newest first, without empty commentary or other councils', () => {
    expect(commentaryHistory(book, 'CSC-REREF', HARROW).map((c) => c.period)).toEqual([
      '2025-26 Q1',
      '2024-25 Q4',
    ]);
  });

  it.each<[Commentary, boolean]>([
    [empty, true],
    [
      note({
        period: 'x',
        headline: ' ',
        text: '\n',
        actions: [act({ what: '', owner: '', due: null })],
      }),
      true,
    ],
    [note({ period: 'x', headline: '', text: '', actions: [act({ what: '' })] }), false],
    [q4, false],
  ])('isEmptyCommentary %#', (c, expected) => {
    expect(isEmptyCommentary(c)).toBe(expected);
  });
});

describe('commentaryDue', () => {
  const asAt = new Date(2025, 10, 15);
  const candidates = [
    { indicator: 'A', title: 'Red one', reasons: ['Red'] },
    { indicator: 'B', title: 'Worsening with commentary', reasons: ['Worsening'] },
    { indicator: 'C', title: 'Green', reasons: [] },
    { indicator: 'D', title: 'Special cause', reasons: ['Special cause'] },
  ];
  const mk = (indicator: string, period: string, actions: CommentaryAction[] = []) =>
    note({ indicator, period, actions });

  it('lists every candidate with reasons and no commentary for the period', () => {
    const due = commentaryDue(
      candidates,
      bookOf(mk('B', '2025-26 Q2')),
      HARROW,
      '2025-26 Q2',
      asAt,
    );
    expect(due.missing.map((m) => m.indicator)).toEqual(['A', 'D']);
    expect(due.overdue).toEqual([]);
  });

  it('counts last quarter’s commentary as missing for this quarter', () => {
    const due = commentaryDue(
      candidates,
      bookOf(mk('A', '2025-26 Q1')),
      HARROW,
      '2025-26 Q2',
      asAt,
    );
    expect(due.missing.map((m) => m.indicator)).toEqual(['A', 'B', 'D']);
  });

  it('counts another council’s commentary as missing', () => {
    const book = bookOf(note({ indicator: 'A', area: DEVON, period: '2025-26 Q2' }));
    expect(commentaryDue(candidates, book, RUTLAND, '2025-26 Q2', asAt).missing).toHaveLength(3);
  });

  it('lists overdue actions of the period, or of last quarter where the period has none', () => {
    const late = act({ what: 'Late', due: '2025-11-01' });
    const notYet = act({ what: 'Not yet', due: '2025-12-01' });
    const finished = act({ what: 'Finished', due: '2025-01-01', status: 'done' });
    const book = bookOf(
      mk('A', '2025-26 Q1', [late, finished]),
      mk('B', '2025-26 Q1', [late]),
      mk('B', '2025-26 Q2', [notYet]),
      mk('C', '2025-26 Q2', [late, notYet]),
    );
    const due = commentaryDue(candidates, book, HARROW, '2025-26 Q2', asAt);
    expect(due.overdue.map((o) => [o.indicator, o.period, o.action.what])).toEqual([
      ['A', '2025-26 Q1', 'Late'],
      ['C', '2025-26 Q2', 'Late'],
    ]);
  });
});

describe('compareCommentary', () => {
  const current = note({ period: '2025-26 Q2' });
  it.each<
    [string, Commentary, { commentary: Commentary; edited: boolean } | undefined, string, boolean]
  >([
    ['nothing there: new', current, undefined, 'new', true],
    [
      'empty there: new',
      current,
      { commentary: { ...current, headline: '', text: '' }, edited: true },
      'new',
      true,
    ],
    [
      'identical: unchanged',
      current,
      { commentary: { ...current }, edited: true },
      'unchanged',
      false,
    ],
    [
      'different from the host: changed, replaced by default',
      { ...current, text: 'New words' },
      { commentary: current, edited: false },
      'changed',
      true,
    ],
    [
      'different from an officer’s words: conflict, kept by default',
      { ...current, actions: [act()] },
      { commentary: current, edited: true },
      'conflict',
      false,
    ],
  ])('%s', (_, incoming, there, kind, replace) => {
    const [change] = compareCommentary([incoming], (key) =>
      key === keyOf(current) ? there : undefined,
    );
    expect(change?.kind).toBe(kind);
    expect(change && defaultReplace(change)).toBe(replace);
  });
});

describe('commentary CSV', () => {
  const areas = new Map(
    [
      council(HARROW, 'Harrow', { oldCode: '310' }),
      council(CAMDEN, 'Camden', { oldCode: '202', subRegionCode: 'E13000001' }),
      council(DEVON, 'Devon', { oldCode: '878', regionCode: 'E12000009', subRegionCode: null }),
      council(RUTLAND, 'Rutland', { oldCode: '857', regionCode: 'E12000004', subRegionCode: null }),
      council(CITY, 'City of London', { oldCode: '201', subRegionCode: 'E13000001' }),
      council(SCILLY, 'Isles of Scilly', {
        oldCode: '906',
        regionCode: 'E12000009',
        subRegionCode: null,
      }),
    ].map((a) => [a.code, a]),
  );
  const indicators = new Map(
    [indicator({ id: 'CSC-REREF', aliases: ['TS7'] }), indicator({ id: 'CLA-RATE' })].map((d) => [
      d.id,
      d,
    ]),
  );
  const context = { areas, indicators };
  const bytes = (text: string) => new TextEncoder().encode(text);
  const read = (text: string) => readCommentaryCsv(bytes(text), 'commentary.csv', context);

  const HOSTILE = [
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '=HYPERLINK("http://evil.example","click")',
    "'=already escaped",
    '+44 20 7946 0000',
    '-5 points since Q1',
    '@SUM(A1)',
    '\tleading tab',
    ' leading and trailing spaces ',
    'Quote "inside", comma; semicolon',
    'Line one\nLine two\n\n- bullet one\n- bullet two',
    '\u202Eevil override\u202C and \u2067isolate\u2069',
    'x'.repeat(100_000),
    '£ – “curly” 👩‍👩‍👧',
  ];

  const sample: Commentary[] = [
    note({
      period: '2025-26 Q2',
      actions: [
        act(),
        act({ what: 'Second', owner: '', due: null, status: 'not-started' }),
        act({ status: 'done' }),
      ],
    }),
    note({
      indicator: 'CLA-RATE',
      area: CAMDEN,
      period: '2025-26 Q1',
      headline: '',
      text: 'Text only',
    }),
    note({ indicator: 'CLA-RATE', area: DEVON, period: '2024-25', headline: 'Year', text: '' }),
    note({
      indicator: 'CLA-RATE',
      area: RUTLAND,
      period: '2025-26 Q2',
      headline: '',
      text: '',
      actions: [act()],
    }),
    note({
      indicator: 'CLA-RATE',
      area: CITY,
      period: '2025-26 Q2',
      headline: 'City',
      actions: [],
    }),
    note({ indicator: 'CLA-RATE', area: SCILLY, period: '2025-26 Q2', headline: 'Scilly' }),
    ...HOSTILE.map((text, i) =>
      note({
        indicator: 'CSC-REREF',
        area: CAMDEN,
        period: `${String(2010 + i)}-${String(11 + i)}`,
        headline: text.includes('\n') ? 'one line' : text,
        text,
        actions: [act({ what: text, owner: text.slice(0, 200) })],
      }),
    ),
  ];

  it('reads back exactly what it wrote, hostile text included', () => {
    const { text, lost } = commentaryCsv(sample);
    expect(lost).toEqual([]);
    const back = read(text);
    expect(back.report.errors).toEqual([]);
    expect(back.report.warnings).toEqual([]);
    const sorted = (list: readonly Commentary[]) =>
      [...list].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1));
    expect(sorted(back.commentary)).toEqual(sorted(sample));
    expect(back.report.lines).toBe(back.report.loaded + back.report.skipped + back.report.rejected);
    expect(back.report.rejected).toBe(0);
  });

  it('writes no cell a spreadsheet would run as a formula', () => {
    const { text } = commentaryCsv(sample);
    const back = readCommentaryCsv(bytes(text), 'c.csv', {
      areas: new Map(),
      indicators: new Map(),
    });
    expect(back.commentary.length).toBe(sample.length);
    let cells = 0;
    readRecords(text, ',', (records) => {
      for (const record of records)
        for (const cell of record) {
          cells++;
          expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        }
      return true;
    });
    expect(cells).toBeGreaterThan(sample.length * 9);
  });

  it('leaves out empty commentary and actions with nothing in "what", and says so', () => {
    const { text, lost } = commentaryCsv([
      note({ period: '2025-26 Q2', headline: '', text: '', actions: [] }),
      note({ period: '2025-26 Q1', actions: [act({ what: '  ' })] }),
    ]);
    expect(text.trim().split('\n')).toHaveLength(2);
    expect(lost).toEqual([
      'CSC-REREF, 2025-26 Q1: an action with no description (only an owner, date or status) was not written.',
    ]);
  });

  it('reads names, old codes, aliases, UK dates and status words, accounting for every line', () => {
    const result = read(
      [
        'Harrow Council commentary, Q2',
        'Indicator,Area code,Period,Headline,Commentary,Action,Owner,Due date,Status,Notes',
        'TS7,310,Q2 2025-26,Up a little,Why,First,Head of Service,31/12/2025,In progress,x',
        'TS7,Harrow,2025-26 Q2,,,Second,,,,',
        ',,,,,,,,,',
        'CLA-RATE,Isles of Scilly,2025-26 Q2,Small numbers,,,,,,',
        'CLA-RATE,201,2025-26 Q2,,,Visit,Director,2025-10-01,overdue,',
        'TS7,310,2025-26 Q2,Up a little,,,,,,',
      ].join('\r\n'),
    );
    expect(result.report.errors).toEqual([]);
    expect(result.commentary).toEqual([
      {
        indicator: 'CSC-REREF',
        area: HARROW,
        period: '2025-26 Q2',
        headline: 'Up a little',
        text: 'Why',
        actions: [
          { what: 'First', owner: 'Head of Service', due: '2025-12-31', status: 'in-progress' },
          { what: 'Second', owner: '', due: null, status: 'not-started' },
        ],
      },
      note({
        indicator: 'CLA-RATE',
        area: SCILLY,
        period: '2025-26 Q2',
        headline: 'Small numbers',
        text: '',
      }),
      {
        ...note({
          indicator: 'CLA-RATE',
          area: CITY,
          period: '2025-26 Q2',
          headline: '',
          text: '',
        }),
        actions: [{ what: 'Visit', owner: 'Director', due: '2025-10-01', status: 'in-progress' }],
      },
    ]);
    expect(result.report.warnings.map((w) => w.message)).toEqual([
      'These columns are not read: "Notes".',
      'Overdue is worked out from the due date, so this action was read as in progress.',
    ]);
    expect(Object.fromEntries(result.report.skippedReasons)).toEqual({
      'title row above the header': 1,
      header: 1,
      'blank line': 1,
      'repeats the commentary of an earlier line': 1,
    });
    expect(result.report.loaded).toBe(4);
  });

  it('rejects bad lines with the line, column, value and a reason, loading the rest', () => {
    const result = read(
      [
        'indicator,area,period,headline,text,action,owner,due,status',
        'NOPE,310,2025-26 Q2,h,,,,,',
        'CSC-REREF,Atlantis,2025-26 Q2,h,,,,,',
        'CSC-REREF,310,2025 Q3,h,,,,,',
        'CSC-REREF,310,2025-26 Q2,h,,Act,,next week,',
        'CSC-REREF,310,2025-26 Q2,h,,Act,,,maybe',
        'CSC-REREF,310,2025-26 Q2,h,,,Owner only,,',
        'CLA-RATE,310,2025-26 Q2,First,,,,,',
        'CLA-RATE,310,2025-26 Q2,Second,,,,,',
        'CLA-RATE,310,2025-26 Q3,ok,,,,,,,extra',
      ].join('\n'),
    );
    expect(result.report.errors.map((e) => [e.line, e.column, e.value])).toEqual([
      [2, 'indicator', 'NOPE'],
      [3, 'area', 'Atlantis'],
      [4, 'period', '2025 Q3'],
      [5, 'due', 'next week'],
      [6, 'status', 'maybe'],
      [7, 'action', ''],
      [9, 'headline', 'Second'],
      [10, '', ''],
    ]);
    expect(result.report.rejected).toBe(8);
    expect(result.report.loaded).toBe(1);
    expect(result.commentary.map((c) => c.headline)).toEqual(['First']);
  });

  it('refuses a file with no commentary header, and an Excel workbook', () => {
    const none = read('a,b,c\n1,2,3\n');
    expect(none.report.layout).toBe('unknown');
    expect(none.report.errors[0]?.message).toMatch(/not a commentary file/);
    expect(none.report.skipped).toBe(2);
    const xlsx = readCommentaryCsv(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'c.xlsx', context);
    expect(xlsx.report.layout).toBe('refused');
  });

  it('keys by indicator, area and period without colliding on text', () => {
    expect(commentaryKey('A', 'B', 'C')).not.toBe(commentaryKey('A B', '', 'C'));
  });
});

describe('commentaryFromJson', () => {
  it('reads what JSON.stringify wrote', () => {
    const list = [note({ period: '2025-26 Q2', actions: [act(), act({ due: null })] })];
    expect(commentaryFromJson(JSON.parse(JSON.stringify(list)))).toEqual({
      commentary: list,
      problems: [],
    });
  });
  it.each<[unknown, string]>([
    [{}, 'The commentary is not a list.'],
    [[1], 'Commentary 1 is damaged.'],
    [[{ indicator: 'A' }], 'Commentary 1 is damaged: a field is missing or not text.'],
    [
      [{ ...note({ period: 'P' }), actions: [{ ...act(), status: 'overdue' }] }],
      'Commentary 1 (CSC-REREF, P) has a damaged action.',
    ],
    [
      [{ ...note({ period: 'P' }), actions: [{ ...act(), due: '31/12/2025' }] }],
      'Commentary 1 (CSC-REREF, P) has a damaged action.',
    ],
  ])('says what is wrong with %j', (value, problem) => {
    expect(commentaryFromJson(value).problems).toEqual([problem]);
  });
});
