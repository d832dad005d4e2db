/**
 * Observations held column by column: typed arrays for numbers and dictionary-coded strings.
 * Compact (a 100 MB file becomes tens of MB), structured-cloneable, and its typed arrays can be
 * transferred from a worker without copying. Read rows back as Observation objects with
 * observationAt.
 */
import { Dictionary, GrowableColumns, type ColumnsOf } from './column-store';
import type { MissingState, Observation, PeriodKey, TargetValue } from './types';

/** State byte: 0 is a number; 1-5 are the missing states in this order. */
export const MISSING_STATES: readonly MissingState[] = ['c', 'x', 'z', 'low', 'blank'];

const FLAG_LOW_RELIABILITY = 1;
const FLAG_PROVISIONAL = 2;

/**
 * A file's observations as OBSERVATION_COLUMNS: `value` is NaN where the value is missing (see
 * `state`: 0 is a number, 1-5 the MISSING_STATES); `flags` has bit 1 for low reliability and bit
 * 2 for provisional; `numerator` and `denominator` are NaN where not known; `line` is the
 * spreadsheet line the row came from.
 */
export interface ObservationColumns extends Readonly<ColumnsOf<typeof OBSERVATION_COLUMNS>> {
  readonly file: string;
  readonly length: number;
  readonly indicatorNames: readonly string[];
  readonly areaNames: readonly string[];
  readonly periodNames: readonly PeriodKey[];
  /** Sparse, by row: targets and notes given on the row itself. */
  readonly targets: ReadonlyMap<number, TargetValue>;
  readonly notes: ReadonlyMap<number, string>;
}

/** One row to append; `line` is the spreadsheet line it came from. */
export type ObservationRow = Omit<Observation, 'source'> & { readonly line: number };

/** The typed columns of ObservationColumns (the figure columns first: see FIGURE_COLUMNS). */
export const OBSERVATION_COLUMNS = {
  indicator: Uint32Array,
  area: Uint32Array,
  period: Uint32Array,
  value: Float64Array,
  state: Uint8Array,
  flags: Uint8Array,
  numerator: Float64Array,
  denominator: Float64Array,
  line: Uint32Array,
} as const;

/** The columns saying which figure a row is and what it says (a number or a missing state). */
export const FIGURE_COLUMNS = {
  indicator: Uint32Array,
  area: Uint32Array,
  period: Uint32Array,
  value: Float64Array,
  state: Uint8Array,
} as const;

/** The state byte of a missing state (1-5; 0 is a number). */
export function missingStateCode(state: MissingState): number {
  return MISSING_STATES.indexOf(state) + 1;
}

/** The flags byte of a row. */
export function observationFlags(lowReliability: boolean, provisional: boolean): number {
  return (lowReliability ? FLAG_LOW_RELIABILITY : 0) | (provisional ? FLAG_PROVISIONAL : 0);
}

/** Grows typed-array columns as rows arrive (see column-store.ts); build() trims them to length. */
export class ObservationColumnsBuilder {
  private readonly rows: GrowableColumns<typeof OBSERVATION_COLUMNS>;
  private readonly indicators = new Dictionary();
  private readonly areas = new Dictionary();
  private readonly periods = new Dictionary();
  private readonly targets = new Map<number, TargetValue>();
  private readonly notes = new Map<number, string>();

  private readonly file: string;

  constructor(file: string, initialCapacity = 1024) {
    this.file = file;
    this.rows = new GrowableColumns(OBSERVATION_COLUMNS, Math.max(16, initialCapacity));
  }

  get length(): number {
    return this.rows.length;
  }

  /** Appends one observation and returns its row number. */
  append(row: ObservationRow): number {
    const i = this.rows.push();
    const c = this.rows.columns;
    c.indicator[i] = this.indicators.code(row.indicator);
    c.area[i] = this.areas.code(row.area);
    c.period[i] = this.periods.code(row.period);
    if (row.value.kind === 'number') {
      c.value[i] = row.value.value;
      c.state[i] = 0;
    } else {
      c.value[i] = NaN;
      c.state[i] = missingStateCode(row.value.state);
    }
    c.flags[i] = observationFlags(
      row.value.kind === 'number' && row.value.lowReliability,
      row.provisional,
    );
    c.numerator[i] = row.numerator ?? NaN;
    c.denominator[i] = row.denominator ?? NaN;
    c.line[i] = row.line;
    if (row.target) this.targets.set(i, row.target);
    if (row.note !== null && row.note !== '') this.notes.set(i, row.note);
    return i;
  }

  build(): ObservationColumns {
    return {
      file: this.file,
      length: this.rows.length,
      indicatorNames: this.indicators.names,
      areaNames: this.areas.names,
      periodNames: this.periods.names,
      ...this.rows.trimmed(),
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
