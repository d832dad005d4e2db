/**
 * Observations held column by column: typed arrays for numbers and dictionary-coded strings.
 * Compact (a 100 MB file becomes tens of MB), structured-cloneable, and its typed arrays can be
 * transferred from a worker without copying. Read rows back as Observation objects with
 * observationAt.
 */
import type { MissingState, Observation, PeriodKey, TargetValue } from './types';

/** State byte: 0 is a number; 1-5 are the missing states in this order. */
export const MISSING_STATES: readonly MissingState[] = ['c', 'x', 'z', 'low', 'blank'];

const FLAG_LOW_RELIABILITY = 1;
const FLAG_PROVISIONAL = 2;

export interface ObservationColumns {
  readonly file: string;
  readonly length: number;
  readonly indicatorNames: readonly string[];
  readonly areaNames: readonly string[];
  readonly periodNames: readonly PeriodKey[];
  readonly indicator: Uint32Array;
  readonly area: Uint32Array;
  readonly period: Uint32Array;
  /** NaN where the value is missing (see state). */
  readonly value: Float64Array;
  readonly state: Uint8Array;
  readonly flags: Uint8Array;
  /** NaN where not known. */
  readonly numerator: Float64Array;
  readonly denominator: Float64Array;
  readonly line: Uint32Array;
  /** Sparse, by row: targets and notes given on the row itself. */
  readonly targets: ReadonlyMap<number, TargetValue>;
  readonly notes: ReadonlyMap<number, string>;
}

/** One row to append; `line` is the spreadsheet line it came from. */
export type ObservationRow = Omit<Observation, 'source'> & { readonly line: number };

/** Strings numbered in the order they are first seen (dictionary coding). */
export class Dictionary {
  readonly names: string[];
  private readonly index: Map<string, number>;

  /** Empty, or a copy of `from` to add to (the codes it has mean the same in both). */
  constructor(from?: Dictionary) {
    this.names = from ? [...from.names] : [];
    this.index = new Map(from?.index ?? []);
  }

  /** The code of a name seen before, if any. */
  find(name: string): number | undefined {
    return this.index.get(name);
  }

  /** The code of a name, given one if it has none yet. */
  code(name: string): number {
    let code = this.index.get(name);
    if (code === undefined) {
      code = this.names.length;
      this.names.push(name);
      this.index.set(name, code);
    }
    return code;
  }
}

/** Grows typed-array columns as rows arrive; build() trims them to length. */
export class ObservationColumnsBuilder {
  private capacity: number;
  private size = 0;
  private readonly indicators = new Dictionary();
  private readonly areas = new Dictionary();
  private readonly periods = new Dictionary();
  private indicator: Uint32Array;
  private area: Uint32Array;
  private period: Uint32Array;
  private value: Float64Array;
  private state: Uint8Array;
  private flags: Uint8Array;
  private numerator: Float64Array;
  private denominator: Float64Array;
  private line: Uint32Array;
  private readonly targets = new Map<number, TargetValue>();
  private readonly notes = new Map<number, string>();

  private readonly file: string;

  constructor(file: string, initialCapacity = 1024) {
    this.file = file;
    this.capacity = Math.max(16, initialCapacity);
    this.indicator = new Uint32Array(this.capacity);
    this.area = new Uint32Array(this.capacity);
    this.period = new Uint32Array(this.capacity);
    this.value = new Float64Array(this.capacity);
    this.state = new Uint8Array(this.capacity);
    this.flags = new Uint8Array(this.capacity);
    this.numerator = new Float64Array(this.capacity);
    this.denominator = new Float64Array(this.capacity);
    this.line = new Uint32Array(this.capacity);
  }

