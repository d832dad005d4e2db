/**
 * Observations between reading and loading. Layouts add each value they read (indicator, area,
 * the period as the file wrote it, value, line); finish() then settles what needs the whole file:
 * what the periods mean (is the file monthly? do quarters like `2024 Q3` have a stated basis?),
 * periods that have not ended, the same indicator, period and area given twice, and values that
 * look like proportions, before writing the survivors into ObservationColumns.
 */
import { format } from 'date-fns';
import { ObservationColumnsBuilder, type ObservationColumns } from '../observations';
import { isUnfinished, parsePeriod, periodEnd, periodKey, type PeriodParse } from '../periods';
import type { MissingState, Period, PeriodKey, TargetValue, Unit } from '../types';
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
  readonly basis?: 'financial' | 'calendar';
  /** For wide files: the period is a column heading, so problems are reported once, there. */
  readonly headerLine?: number;
}

export interface StagingOptions {
  readonly file: string;
  readonly report: ReportBuilder;
  readonly now: Date;
  /** What the file says `2024 Q3` means (from its title rows or header), if anything. */
  readonly quarterBasis: 'financial' | 'calendar' | null;
  /** `This row was not loaded.` or, where a line holds several values, `This value was not loaded.` */
  readonly notLoaded: string;
}

const FLAG_LOW_RELIABILITY = 1;
const FLAG_PROVISIONAL = 2;

const STATE_CODES: ReadonlyMap<MissingState, number> = new Map<MissingState, number>([
  ['c', 1],
  ['x', 2],
  ['z', 3],
  ['low', 4],
  ['blank', 5],
]);
const STATES: readonly MissingState[] = ['c', 'x', 'z', 'low', 'blank'];

class Dictionary<T = string> {
  readonly items: T[] = [];
  private readonly index = new Map<string, number>();
  code(key: string, item: T): number {
    let code = this.index.get(key);
    if (code === undefined) {
      code = this.items.length;
      this.items.push(item);
      this.index.set(key, code);
    }
    return code;
  }
}

/** An open-addressing table from (indicator, area, period) codes to a row number. */
class KeyTable {
  private readonly mask: number;
  private readonly a: Uint32Array;
  private readonly b: Uint32Array;
  private readonly c: Uint32Array;
  /** 0 empty; otherwise the stored number plus one (or minus one for negatives). */
  private readonly v: Int32Array;

  constructor(entries: number) {
    let capacity = 16;
    while (capacity < entries * 1.5) capacity *= 2;
    this.mask = capacity - 1;
    this.a = new Uint32Array(capacity);
    this.b = new Uint32Array(capacity);
    this.c = new Uint32Array(capacity);
    this.v = new Int32Array(capacity);
  }

  private slot(a: number, b: number, c: number): number {
    let h =
      Math.imul(a, 0x9e3779b1) ^
      Math.imul(b + 0x7f4a7c15, 0x85ebca77) ^
      Math.imul(c + 1, 0xc2b2ae3d);
    h ^= h >>> 15;
    let i = h & this.mask;
    for (;;) {
      if (this.v[i] === 0 || (this.a[i] === a && this.b[i] === b && this.c[i] === c)) return i;
      i = (i + 1) & this.mask;
    }
  }

  /** The stored value (row >= 0, or a negative marker), or undefined. */
  get(a: number, b: number, c: number): number | undefined {
    const v = this.v[this.slot(a, b, c)] ?? 0;
    return v === 0 ? undefined : v > 0 ? v - 1 : v;
  }

  set(a: number, b: number, c: number, value: number): void {
    const i = this.slot(a, b, c);
    this.a[i] = a;
    this.b[i] = b;
    this.c[i] = c;
    this.v[i] = value >= 0 ? value + 1 : value;
  }
}

