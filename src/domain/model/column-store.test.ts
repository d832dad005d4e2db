import { describe, expect, it } from 'vitest';
import {
  columnBuffers,
  columnsOf,
  copyingColumnsOf,
  Dictionary,
  GrowableColumns,
  resized,
} from './column-store';

const SPEC = { line: Uint32Array, value: Float64Array, state: Uint8Array } as const;

describe('GrowableColumns', () => {
  it('starts empty, with every column of its type and capacity', () => {
    const store = new GrowableColumns(SPEC, 4);
    expect(store.length).toBe(0);
    expect(store.capacity).toBe(4);
    expect(store.columns.line).toBeInstanceOf(Uint32Array);
    expect(store.columns.value).toBeInstanceOf(Float64Array);
    expect(store.columns.state).toBeInstanceOf(Uint8Array);
    expect(store.trimmed()).toEqual({
      line: new Uint32Array(0),
      value: new Float64Array(0),
      state: new Uint8Array(0),
    });
  });

  it.each([
    // rows pushed, starting capacity, capacity after
    [0, 1, 1],
    [1, 1, 1],
    [2, 1, 2],
    [3, 1, 4],
    [16, 16, 16],
    [17, 16, 32],
    [1000, 3, 1536],
  ])(
    'keeps every value when %i rows grow past a capacity of %i (then %i)',
    (rows, start, after) => {
      const store = new GrowableColumns(SPEC, start);
      for (let r = 0; r < rows; r++) {
        const i = store.push();
        expect(i).toBe(r);
        store.columns.line[i] = r + 1;
        store.columns.value[i] = r / 2;
      }
      expect(store.length).toBe(rows);
      expect(store.capacity).toBe(after);
      const { line, value } = store.trimmed();
      expect(line.length).toBe(rows);
      expect(Array.from(line)).toEqual(Array.from({ length: rows }, (_, r) => r + 1));
      expect(Array.from(value)).toEqual(Array.from({ length: rows }, (_, r) => r / 2));
    },
  );

  it('keeps NaN (missing) distinct from 0 through growth and trimming', () => {
    const store = new GrowableColumns(SPEC, 1);
    const values = [NaN, 0, -0, NaN, 0.5];
    for (const v of values) {
      // push() first: it may replace the arrays.
      const i = store.push();
      store.columns.value[i] = v;
    }
    const { value } = store.trimmed();
    expect(Number.isNaN(value[0])).toBe(true);
    expect(value[1]).toBe(0);
    expect(Object.is(value[2], -0)).toBe(true);
    expect(Number.isNaN(value[3])).toBe(true);
    expect(value[4]).toBe(0.5);
  });

  it('reserves exactly, and never shrinks', () => {
    const store = new GrowableColumns(SPEC, 8);
    store.reserve(4);
    expect(store.capacity).toBe(8);
    store.reserve(100.5);
    expect(store.capacity).toBe(101);
    expect(store.columns.value.length).toBe(101);
  });

  it.each([
    // index to make writable, starting capacity, capacity after
    [0, 4, 4],
    [3, 4, 4],
    [4, 4, 8],
    [9, 4, 16],
    [1024, 1024, 2048],
  ])('ensure(%i) from %i makes room for it by doubling (%i)', (index, start, after) => {
    const store = new GrowableColumns(SPEC, start);
    store.ensure(index);
    expect(store.capacity).toBe(after);
    store.columns.state[index] = 7;
    expect(store.columns.state[index]).toBe(7);
    expect(store.length).toBe(0);
  });

  it('hands out trimmed copies that later writes do not change', () => {
    const store = new GrowableColumns(SPEC, 2);
    const i = store.push();
    store.columns.line[i] = 5;
    const first = store.trimmed();
    store.columns.line[0] = 6;
    expect(first.line[0]).toBe(5);
  });
});

describe('column helpers', () => {
  it('columnsOf makes zero-filled columns of a length', () => {
    expect(columnsOf(SPEC, 0).value.length).toBe(0);
    expect(Array.from(columnsOf(SPEC, 3).line)).toEqual([0, 0, 0]);
  });

  it.each([
    [[1, 2, 3], 2, [1, 2]],
    [[1, 2, 3], 5, [1, 2, 3, 0, 0]],
    [[], 2, [0, 0]],
  ])('resized(%j, %i) is %j, of the same type', (from, length, expected) => {
    const out = resized(Uint16Array.from(from), length);
    expect(out).toBeInstanceOf(Uint16Array);
    expect(Array.from(out)).toEqual(expected);
  });

  it('lists each column buffer once, and copies columns a step at a time', () => {
    const columns = { ...columnsOf(SPEC, 2), extra: 'kept' };
    expect(columnBuffers(SPEC, columns).size).toBe(3);
    const steps = copyingColumnsOf(SPEC, columns);
    let next = steps.next();
    let yields = 0;
    while (next.done !== true) {
      yields++;
      next = steps.next();
    }
    expect(yields).toBe(3);
    expect(next.value.extra).toBe('kept');
    expect(next.value.line).not.toBe(columns.line);
    expect(next.value.line).toEqual(columns.line);
  });
});

describe('Dictionary', () => {
  it.each([
    [[], []],
    [['a'], ['a']],
    [
      ['b', 'a', 'b', 'c', 'a'],
      ['b', 'a', 'c'],
    ],
    [
      ['', ' ', ''],
      ['', ' '],
    ],
  ])('numbers %j in order of first sight: %j', (names, expected) => {
    const dictionary = new Dictionary();
    const codes = names.map((name) => dictionary.code(name));
    expect(dictionary.names).toEqual(expected);
    names.forEach((name, i) => {
      expect(dictionary.find(name)).toBe(codes[i]);
      expect(dictionary.names[codes[i] ?? -1]).toBe(name);
    });
  });

  it('numbers items by a key, and a copy keeps the codes without changing the original', () => {
    const periods = new Dictionary<{ text: string }>();
    expect(periods.codeOf('q1', { text: '2024 Q1' })).toBe(0);
    expect(periods.codeOf('q1', { text: 'ignored' })).toBe(0);
    expect(periods.items).toEqual([{ text: '2024 Q1' }]);
    const copy = new Dictionary(periods);
    expect(copy.codeOf('q2', { text: '2024 Q2' })).toBe(1);
    expect(copy.find('q1')).toBe(0);
    expect(periods.find('q2')).toBeUndefined();
    expect(periods.items.length).toBe(1);
  });
});
