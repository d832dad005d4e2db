/**
 * The `spc` command: its pure core (arguments, import, one analysis per series, JSON and
 * readable output) and the real script spawned with tsx, as an analyst runs it. Also the
 * importer's side of it: monthly periods in a tidy file and the refusal of mixed cadences.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/domain/import';
import {
  parseSpcArgs,
  runSpc,
  type SeriesJson,
  type SpcCliOptions,
} from '../../scripts/spc-report';
import { observationsOf } from '../../src/domain/model';
import { context, ROOT } from './helpers';

const encode = (text: string) => new TextEncoder().encode(text);

/** 11, 9, 11, 9 ... then `tail`: quarters from 2015-16 Q1 for one indicator in Camden. */
function tidy(tail: readonly string[], header = 'indicator,period,area,value'): string {
  const values = [11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9].map(String).concat(tail);
  const rows = values.map((value, i) => {
    const fy = 2015 + Math.floor(i / 4);
    const period = `${fy}-${String((fy + 1) % 100).padStart(2, '0')} Q${(i % 4) + 1}`;
    return `rereferrals,${period},Camden,${value}`;
  });
  return [header, ...rows].join('\n');
}

const options = (overrides: Partial<SpcCliOptions> = {}): SpcCliOptions => ({
  file: 'series.csv',
  json: true,
  polarity: 'higher',
  target: null,
  run: 6,
  baseline: null,
  recalculateAt: [],
  ...overrides,
});

const run = (text: string, overrides: Partial<SpcCliOptions> = {}) => {
  const result = runSpc(encode(text), options(overrides), context());
  return { ...result, json: JSON.parse(result.output) as { series: SeriesJson[] } };
};

describe('parseSpcArgs', () => {
  it('reads every option', () => {
    expect(
      parseSpcArgs([
        '--json',
        '--polarity',
        'lower',
        '--target',
        '23',
        '--run',
        '7',
        '--baseline',
        '14',
        '--recalculate-at',
        'Q1 2025/26',
        '--recalculate-at',
        '2026-09',
        'a.csv',
      ]),
    ).toEqual({
      file: 'a.csv',
      json: true,
      polarity: 'lower',
      target: 23,
      run: 7,
      baseline: 14,
      recalculateAt: ['2025-26 Q1', 'Sep 2026'],
    });
  });

  it.each([
    [['--polarity', 'up', 'a.csv'], '--polarity is higher, lower or none, not "up".'],
    [['--target', 'ten', 'a.csv'], '--target needs a number, not "ten".'],
    [['--run', '8', 'a.csv'], '--run is 6 or 7, not "8".'],
    [
      ['--baseline', '2.5', 'a.csv'],
      '--baseline needs a whole number of points (2 or more), not "2.5".',
    ],
    [['--target'], '--target needs a value.'],
  ])('refuses %j', (argv, error) => {
    expect(parseSpcArgs(argv)).toEqual({ error });
  });

  it('refuses a recalculation period it cannot read, and two files', () => {
    expect(parseSpcArgs(['--recalculate-at', 'Q5 2025-26', 'a.csv'])).toHaveProperty('error');
    expect(parseSpcArgs(['a.csv', 'b.csv'])).toHaveProperty('error');
  });
});

