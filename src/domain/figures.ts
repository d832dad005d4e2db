/**
 * Where the working dataset keeps its figures. Every figure stays in the columns it was read into
 * (ObservationColumns: typed arrays); the dataset's index, indicator -> area -> period, ends in a
 * PeriodFigures map that holds only a row reference (a small number) for each period and makes
 * an Observation object when one is asked for.
 *
 * Why not keep Observation objects: an analyst's 100 MB import is nearly two million figures,
 * three objects each, and while they are made the browser's garbage collector copies them about
 * in pauses of 40 to 130 ms on the page's main thread (measured on Apply), which freeze the page.
 * Row references in a few thousand maps give it next to nothing to copy.
 */
import { observationAt, type ObservationColumns } from './observations';
import type { Observation, PeriodKey } from './types';

/**
 * The columns a dataset's figures live in, one after another: a row reference is the row's
 * place counting across them all. A dataset built on another (the working data on the hosted
 * data) starts with the same columns, so the other's references mean the same in both.
 */
export class FigureRows {
  private readonly parts: ObservationColumns[];
  private readonly starts: number[];
  private total: number;

  constructor(from?: FigureRows) {
    this.parts = from ? [...from.parts] : [];
    this.starts = from ? [...from.starts] : [];
    this.total = from ? from.total : 0;
  }

  /** Adds columns; returns the reference of their first row (row i is that plus i). */
  add(columns: ObservationColumns): number {
    const start = this.total;
    this.parts.push(columns);
    this.starts.push(start);
    this.total += columns.length;
    return start;
  }

  private find(ref: number): { columns: ObservationColumns; row: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((this.starts[middle] ?? 0) <= ref) low = middle;
      else high = middle - 1;
    }
    const columns = this.parts[low];
    const row = ref - (this.starts[low] ?? 0);
    if (!columns || row < 0 || row >= columns.length)
      throw new Error(`No figure has the reference ${String(ref)}.`);
    return { columns, row };
  }

  /** The figure as an Observation (a new object each time). */
  at(ref: number): Observation {
    const { columns, row } = this.find(ref);
    return observationAt(columns, row);
  }

  /** Whether two figures say the same thing (the same number, or the same missing state). */
  same(a: number, b: number): boolean {
    const x = this.find(a);
    const y = this.find(b);
    const state = x.columns.state[x.row] ?? 0;
    if (state !== (y.columns.state[y.row] ?? 0)) return false;
    return state !== 0 || x.columns.value[x.row] === y.columns.value[y.row];
  }

  /** The figure's state code (0 a number, else a missing state) and value, without an object. */
  read(ref: number, into: { state: number; value: number }): void {
    const { columns, row } = this.find(ref);
    into.state = columns.state[row] ?? 0;
    into.value = columns.value[row] ?? NaN;
  }
}

/** One indicator's figures for one area, by period (see the module comment). */
export class PeriodFigures implements ReadonlyMap<PeriodKey, Observation> {
  readonly rows: FigureRows;
  private readonly refs: Map<PeriodKey, number>;

  constructor(rows: FigureRows, refs: Map<PeriodKey, number> = new Map()) {
    this.rows = rows;
    this.refs = refs;
  }

  /** A copy to change, reading its figures from `rows` (which must start with this one's). */
  copy(rows: FigureRows): PeriodFigures {
    return new PeriodFigures(rows, new Map(this.refs));
  }

  get size(): number {
    return this.refs.size;
  }

  get(period: PeriodKey): Observation | undefined {
    const ref = this.refs.get(period);
    return ref === undefined ? undefined : this.rows.at(ref);
  }

  has(period: PeriodKey): boolean {
    return this.refs.has(period);
  }

  /** The row reference for a period (for building and bulk reading). */
  ref(period: PeriodKey): number | undefined {
    return this.refs.get(period);
  }

  /** Sets a period's figure by row reference; only while a dataset is being built. */
  set(period: PeriodKey, ref: number): void {
    this.refs.set(period, ref);
  }

  /** Periods and row references, without making Observations. */
  references(): MapIterator<[PeriodKey, number]> {
    return this.refs.entries();
  }

  keys(): MapIterator<PeriodKey> {
    return this.refs.keys();
  }

  *values(): MapIterator<Observation> {
    for (const ref of this.refs.values()) yield this.rows.at(ref);
  }

  *entries(): MapIterator<[PeriodKey, Observation]> {
    for (const [period, ref] of this.refs) yield [period, this.rows.at(ref)];
  }

  [Symbol.iterator](): MapIterator<[PeriodKey, Observation]> {
    return this.entries();
  }

  forEach(
    callback: (
      value: Observation,
      key: PeriodKey,
      map: ReadonlyMap<PeriodKey, Observation>,
    ) => void,
    thisArg?: unknown,
  ): void {
    for (const [period, ref] of this.refs) callback.call(thisArg, this.rows.at(ref), period, this);
  }
}
