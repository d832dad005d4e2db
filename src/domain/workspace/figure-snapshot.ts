/**
 * The figures loaded now, as columns: one row per indicator, area and period with its value
 * (typed arrays and three name lists, no object per figure). A page builds it from the working
 * dataset in short slices while a worker reads the analyst's files, and hands it to the worker,
 * which compares the files with it (see comparePreview in change-preview.ts). Only what the
 * comparison needs is kept: which figures exist and what they say (number or missing state).
 */
import { columnBuffers, columnsOf, Dictionary, FIGURE_COLUMNS, type ColumnsOf } from '../model';
import type { Dataset } from '../model';
import type { PeriodKey } from '../model';

/**
 * The FIGURE_COLUMNS (observations.ts): `value` is NaN where the value is missing; `state` is 0
 * for a number and 1-5 for the missing states, coded as in ObservationColumns.
 */
export interface FigureSnapshot extends Readonly<ColumnsOf<typeof FIGURE_COLUMNS>> {
  readonly length: number;
  /** Every indicator, area and period the dataset has an entry for (as its maps have them). */
  readonly indicatorNames: readonly string[];
  readonly areaNames: readonly string[];
  readonly periodNames: readonly PeriodKey[];
}

/** Figures between yields. */
const SLICE = 2048;

/** The dataset's figures as a snapshot; yields every few thousand figures. */
export function* snapshotFigures(dataset: Dataset): Generator<number, FigureSnapshot> {
  let length = 0;
  for (const byArea of dataset.observations.values())
    for (const byPeriod of byArea.values()) length += byPeriod.size;
  const indicators = new Dictionary();
  const areas = new Dictionary();
  const periods = new Dictionary();
  const columns = columnsOf(FIGURE_COLUMNS, length);
  const { indicator, area, period, value, state } = columns;
  let i = 0;
  // Read straight from the columns the figures live in, without making objects.
  const figure = { state: 0, value: NaN };
  for (const [indicatorName, byArea] of dataset.observations) {
    const ind = indicators.code(indicatorName);
    for (const [areaName, byPeriod] of byArea) {
      const ar = areas.code(areaName);
      for (const [periodKey, ref] of byPeriod.references()) {
        indicator[i] = ind;
        area[i] = ar;
        period[i] = periods.code(periodKey);
        byPeriod.rows.read(ref, figure);
        value[i] = figure.state === 0 ? figure.value : NaN;
        state[i] = figure.state;
        i++;
        if (i % SLICE === 0) yield i;
      }
    }
  }
  return {
    length,
    indicatorNames: indicators.names,
    areaNames: areas.names,
    periodNames: periods.names,
    ...columns,
  };
}

/** The typed-array buffers of a snapshot, to transfer rather than copy. */
export function snapshotBuffers(snapshot: FigureSnapshot): ArrayBuffer[] {
  return [...columnBuffers(FIGURE_COLUMNS, snapshot)];
}

/**
 * Finds a snapshot's row by its indicator, area and period codes: an open-addressing hash table
 * of row numbers (4 bytes a slot), no string hashed per look-up.
 */
export class FigureIndex {
  private readonly mask: number;
  private readonly slots: Int32Array;
  private readonly snapshot: FigureSnapshot;

  constructor(snapshot: FigureSnapshot) {
    this.snapshot = snapshot;
    let capacity = 16;
    while (capacity * 0.6 < snapshot.length) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity);
    const { indicator, area, period } = snapshot;
    for (let row = 0; row < snapshot.length; row++) {
      const slot = this.slot(indicator[row] ?? 0, area[row] ?? 0, period[row] ?? 0);
      if (this.slots[slot] === 0) this.slots[slot] = row + 1;
    }
  }

  private slot(ind: number, ar: number, per: number): number {
    let h =
      Math.imul(ind + 1, 0x9e3779b1) ^
      Math.imul(ar + 0x7f4a7c15, 0x85ebca77) ^
      Math.imul(per + 1, 0xc2b2ae3d);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    const { indicator, area, period } = this.snapshot;
    let i = h & this.mask;
    for (;;) {
      const stored = this.slots[i] ?? 0;
      if (stored === 0) return i;
      const row = stored - 1;
      if (indicator[row] === ind && area[row] === ar && period[row] === per) return i;
      i = (i + 1) & this.mask;
    }
  }

  /** The row with these codes, or -1. */
  find(ind: number, ar: number, per: number): number {
    return (this.slots[this.slot(ind, ar, per)] ?? 0) - 1;
  }
}
