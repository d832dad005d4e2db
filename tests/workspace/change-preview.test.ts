import { describe, expect, it } from 'vitest';
import { definitionKey, uniqueSourceKey, valueKey } from '../../src/domain/import';
import { previewChanges, runToEnd } from '../../src/domain/workspace';
import { fileData } from './helpers';
import { BARNET, contextOf, HARROW, smallHosted } from './small-data';

const hosted = smallHosted();
const read = (name: string, text: string) => fileData(name, text, contextOf(hosted));
const preview = (...files: ReturnType<typeof read>[]) =>
  runToEnd(previewChanges(hosted.dataset, files));

describe('previewChanges', () => {
  it('finds nothing to change in a file with no figures', () => {
    const result = preview(read('empty.csv', 'indicator,period,area_code,value\n'));
    expect(result).toMatchObject({
      newValues: 0,
      unchangedValues: 0,
      changes: [],
      newPeriods: [],
      newIndicators: [],
      newCouncils: [],
    });
  });

  it('counts a figure equal to the loaded one as unchanged, not as a change', () => {
    const result = preview(
      read('same.csv', `indicator,period,area_code,value\nCSC-REREF,2024-25,${HARROW},16.1\n`),
    );
    expect(result.unchangedValues).toBe(1);
    expect(result.changes).toEqual([]);
  });

  it('lists a different figure with the loaded and the new one, each with its file and line', () => {
    const result = preview(
      read('q.csv', `indicator,period,area_code,value\nCSC-REREF,2025-26 Q2,${HARROW},12\n`),
    );
    expect(result.changes).toHaveLength(1);
    const [change] = result.changes;
    expect(change?.key).toBe(valueKey('CSC-REREF', HARROW, '2025-26 Q2'));
    expect(change?.current.value).toEqual({ kind: 'number', value: 13.9, lowReliability: false });
    expect(change?.current.source).toEqual({ file: 'local.csv', line: 3 });
    expect(change?.incoming.value).toEqual({ kind: 'number', value: 12, lowReliability: false });
    expect(change?.incoming.source).toEqual({ file: 'q.csv', line: 2 });
  });

  it('treats a suppressed figure replacing a number as a change', () => {
    const result = preview(
      read('c.csv', `indicator,period,area_code,value\nCSC-REREF,2024-25,${BARNET},c\n`),
    );
    expect(result.changes.map((c) => c.incoming.value)).toEqual([{ kind: 'missing', state: 'c' }]);
  });

  it('names new periods, indicators and councils', () => {
    const result = preview(
      read(
        'new.csv',
        [
          'indicator,period,area_code,value',
          `CSC-REREF,2025-26 Q3,${HARROW},12`,
          `CLA-RATE,2024-25,${HARROW},30`,
          'CSC-REREF,2024-25,E09000002,19',
        ].join('\n'),
      ),
    );
    expect(result.newValues).toBe(3);
    expect(result.newPeriods).toEqual(['2025-26 Q3']);
    expect(result.newIndicators).toEqual(['CLA-RATE']);
    expect(result.newCouncils).toEqual(['E09000002']);
  });

  it('compares a later file of the same import with an earlier one', () => {
    const result = preview(
      read('a.csv', `indicator,period,area_code,value\nCSC-REREF,2025-26 Q3,${HARROW},12\n`),
      read('b.csv', `indicator,period,area_code,value\nCSC-REREF,2025-26 Q3,${HARROW},11\n`),
    );
    expect(result.newValues).toBe(1);
    expect(result.changes.map((c) => [c.current.source.file, c.incoming.source.file])).toEqual([
      ['a.csv', 'b.csv'],
    ]);
  });

  it('lists new and changed definitions with what differs', () => {
    const current = hosted.dataset.indicators.get('CSC-REREF');
    if (!current) throw new Error('no CSC-REREF');
    const file = {
      ...read('defs.csv', 'x\n'),
      definitions: [
        {
          ...current,
          targets: [
            { period: null, value: { kind: 'point' as const, value: 20 }, rationale: 'Lower' },
          ],
        },
        { ...current, id: 'NEW-1', aliases: [] },
      ],
    };
    const result = preview(file);
    expect(result.newDefinitions).toEqual(['NEW-1']);
    expect(result.definitionChanges.map((c) => [c.key, c.differences])).toEqual([
      [definitionKey('CSC-REREF'), ['target: 23 → 20']],
    ]);
  });
});

describe('uniqueSourceKey', () => {
  it.each([
    ['q2.csv', [], 'q2.csv'],
    ['q2.csv', ['q2.csv'], 'q2 (2).csv'],
    ['q2.csv', ['q2.csv', 'q2 (2).csv'], 'q2 (3).csv'],
    ['README', ['README'], 'README (2)'],
  ])('names %s, with %j taken, %s', (name, taken, expected) => {
    expect(uniqueSourceKey(name, new Set(taken))).toBe(expected);
  });
});
