/**
 * The command-line check: its pure core (arguments, reports, exit code) and the real script
 * spawned with tsx, as an analyst runs it.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseValidateArgs, validateFiles, validateNow } from '../../scripts/validate-report';
import { context, FIXTURES, readBytes, ROOT } from './helpers';

describe('parseValidateArgs', () => {
  it('reads files and options', () => {
    expect(
      parseValidateArgs([
        '--json',
        '--values',
        '--now',
        '2026-03-01',
        '--area',
        '310',
        'a.csv',
        'b.csv',
      ]),
    ).toEqual({
      files: ['a.csv', 'b.csv'],
      json: true,
      values: true,
      areas: null,
      definitions: null,
      area: '310',
      now: '2026-03-01',
    });
  });

  it.each([
    [[], 'Usage: npm run validate'],
    [['--help'], 'Usage: npm run validate'],
    [['--values', 'a.csv'], '--values only works with --json.'],
    [['--now', 'tomorrow', 'a.csv'], '--now needs a date written YYYY-MM-DD.'],
    [['--areas'], '--areas needs a value.'],
    [['--colour', 'a.csv'], 'Unknown option --colour.'],
  ])('refuses %j', (argv, message) => {
    const parsed = parseValidateArgs(argv);
    expect('error' in parsed && parsed.error).toContain(message);
  });

  it('takes --now as noon that day, and today otherwise', () => {
    const options = parseValidateArgs(['--now', '2026-03-01', 'a.csv']);
    if ('error' in options) throw new Error(options.error);
    expect(validateNow(options, new Date(2030, 0, 1))).toEqual(new Date(2026, 2, 1, 12));
    expect(validateNow({ ...options, now: null }, new Date(2030, 0, 1))).toEqual(
      new Date(2030, 0, 1),
    );
  });
});

describe('validateFiles', () => {
  const files = ['bom-utf8.csv', 'percent-over-100.csv'].map((name) => ({
    name,
    bytes: readBytes(`${FIXTURES}${name}`),
  }));

  it('prints one JSON object with the stable names, and exits 1 when any file has errors', () => {
    const { output, exitCode } = validateFiles(files, context(), { json: true, values: true });
    expect(exitCode).toBe(1);
    const parsed = JSON.parse(output) as { files: Record<string, unknown>[] };
    expect(parsed.files.map((f) => Object.keys(f))).toEqual([
      [
        'file',
        'layout',
        'encoding',
        'lines',
        'loaded',
        'rejected',
        'skipped',
        'skippedReasons',
        'warnings',
        'errors',
        'values',
      ],
      [
        'file',
        'layout',
        'encoding',
        'lines',
        'loaded',
        'rejected',
        'skipped',
        'skippedReasons',
        'warnings',
        'errors',
        'values',
      ],
    ]);
    expect(parsed.files[0]).toMatchObject({
      file: 'bom-utf8.csv',
      layout: 'tidy',
      encoding: 'utf-8 (with BOM)',
      lines: 4,
      loaded: 3,
      rejected: 0,
      skipped: 1,
      warnings: [],
      errors: [],
      values: [
        { indicator: 'CSC-REREF', period: '2024-25 Q1', area: 'E09000015', value: 15.6 },
        { indicator: 'CSC-REREF', period: '2024-25 Q2', area: 'E09000015', value: 16.1 },
        { indicator: 'CLA-RATE', period: '2024-25', area: 'E09000015', value: 29 },
      ],
    });
    expect(parsed.files[1]?.['errors']).toEqual([
      {
        line: 4,
        column: 'value',
        value: '150%',
        message: '"150%" is more than 100% (CSC-ASSESS-45 in 2024-25 Q3). This row was not loaded.',
      },
      {
        line: 5,
        column: 'value',
        value: '-0.1',
        message: '"-0.1" is less than 0% (CSC-REREF in 2024-25 Q1). This row was not loaded.',
      },
      {
        line: 6,
        column: 'value',
        value: '100.01',
        message: '"100.01" is more than 100% (CSC-REREF in 2024-25 Q2). This row was not loaded.',
      },
    ]);
  });

  it('exits 0 when no file has errors, warnings or not', () => {
    const clean = [
      { name: 'legacy-symbols.csv', bytes: readBytes(`${FIXTURES}legacy-symbols.csv`) },
    ];
    expect(validateFiles(clean, context(), { json: false, values: false }).exitCode).toBe(0);
  });

  it("groups a council long file's 96 identical errors into one entry and exits 1", () => {
    const file = [
      { name: 'council-long-export.csv', bytes: readBytes(`${FIXTURES}council-long-export.csv`) },
    ];
    const { output, exitCode } = validateFiles(file, context(), { json: false, values: false });
    expect(exitCode).toBe(1);
    expect(output).toContain('96 errors:');
    expect(output).toContain(
      'council-long-export.csv, lines 2–97 (96 lines), column "unit": "Persons" is not a unit the scorecard knows',
    );
    expect(output.match(/is not a unit the scorecard knows/g)).toHaveLength(1);
  });

  it('writes missing values as their state codes', () => {
    const symbols = [
      { name: 'symbols-and-blank.csv', bytes: readBytes(`${FIXTURES}symbols-and-blank.csv`) },
    ];
    const { output } = validateFiles(symbols, context(), { json: true, values: true });
    const parsed = JSON.parse(output) as { files: { values: { value: unknown }[] }[] };
    expect(parsed.files[0]?.values.map((v) => v.value)).toEqual([
      'c',
      'x',
      'z',
      'low',
      'low',
      'blank',
      0,
    ]);
  });
});

describe('npm run validate (the script)', () => {
  const run = (...args: string[]) =>
    spawnSync(
      `${ROOT}node_modules/.bin/tsx`,
      [
        'scripts/validate.ts',
        '--now',
        '2026-03-01',
        '--definitions',
        `${FIXTURES}definitions-good.csv`,
        ...args,
      ],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );

  it('prints plain English and exits 1 for a file with errors', () => {
    const result = run(`${FIXTURES}percent-over-100.csv`);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('6 lines: 2 loaded, 3 rejected, 1 skipped (1 header).');
    expect(result.stdout).toContain(
      'percent-over-100.csv, line 4, column "value": "150%" is more than 100% (CSC-ASSESS-45 in 2024-25 Q3). This row was not loaded.',
    );
  }, 30_000);

  it('prints exactly one JSON object with --json and exits 0 for a real DfE file', () => {
    const result = run('--json', 'sources/dfe/ees/cla_number_and_rate_per_10k_children.csv');
    expect(result.status).toBe(0);
    const parsed = JSON.parse(result.stdout) as { files: Record<string, unknown>[] };
    expect(parsed.files).toHaveLength(1);
    expect(parsed.files[0]).toMatchObject({
      file: 'cla_number_and_rate_per_10k_children.csv',
      layout: 'ees',
      encoding: 'utf-8 (with BOM)',
      lines: 2506,
      loaded: 1670,
      rejected: 0,
      skipped: 836,
      errors: [],
    });
  }, 30_000);

  it('says how to use it when given no files', () => {
    const result = spawnSync(`${ROOT}node_modules/.bin/tsx`, ['scripts/validate.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage: npm run validate');
  }, 30_000);
});
