import { describe, expect, it } from 'vitest';
import { DEFAULT_SPC_SETTINGS, readSpcConfig, sameSpcSettings, spcConfigJson } from '../model';
import { analyseSpc, type SpcInputPoint } from './spc';
import { checkSpcChoice, spcChoiceOf, withSpcChoice, type SpcChoice } from './spc-settings';

/** Quarters from 2019-20 Q1, `n` of them; values from `value(i)` (null: a gap). */
function quarters(n: number, value: (i: number) => number | null = (i) => 10 + (i % 3)) {
  const points: SpcInputPoint[] = [];
  for (let i = 0; i < n; i++) {
    const fy = 2019 + Math.floor(i / 4);
    points.push({
      period: `${String(fy)}-${String((fy + 1) % 100).padStart(2, '0')} Q${String((i % 4) + 1)}`,
      value: value(i),
    });
  }
  return points;
}
const thirty = quarters(30);
const choice = (patch: Partial<SpcChoice> = {}): SpcChoice => ({
  run: 6,
  baseline: null,
  recalculations: [],
  ...patch,
});
const messages = (c: SpcChoice, series = thirty) =>
  checkSpcChoice(c, series).errors.map((e) => e.message);

describe('checkSpcChoice: the baseline', () => {
  it.each([
    [null, []],
    [13, []],
    [30, []],
    [12, ['The baseline must be from 13 to 30 points (the figures in this series); 12 is not.']],
    [31, ['The baseline must be from 13 to 30 points (the figures in this series); 31 is not.']],
    [0, ['The baseline must be from 13 to 30 points (the figures in this series); 0 is not.']],
    [13.5, ['The baseline must be a whole number of points.']],
    [Number.NaN, ['The baseline must be a whole number of points.']],
  ])('baseline %s gives %j', (baseline, expected) => {
    expect(messages(choice({ baseline }))).toEqual(expected);
  });

  it('counts figures, not gaps: 14 periods with 2 gaps have 12 figures, too few for a baseline', () => {
    const gappy = quarters(14, (i) => (i === 3 || i === 7 ? null : i));
    expect(messages(choice({ baseline: 13 }), gappy)).toEqual([
      'A baseline needs at least 13 figures; this series has 12 figures.',
    ]);
  });
});

describe('checkSpcChoice: recalculation points', () => {
  const at = (period: string, reason = 'new front-door model') => ({ period, reason });
  it.each([
    ['a period in the series', [at('2023-24 Q1')], []],
    ['the last period', [at('2026-27 Q2')], []],
    [
      'no period chosen',
      [at('')],
      ['Choose the period where the process changed (recalculation point 1).'],
    ],
    [
      'a period not in the series',
      [at('2030-31 Q1')],
      ['2030-31 Q1 is not in this series: choose a period from 2019-20 Q2 to 2026-27 Q2.'],
    ],
    [
      'the first period',
      [at('2019-20 Q1')],
      [
        '2019-20 Q1 is the first period of the series: limits already start there. Choose a later period.',
      ],
    ],
    ['the same period twice', [at('2023-24 Q1'), at('2023-24 Q1')], ['2023-24 Q1 is given twice.']],
    [
      'no reason',
      [at('2023-24 Q1', '  ')],
      ['Say why the process changed at 2023-24 Q1 (for example "new front-door model").'],
    ],
    [
      'a reason over 200 characters',
      [at('2023-24 Q1', 'x'.repeat(201))],
      ['The reason for 2023-24 Q1 is 201 characters; keep it to 200.'],
    ],
  ])('%s', (_name, recalculations, expected) => {
    expect(messages(choice({ recalculations }))).toEqual(expected);
  });

  it('ties each error to its field for the error summary', () => {
    const check = checkSpcChoice(
      choice({ baseline: 2, recalculations: [at(''), at('2020-21 Q1', '')] }),
      thirty,
    );
    expect(check.errors.map((e) => e.field)).toEqual([
      'baseline',
      'recalculation-0',
      'recalculation-1-reason',
    ]);
  });

  it('warns, without refusing, about a segment with fewer than 13 figures', () => {
    const check = checkSpcChoice(choice({ recalculations: [at('2024-25 Q1')] }), thirty);
    expect(check.errors).toEqual([]);
    // 2019-20 Q1..2023-24 Q4 is 20 points; 2024-25 Q1..2026-27 Q2 is 10.
    expect(check.warnings).toEqual([
      'The points from 2024-25 Q1 to 2026-27 Q2 have 10 figures: limits need at least 13, so that part shows its mean only, with no limits or special causes.',
    ]);
  });

  it('says a series of 9 quarters is too short for limits even with no settings', () => {
    expect(checkSpcChoice(choice(), quarters(9)).warnings).toEqual([
      'The points from 2019-20 Q1 to 2021-22 Q1 have 9 figures: limits need at least 13, so that part shows its mean only, with no limits or special causes.',
    ]);
  });
});

