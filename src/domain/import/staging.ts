/**
 * Observations between reading and loading. Layouts add each value they read (indicator, area,
 * the period as the file wrote it, value, line); finish() then settles what needs the whole file:
 * what the periods mean (is the file monthly? do quarters like `2024 Q3` have a stated basis?),
 * periods that have not ended, the same indicator, period and area given twice, and values that
 * look like proportions, before writing the survivors into ObservationColumns.
 */
import { formatDate } from '../model';
import {
  columnsOf,
  Dictionary,
  GrowableColumns,
  MISSING_STATES,
  missingStateCode,
  OBSERVATION_COLUMNS,
  observationFlags,
  type ObservationColumns,
} from '../model';
import {
  isUnfinished,
  parsePeriod,
  parsePeriodKey,
  periodEnd,
  periodKey,
  type PeriodParse,
} from '../model';
import type { MissingState, Period, PeriodKey, QuarterBasis, TargetValue, Unit } from '../model';
import type { ReportBuilder } from './report';

/** A period as a file wrote it, with what is needed to read it. */
export interface RawPeriod {
  readonly text: string;
  /** The column it came from (for messages). */
  readonly column: string;
  /**
   * `text`: free text (tidy, wide, mapped); `ees`: EES time_period with its time_identifier;
   * `reporting-year`: a year ending 31 March (LAIT); `september`: a snapshot at 30 September
   * of that year (LAIT workforce).
   */
  readonly kind: 'text' | 'ees' | 'reporting-year' | 'september';
  readonly identifier?: string;
  /** What `2024 Q3` means on this row, from a year_type column. */
  readonly basis?: QuarterBasis;
  /** For wide files: the period is a column heading, so problems are reported once, there. */
  readonly headerLine?: number;
}

export interface StagingOptions {
  readonly file: string;
  readonly report: ReportBuilder;
  readonly now: Date;
  /** What the file says `2024 Q3` means (from its title rows or header), if anything. */
  readonly quarterBasis: QuarterBasis | null;
  /** `This row was not loaded.` or, where a line holds several values, `This value was not loaded.` */
  readonly notLoaded: string;
  /**
   * A hash of each given line's cells (hashCells), to tell an exact duplicate line from one that
   * repeats a value with other cells changed. Asked only when values repeat, so a file without
   * repeats never spends time hashing its lines (about an eighth of reading a large file).
   */
  readonly lineHashes: (lines: ReadonlySet<number>) => ReadonlyMap<number, number>;
}

// The columns' encoding is observations.ts's (missingStateCode, observationFlags). Tests read
// the result back with observationAt to keep the two in step.
const STATES: readonly MissingState[] = MISSING_STATES;
const BLANK = missingStateCode('blank');

/**
 * An open-addressing hash table of rows keyed by (indicator, area, period): it stores only row
 * numbers (plus one; negative for a key given two different values) and reads the keys back
 * from the staged columns, so it costs 4 bytes a slot.
 */
class KeyTable {
  private readonly mask: number;
  private readonly slots: Int32Array;
  private readonly ind: Uint32Array;
  private readonly area: Uint32Array;
  private readonly raw: Uint32Array;
  private readonly periodOfRaw: Int32Array;

  constructor(
    entries: number,
    ind: Uint32Array,
    area: Uint32Array,
    raw: Uint32Array,
    periodOfRaw: Int32Array,
  ) {
    let capacity = 16;
    while (capacity * 0.7 < entries) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity);
    this.ind = ind;
    this.area = area;
    this.raw = raw;
    this.periodOfRaw = periodOfRaw;
  }

  /** The slot for this key: empty, or holding a row with the same key. */
  slot(ind: number, area: number, period: number): number {
    let h =
      Math.imul(ind, 0x9e3779b1) ^
      Math.imul(area + 0x7f4a7c15, 0x85ebca77) ^
      Math.imul(period + 1, 0xc2b2ae3d);
    h ^= h >>> 15;
    let i = h & this.mask;
    for (;;) {
      const stored = this.slots[i] ?? 0;
      if (stored === 0) return i;
      const row = (stored < 0 ? -stored : stored) - 1;
      if (
        this.ind[row] === ind &&
        this.area[row] === area &&
        this.periodOfRaw[this.raw[row] ?? 0] === period
      ) {
        return i;
      }
      i = (i + 1) & this.mask;
    }
  }

  /** 0 for an empty slot, row + 1 for a row, -(row + 1) for a key with conflicting values. */
  at(slot: number): number {
    return this.slots[slot] ?? 0;
  }

  put(slot: number, stored: number): void {
    this.slots[slot] = stored;
  }
}