describe('runSpc', () => {
  it('prints one JSON object with the series, its limits, points and icons', () => {
    const { json, exitCode, errors } = run(tidy(['18']), { target: 3 });
    expect(exitCode).toBe(0);
    expect(errors).toBe('');
    const [series] = json.series;
    expect(series).toMatchObject({
      indicator: 'rereferrals',
      area: 'E09000007',
      points: 15,
      variation: 'special-cause-improvement',
      assurance: 'pass',
    });
    // Mean (7 × 11 + 7 × 9 + 18) / 15 = 158 / 15; moving ranges (13 × 2 + 9) / 14 = 2.5.
    expect(series?.mean).toBeCloseTo(158 / 15, 9);
    expect(series?.upperLimit).toBeCloseTo(158 / 15 + 2.66 * 2.5, 9);
    expect(series?.lowerLimit).toBeCloseTo(158 / 15 - 2.66 * 2.5, 9);
    const values = series?.values ?? [];
    expect(values[0]).toEqual({
      period: '2015-16 Q1',
      value: 11,
      special: false,
      rules: [],
      meaning: null,
    });
    expect(values[14]).toEqual({
      period: '2018-19 Q3',
      value: 18,
      special: true,
      rules: ['single-point'],
      meaning: 'improvement',
    });
  });

  it('gives null limits and icons with 12 points, and says why', () => {
    const text = tidy([]).split('\n').slice(0, 13).join('\n');
    const [series] = run(text, { target: 4 }).json.series;
    expect(series).toMatchObject({
      points: 12,
      mean: 10,
      upperLimit: null,
      lowerLimit: null,
      variation: null,
      assurance: null,
      note: 'Limits need at least 13 points; this series has 12.',
    });
  });

  it('shows a suppressed value as a gap, not zero', () => {
    const [series] = run(tidy(['c', '10'])).json.series;
    const values = series?.values ?? [];
    expect(values[14]).toMatchObject({ value: null, special: false });
    expect(series?.points).toBe(15);
  });

  it('uses the mean and limits of the last segment after a recalculation', () => {
    const [series] = run(
      tidy(['21', '19', '21', '19', '21', '19', '21', '19', '21', '19', '21', '19', '21', '19']),
      {
        recalculateAt: ['2018-19 Q3'],
      },
    ).json.series;
    expect(series?.mean).toBe(20);
    expect(series?.variation).toBe('common-cause');
  });

  it('fixes the limits from a baseline', () => {
    const [series] = run(tidy(['20', '20']), { baseline: 14 }).json.series;
    expect(series?.mean).toBe(10);
    expect(series?.upperLimit).toBeCloseTo(15.32, 9);
  });

  it('reads the tidy layout with area_code too, and monthly periods', () => {
    const months = ['2025-01', '2025-02', 'March 2025', '2025-04'];
    const text = [
      'indicator,period,area_code,value',
      ...months.map((m, i) => `x,${m},E06000017,${i}`),
    ].join('\n');
    const [series] = run(text).json.series;
    expect((series?.values ?? []).map((v) => v.period)).toEqual([
      'Jan 2025',
      'Feb 2025',
      'Mar 2025',
      'Apr 2025',
    ]);
    expect(series?.area).toBe('E06000017');
  });

  it('prints a short readable report without --json', () => {
    const { output } = runSpc(encode(tidy(['18'])), options({ json: false, target: 4 }), context());
    expect(output).toContain('rereferrals, E09000007: 15 points');
    expect(output).toContain('2018-19 Q3 18: single-point (improvement)');
    expect(output).toContain('latest point: special cause: improvement');
  });

  it('exits 1 with the import report when the file has errors', () => {
    const { exitCode, errors } = run(`${tidy([])}\nrereferrals,2018-19 Q3,Camden,ten`);
    expect(exitCode).toBe(1);
    expect(errors).toContain('ten');
  });
});

describe('the tidy importer and cadences', () => {
  it('refuses a series that mixes months and quarters, and keeps the others', () => {
    const text = [
      'indicator,period,area_code,value',
      'a,2026-08,E09000007,1',
      'a,2026-27 Q1,E09000007,2',
      'b,2026-08,E09000007,3',
      'b,2026-09,E09000007,4',
    ].join('\n');
    const result = importFile(encode(text), 'mixed.csv', context({ now: new Date(2026, 11, 1) }));
    expect(result.report.rejected).toBe(2);
    expect(result.report.errors[0]?.message).toContain(
      'this series mixes monthly periods (first on line 2) and quarterly periods (first on line 3)',
    );
    expect(observationsOf(result.observations).map((o) => `${o.indicator} ${o.period}`)).toEqual([
      'b Aug 2026',
      'b Sep 2026',
    ]);
  });
});

describe('the spc script', () => {
  it('prints JSON for a file, as an analyst runs it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spc-'));
    const file = join(dir, 'series.csv');
    writeFileSync(file, tidy(['18']));
    const result = spawnSync(
      `${ROOT}node_modules/.bin/tsx`,
      ['scripts/spc.ts', '--json', '--polarity', 'lower', '--target', '23', file],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as {
      series: { variation: string; assurance: string }[];
    };
    expect(json.series[0]).toMatchObject({ variation: 'special-cause-concern', assurance: 'pass' });
  }, 30_000);
});