describe('withSpcChoice and spcChoiceOf: merging into the workspace settings', () => {
  const order = thirty.map((p) => p.period);
  const held = readSpcConfig({
    run: 6,
    baselines: { 'CSC-REREF': 14, OTHER: 20 },
    recalculateAt: { OTHER: ['2021-22 Q1'] },
    recalculationReasons: { OTHER: { '2021-22 Q1': 'new team' } },
  }).settings;

  it('replaces only the indicator chosen, keeps the others, and sets the run for all', () => {
    const next = withSpcChoice(
      held,
      'CSC-REREF',
      {
        run: 7,
        baseline: null,
        recalculations: [
          { period: '2024-25 Q1', reason: ' restructure ' },
          { period: '2023-24 Q1', reason: 'new front-door model' },
        ],
      },
      order,
    );
    expect(next.run).toBe(7);
    expect(next.baselines).toEqual(new Map([['OTHER', 20]]));
    // Oldest first, reasons trimmed.
    expect(next.recalculations.get('CSC-REREF')).toEqual(['2023-24 Q1', '2024-25 Q1']);
    expect(next.reasons?.get('CSC-REREF')).toEqual(
      new Map([
        ['2023-24 Q1', 'new front-door model'],
        ['2024-25 Q1', 'restructure'],
      ]),
    );
    expect(next.recalculations.get('OTHER')).toEqual(['2021-22 Q1']);
    expect(next.reasons?.get('OTHER')).toEqual(new Map([['2021-22 Q1', 'new team']]));
    // The held settings are not changed.
    expect(held.run).toBe(6);
    expect(held.baselines.get('CSC-REREF')).toBe(14);
  });

  it('clearing every choice for an indicator removes it, and back to defaults writes nothing', () => {
    const only = readSpcConfig({ baselines: { A: 13 } }).settings;
    const cleared = withSpcChoice(only, 'A', choice(), order);
    expect(cleared.baselines.size).toBe(0);
    expect(spcConfigJson(cleared)).toBeUndefined();
    expect(sameSpcSettings(cleared, DEFAULT_SPC_SETTINGS)).toBe(true);
  });

  it('reads back what it wrote: choice -> settings -> config.json -> settings -> choice', () => {
    const chosen = choice({
      run: 7,
      baseline: 15,
      recalculations: [{ period: '2023-24 Q1', reason: 'new front-door model' }],
    });
    const settings = withSpcChoice(undefined, 'CSC-REREF', chosen, order);
    const json: unknown = JSON.parse(JSON.stringify(spcConfigJson(settings)));
    const read = readSpcConfig(json);
    expect(read.problems).toEqual([]);
    expect(sameSpcSettings(read.settings, settings)).toBe(true);
    expect(spcChoiceOf(read.settings, 'CSC-REREF')).toEqual(chosen);
    expect(spcChoiceOf(read.settings, 'OTHER')).toEqual({
      run: 7,
      baseline: null,
      recalculations: [],
    });
  });

  it('the merged settings change the analysis: the recalculation starts a new segment', () => {
    const settings = withSpcChoice(
      undefined,
      'X',
      choice({ recalculations: [{ period: '2022-23 Q1', reason: 'r' }] }),
      order,
    );
    const result = analyseSpc(thirty, {
      polarity: 'lower',
      recalculateAt: settings.recalculations.get('X') ?? [],
    });
    expect(result.segments.map((s) => [s.from, s.recalculated])).toEqual([
      ['2019-20 Q1', false],
      ['2022-23 Q1', true],
    ]);
  });
});

describe('readSpcConfig: recalculation reasons', () => {
  it.each([
    [
      'a reason for a period that is not a recalculation point',
      { recalculateAt: { A: ['2023-24 Q1'] }, recalculationReasons: { A: { '2024-25 Q1': 'x' } } },
      [
        'spc.recalculationReasons.A: 2024-25 Q1 is not one of its recalculation periods (recalculateAt).',
      ],
    ],
    [
      'a reason that is not text',
      { recalculateAt: { A: ['2023-24 Q1'] }, recalculationReasons: { A: { '2023-24 Q1': 5 } } },
      ['spc.recalculationReasons.A.2023-24 Q1: should be text of at most 200 characters.'],
    ],
    [
      'reasons that are not an object',
      { recalculationReasons: ['x'] },
      ['spc.recalculationReasons: should be an object of indicator: { period: reason }.'],
    ],
  ])('reports %s', (_name, block, expected) => {
    expect(readSpcConfig(block).problems).toEqual(expected);
  });

  it('reads a reason given with the period in another form', () => {
    const { settings, problems } = readSpcConfig({
      recalculateAt: { A: ['Q1 2023/24'] },
      recalculationReasons: { A: { 'Q1 2023/24': 'new front-door model' } },
    });
    expect(problems).toEqual([]);
    expect(settings.reasons?.get('A')?.get('2023-24 Q1')).toBe('new front-door model');
  });
});
