import { describe, expect, it } from 'vitest';
import { FigureRows, PeriodFigures } from './figures';
import { ObservationColumnsBuilder, type ObservationColumns } from './observations';
import type { ObservedValue } from './types';

/** Columns of one indicator and area, one figure a period. */
function columns(file: string, figures: readonly [string, ObservedValue][]): ObservationColumns {
  const builder = new ObservationColumnsBuilder(file);
  figures.forEach(([period, value], i) => {
    builder.append({
      indicator: 'CSC-REREF',
      area: 'E09000015',
      period,
      value,
      numerator: null,
      denominator: null,
      target: null,
      provisional: false,
      note: null,
      line: i + 2,
    });
  });
  return builder.build();
}

const n = (value: number): ObservedValue => ({ kind: 'number', value, lowReliability: false });
const c: ObservedValue = { kind: 'missing', state: 'c' };
const blank: ObservedValue = { kind: 'missing', state: 'blank' };

describe('FigureRows', () => {
  const rows = new FigureRows();
  const a = rows.add(
    columns('a.csv', [
      ['2024-25 Q1', n(1)],
      ['2024-25 Q2', c],
    ]),
  );
  const b = rows.add(columns('b.csv', []));
  const d = rows.add(
    columns('d.csv', [
      ['2024-25 Q1', n(1)],
      ['2024-25 Q2', blank],
      ['2024-25 Q3', n(0)],
    ]),
  );

  it.each([
    ['the first row of all', a, 'a.csv', 2, '2024-25 Q1'],
    ['the last row of the first columns', a + 1, 'a.csv', 3, '2024-25 Q2'],
    ['the first row after empty columns', d, 'd.csv', 2, '2024-25 Q1'],
    ['the last row of all', d + 2, 'd.csv', 4, '2024-25 Q3'],
  ])('finds %s', (_, ref, file, line, period) => {
    const observation = rows.at(ref);
    expect(observation.source).toEqual({ file, line });
    expect(observation.period).toBe(period);
  });

  it('numbers empty columns without taking a reference', () => {
    expect(b).toBe(2);
    expect(d).toBe(2);
  });

  it.each([
    ['the same number', a, d, true],
    ['a number and a suppressed value', a, a + 1, false],
    ['suppressed (c) and blank, both missing', a + 1, d + 1, false],
    ['a number and zero', a, d + 2, false],
    ['a figure and itself', a + 1, a + 1, true],
  ])('says whether %s are the same', (_, x, y, same) => {
    expect(rows.same(x, y)).toBe(same);
  });

  it('reads a state and value without an object: missing is never zero', () => {
    const into = { state: -1, value: -1 };
    rows.read(a + 1, into);
    expect(into.state).toBe(1);
    expect(into.value).toBeNaN();
    rows.read(d + 2, into);
    expect(into).toEqual({ state: 0, value: 0 });
  });

  it('keeps the references of the rows it was built on', () => {
    const more = new FigureRows(rows);
    const e = more.add(columns('e.csv', [['2024-25 Q4', n(7)]]));
    expect(e).toBe(5);
    expect(more.at(d + 2)).toEqual(rows.at(d + 2));
    expect(() => rows.at(e)).toThrow();
  });
});

