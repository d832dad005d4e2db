import { describe, expect, it } from 'vitest';
import { ObservationColumnsBuilder } from '../model';
import {
  formatIssue,
  formatReport,
  MAX_LISTED_ISSUES,
  ReportBuilder,
  reportToJson,
  valueRecords,
} from './report';

describe('ReportBuilder', () => {
  it('puts every line in exactly one bucket', () => {
    const report = new ReportBuilder('f.csv');
    report.skip(1, 'header');
    report.markLoaded(2);
    report.error(3, 'value', 'abc', 'Bad.');
    report.markLoaded(4);
    report.error(4, 'Q2', 'x', 'One bad cell of a line that loaded.');
    report.skip(5, 'blank line');
    report.markDropped(6);
    // line 7: nothing happened to it
    const finished = report.finish(7, 'tidy', 'utf-8');
    expect(finished).toMatchObject({ lines: 7, loaded: 2, rejected: 2, skipped: 3 });
    expect([...finished.skippedReasons]).toEqual([
      ['header', 1],
      ['blank line', 1],
      ['no values on this line', 1],
    ]);
    expect(finished.errors.map((e) => e.line)).toEqual([3, 4, 6]);
    expect(finished.errors[2]?.message).toContain(
      'None of the values on this line could be loaded',
    );
  });

  it('takes a loaded value back out when a later line contradicts it', () => {
    const report = new ReportBuilder('f.csv');
    report.markLoaded(2);
    report.unmarkLoaded(2);
    report.error(2, 'value', '1', 'Conflict.');
    expect(report.finish(2, 'tidy', 'utf-8')).toMatchObject({ loaded: 0, rejected: 1, skipped: 1 });
  });

  it('lists errors by line, file-level ones first', () => {
    const report = new ReportBuilder('f.csv');
    report.error(5, '', '', 'Five.');
    report.error(0, '', '', 'Whole file.');
    report.error(2, '', '', 'Two.');
    expect(report.finish(5, 'tidy', 'utf-8').errors.map((e) => e.message)).toEqual([
      'Whole file.',
      'Two.',
      'Five.',
    ]);
  });

  it('folds repeated notices into one warning with a count and the first line', () => {
    const report = new ReportBuilder('f.csv');
    for (const line of [4, 7, 9]) {
      report.aggregate(
        'colon',
        line,
        'value',
        ':',
        (count, first) => `${count} times, first on line ${first}.`,
      );
    }
    expect(report.finish(9, 'tidy', 'utf-8').warnings).toEqual([
      { line: 4, column: 'value', value: ':', message: '3 times, first on line 4.' },
    ]);
  });

  it(`lists at most ${MAX_LISTED_ISSUES} errors and counts the rest`, () => {
    const report = new ReportBuilder('f.csv');
    for (let line = 1; line <= MAX_LISTED_ISSUES + 5; line++) report.error(line, '', '', 'Bad.');
    const finished = report.finish(MAX_LISTED_ISSUES + 5, 'tidy', 'utf-8');
    expect(finished.rejected).toBe(MAX_LISTED_ISSUES + 5);
    expect(finished.errors).toHaveLength(MAX_LISTED_ISSUES + 1);
    expect(finished.errors.at(-1)?.message).toBe(
      `5 more errors are not listed (the first ${MAX_LISTED_ISSUES} are).`,
    );
  });
});

describe('formatIssue', () => {
  it.each([
    [
      {
        line: 16,
        column: 'value',
        value: '150%',
        message: '"150%" is more than 100%. This row was not loaded.',
      },
      'q2.csv, line 16, column "value": "150%" is more than 100%. This row was not loaded.',
    ],
    [
      { line: 3, column: '', value: '', message: 'Too many cells.' },
      'q2.csv, line 3: Too many cells.',
    ],
    [{ line: 0, column: '', value: '', message: 'Not a CSV file.' }, 'q2.csv: Not a CSV file.'],
  ])('writes %j as a sentence', (issue, expected) => {
    expect(formatIssue('q2.csv', issue)).toBe(expected);
  });
});

describe('formatReport and reportToJson', () => {
  const builder = new ReportBuilder('q2.csv');
  builder.skip(1, 'header');
  builder.skip(2, '__proto__');
  builder.markLoaded(3);
  builder.error(4, 'value', '150%', '"150%" is more than 100%. This row was not loaded.');
  const report = builder.finish(4, 'tidy', 'utf-8');

  it('writes plain English', () => {
    expect(formatReport(report)).toBe(
      [
        'q2.csv',
        '  Layout: tidy (one row per indicator, period and area). Encoding: utf-8.',
        '  4 lines: 1 loaded, 1 rejected, 2 skipped (1 header; 1 __proto__).',
        '  1 error:',
        '    q2.csv, line 4, column "value": "150%" is more than 100%. This row was not loaded.',
        '  No warnings.',
      ].join('\n'),
    );
  });

  it('gives plain data whose reasons object has no prototype to pollute', () => {
    const json = reportToJson(report);
    expect(Object.getPrototypeOf(json.skippedReasons)).toBeNull();
    expect(JSON.parse(JSON.stringify(json))).toEqual({
      file: 'q2.csv',
      layout: 'tidy',
      encoding: 'utf-8',
      lines: 4,
      loaded: 1,
      rejected: 1,
      skipped: 2,
      // JSON.parse makes "__proto__" an own key, as the report's text must be.
      skippedReasons: JSON.parse('{"header":1,"__proto__":1}') as unknown,
      warnings: [],
      errors: [
        {
          line: 4,
          column: 'value',
          value: '150%',
          message: '"150%" is more than 100%. This row was not loaded.',
        },
      ],
    });
    expect(({} as Record<string, unknown>)['header']).toBeUndefined();
  });

  it('lists values as numbers or missing-state codes', () => {
    const columns = new ObservationColumnsBuilder('f.csv');
    const base = {
      indicator: 'A',
      area: 'E09000015',
      numerator: null,
      denominator: null,
      target: null,
      provisional: false,
      note: null,
    };
    columns.append({
      ...base,
      period: '2024-25 Q1',
      value: { kind: 'number', value: 12.5, lowReliability: false },
      line: 2,
    });
    columns.append({
      ...base,
      period: '2024-25 Q2',
      value: { kind: 'missing', state: 'low' },
      line: 3,
    });
    expect(valueRecords(columns.build())).toEqual([
      { indicator: 'A', period: '2024-25 Q1', area: 'E09000015', value: 12.5 },
      { indicator: 'A', period: '2024-25 Q2', area: 'E09000015', value: 'low' },
    ]);
  });
});

describe('ReportBuilder skip reasons', () => {
  it('shares one reason among any beyond what a Uint16 can number', () => {
    const report = new ReportBuilder('f.csv');
    const lines = 0xfffe + 3;
    for (let line = 1; line <= lines; line++) report.skip(line, `reason ${line}`);
    const finished = report.finish(lines, 'tidy', 'utf-8');
    expect(finished.skipped).toBe(lines);
    expect(finished.skippedReasons.get('other reasons')).toBe(3);
    expect(finished.skippedReasons.get('reason 1')).toBe(1);
  });
});
