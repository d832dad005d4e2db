/**
 * Bad files say so and load nothing they should not: a broken quote refuses the whole file
 * naming the line, a repeated column name is an error naming both columns, a header without data
 * rows is an error, an empty value cell is a warning, skipped title and footnote rows are
 * notices with their text, a file that loads nothing says so (and `validate` exits 1), and an
 * EES file without time_period is not taken for an area register.
 */
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/domain/import';
import { validateFiles } from '../../scripts/validate-report';
import { context } from './helpers';

const encoder = new TextEncoder();
const read = (text: string, name = 'f.csv') => importFile(encoder.encode(text), name, context());
const TIDY = 'indicator,period,area_code,value,note\n';

describe('files that must say what is wrong', () => {
  it('refuses a whole file whose quote opens a cell and closes too late, naming the line', () => {
    // A quote opened on line 4 swallows lines 4 to 6 into one cell and closes mid-cell.
    const text = `${TIDY}CSC-REREF,2024-25 Q1,E09000015,15.6,fine
CSC-REREF,2024-25 Q2,E09000015,16.1,fine
CSC-REREF,2024-25 Q3,E09000015,17.0,"opened
CSC-REREF,2024-25 Q4,E09000015,17.2,swallowed
CSC-REREF,2025-26 Q1,E09000015,17.5,closed" too late
CSC-REREF,2025-26 Q2,E09000015,18.0,fine
`;
    const result = read(text);
    expect(result.observations.length).toBe(0);
    expect(result.report.loaded).toBe(0);
    expect(result.report.errors).toHaveLength(1);
    expect(result.report.errors[0]?.message).toMatch(
      /^The file's quoting is broken: a cell on line 4 starts with a quote mark/,
    );
    expect(result.report.errors[0]?.message).toMatch(/The whole file was refused/);
  });

  it('names the line a text editor shows when a quoted cell above holds a line break', () => {
    const text = `${TIDY}CSC-REREF,2024-25 Q1,E09000015,15.6,"two
lines"
CSC-REREF,2024-25 Q2,E09000015,16.1,"never closed
CSC-REREF,2024-25 Q3,E09000015,17.0,
`;
    const message = read(text).report.errors[0]?.message ?? '';
    expect(message).toMatch(/a cell on line 3 \(line 4 in a text editor\)/);
  });

  it('is an error naming both columns when a column name is repeated', () => {
    const text =
      'time_period,time_identifier,geographic_level,country_code,rate_per_10000,rate_per_10000\n202425,Reporting year,National,E92000001,70,71\n';
    const result = read(text);
    expect(result.observations.length).toBe(0);
    expect(result.report.errors[0]?.message).toMatch(
      /two columns named "rate_per_10000": column E \("rate_per_10000"\) and column F/,
    );
  });

  it('is an error when a file has a header and no data rows', () => {
    const result = read(TIDY);
    expect(result.report.errors.map((e) => e.message)).toEqual([
      'The file has a header row but no data rows, so there is nothing to load.',
    ]);
    expect(
      validateFiles([{ name: 'f.csv', bytes: encoder.encode(TIDY) }], context(), {
        json: false,
        values: false,
      }).exitCode,
    ).toBe(1);
  });

  it('says "The file is empty" for an empty file', () => {
    expect(read('').report.errors[0]?.message).toMatch(/^The file is empty/);
  });

  it('warns about empty value cells, naming the first line and the count, never reading zero', () => {
    const text = `${TIDY}CSC-REREF,2024-25 Q1,E09000015,,\nCSC-REREF,2024-25 Q2,E09000015,16,\nCSC-REREF,2024-25 Q3,E09000015, ,\n`;
    const result = read(text);
    expect(result.report.loaded).toBe(3);
    expect(result.report.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(
        /^The "value" cell is empty on 2 lines \(first on line 2\).*never as zero/,
      ),
    ]);
    expect(result.observations.state[0]).not.toBe(0);
  });

  it('lists skipped title, total and footnote rows as notices with their text', () => {
    const text = `Harrow scorecard, Q2\n${TIDY}CSC-REREF,2024-25 Q1,E09000015,15.6,\nSource: Mosaic\n`;
    const notices = read(text).report.notices ?? [];
    expect(notices.map((n) => [n.line, n.message])).toEqual([
      [1, 'Title row above the header, skipped: "Harrow scorecard Q2".'],
      [4, 'Footnote or source row, skipped: "Source: Mosaic".'],
    ]);
  });

  it('warns when nothing in a file is loaded, and validate does not call it clean', () => {
    // An EES file whose rows are all for a measure the scorecard does not use.
    const text =
      'time_period,time_identifier,geographic_level,country_code,country_name,care_leaver_age,breakdown,care_leaver_count,care_leaver_percent\n202425,Reporting year,National,E92000001,England,17 to 18 years,Total,100,100\n';
    const file = { name: 'nothing.csv', bytes: encoder.encode(text) };
    const { report } = importFile(file.bytes, file.name, context());
    expect(report.loaded).toBe(0);
    expect(report.warnings[0]?.message).toMatch(/^Nothing in this file was loaded/);
    // The rows carry none of the activity file's filter values: said as an error of its own.
    expect(report.errors[0]?.message).toMatch(
      /has the columns of "Care leavers aged 17 to 18 and 19 to 21 by activity", but none of its 1 rows has the values/,
    );
    expect(validateFiles([file], context(), { json: false, values: false }).exitCode).toBe(1);
  });

  it('does not take a file with the activity columns but other breakdowns for the activity file', () => {
    // Same columns as the care leavers activity file, rows of another breakdown (as the
    // accommodation file has): nothing loads, and the report says why.
    const text = [
      'time_period,time_identifier,geographic_level,country_code,country_name,care_leaver_age,breakdown,care_leaver_count,care_leaver_percent',
      '202425,Reporting year,National,E92000001,England,19 to 21 years,In suitable accommodation,100,90',
      '202425,Reporting year,National,E92000001,England,19 to 21 years,Total,111,100',
    ].join('\n');
    const { report } = read(text, 'accommodation.csv');
    expect(report.loaded).toBe(0);
    expect(report.errors.map((e) => e.message).join(' ')).toMatch(
      /probably another DfE file with the same columns/,
    );
  });

  it('does not take an EES file missing time_period for an area register', () => {
    const text =
      'time_identifier,geographic_level,country_code,country_name,region_code,region_name,new_la_code,la_name,old_la_code,rate_per_10000\nReporting year,Local authority,E92000001,England,,,E09000015,Harrow,310,45\n';
    const result = read(text);
    expect(result.report.layout).toBe('unknown');
    expect(result.areas).toEqual([]);
    expect(result.report.errors[0]?.message).toMatch(/no "time_period" column/);
  });
});
