/**
 * Hostile strings through every import layout: markup and `javascript:` text, an unterminated
 * right-to-left override, a 100,000-character word in a cell and in a header, and a NUL. Each
 * file is read without throwing; every message is a readable length (a quoted cell or header is
 * cut with "(N more characters)"); nothing loaded keeps a bidi control or a NUL; and the figures
 * beside the hostile cell still read as written (90.4, not reversed or lost).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile, readCommentaryCsv, type ImportResult } from '../../src/domain/import';
import { valueRecords } from '../../src/domain/import';
import { workspaceFromZip } from '../../src/domain/workspace';
import type { ReportIssue } from '../../src/domain/model';
import { context, DFE, FIXTURES } from './helpers';

const LONG = 'W'.repeat(100_000);
const MARKUP = '<img src=x onerror="window.__pwned=1"> javascript:alert(1)';
const RLO = '\u202e';
const encoder = new TextEncoder();

const fixture = (name: string) => readFileSync(`${FIXTURES}${name}`, 'utf8');
const firstLines = (path: string, n: number) =>
  `${readFileSync(path, 'utf8').split('\n').slice(0, n).join('\n')}\n`;

/** Each layout as a small good file, the column of a text cell to spoil, and a row to add. */
const LAYOUTS: readonly {
  readonly name: string;
  readonly layout: string;
  readonly text: () => string;
}[] = [
  {
    name: 'tidy',
    layout: 'tidy',
    text: () =>
      'indicator,period,area_code,value,note\nCSC-REREF,2024-25 Q1,E09000015,90.4,fine\nCSC-REREF,2024-25 Q2,E09000015,16.1,fine\n',
  },
  {
    name: 'wide scorecard',
    layout: 'wide-scorecard',
    text: () => fixture('wide-scorecard-harrow.csv'),
  },
  {
    name: 'LAIT long',
    layout: 'lait-long',
    text: () => firstLines(`${DFE}lait/bds_long_core_measures.csv`, 40),
  },
  {
    name: 'EES (mapped DfE file)',
    layout: 'ees',
    text: () => fixture('dfe-d3-cpps-subsequent-plan.csv'),
  },
  {
    name: 'council export (long, with measure and unit)',
    layout: 'tidy',
    text: () => fixture('council-export.csv'),
  },
  { name: 'definitions', layout: 'definitions', text: () => fixture('definitions-good.csv') },
  { name: 'area register', layout: 'areas', text: () => fixture('areas-register.csv') },
  {
    name: 'neighbours',
    layout: 'neighbours',
    text: () => fixture('neighbours-small-2025.csv'),
  },
];

/** The file with the last cell of its first data line (after the header) set to `cell`. */
function withCell(text: string, cell: string, row = 1): string {
  const lines = text.split('\n');
  const header = lines.findIndex((line) => line.split(',').length > 3);
  const at = header + row;
  const line = lines[at];
  if (line === undefined) return text;
  lines[at] = `${line.replace(/,[^,]*$/, '')},"${cell.replace(/"/g, '""')}"`;
  return lines.join('\n');
}

/** The file with a column added whose header is `header`. */
function withHeader(text: string, header: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.split(',').length > 3);
  lines[at] = `${lines[at] ?? ''},"${header}"`;
  return lines.join('\n');
}

const HOSTILE: readonly [string, (text: string) => string][] = [
  ['markup and javascript: in a cell', (t) => withCell(t, MARKUP)],
  ['an unterminated right-to-left override', (t) => withCell(t, `${RLO}Harrow ${RLO}90.4`)],
  ['a 100,000-character word in a cell', (t) => withCell(t, LONG)],
  [
    'a 100,000-character word as a key',
    (t) => withCell(t, LONG, 2).replace(/\n[^,\n]*,/, `\n${LONG},`),
  ],
  ['a 100,000-character header', (t) => withHeader(t, LONG)],
  ['a NUL in a cell', (t) => withCell(t, 'a\u0000b')],
];

const issues = (result: {
  report: {
    errors: readonly ReportIssue[];
    warnings: readonly ReportIssue[];
    notices?: readonly ReportIssue[];
  };
}) => [...result.report.errors, ...result.report.warnings, ...(result.report.notices ?? [])];

function expectReadable(list: readonly ReportIssue[]) {
  for (const issue of list) {
    expect(issue.message.length, issue.message.slice(0, 300)).toBeLessThanOrEqual(1_100);
    expect(issue.message).not.toContain('W'.repeat(201));
    expect(issue.value.length).toBeLessThanOrEqual(250);
    expect(issue.column.length).toBeLessThanOrEqual(250);
  }
}