function grow<T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(
  old: T,
  make: (n: number) => T,
): T {
  const next = make(old.length * 2);
  next.set(old);
  return next;
}

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
  private readonly columns = new Dictionary();
  private column = new Uint16Array(1024);
  private size = 0;
  private ind = new Uint32Array(1024);
  private area = new Uint32Array(1024);
  private raw = new Uint32Array(1024);
  private value = new Float64Array(1024);
  private state = new Uint8Array(1024);
  private flags = new Uint8Array(1024);
  private unit = new Uint8Array(1024);
  private num = new Float64Array(1024);
  private den = new Float64Array(1024);
  private line = new Uint32Array(1024);
  private readonly targets = new Map<number, TargetValue>();
  private readonly notes = new Map<number, string>();
  private lineHash = new Float64Array(1024);

  constructor(options: StagingOptions) {
    this.options = options;
  }

  get length(): number {
    return this.size;
  }

  indicatorCode(id: string): number {
    return this.indicators.code(id, id);
  }

  areaCode(code: string): number {
    return this.areas.code(code, code);
  }

  /** A code for the name of the column a value came from (for messages). */
  columnCode(name: string): number {
    return this.columns.code(name, name);
  }

  /** A code for a period as written; `key` must identify everything in `period`. */
  periodCode(key: string, period: RawPeriod): number {
    return this.rawPeriods.code(key, period);
  }

  /** Remembers a hash of a line's cells, to tell an exact duplicate line from a repeated value. */
  setLineHash(line: number, hash: number): void {
    while (line >= this.lineHash.length)
      this.lineHash = grow(this.lineHash, (n) => new Float64Array(n));
    this.lineHash[line] = hash;
  }

  private growAll(): void {
    this.ind = grow(this.ind, (n) => new Uint32Array(n));
    this.area = grow(this.area, (n) => new Uint32Array(n));
    this.raw = grow(this.raw, (n) => new Uint32Array(n));
    this.value = grow(this.value, (n) => new Float64Array(n));
    this.state = grow(this.state, (n) => new Uint8Array(n));
    this.flags = grow(this.flags, (n) => new Uint8Array(n));
    this.unit = grow(this.unit, (n) => new Uint8Array(n));
    this.num = grow(this.num, (n) => new Float64Array(n));
    this.den = grow(this.den, (n) => new Float64Array(n));
    this.line = grow(this.line, (n) => new Uint32Array(n));
    this.column = grow(this.column, (n) => new Uint16Array(n));
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
    if (this.size === this.ind.length) this.growAll();
    const i = this.size++;
    this.ind[i] = indicator;
    this.area[i] = area;
    this.raw[i] = period;
    if (missing === null) {
      this.value[i] = value;
      this.state[i] = 0;
    } else {
      this.value[i] = NaN;
      this.state[i] = STATE_CODES.get(missing) ?? 5;
    }
    this.flags[i] =
      (lowReliability ? FLAG_LOW_RELIABILITY : 0) | (provisional ? FLAG_PROVISIONAL : 0);
    this.unit[i] = unit === null ? 0 : UNITS.indexOf(unit) + 1;
    this.num[i] = numerator;
    this.den[i] = denominator;
    this.line[i] = line;
    this.column[i] = column;
    return i;
  }

  setTarget(row: number, target: TargetValue): void {
    this.targets.set(row, target);
  }

  setNote(row: number, note: string): void {
    this.notes.set(row, note);
  }

  setNumerator(row: number, numerator: number): void {
    this.num[row] = numerator;
  }

  setDenominator(row: number, denominator: number): void {
    this.den[row] = denominator;
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
          message: `${key} has not ended yet (it ends on ${format(periodEnd(period), 'd MMMM yyyy')}), so its figures cannot be complete.`,
        };
      }
      if (!periodCodes.has(key)) periodCodes.set(key, periodCodes.size);
      return { ok: true, key, message: '' };
    });
    const reportedColumns = new Set<number>();
    const alive = new Uint8Array(this.size);
    const table = new KeyTable(this.size);
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
    const columnOf = (i: number) => this.columns.items[this.column[i] ?? 0] ?? '';
    const valueText = (i: number) => {
      const s = this.state[i] ?? 0;
      return s === 0 ? String(this.value[i]) : (STATES[s - 1] ?? 'blank');
    };

    for (let i = 0; i < this.size; i++) {
      const line = this.line[i] ?? 0;
      const rawCode = this.raw[i] ?? 0;
      const r = resolved[rawCode];
      const raw = this.rawPeriods.items[rawCode];
      if (!r || !raw) continue;
      if (!r.ok) {
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
      const ind = this.ind[i] ?? 0;
      const area = this.area[i] ?? 0;
      const period = periodCodes.get(r.key) ?? 0;
      const previous = table.get(ind, area, period);
      if (previous === undefined) {
        table.set(ind, area, period, i);
        alive[i] = 1;
        report.markLoaded(line);
        continue;
      }
      const what = `${describe(indicatorNames[ind] ?? '')} for ${areaNames[area] ?? ''} in ${r.key}`;
      if (previous < 0) {
        const firstLine = -previous - 1;
        report.error(
          line,
          columnOf(i),
          valueText(i),
          `${what} has different values on lines ${firstLine} and ${conflicts.get(firstLine) ?? firstLine}, so none of them was loaded. ${notLoaded}`,
        );
        continue;
      }
      const j = previous;
      const lineJ = this.line[j] ?? 0;
      const same =
        this.state[i] === this.state[j] && (this.state[i] !== 0 || this.value[i] === this.value[j]);
      if (same) {
        duplicates.push({ line, of: lineJ, row: i, first: j });
        continue;
      }
      // Two different values for one key: neither can be trusted.
      alive[j] = 0;
      report.unmarkLoaded(lineJ);
      table.set(ind, area, period, -(lineJ + 1));
      conflicts.set(lineJ, line);
      report.error(
        lineJ,
        columnOf(j),
        valueText(j),
        `${what} is ${valueText(j)} here but ${valueText(i)} on line ${line}. Neither was loaded: keep the right one and import the file again.`,
      );
      report.error(
        line,
        columnOf(i),
        valueText(i),
        `${what} is ${valueText(i)} here but ${valueText(j)} on line ${lineJ}. Neither was loaded: keep the right one and import the file again.`,
      );
    }

    const skippedAsDuplicate = new Set<number>();
    for (const { line, of, row, first } of duplicates) {
      const ind = indicatorNames[this.ind[row] ?? 0] ?? '';
      const key = resolved[this.raw[row] ?? 0]?.key ?? '';
      const what = `${describe(ind)} for ${areaNames[this.area[row] ?? 0] ?? ''} in ${key}`;
      if (alive[first] !== 1) {
        // The value it repeats was contradicted by another line.
        report.error(
          line,
          columnOf(row),
          valueText(row),
          `${what} has different values on lines ${of} and ${conflicts.get(of) ?? of}, so none of them was loaded. ${notLoaded}`,
        );
        continue;
      }
      if (skippedAsDuplicate.has(line)) continue;
      const loaded = this.lineHasLoadedValue(line, alive);
      if (!loaded && !report.hasError(line) && this.lineHash[line] === this.lineHash[of]) {
        skippedAsDuplicate.add(line);
        report.skip(line, 'exact duplicate of an earlier line');
        report.warn(
          line,
          '',
          '',
          `This line is an exact duplicate of line ${of}, so it was skipped.`,
        );
        continue;
      }
      if (!loaded && !report.hasError(line))
        report.skip(line, 'repeats a value given on an earlier line');
      report.warn(
        line,
        columnOf(row),
        valueText(row),
        `${what} is given again here with the same value as on line ${of}; it was loaded once.`,
      );
    }

    this.warnProportions(alive, describe);

    let count = 0;
    for (let i = 0; i < this.size; i++) count += alive[i] ?? 0;
    const builder = new ObservationColumnsBuilder(this.options.file, count);
    for (let i = 0; i < this.size; i++) {
      if (alive[i] !== 1) continue;
      const s = this.state[i] ?? 0;
      const flags = this.flags[i] ?? 0;
      const num = this.num[i] ?? NaN;
      const den = this.den[i] ?? NaN;
      builder.append({
        indicator: indicatorNames[this.ind[i] ?? 0] ?? '',
        area: areaNames[this.area[i] ?? 0] ?? '',
        period: resolved[this.raw[i] ?? 0]?.key ?? '',
        value:
          s === 0
            ? {
                kind: 'number',
                value: this.value[i] ?? NaN,
                lowReliability: (flags & FLAG_LOW_RELIABILITY) !== 0,
              }
            : { kind: 'missing', state: STATES[s - 1] ?? 'blank' },
        numerator: Number.isNaN(num) ? null : num,
        denominator: Number.isNaN(den) ? null : den,
        target: this.targets.get(i) ?? null,
        provisional: (flags & FLAG_PROVISIONAL) !== 0,
        note: this.notes.get(i) ?? null,
        line: this.line[i] ?? 0,
      });
    }
    return builder.build();
  }

  /** Rows are staged in line order, so the line's rows are found by binary search. */
  private lineHasLoadedValue(line: number, alive: Uint8Array): boolean {
    let low = 0;
    let high = this.size;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.line[mid] ?? 0) < line) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < this.size && this.line[i] === line; i++) if (alive[i] === 1) return true;
    return false;
  }

  private warnProportions(alive: Uint8Array, describe: (indicator: string) => string): void {
    interface Stats {
      numbers: number;
      inside: boolean;
      between: boolean;
      firstLine: number;
      firstValue: number;
    }
    const stats = new Map<number, Stats>();
    const percent = UNITS.indexOf('percent') + 1;
    for (let i = 0; i < this.size; i++) {
      if (alive[i] !== 1 || this.unit[i] !== percent || this.state[i] !== 0) continue;
      const v = this.value[i] ?? NaN;
      const ind = this.ind[i] ?? 0;
      let s = stats.get(ind);
      if (!s) {
        s = {
          numbers: 0,
          inside: true,
          between: false,
          firstLine: this.line[i] ?? 0,
          firstValue: v,
        };
        stats.set(ind, s);
      }
      s.numbers++;
      if (v < 0 || v > 1) s.inside = false;
      if (v > 0 && v < 1) s.between = true;
    }
    for (const [ind, s] of stats) {
      if (s.numbers >= 2 && s.inside && s.between) {
        const id = this.indicators.items[ind] ?? '';
        this.options.report.warn(
          s.firstLine,
          '',
          String(s.firstValue),
          `Every value of ${describe(id)} is between 0 and 1 (for example ${s.firstValue} on line ${s.firstLine}): these look like proportions, not percentages. If 0.25 means 25%, multiply the values by 100 and import the file again.`,
        );
      }
    }
  }
}
