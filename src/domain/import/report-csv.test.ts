import { describe, expect, it } from 'vitest';
import { reportCsv } from './report-csv';
import type { FileReport } from '../model';

const report: FileReport = {
  file: 'q2.csv',
  layout: 'tidy',
  encoding: 'utf-8',
  lines: 4,
  loaded: 1,
  rejected: 2,
  skipped: 1,
  skippedReasons: new Map([['header', 1]]),
  warnings: [{ line: 0, column: '', value: '', message: 'A warning.' }],
  errors: [
    { line: 3, column: 'value', value: '=HYPERLINK("x")', message: 'Not a number.' },
    { line: 4, column: 'value', value: '150%', message: 'More than 100%, "too high".' },
  ],
};

describe('reportCsv', () => {
  it('writes a summary row, then each error and warning, escaping values from the file', () => {
    expect(reportCsv([report]).split('\n')).toEqual([
      'file,kind,line,column,value,message',
      'q2.csv,summary,,,,"Layout tidy, encoding utf-8. 4 lines: 1 loaded, 2 rejected, 1 skipped (skipped: 1 header). 2 errors, 1 warnings."',
      `q2.csv,error,3,value,"'=HYPERLINK(""x"")",Not a number.`,
      'q2.csv,error,4,value,150%,"More than 100%, ""too high""."',
      'q2.csv,warning,0,,,A warning.',
      '',
    ]);
  });
});