/** Every string the import loaded (names, titles, notes, ids). */
function loadedStrings(result: ImportResult): string[] {
  const o = result.observations;
  return [
    ...result.definitions.flatMap((d) => [
      d.id,
      d.title,
      d.shortTitle,
      d.definition,
      d.source,
      d.owner,
    ]),
    ...result.areas.flatMap((a) => [a.code, a.name]),
    ...(o.length > 0
      ? [...o.indicatorNames, ...o.areaNames, ...o.periodNames, ...o.notes.values()]
      : []),
  ];
}

describe.each(LAYOUTS)('$name layout', ({ text, layout }) => {
  it('reads the good file as its layout', () => {
    const result = importFile(encoder.encode(text()), 'good-2025.csv', context());
    expect(result.report.layout).toBe(layout);
  });

  it.each(HOSTILE)(
    '%s: no throw, readable messages, no control characters kept',
    (_name, spoil) => {
      const spoilt = spoil(text());
      let result: ImportResult | undefined;
      expect(() => {
        result = importFile(encoder.encode(spoilt), 'hostile-2025.csv', context());
      }).not.toThrow();
      if (!result) throw new Error('no result');
      expectReadable(issues(result));
      for (const value of loadedStrings(result)) {
        expect(value).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
        expect(value).not.toContain('\u0000');
      }
      // Every line is accounted for, or the whole file is refused with a reason (a NUL: binary).
      if (result.report.lines === 0) expect(result.report.errors[0]?.line).toBe(0);
      else
        expect(
          result.report.loaded + result.report.rejected + (result.neighbours?.size ?? 0),
        ).toBeGreaterThan(0);
    },
  );
});

describe('tidy: the figure beside a hostile cell still reads as written', () => {
  it.each([
    ['markup', MARKUP],
    ['right-to-left override', `${RLO}note`],
    ['100,000-character note', LONG],
  ])('%s', (_name, note) => {
    const text = `indicator,period,area_code,value,note\nCSC-REREF,2024-25 Q1,E09000015,90.4,"${note.replace(/"/g, '""')}"\n`;
    const result = importFile(encoder.encode(text), 't.csv', context());
    expect(valueRecords(result.observations).map((r) => r.value)).toEqual([90.4]);
  });

  it('a value cell with a right-to-left override reads 90.4 or is rejected, never reversed', () => {
    const text = `indicator,period,area_code,value\nCSC-REREF,2024-25 Q1,E09000015,${RLO}90.4\n`;
    const result = importFile(encoder.encode(text), 't.csv', context());
    const values = valueRecords(result.observations).map((r) => r.value);
    expect(values.length === 0 ? result.report.rejected : values).toEqual(
      values.length === 0 ? 1 : [90.4],
    );
  });
});

describe('commentary layout', () => {
  const header = 'indicator,area,period,headline,text,action,owner,due,status\n';
  it.each(HOSTILE.filter(([name]) => !name.includes('NUL')))('%s', (_name, spoil) => {
    const text = spoil(
      `${header}CSC-REREF,E09000015,2025-26 Q2,Down,Text,Audit,Head,2026-12-31,done\nCSC-ASSESS-45,E09000015,2025-26 Q2,Up,More,,,,\n`,
    );
    const read = readCommentaryCsv(encoder.encode(text), 'commentary.csv', {
      indicators: context().indicators,
      areas: context().areas,
    });
    expectReadable(issues(read));
  });

  it('a NUL refuses the file with a reason', () => {
    const read = readCommentaryCsv(
      encoder.encode(`${header}CSC-REREF,E09000015,2025-26 Q2,a\u0000b,,,,,\n`),
      'commentary.csv',
      { indicators: context().indicators, areas: context().areas },
    );
    expect(read.commentary).toEqual([]);
    expect(read.report.errors[0]?.message).toMatch(/./);
  });
});

describe('workspace file', () => {
  it.each([
    ['markup', encoder.encode(MARKUP)],
    ['a 100,000-character word', encoder.encode(LONG)],
    ['a NUL and a right-to-left override', encoder.encode(`\u0000${RLO}`)],
  ])('%s instead of a workspace: refused with a short message, no throw', (_name, bytes) => {
    const read = workspaceFromZip(bytes);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    for (const problem of read.problems) {
      expect(problem.length).toBeLessThanOrEqual(1_100);
      expect(problem).not.toContain('W'.repeat(201));
    }
  });
});
