/**
 * The one column store: rows held column by column in typed arrays that grow as rows arrive,
 * and strings numbered in the order they are first seen (dictionary coding). The observation
 * columns (observations.ts), a file's staging while it is read (import/staging.ts), the report's
 * per-line ledger (import/report.ts) and the snapshot of the loaded figures
 * (workspace/figure-snapshot.ts) are all built on it.
 *
 * A column's missing value is whatever its writer puts there: number columns of figures hold NaN
 * for a missing value, never 0 (see observations.ts); a new or grown column starts filled with 0.
 */

/** The typed arrays a column can be. */
export type ColumnArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;

/** A column's type, e.g. Uint32Array. */
export type ColumnType = new (length: number) => ColumnArray;

/** The columns of a store by name, e.g. `{ line: Uint32Array, value: Float64Array }`. */
export type ColumnSpec = Readonly<Record<string, ColumnType>>;

/** The arrays of a spec's columns. */
export type ColumnsOf<S extends ColumnSpec> = { [K in keyof S]: InstanceType<S[K]> };

/** New columns of `length` rows, every value 0. */
export function columnsOf<S extends ColumnSpec>(spec: S, length: number): ColumnsOf<S> {
  const columns: Record<string, ColumnArray> = {};
  for (const [name, Type] of Object.entries(spec)) columns[name] = new Type(length);
  return columns as ColumnsOf<S>;
}

/** A copy of `array` `length` long (cut, or with zeros after). */
export function resized<T extends ColumnArray>(array: T, length: number): T {
  const Type = array.constructor as new (length: number) => T;
  const next = new Type(length);
  next.set(array.length <= length ? array : array.subarray(0, length));
  return next;
}

/**
 * Columns that grow as rows arrive. `columns` holds the arrays (they are replaced when they grow,
 * so read them from `columns` after any call that adds rows); rows 0 to `length - 1` are in use.
 */
export class GrowableColumns<S extends ColumnSpec> {
  columns: ColumnsOf<S>;
  private size = 0;
  private room: number;
  private readonly names: readonly (keyof S)[];

  constructor(spec: S, capacity = 1024) {
    this.room = Math.max(1, Math.ceil(capacity));
    this.names = Object.keys(spec);
    this.columns = columnsOf(spec, this.room);
  }

  /** How many rows are in use. */
  get length(): number {
    return this.size;
  }

  /** How many rows fit before the columns must grow. */
  get capacity(): number {
    return this.room;
  }

  /** Makes room for at least `capacity` rows at once (no doubling). */
  reserve(capacity: number): void {
    if (capacity <= this.room) return;
    this.room = Math.ceil(capacity);
    const columns = this.columns as Record<keyof S, ColumnArray>;
    for (const name of this.names) columns[name] = resized(columns[name], this.room);
  }

  /** Makes row `index` writable, doubling the columns as often as needed. */
  ensure(index: number): void {
    if (index < this.room) return;
    let room = this.room * 2;
    while (room <= index) room *= 2;
    this.reserve(room);
  }

  /** Adds a row (its values 0 until written) and returns its number. */
  push(): number {
    if (this.size === this.room) this.ensure(this.size);
    return this.size++;
  }

  /** Copies of the columns cut to the rows in use. */
  trimmed(): ColumnsOf<S> {
    const out: Partial<Record<keyof S, ColumnArray>> = {};
    const columns = this.columns as Record<keyof S, ColumnArray>;
    for (const name of this.names) out[name] = columns[name].slice(0, this.size);
    return out as ColumnsOf<S>;
  }
}

/**
 * Items numbered in the order their keys are first seen (dictionary coding). For strings the key
 * is the item (`code`); an item that is not a string is numbered by a key that identifies it
 * (`codeOf`).
 */
export class Dictionary<T = string> {
  /** The items by code. */
  readonly items: T[];
  private readonly index: Map<string, number>;

  /** Empty, or a copy of `from` to add to (the codes it has mean the same in both). */
  constructor(from?: Dictionary<T>) {
    this.items = from ? [...from.items] : [];
    this.index = new Map(from?.index ?? []);
  }

  /** The items by code (for a dictionary of names). */
  get names(): T[] {
    return this.items;
  }

  /** The code of a key seen before, if any. */
  find(key: string): number | undefined {
    return this.index.get(key);
  }

  /** The code of `item`, known by `key`, given one if it has none yet. */
  codeOf(key: string, item: T): number {
    let code = this.index.get(key);
    if (code === undefined) {
      code = this.items.length;
      this.items.push(item);
      this.index.set(key, code);
    }
    return code;
  }

  /** The code of a name, given one if it has none yet. */
  code(this: Dictionary, name: string): number {
    return this.codeOf(name, name);
  }
}

/** The buffers of a spec's columns, each once, to transfer rather than copy (added to `into`). */
export function columnBuffers<S extends ColumnSpec>(
  spec: S,
  columns: Readonly<ColumnsOf<S>>,
  into: Set<ArrayBuffer> = new Set(),
): Set<ArrayBuffer> {
  for (const name of Object.keys(spec) as (keyof S)[]) {
    const { buffer } = columns[name];
    if (buffer instanceof ArrayBuffer) into.add(buffer);
  }
  return into;
}

/**
 * Copies of a spec's columns, one array a step (so a page can copy large columns in slices),
 * with the rest of `columns` as it is.
 */
export function* copyingColumnsOf<S extends ColumnSpec, T extends Readonly<ColumnsOf<S>>>(
  spec: S,
  columns: T,
): Generator<void, T> {
  const copies: Partial<Record<keyof S, ColumnArray>> = {};
  for (const name of Object.keys(spec) as (keyof S)[]) {
    copies[name] = columns[name].slice();
    yield;
  }
  return { ...columns, ...copies };
}