/** The staged columns: `raw` is the period as written (a periodCode), `column` a columnCode. */
const STAGED_COLUMNS = {
  ind: Uint32Array,
  area: Uint32Array,
  raw: Uint32Array,
  value: Float64Array,
  state: Uint8Array,
  flags: Uint8Array,
  unit: Uint8Array,
  num: Float64Array,
  den: Float64Array,
  line: Uint32Array,
  column: Uint16Array,
} as const;

const UNITS: readonly Unit[] = [
  'percent',
  'rate-per-10k',
  'days',
  'working-days',
  'count',
  'score',
  'currency',
];

/** Collects observations while a file is read, then settles them (see finish). */
export class Staging {
  private readonly options: StagingOptions;
  private readonly indicators = new Dictionary();
  private readonly areas = new Dictionary();
  private readonly rawPeriods = new Dictionary<RawPeriod>();
  private readonly columnNames = new Dictionary();
  private readonly rows = new GrowableColumns(STAGED_COLUMNS, 1024);
  private readonly targets = new Map<number, TargetValue>();
  private readonly notes = new Map<number, string>();

  constructor(options: StagingOptions) {
    this.options = options;
  }

  get length(): number {
    return this.rows.length;
  }

  indicatorCode(id: string): number {
    return this.indicators.code(id);
  }

  areaCode(code: string): number {
    return this.areas.code(code);
  }

  /** A code for the name of the column a value came from (for messages). */
  columnCode(name: string): number {
    return this.columnNames.code(name);
  }

  /** A code for a period as written; `key` must identify everything in `period`. */
  periodCode(key: string, period: RawPeriod): number {
    return this.rawPeriods.codeOf(key, period);
  }

  /**
   * Makes room for about `rows` values at once (an estimate from the file's size), so a big
   * file does not copy its columns each time they double.
   */
  reserve(rows: number): void {
    this.rows.reserve(rows);
  }

  /**
   * Adds one value. `value` is the number (ignored when `missing` is set); `numerator` and
   * `denominator` are NaN when not known; `column` is a columnCode; `unit` (for the
   * proportions check) may be null.
   * Returns the row number, for setTarget, setNote and setDenominator.
   */
  add(
    indicator: number,
    area: number,
    period: number,
    value: number,
    missing: MissingState | null,
    lowReliability: boolean,
    provisional: boolean,
    numerator: number,
    denominator: number,
    line: number,
    column: number,
    unit: Unit | null,
  ): number {
    const i = this.rows.push();
    const c = this.rows.columns;
    c.ind[i] = indicator;
    c.area[i] = area;
    c.raw[i] = period;
    if (missing === null) {
      c.value[i] = value;
      c.state[i] = 0;
    } else {
      c.value[i] = NaN;
      c.state[i] = missingStateCode(missing);
    }
    c.flags[i] = observationFlags(lowReliability, provisional);
    c.unit[i] = unit === null ? 0 : UNITS.indexOf(unit) + 1;
    c.num[i] = numerator;
    c.den[i] = denominator;
    c.line[i] = line;
    c.column[i] = column;
    return i;
  }

  setTarget(row: number, target: TargetValue): void {
    this.targets.set(row, target);
  }

  setNote(row: number, note: string): void {
    this.notes.set(row, note);
  }

  setNumerator(row: number, numerator: number): void {
    this.rows.columns.num[row] = numerator;
  }

  setDenominator(row: number, denominator: number): void {
    this.rows.columns.den[row] = denominator;
  }

  /** Whether the file keeps months as months: some month does not end a quarter. */
  private isMonthly(): boolean {
    return this.rawPeriods.items.some((raw) => {
      if (raw.kind !== 'text') return false;
      const parsed = parsePeriod(raw.text, { monthMeaning: 'month' });
      return parsed.ok && parsed.period.kind === 'month' && parsed.period.month % 3 !== 0;
    });
  }

