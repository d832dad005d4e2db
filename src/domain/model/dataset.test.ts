import { describe, expect, it } from 'vitest';
import {
  buildDataset,
  getObservation,
  getSeries,
  observationsInPeriod,
  periodsOf,
} from './dataset';
import {
  ObservationColumnsBuilder,
  observationsOf,
  valueCode,
  type ObservationRow,
} from './observations';
import type { ObservedValue } from './types';

const num = (value: number): ObservedValue => ({ kind: 'number', value, lowReliability: false });
const row = (
  period: string,
  value: ObservedValue,
  line: number,
  area = 'E09000015',
): ObservationRow => ({
  indicator: 'LAC',
  period,
  area,
  value,
  numerator: null,
  denominator: null,
  target: null,
  provisional: false,
  note: null,
  line,
});

function columns(file: string, rows: ObservationRow[]) {
  const builder = new ObservationColumnsBuilder(file, 1);
  for (const r of rows) builder.append(r);
  return builder.build();
}

describe('ObservationColumnsBuilder', () => {
  it('keeps a blank, a suppressed value and zero apart', () => {
    const built = columns('a.csv', [
      row('2024-25', { kind: 'missing', state: 'blank' }, 2),
      row('2023-24', { kind: 'missing', state: 'c' }, 3),
      row('2022-23', num(0), 4),
    ]);
    expect(observationsOf(built).map(valueCode)).toEqual(['blank', 'c', 0]);
  });

  it('grows past its first capacity and keeps every field', () => {
    const rows = Array.from({ length: 100 }, (_, i) => ({
      ...row(`${2000 + i}-${String((2001 + i) % 100).padStart(2, '0')}`, num(i), i + 2),
      numerator: i,
      denominator: 100,
      provisional: i % 2 === 0,
      note: i === 7 ? 'Data cleansing in progress' : null,
      target: i === 9 ? ({ kind: 'point', value: 5 } as const) : null,
    }));
    const out = observationsOf(columns('big.csv', rows));
    expect(out).toHaveLength(100);
    expect(out[7]).toMatchObject({
      note: 'Data cleansing in progress',
      numerator: 7,
      provisional: false,
    });
    expect(out[9]?.target).toEqual({ kind: 'point', value: 5 });
    expect(out[99]?.source).toEqual({ file: 'big.csv', line: 101 });
  });
});

describe('buildDataset', () => {
  it('indexes by indicator, area and period, oldest period first', () => {
    const { dataset, conflicts } = buildDataset({
      indicators: [],
      areas: [],
      neighbours: new Map(),
      observations: [
        columns('a.csv', [
          row('2024-25', num(29), 2),
          row('2023-24', num(31), 3),
          row('2024-25', num(48), 4, 'E12000007'),
        ]),
      ],
    });
    expect(conflicts).toEqual([]);
    expect(getSeries(dataset, 'LAC', 'E09000015').map((o) => o.period)).toEqual([
      '2023-24',
      '2024-25',
    ]);
    expect(getObservation(dataset, 'LAC', 'E12000007', '2024-25')?.value).toEqual(num(48));
    expect([...observationsInPeriod(dataset, 'LAC', '2024-25').keys()]).toEqual([
      'E09000015',
      'E12000007',
    ]);
    expect(periodsOf(dataset, 'LAC')).toEqual(['2023-24', '2024-25']);
    expect(getSeries(dataset, 'nope', 'E09000015')).toEqual([]);
  });

  it('keeps the first of two different values and reports the clash; an exact repeat is not a clash', () => {
    const { dataset, conflicts } = buildDataset({
      indicators: [],
      areas: [],
      neighbours: new Map(),
      observations: [
        columns('a.csv', [row('2024-25', num(29), 2)]),
        columns('b.csv', [row('2024-25', num(29), 5)]),
        columns('c.csv', [row('2024-25', { kind: 'missing', state: 'c' }, 9)]),
      ],
    });
    expect(getObservation(dataset, 'LAC', 'E09000015', '2024-25')?.source.file).toBe('a.csv');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.incoming.source).toEqual({ file: 'c.csv', line: 9 });
  });
});
