import { describe, expect, it } from 'vitest';
import { parseIndicatorsCsv } from './indicators-csv';

const header = 'id,title,unit,polarity,target,period,value';

describe('parseIndicatorsCsv', () => {
  it('reads a blank value as not provided, never zero', () => {
    const { indicators, problems } = parseIndicatorsCsv(
      `${header}\nA,Assessments,percent,higher,90,2025-26 Q2,\n`,
    );
    expect(problems).toEqual([]);
    expect(indicators[0]).toMatchObject({ value: null, status: 'not-rated' });
  });

  it('keeps a quoted title with a comma whole', () => {
    const { indicators } = parseIndicatorsCsv(
      `\uFEFF${header}\r\nB,"Care leavers in education, employment or training",percent,higher,60,2025-26 Q2,67\r\n`,
    );
    expect(indicators[0]?.title).toBe('Care leavers in education, employment or training');
    expect(indicators[0]?.status).toBe('green');
  });

  it('rejects a value that is not a number with its spreadsheet line', () => {
    const { indicators, problems } = parseIndicatorsCsv(
      `${header}\nA,Assessments,percent,higher,90,2025-26 Q2,#DIV/0!\n`,
    );
    expect(indicators).toEqual([]);
    expect(problems).toEqual([
      { line: 2, column: 'value', value: '#DIV/0!', message: 'The value is not a number.' },
    ]);
  });

  it('names the missing columns when the header is wrong', () => {
    const { problems } = parseIndicatorsCsv('id,title\nA,B\n');
    expect(problems[0]?.message).toContain('missing: unit, polarity, target, period, value');
  });
});