  private resolve(raw: RawPeriod, monthly: boolean): PeriodParse {
    switch (raw.kind) {
      case 'text': {
        const basis = raw.basis ?? this.options.quarterBasis;
        return parsePeriod(raw.text, {
          monthMeaning: monthly ? 'month' : 'quarter-end',
          ...(basis ? { quarterBasis: basis } : {}),
        });
      }
      case 'ees':
        return parsePeriod(raw.text, { timeIdentifier: raw.identifier ?? '' });
      case 'reporting-year':
        return parsePeriod(raw.text, { yearMeaning: 'reporting-year' });
      case 'september':
        return /^\d{4}$/.test(raw.text.trim())
          ? parsePeriod(`Sep ${raw.text.trim()}`)
          : { ok: false, message: `"${raw.text}" is not a year.` };
    }
  }

  /**
   * Settles the staged values and returns the columns. Checks, in order: the period reads
   * (otherwise an error), it has ended by `now` (otherwise an error), and its indicator, area
   * and period have not been given before in this file: the same value again is skipped as a
   * duplicate (an exact duplicate line when every cell matches), a different value is an error
   * on both lines and neither is loaded. Then one warning per percentage indicator whose values
   * all lie between 0 and 1.
   */
  finish(describe: (indicator: string) => string = (id) => id): ObservationColumns {
    const { report, now, notLoaded } = this.options;
    const monthly = this.isMonthly();
    interface Resolved {
      readonly ok: boolean;
      readonly key: PeriodKey;
      readonly message: string;
      /** The period reads but has not ended by `now`. */
      readonly unfinished?: boolean;
    }
    const periodCodes = new Map<PeriodKey, number>();
    const resolved: Resolved[] = this.rawPeriods.items.map((raw) => {
      const parsed = this.resolve(raw, monthly);
      if (!parsed.ok) return { ok: false, key: '', message: parsed.message };
      const period: Period = parsed.period;
      const key = periodKey(period);
      if (isUnfinished(period, now)) {
        return {
          ok: false,
          key,
          unfinished: true,
          message: `${key} has not ended yet (it ends on ${formatDate(periodEnd(period))}), so its figures cannot be complete.`,
        };
      }
      if (!periodCodes.has(key)) periodCodes.set(key, periodCodes.size);
      return { ok: true, key, message: '' };
    });
    /** The resolved period of each period as written, or -1 when it cannot be used. */
    const periodOfRaw = new Int32Array(resolved.length);
    resolved.forEach((r, i) => {
      periodOfRaw[i] = r.ok ? (periodCodes.get(r.key) ?? -1) : -1;
    });
    const reportedColumns = new Set<number>();
    const alive = new Uint8Array(this.rows.length);
    const table = new KeyTable(
      this.rows.length,
      this.rows.columns.ind,
      this.rows.columns.area,
      this.rows.columns.raw,
      periodOfRaw,
    );
    /** Values that repeat an earlier line's: settled once every conflict is known. */
    const duplicates: {
      readonly line: number;
      readonly of: number;
      readonly row: number;
      readonly first: number;
    }[] = [];
    const indicatorNames = this.indicators.items;
    const areaNames = this.areas.items;
    /** The line each conflict was found on, by the line of the first value it contradicts. */
    const conflicts = new Map<number, number>();
    const columnOf = (i: number) => this.columnNames.items[this.rows.columns.column[i] ?? 0] ?? '';
    const valueText = (i: number) => {
      const s = this.rows.columns.state[i] ?? 0;
      return s === 0 ? String(this.rows.columns.value[i]) : (STATES[s - 1] ?? 'blank');
    };
    const what = (i: number) =>
      `${describe(indicatorNames[this.rows.columns.ind[i] ?? 0] ?? '')} for ${areaNames[this.rows.columns.area[i] ?? 0] ?? ''} in ${resolved[this.rows.columns.raw[i] ?? 0]?.key ?? ''}`;

    let count = 0;
    for (let i = 0; i < this.rows.length; i++) {
      const line = this.rows.columns.line[i] ?? 0;
      const rawCode = this.rows.columns.raw[i] ?? 0;
      const period = periodOfRaw[rawCode] ?? -1;
      if (period < 0) {
        const r = resolved[rawCode];
        const raw = this.rawPeriods.items[rawCode];
        if (!r || !raw) continue;
        if (
          r.unfinished === true &&
          this.rows.columns.state[i] === BLANK &&
          raw.headerLine === undefined
        ) {
          // A row left blank for a period still to come is a placeholder, not an error.
          report.skip(line, 'blank value for a period that has not ended');
          continue;
        }
        if (raw.headerLine !== undefined) {
          if (!reportedColumns.has(rawCode)) {
            reportedColumns.add(rawCode);
            report.error(
              raw.headerLine,
              raw.column,
              raw.text,
              `${r.message} The values in this column were not loaded.`,
            );
          }
          report.markDropped(line);
        } else {
          const shown = raw.kind === 'ees' ? `${raw.text} (${raw.identifier ?? ''})` : raw.text;
          report.error(line, raw.column, shown, `${r.message} ${notLoaded}`);
        }
        continue;
      }
      const slot = table.slot(
        this.rows.columns.ind[i] ?? 0,
        this.rows.columns.area[i] ?? 0,
        period,
      );
      const stored = table.at(slot);
      if (stored === 0) {
        table.put(slot, i + 1);
        alive[i] = 1;
        count++;
        report.markLoaded(line);
        continue;
      }
      if (stored < 0) {
        const firstLine = this.rows.columns.line[-stored - 1] ?? 0;
        report.error(
          line,
          columnOf(i),
          valueText(i),
          `${what(i)} has different values on lines ${firstLine} and ${conflicts.get(firstLine) ?? firstLine}, so none of them was loaded. ${notLoaded}`,
        );
        continue;
      }
      const j = stored - 1;
      const lineJ = this.rows.columns.line[j] ?? 0;
      const same =
        this.rows.columns.state[i] === this.rows.columns.state[j] &&
        (this.rows.columns.state[i] !== 0 ||
          this.rows.columns.value[i] === this.rows.columns.value[j]);
      if (same) {
        duplicates.push({ line, of: lineJ, row: i, first: j });
        continue;
      }
      // Two different values for one key: neither can be trusted.
      alive[j] = 0;
      count--;
      report.unmarkLoaded(lineJ);
      table.put(slot, -(j + 1));
      conflicts.set(lineJ, line);
      if (lineJ === line) {
        // Two columns of one line (a wide file) are the same period.
        report.error(
          line,
          columnOf(i),
          valueText(i),
          `${what(i)} is ${valueText(j)} in column "${columnOf(j)}" but ${valueText(i)} in column "${columnOf(i)}": both are ${resolved[this.rows.columns.raw[i] ?? 0]?.key ?? ''}. Neither was loaded: keep the right one and import the file again.`,
        );
        continue;
      }
      report.error(
        lineJ,
        columnOf(j),
        valueText(j),
        `${what(j)} is ${valueText(j)} here but ${valueText(i)} on line ${line}. Neither was loaded: keep the right one and import the file again.`,
      );
      report.error(
        line,
        columnOf(i),
        valueText(i),
        `${what(i)} is ${valueText(i)} here but ${valueText(j)} on line ${lineJ}. Neither was loaded: keep the right one and import the file again.`,
      );
    }

    const hashed = new Set<number>();
    for (const { line, of } of duplicates) if (line !== of) hashed.add(line).add(of);
    const lineHash = hashed.size > 0 ? this.options.lineHashes(hashed) : new Map<number, number>();
    const skippedAsDuplicate = new Set<number>();
    for (const { line, of, row, first } of duplicates) {
      if (alive[first] !== 1) {
        // The value it repeats was contradicted by another line.
        report.error(
          line,
          columnOf(row),
          valueText(row),
          `${what(row)} has different values on lines ${of} and ${conflicts.get(of) ?? of}, so none of them was loaded. ${notLoaded}`,
        );
        continue;
      }
      if (skippedAsDuplicate.has(line)) continue;
      const loaded = this.lineHasLoadedValue(line, alive);
      const hash = lineHash.get(line);
      if (!loaded && !report.hasError(line) && hash !== undefined && hash === lineHash.get(of)) {
        skippedAsDuplicate.add(line);
        report.skipExactDuplicate(line, of);
        continue;
      }
      if (!loaded && !report.hasError(line))
        report.skip(line, 'repeats a value given on an earlier line');
      report.warn(
        line,
        columnOf(row),
        valueText(row),
        of === line
          ? `${what(row)} is given in two columns of this line ("${columnOf(first)}" and "${columnOf(row)}") with the same value; it was loaded once.`
          : `${what(row)} is given again here with the same value as on line ${of}; it was loaded once.`,
      );
    }

    count -= this.refuseMixedCadences(alive, periodOfRaw, [...periodCodes.keys()], what);
    this.warnProportions(alive, describe);
    return this.columnsOf(alive, count, periodOfRaw, [...periodCodes.keys()]);
  }