describe('PeriodFigures', () => {
  const rows = new FigureRows();
  const first = rows.add(
    columns('a.csv', [
      ['2024-25 Q1', n(1)],
      ['2024-25 Q2', c],
    ]),
  );
  const figures = new PeriodFigures(rows);
  figures.set('2024-25 Q1', first);
  figures.set('2024-25 Q2', first + 1);

  it('reads like a map of observations', () => {
    expect(figures.size).toBe(2);
    expect(figures.has('2024-25 Q2')).toBe(true);
    expect(figures.has('2024-25 Q3')).toBe(false);
    expect(figures.get('2024-25 Q3')).toBeUndefined();
    expect(figures.get('2024-25 Q2')?.value).toEqual(c);
    expect([...figures.keys()]).toEqual(['2024-25 Q1', '2024-25 Q2']);
    expect([...figures.values()].map((o) => o.value)).toEqual([n(1), c]);
    expect([...figures].map(([period, o]) => [period, o.source.line])).toEqual([
      ['2024-25 Q1', 2],
      ['2024-25 Q2', 3],
    ]);
    const seen: string[] = [];
    figures.forEach((o, period, map) => {
      expect(map).toBe(figures);
      seen.push(`${period}:${String(o.source.line)}`);
    });
    expect(seen).toEqual(['2024-25 Q1:2', '2024-25 Q2:3']);
    expect(new Map(figures).get('2024-25 Q1')?.value).toEqual(n(1));
  });

  it('copies without changing the original', () => {
    const copy = figures.copy(rows);
    copy.set('2024-25 Q1', first + 1);
    copy.set('2024-25 Q3', first);
    expect(figures.get('2024-25 Q1')?.value).toEqual(n(1));
    expect(figures.size).toBe(2);
    expect(copy.size).toBe(3);
    expect(copy.ref('2024-25 Q1')).toBe(first + 1);
  });

  it('keeps the order periods were first set in, past its first size, and replaces in place', () => {
    const many = columns(
      'many.csv',
      Array.from({ length: 20 }, (_, i): [string, ObservedValue] => [
        `${String(2000 + i)}-${String((i + 1) % 100).padStart(2, '0')}`,
        n(i),
      ]),
    );
    const more = new FigureRows(rows);
    const base = more.add(many);
    const map = new PeriodFigures(more);
    // Newest first, then one replaced: the order is the order of first setting.
    for (let i = 19; i >= 0; i--) map.set(many.periodNames[i] ?? '', base + i);
    map.set(many.periodNames[19] ?? '', base);
    expect(map.size).toBe(20);
    expect([...map.keys()][0]).toBe('2019-20');
    expect(map.get('2019-20')?.value).toEqual(n(0));
    expect(map.get('2000-01')?.value).toEqual(n(0));
    expect(map.get('2005-06')?.value).toEqual(n(5));
    expect(map.get('1999-00')).toBeUndefined();
    const copy = map.copy(more);
    copy.set('2024-25 Q4', first);
    expect([...copy.keys()].at(-1)).toBe('2024-25 Q4');
    expect(map.size).toBe(20);
  });

  it('lists its keys afresh once a new period is set, and keeps them when one is replaced', () => {
    const map = figures.copy(rows);
    const keys = (): string[] => [...map.keys()];
    expect(keys()).toEqual(['2024-25 Q1', '2024-25 Q2']);
    expect(keys()).toEqual(['2024-25 Q1', '2024-25 Q2']);
    map.set('2024-25 Q1', first + 1);
    expect(keys()).toEqual(['2024-25 Q1', '2024-25 Q2']);
    map.set('2023-24 Q4', first);
    expect(keys()).toEqual(['2024-25 Q1', '2024-25 Q2', '2023-24 Q4']);
    // Two iterations at once do not disturb each other.
    const a = map.keys();
    const b = map.keys();
    expect([a.next().value, b.next().value, a.next().value]).toEqual([
      '2024-25 Q1',
      '2024-25 Q1',
      '2024-25 Q2',
    ]);
    // The original, whose keys were listed before the copy was changed, is unchanged.
    expect([...figures.keys()]).toEqual(['2024-25 Q1', '2024-25 Q2']);
    expect(new PeriodFigures(rows).keys().next().done).toBe(true);
  });

  it('gives the same Observation each time until the figure is set again', () => {
    const map = figures.copy(rows);
    const once = map.get('2024-25 Q1');
    expect(map.get('2024-25 Q1')).toBe(once);
    expect([...map.values()][0]).toBe(once);
    map.set('2024-25 Q1', first + 1);
    expect(map.get('2024-25 Q1')).not.toBe(once);
    expect(map.get('2024-25 Q1')?.value).toEqual(c);
  });
});
