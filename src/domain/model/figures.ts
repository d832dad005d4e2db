/**
 * Where the working dataset keeps its figures. Every figure stays in the columns it was read into
 * (ObservationColumns: typed arrays); the dataset's index, indicator -> area -> period, ends in a
 * PeriodFigures map that holds only a row reference (a small number) for each period and makes
 * an Observation object when one is first asked for (and keeps it: the scorecard reads the same
 * figures many times; a large import's figures are mostly never asked for one by one).
 *
 * Why not keep Observation objects: an analyst's 100 MB import is nearly two million figures,
 * three objects each, and while they are made the browser's garbage collector copies them about
 * in pauses of 40 to 130 ms on the page's main thread (measured on Apply), which freeze the page.
 * Nor JavaScript Maps of row references: their growing tables are garbage-collected memory too
 * (measured: the same pauses, somewhat fewer). So a PeriodFigures keeps its references in typed
 * arrays, whose contents the collector never copies, indexed by a period code that the FigureRows
 * gives each period key.
 */
import { Dictionary } from './column-store';
import { observationAt, type ObservationColumns } from './observations';
import { sameNumber } from './same-number';
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
  /** Period keys by code (a FigureRows built on another keeps its codes). */
  private readonly periods: Dictionary;

  constructor(from?: FigureRows) {
    this.parts = from ? [...from.parts] : [];
    this.starts = from ? [...from.starts] : [];
    this.total = from ? from.total : 0;
    this.periods = new Dictionary(from?.periods);
  }

  /** Period keys by code. */
  get periodKeys(): readonly PeriodKey[] {
    return this.periods.names;
  }

  /** The code of a period key, if any figure here has had it. */
  periodCode(key: PeriodKey): number | undefined {
    return this.periods.find(key);
  }

  /** The code of a period key, given one if it has none yet. */
  periodCodeOf(key: PeriodKey): number {
    return this.periods.code(key);
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
    return state !== 0 || sameNumber(x.columns.value[x.row] ?? NaN, y.columns.value[y.row] ?? NaN);
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
  /** By period code: the row reference plus one (0: no figure). */
  private slots: Int32Array;
  /** Period codes in the order they were first set (as a Map keeps its keys). */
  private order: Int32Array;
  private count: number;
  /**
   * Observations already made, by period code: the scorecard reads the same few thousand
   * figures again and again, and should get the same objects without making them each time.
   */
  private made: (Observation | undefined)[] | null = null;
  /** The period keys in order, made when first asked for: every assessment reads the keys of
   * dozens of areas' figures, and a list per call showed in profiles. */
  private keyList: PeriodKey[] | null = null;

  constructor(rows: FigureRows, from?: PeriodFigures) {
    this.rows = rows;
    this.slots = from ? from.slots.slice() : new Int32Array(8);
    this.order = from ? from.order.slice(0, Math.max(8, from.count)) : new Int32Array(8);
    this.count = from ? from.count : 0;
  }

  /** A copy to change, reading its figures from `rows` (which must be built on this one's). */
  copy(rows: FigureRows): PeriodFigures {
    return new PeriodFigures(rows, this);
  }

  get size(): number {
    return this.count;
  }

  /** The row reference for a period (for building and bulk reading). */
  ref(period: PeriodKey): number | undefined {
    const code = this.rows.periodCode(period);
    return code === undefined ? undefined : this.refAt(code);
  }

  /** The row reference for a period code of this figures' rows (see FigureRows.periodCodeOf). */
  refAt(code: number): number | undefined {
    if (code >= this.slots.length) return undefined;
    const slot = this.slots[code] ?? 0;
    return slot === 0 ? undefined : slot - 1;
  }

  /** The Observation for a period code that has a figure (made once, then kept). */
  private observation(code: number): Observation {
    const made = (this.made ??= []);
    let observation = made[code];
    if (observation === undefined) {
      observation = this.rows.at((this.slots[code] ?? 1) - 1);
      made[code] = observation;
    }
    return observation;
  }

  get(period: PeriodKey): Observation | undefined {
    const code = this.rows.periodCode(period);
    if (code === undefined || code >= this.slots.length || this.slots[code] === 0) return undefined;
    return this.observation(code);
  }

  has(period: PeriodKey): boolean {
    return this.ref(period) !== undefined;
  }

  /** Sets a period's figure by row reference; only while a dataset is being built. */
  set(period: PeriodKey, ref: number): void {
    this.setAt(this.rows.periodCodeOf(period), ref);
  }

  /** Sets a period code's figure by row reference (set, without looking the period up). */
  setAt(code: number, ref: number): void {
    if (code >= this.slots.length) {
      const slots = new Int32Array(Math.max(code + 1, this.slots.length * 2));
      slots.set(this.slots);
      this.slots = slots;
    }
    if (this.slots[code] === 0) {
      if (this.count === this.order.length) {
        const order = new Int32Array(this.order.length * 2);
        order.set(this.order);
        this.order = order;
      }
      this.order[this.count++] = code;
      this.keyList = null;
    }
    this.slots[code] = ref + 1;
    if (this.made) this.made[code] = undefined;
  }

  /** Periods and row references, without making Observations. */
  *references(): Generator<[PeriodKey, number], undefined, unknown> {
    for (let i = 0; i < this.count; i++) {
      const code = this.order[i] ?? 0;
      yield [this.rows.periodKeys[code] ?? '', (this.slots[code] ?? 1) - 1];
    }
    return undefined;
  }

  // Lists made first and iterated natively: generators are slow until compiled, and the first
  // view of the scorecard runs these cold.
  keys(): MapIterator<PeriodKey> {
    if (!this.keyList) {
      const keys: PeriodKey[] = [];
      for (let i = 0; i < this.count; i++)
        keys.push(this.rows.periodKeys[this.order[i] ?? 0] ?? '');
      this.keyList = keys;
    }
    return this.keyList.values();
  }

  values(): MapIterator<Observation> {
    const values: Observation[] = [];
    for (let i = 0; i < this.count; i++) values.push(this.observation(this.order[i] ?? 0));
    return values.values();
  }

  entries(): MapIterator<[PeriodKey, Observation]> {
    const entries: [PeriodKey, Observation][] = [];
    for (let i = 0; i < this.count; i++) {
      const code = this.order[i] ?? 0;
      entries.push([this.rows.periodKeys[code] ?? '', this.observation(code)]);
    }
    return entries.values();
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
    for (const [period, observation] of this.entries())
      callback.call(thisArg, observation, period, this);
  }
}