  /**
   * The surviving rows as ObservationColumns, written straight from the staged columns (no
   * object per row). Names no surviving row uses are left out of the name lists.
   */
  private columnsOf(
    alive: Uint8Array,
    count: number,
    periodOfRaw: Int32Array,
    periodKeys: readonly PeriodKey[],
  ): ObservationColumns {
    const n = count;
    const size = this.rows.length;
    // Which names surviving rows use; they keep their order of first appearance in the file.
    const usedIndicators = new Uint8Array(this.indicators.items.length);
    const usedAreas = new Uint8Array(this.areas.items.length);
    const usedPeriods = new Uint8Array(periodKeys.length);
    for (let i = 0; i < size; i++) {
      if (alive[i] !== 1) continue;
      usedIndicators[this.rows.columns.ind[i] ?? 0] = 1;
      usedAreas[this.rows.columns.area[i] ?? 0] = 1;
      usedPeriods[periodOfRaw[this.rows.columns.raw[i] ?? 0] ?? 0] = 1;
    }
    const compact = <T>(used: Uint8Array, all: readonly T[]) => {
      const codes = new Uint32Array(used.length);
      const names: T[] = [];
      used.forEach((u, code) => {
        codes[code] = names.length;
        if (u === 1) names.push(all[code] as T);
      });
      return { codes, names };
    };
    const indicators = compact(usedIndicators, this.indicators.items);
    const areas = compact(usedAreas, this.areas.items);
    const periods = compact(usedPeriods, periodKeys);
    // The raw period codes straight to output period codes.
    const periodOf = new Uint32Array(periodOfRaw.length);
    periodOfRaw.forEach((p, raw) => {
      periodOf[raw] = p < 0 ? 0 : (periods.codes[p] ?? 0);
    });

    const out = columnsOf(OBSERVATION_COLUMNS, n);
    const { indicator, area, period, value, state, flags, numerator, denominator, line } = out;
    const targets = new Map<number, TargetValue>();
    const notes = new Map<number, string>();
    const indicatorCodes = indicators.codes;
    const areaCodes = areas.codes;
    if (n === size) {
      // Every row survived: copy whole columns.
      value.set(this.rows.columns.value.subarray(0, n));
      state.set(this.rows.columns.state.subarray(0, n));
      flags.set(this.rows.columns.flags.subarray(0, n));
      numerator.set(this.rows.columns.num.subarray(0, n));
      denominator.set(this.rows.columns.den.subarray(0, n));
      line.set(this.rows.columns.line.subarray(0, n));
      for (let i = 0; i < n; i++) {
        indicator[i] = indicatorCodes[this.rows.columns.ind[i] ?? 0] ?? 0;
        area[i] = areaCodes[this.rows.columns.area[i] ?? 0] ?? 0;
        period[i] = periodOf[this.rows.columns.raw[i] ?? 0] ?? 0;
      }
      for (const [row, target] of this.targets) targets.set(row, target);
      for (const [row, note] of this.notes) if (note !== '') notes.set(row, note);
    } else {
      let k = 0;
      for (let i = 0; i < size; i++) {
        if (alive[i] !== 1) continue;
        indicator[k] = indicatorCodes[this.rows.columns.ind[i] ?? 0] ?? 0;
        area[k] = areaCodes[this.rows.columns.area[i] ?? 0] ?? 0;
        period[k] = periodOf[this.rows.columns.raw[i] ?? 0] ?? 0;
        value[k] = this.rows.columns.value[i] ?? NaN;
        state[k] = this.rows.columns.state[i] ?? 0;
        flags[k] = this.rows.columns.flags[i] ?? 0;
        numerator[k] = this.rows.columns.num[i] ?? NaN;
        denominator[k] = this.rows.columns.den[i] ?? NaN;
        line[k] = this.rows.columns.line[i] ?? 0;
        if (this.targets.size > 0) {
          const target = this.targets.get(i);
          if (target) targets.set(k, target);
        }
        if (this.notes.size > 0) {
          const note = this.notes.get(i);
          if (note !== undefined && note !== '') notes.set(k, note);
        }
        k++;
      }
    }
    return {
      file: this.options.file,
      length: n,
      indicatorNames: indicators.names,
      areaNames: areas.names,
      periodNames: periods.names,
      ...out,
      targets,
      notes,
    };
  }

