/**
 * The pipeline around the layouts: progress and cancellation, reading a file in pieces (the
 * same result whatever the piece boundaries cut through), the Windows-1252 restart, the
 * column mapping and the default area for wide files.
 */
import { describe, expect, it } from 'vitest';
import { headerSignature, importFile } from '../../src/domain/import';
import { observationsOf } from '../../src/domain/model';
import { context } from './helpers';

const encode = (text: string) => new TextEncoder().encode(text);

/** A tidy file of `rows` rows (about 70 bytes each), with quoted multi-line notes now and then. */
function bigTidy(rows: number): string {
  const lines = ['indicator,period,area_code,value,note'];
  for (let i = 0; i < rows; i++) {
    // 60 indicators a quarter, quarter after quarter from 2000-01 Q1.
    const quarter = Math.floor(i / 60);
    const fy = 2000 + Math.floor(quarter / 4);
    const period = `${fy}-${String((fy + 1) % 100).padStart(2, '0')} Q${(quarter % 4) + 1}`;
    const note = i % 97 === 0 ? '"a note\nover two lines, with a comma"' : '';
    lines.push(`LOCAL-${i % 60},${period},E09000015,${i % 100},${note}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

describe('importFile over many pieces', () => {
  const text = bigTidy(3000);

  it('gives every line its spreadsheet number across piece boundaries', () => {
    const result = importFile(encode(text), 'big.csv', context());
    expect(result.report).toMatchObject({ lines: 3001, loaded: 3000, rejected: 0, skipped: 1 });
    const observations = observationsOf(result.observations);
    expect(observations[0]?.source.line).toBe(2);
    expect(observations[2999]?.source.line).toBe(3001);
    expect(observations[97]?.note).toBe('a note\nover two lines, with a comma');
  });

  it('reports progress after each piece and once at the end, in bytes read', () => {
    const seen: { bytes: number; lines: number }[] = [];
    importFile(encode(text), 'big.csv', context({ onProgress: (p) => seen.push({ ...p }) }));
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toEqual({ bytes: encode(text).length, lines: 3001 });
    for (let i = 1; i < seen.length; i++)
      expect(seen[i]?.bytes).toBeGreaterThanOrEqual(seen[i - 1]?.bytes ?? 0);
  });

  it('stops when cancelled, loads nothing and says so', () => {
    let calls = 0;
    const result = importFile(
      encode(text),
      'big.csv',
      context({
        isCancelled: () => {
          calls++;
          return true;
        },
      }),
    );
    expect(calls).toBe(1);
    expect(result.observations.length).toBe(0);
    expect(result.report.loaded).toBe(0);
    expect(result.report.lines).toBe(result.report.skipped);
    expect(result.report.errors.map((e) => e.message)).toEqual([
      `The import was cancelled after ${result.report.lines} lines; nothing was loaded.`,
    ]);
  });

  it('reads the whole file again as Windows-1252 when a byte far into it is not UTF-8', () => {
    const bytes = new Uint8Array([...encode(text.slice(0, -2)), 0x2c, 0xa3, 0x0d, 0x0a]);
    const result = importFile(bytes, 'big.csv', context());
    expect(result.report.encoding).toBe('windows-1252');
    expect(result.report.warnings[0]?.message).toContain('not valid UTF-8');
    expect(result.report.errors[0]?.message).toContain('cells but the header has 5');
    expect(result.report.loaded).toBe(2999);
  });
});

describe('repeated lines, told apart only when a value repeats (a second reading)', () => {
  // Line 3 is LOCAL-1 for 2000-01 Q1, with no note (line 2 has a note over two lines).
  const base = bigTidy(3000).replace(/\r\n$/, '');
  const line3 = base.split('\r\n')[2] ?? '';
  it.each([
    {
      name: 'a copy far down the file (another piece) is an exact duplicate',
      extra: [line3],
      skipped: ['exact duplicate of an earlier line', 1],
      warning: 'This line is an exact duplicate of line 3, so it was skipped.',
    },
    {
      name: 'the same value with a note added is a repeat, not an exact duplicate',
      extra: [`${line3}extra note`],
      skipped: ['repeats a value given on an earlier line', 1],
      warning: 'is given again here with the same value as on line 3; it was loaded once.',
    },
    {
      name: 'two copies are each an exact duplicate of the first',
      extra: [line3, line3],
      skipped: ['exact duplicate of an earlier line', 2],
      warning: 'This line is an exact duplicate of line 3, so it was skipped.',
    },
  ])('$name', ({ extra, skipped, warning }) => {
    for (const encoding of ['utf-8', 'windows-1252'] as const) {
      const text = encode(`${base}\r\n${extra.join('\r\n')}\r\n`);
      // A last line with a pound sign in Windows-1252 (byte 0xa3) in its note makes the whole
      // file be read again in that encoding, the second reading too.
      const bytes =
        encoding === 'utf-8'
          ? text
          : new Uint8Array([...text, ...encode('LOCAL-X,2000-01 Q1,E09000015,1,'), 0xa3]);
      const result = importFile(bytes, 'repeats.csv', context());
      expect(result.report.encoding).toBe(encoding);
      expect(result.report.loaded).toBe(encoding === 'utf-8' ? 3000 : 3001);
      const [reason, count] = skipped;
      expect(result.report.skippedReasons.get(reason as string)).toBe(count);
      expect(
        result.report.warnings
          .filter((w) => w.line > 3001 && !w.message.includes('not a known indicator'))
          .map((w) => w.message.includes(warning)),
      ).toEqual(extra.map(() => true));
    }
  });
});

describe('column mapping', () => {
  const file = encode('LA Code,Year,Measure Name,Result\n310,2018/19,LAC,42\n');
  const mapping = { indicator: 'Measure Name', period: 'Year', area: 'LA Code', value: 'Result' };

  it('reads a file through the columns an analyst chose', () => {
    const result = importFile(file, 'export.csv', context({ mapping }));
    expect(result.report.layout).toBe('mapped');
    expect(
      observationsOf(result.observations).map((o) => [o.indicator, o.period, o.area, o.value]),
    ).toEqual([
      ['CLA-RATE', '2018-19', 'E09000015', { kind: 'number', value: 42, lowReliability: false }],
    ]);
  });

  it('keeps the headers of an unrecognised file for the mapping screen, with a stable signature', () => {
    const result = importFile(file, 'export.csv', context());
    expect(result.report.layout).toBe('unknown');
    expect(result.headers).toEqual(['LA Code', 'Year', 'Measure Name', 'Result']);
    expect(headerSignature(result.headers)).toBe('["la_code","measure_name","result","year"]');
  });

  it('does not use a mapping for a file in a layout it reads, and says so', () => {
    const tidy = encode('indicator,period,area_code,value\nCLA-RATE,2018-19,310,42\n');
    const result = importFile(tidy, 'tidy.csv', context({ mapping }));
    expect(result.report.layout).toBe('tidy');
    expect(result.report.warnings.map((w) => w.message)).toEqual([
      'The file is in a layout the scorecard reads (tidy), so the column mapping was not used.',
    ]);
  });
});

describe('wide scorecards: which council', () => {
  const wide = encode(
    "Children's Services Scorecard\nRef,Q1 2024-25,Q2 2024-25\nCSC-REREF,15.6,16.1\n",
  );

  it('uses the council chosen for the import when the file does not say', () => {
    const result = importFile(wide, 'scorecard.csv', context({ defaultArea: 'Harrow' }));
    expect(result.report.errors).toEqual([]);
    expect(result.report.warnings).toEqual([]);
    expect(new Set(observationsOf(result.observations).map((o) => o.area))).toEqual(
      new Set(['E09000015']),
    );
  });

  it('says when the chosen council is not in the register', () => {
    const result = importFile(wide, 'scorecard.csv', context({ defaultArea: 'Atlantis' }));
    expect(result.report.errors[0]?.message).toContain(
      'The council chosen for this file could not be found',
    );
    expect(result.observations.length).toBe(0);
  });

  it('prefers the council named in the title to the one chosen, and says which it used', () => {
    const named = encode('Barnet Council scorecard\nRef,Q1 2024-25\nCSC-REREF,15.6\n');
    const result = importFile(named, 'scorecard.csv', context({ defaultArea: '310' }));
    expect(observationsOf(result.observations)[0]?.area).toBe('E09000003');
    expect(result.report.warnings[0]?.message).toContain(
      'Barnet (E09000003), the council named in the title',
    );
  });
});

describe('an EES file the scorecard has no mapping for', () => {
  it('is an error naming the files it does read, and its lines are not read', () => {
    const ees = encode(
      'time_period,time_identifier,geographic_level,country_code,school_count\n2025,Reporting year,National,E92000001,100\n',
    );
    const result = importFile(ees, 'schools.csv', context());
    expect(result.report.layout).toBe('ees');
    expect(result.report.errors[0]?.message).toContain('not one the scorecard has a mapping for');
    expect(result.report).toMatchObject({ lines: 2, loaded: 0, rejected: 0, skipped: 2 });
  });
});