  get length(): number {
    return this.size;
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    const grow = <T extends Uint32Array | Float64Array | Uint8Array>(
      old: T,
      make: (n: number) => T,
    ): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.indicator = grow(this.indicator, (n) => new Uint32Array(n));
    this.area = grow(this.area, (n) => new Uint32Array(n));
    this.period = grow(this.period, (n) => new Uint32Array(n));
    this.value = grow(this.value, (n) => new Float64Array(n));
    this.state = grow(this.state, (n) => new Uint8Array(n));
    this.flags = grow(this.flags, (n) => new Uint8Array(n));
    this.numerator = grow(this.numerator, (n) => new Float64Array(n));
    this.denominator = grow(this.denominator, (n) => new Float64Array(n));
    this.line = grow(this.line, (n) => new Uint32Array(n));
    this.capacity = capacity;
  }

  /** Appends one observation and returns its row number. */
  append(row: ObservationRow): number {
    if (this.size === this.capacity) this.grow();
    const i = this.size++;
    this.indicator[i] = this.indicators.code(row.indicator);
    this.area[i] = this.areas.code(row.area);
    this.period[i] = this.periods.code(row.period);
    if (row.value.kind === 'number') {
      this.value[i] = row.value.value;
      this.state[i] = 0;
    } else {
      this.value[i] = NaN;
      this.state[i] = MISSING_STATES.indexOf(row.value.state) + 1;
    }
    this.flags[i] =
      (row.value.kind === 'number' && row.value.lowReliability ? FLAG_LOW_RELIABILITY : 0) |
      (row.provisional ? FLAG_PROVISIONAL : 0);
    this.numerator[i] = row.numerator ?? NaN;
    this.denominator[i] = row.denominator ?? NaN;
    this.line[i] = row.line;
    if (row.target) this.targets.set(i, row.target);
    if (row.note !== null && row.note !== '') this.notes.set(i, row.note);
    return i;
  }

  build(): ObservationColumns {
    const n = this.size;
    return {
      file: this.file,
      length: n,
      indicatorNames: this.indicators.names,
      areaNames: this.areas.names,
      periodNames: this.periods.names,
      indicator: this.indicator.slice(0, n),
      area: this.area.slice(0, n),
      period: this.period.slice(0, n),
      value: this.value.slice(0, n),
      state: this.state.slice(0, n),
      flags: this.flags.slice(0, n),
      numerator: this.numerator.slice(0, n),
      denominator: this.denominator.slice(0, n),
      line: this.line.slice(0, n),
      targets: this.targets,
      notes: this.notes,
    };
  }
}

const orNull = (n: number | undefined): number | null =>
  n === undefined || Number.isNaN(n) ? null : n;

/** Row `i` of the columns as an Observation object. */
export function observationAt(columns: ObservationColumns, i: number): Observation {
  const state = columns.state[i] ?? 0;
  const flags = columns.flags[i] ?? 0;
  const missing = MISSING_STATES[state - 1];
  return {
    indicator: columns.indicatorNames[columns.indicator[i] ?? 0] ?? '',
    area: columns.areaNames[columns.area[i] ?? 0] ?? '',
    period: columns.periodNames[columns.period[i] ?? 0] ?? '',
    value:
      state === 0 || missing === undefined
        ? {
            kind: 'number',
            value: columns.value[i] ?? NaN,
            lowReliability: (flags & FLAG_LOW_RELIABILITY) !== 0,
          }
        : { kind: 'missing', state: missing },
    numerator: orNull(columns.numerator[i]),
    denominator: orNull(columns.denominator[i]),
    target: columns.targets.get(i) ?? null,
    provisional: (flags & FLAG_PROVISIONAL) !== 0,
    note: columns.notes.get(i) ?? null,
    source: { file: columns.file, line: columns.line[i] ?? 0 },
  };
}

/** Every row as an Observation (for small tables and tests; large imports stay columnar). */
export function observationsOf(columns: ObservationColumns): Observation[] {
  return Array.from({ length: columns.length }, (_, i) => observationAt(columns, i));
}

/** The value as the CLI and exports write it: a number, or the missing state's code. */
export function valueCode(observation: Observation): number | MissingState {
  return observation.value.kind === 'number' ? observation.value.value : observation.value.state;
}