  /** Rows are staged in line order, so the line's rows are found by binary search. */
  private lineHasLoadedValue(line: number, alive: Uint8Array): boolean {
    let low = 0;
    let high = this.rows.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.rows.columns.line[mid] ?? 0) < line) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < this.rows.length && this.rows.columns.line[i] === line; i++)
      if (alive[i] === 1) return true;
    return false;
  }

  /**
   * Refuses, whole, every series (indicator and area) that has both monthly and quarterly
   * periods: its points are not evenly spaced, so no chart or XmR analysis can use them. Each of
   * its lines gets an error and nothing of it is loaded; annual figures beside either are kept.
   * Returns how many values were taken out.
   */
  private refuseMixedCadences(
    alive: Uint8Array,
    periodOfRaw: Int32Array,
    periodKeys: readonly PeriodKey[],
    what: (i: number) => string,
  ): number {
    const kindOf = periodKeys.map((key) => parsePeriodKey(key)?.kind);
    const areas = this.areas.items.length;
    const seen = new Map<number, { month: number; quarter: number }>();
    const seriesOf = (i: number) =>
      (this.rows.columns.ind[i] ?? 0) * areas + (this.rows.columns.area[i] ?? 0);
    const kindAt = (i: number) => kindOf[periodOfRaw[this.rows.columns.raw[i] ?? 0] ?? -1];
    for (let i = 0; i < this.rows.length; i++) {
      if (alive[i] !== 1) continue;
      const kind = kindAt(i);
      if (kind !== 'month' && kind !== 'quarter') continue;
      const entry = seen.get(seriesOf(i)) ?? { month: -1, quarter: -1 };
      if (entry[kind] === -1) entry[kind] = i;
      seen.set(seriesOf(i), entry);
    }
    let removed = 0;
    const { report, notLoaded } = this.options;
    for (let i = 0; i < this.rows.length; i++) {
      const entry = alive[i] === 1 ? seen.get(seriesOf(i)) : undefined;
      if (!entry || entry.month === -1 || entry.quarter === -1) continue;
      const kind = kindAt(i);
      if (kind !== 'month' && kind !== 'quarter') continue;
      const monthLine = this.rows.columns.line[entry.month] ?? 0;
      const quarterLine = this.rows.columns.line[entry.quarter] ?? 0;
      alive[i] = 0;
      removed++;
      const line = this.rows.columns.line[i] ?? 0;
      report.unmarkLoaded(line);
      report.error(
        line,
        this.columnNames.items[this.rows.columns.column[i] ?? 0] ?? '',
        periodKeys[periodOfRaw[this.rows.columns.raw[i] ?? 0] ?? 0] ?? '',
        `${what(i)}: this series mixes monthly periods (first on line ${monthLine}) and quarterly periods (first on line ${quarterLine}), so its points are not evenly spaced. Give one cadence per indicator and area (for example the monthly figures under an indicator of their own). ${notLoaded}`,
      );
    }
    return removed;
  }

  private warnProportions(alive: Uint8Array, describe: (indicator: string) => string): void {
    // By indicator code: how many numbers, whether all lie in [0, 1], whether one is strictly
    // between, and the first one (for the message).
    const size = this.indicators.items.length;
    const numbers = new Uint32Array(size);
    const outside = new Uint8Array(size);
    const between = new Uint8Array(size);
    const firstRow = new Int32Array(size).fill(-1);
    const percent = UNITS.indexOf('percent') + 1;
    for (let i = 0; i < this.rows.length; i++) {
      if (
        alive[i] !== 1 ||
        this.rows.columns.unit[i] !== percent ||
        this.rows.columns.state[i] !== 0
      )
        continue;
      const v = this.rows.columns.value[i] ?? NaN;
      const ind = this.rows.columns.ind[i] ?? 0;
      if (firstRow[ind] === -1) firstRow[ind] = i;
      numbers[ind] = (numbers[ind] ?? 0) + 1;
      if (v < 0 || v > 1) outside[ind] = 1;
      else if (v > 0 && v < 1) between[ind] = 1;
    }
    for (let ind = 0; ind < size; ind++) {
      const first = firstRow[ind] ?? -1;
      if (first < 0 || (numbers[ind] ?? 0) < 2 || outside[ind] === 1 || between[ind] !== 1)
        continue;
      const id = this.indicators.items[ind] ?? '';
      const line = this.rows.columns.line[first] ?? 0;
      const value = this.rows.columns.value[first] ?? NaN;
      this.options.report.warn(
        line,
        '',
        String(value),
        `Every value of ${describe(id)} is between 0 and 1 (for example ${value} on line ${line}): these look like proportions, not percentages. If 0.25 means 25%, multiply the values by 100 and import the file again.`,
      );
    }
  }
}
