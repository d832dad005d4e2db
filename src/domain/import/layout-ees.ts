/**
 * DfE Explore Education Statistics open-data files: `time_period, time_identifier,
 * geographic_level, country_code, region_code, old_la_code, new_la_code, la_name, <filters>,
 * <indicator columns>`, read through the declarative mappings in ees-mappings.ts.
 * Geography: National is England (E92000001); Regional is region_code (E12..., and Inner and
 * Outer London as E13000001/2, kept as their own sub-regional areas); Local authority is
 * new_la_code (current or former), else old_la_code, else la_name. Other levels are skipped.
 * Time: time_period with time_identifier through parsePeriod (Reporting year 2025 = 2024-25).
 * One line may give several values (two measures can read one row), so a bad cell rejects
 * that value only.
 */
import { ENGLAND, roundTo, type Area, type MissingState, type Unit } from '../model';
import { EES_MAPPINGS, type EesFileMapping, type EesFilter, type EesMeasure } from './ees-mappings';
import { cellAt, readValueCell, type FileInfo, type LayoutReader } from './layout';
import { parseNumberCell } from './numbers';
import type { Staging } from './staging';
import { normaliseHeader } from './vocabulary';

const NOT_LOADED = 'This value was not loaded.';
const COMBINED_AREA = { code: -1, error: null } as const;

/** "Duration_0-10_days + Duration_11-15_days over ICPC, as a percentage". */
export function computedFormula(measure: EesMeasure): string {
  const c = measure.computed;
  if (!c) return measure.value;
  return `${c.numerator.join(' + ')} over ${c.denominator.join(' + ')}, ${c.scale === 100 ? 'as a percentage' : 'per 10,000'}`;
}

/**
 * The mapping for a file with these headers (the one naming most of its columns), if any.
 * Mappings naming the same columns (care leavers' activity and accommodation files) are read
 * together: which rows a file has, not its header, says which figures it gives.
 */
export function eesMappingFor(header: readonly string[]): EesFileMapping | undefined {
  const names = new Set(header.map((h) => h.trim()));
  let best: EesFileMapping | undefined;
  for (const mapping of EES_MAPPINGS) {
    if (!mapping.identifiedBy.every((c) => names.has(c))) continue;
    if (!best || mapping.identifiedBy.length > best.identifiedBy.length) best = mapping;
    else if (sameColumns(mapping, best))
      best = { ...best, measures: [...best.measures, ...mapping.measures] };
  }
  return best;
}

const sameColumns = (a: EesFileMapping, b: EesFileMapping) =>
  a.identifiedBy.length === b.identifiedBy.length &&
  a.identifiedBy.every((c) => b.identifiedBy.includes(c)) &&
  a.timing === b.timing &&
  a.yearOffset === b.yearOffset;

interface CompiledFilter {
  readonly index: number;
  readonly value: string;
}

interface CompiledMeasure {
  readonly measure: EesMeasure;
  readonly code: number;
  readonly unit: Unit;
  readonly where: readonly CompiledFilter[];
  readonly value: number;
  /** The staging code of the value column's name. */
  readonly column: number;
  readonly numerator: number;
  readonly denominator: number;
  /** The filters of the row holding the denominator, when it is not the same row. */
  readonly denominatorWhere: readonly CompiledFilter[] | null;
  /** The columns a computed figure is summed from. */
  readonly computedNumerator: readonly number[];
  readonly computedDenominator: readonly number[];
  readonly computed: EesMeasure['computed'];
}

function matches(cells: readonly string[], filters: readonly CompiledFilter[]): boolean {
  for (const f of filters) if (cellAt(cells, f.index).trim() !== f.value) return false;
  return true;
}

/** The error for an EES file the catalogue has no mapping for (and none was chosen). */
export function unmappedEesMessage(): string {
  const read = EES_MAPPINGS.filter((m) => m.refusal === undefined).map((m) => m.description);
  return `This is a DfE Explore Education Statistics file, but not one the scorecard has a mapping for. It reads: ${read.join('; ')}. Any other EES file can be read by choosing its indicator column, the filter values that pick the figure, and the scorecard indicator it feeds.`;
}

/** The columns a mapping's measures read. */
function columnsRead(measures: readonly EesMeasure[]): string[] {
  return [
    ...new Set(
      measures.flatMap((m) => [
        ...(m.computed ? [...m.computed.numerator, ...m.computed.denominator] : [m.value]),
        ...m.where.map((f) => f.column),
        ...(m.numerator === undefined ? [] : [m.numerator]),
        ...(m.denominator
          ? [m.denominator.column, ...(m.denominator.where ?? []).map((f) => f.column)]
          : []),
      ]),
    ),
  ];
}

/** A combined return ("940 / 941", North and West Northamptonshire in the workforce files). */
const COMBINED = / \/ /;

export function eesReader(info: FileInfo, staging: Staging): LayoutReader | null {
  const { report } = info;
  const mapping = eesMappingFor(info.header) ?? info.context.mapping?.ees;
  const position = (name: string) => info.header.findIndex((h) => h.trim() === name);
  const header = (index: number) => (info.header[index] ?? '').trim();
  if (!mapping) {
    report.error(0, '', '', unmappedEesMessage());
    return null;
  }
  if (mapping.refusal !== undefined) {
    report.error(0, '', '', mapping.refusal);
    return null;
  }
  const compile = (filters: readonly EesFilter[]): CompiledFilter[] =>
    filters.map((f) => ({ index: position(f.column), value: f.value }));
  const measures: CompiledMeasure[] = mapping.measures.map((measure) => ({
    measure,
    code: staging.indicatorCode(measure.indicator),
    unit: info.context.indicators.get(measure.indicator)?.unit ?? measure.unit,
    where: compile(measure.where),
    value: position(measure.value),
    column: staging.columnCode(measure.value),
    numerator: measure.numerator === undefined ? -1 : position(measure.numerator),
    denominator: measure.denominator === undefined ? -1 : position(measure.denominator.column),
    denominatorWhere: measure.denominator?.where ? compile(measure.denominator.where) : null,
    computedNumerator: (measure.computed?.numerator ?? []).map(position),
    computedDenominator: (measure.computed?.denominator ?? []).map(position),
    computed: measure.computed,
  }));
  const missing = columnsRead(mapping.measures).filter((c) => position(c) < 0);
  if (missing.length > 0) {
    report.error(
      0,
      '',
      '',
      `This file looks like "${mapping.description}" but has no column ${missing.map((m) => `"${m}"`).join(', ')}.`,
    );
    return null;
  }

  const col = {
    period: info.header.findIndex((h) => normaliseHeader(h) === 'time_period'),
    identifier: info.header.findIndex((h) => normaliseHeader(h) === 'time_identifier'),
    level: info.header.findIndex((h) => normaliseHeader(h) === 'geographic_level'),
    region: position('region_code'),
    newCode: position('new_la_code'),
    oldCode: position('old_la_code'),
    laName: position('la_name'),
  };
  const offset = mapping.yearOffset ?? 0;
  const periodCache = new Map<string, number>();
  const areaCache = new Map<string, { code: number; error: string | null }>();
  /** Denominators from "Total" rows, by measure, period and area; and rows waiting for one. */
  const denominators = new Map<string, number>();
  /** Rows read, and rows a measure took a figure from: none means another file with these columns. */
  let dataRows = 0;
  let pickedRows = 0;
  const waiting: { readonly key: string; readonly row: number }[] = [];

  function areaOf(
    cells: readonly string[],
    level: string,
  ): { readonly code: number; readonly error: string | null } | null {
    let code: string;
    let fallbackOld = '';
    let name = '';
    if (level === 'National') code = ENGLAND;
    else if (level === 'Regional') code = cellAt(cells, col.region).trim();
    else if (level === 'Local authority') {
      code = cellAt(cells, col.newCode).trim();
      if (COMBINED.test(code) || COMBINED.test(cellAt(cells, col.oldCode))) return COMBINED_AREA;
      fallbackOld = cellAt(cells, col.oldCode).trim();
      name = cellAt(cells, col.laName).trim();
    } else return null;
    const key = `${level}\u0000${code}\u0000${fallbackOld}\u0000${name}`;
    let found = areaCache.get(key);
    if (!found) {
      let area: Area | undefined = code === '' ? undefined : info.areas.byGss(code);
      if (!area && fallbackOld !== '') area = info.areas.byOld(fallbackOld);
      if (!area && name !== '') {
        const byName = info.areas.byNameLookup(name);
        if (byName.ok) area = byName.area;
      }
      found = area
        ? { code: staging.areaCode(area.code), error: null }
        : {
            code: 0,
            error: `The ${level.toLowerCase()} area ${
              [code, fallbackOld, name]
                .filter((t) => t !== '')
                .map((t) => `"${t}"`)
                .join(' / ') || '(blank)'
            } is not in the area register.`,
          };
      areaCache.set(key, found);
    }
    return found;
  }

  /** A missing part of a computed figure: which column, and what it holds. */
  interface MissingPart {
    readonly missing: MissingState;
    readonly column: string;
    readonly text: string;
  }

  /** The sum of these cells; a missing part; or null when a cell was refused (reported). */
  function sumOf(
    indexes: readonly number[],
    cells: readonly string[],
    line: number,
    indicator: string,
    periodText: string,
  ): number | MissingPart | null {
    let total = 0;
    for (const index of indexes) {
      const text = cellAt(cells, index);
      const part = readValueCell(
        info,
        text,
        header(index),
        line,
        'count',
        indicator,
        periodText,
        NOT_LOADED,
      );
      if (part === null) return null;
      if (part.missing !== null)
        return { missing: part.missing, column: header(index), text: text.trim() };
      total += part.value;
    }
    return total;
  }

  /**
   * A figure worked out from columns of the row (see EesMeasure.computed): the sums are exact
   * for DfE's whole-number counts; the result is rounded once, to the published decimals.
   */
  function addComputed(
    measure: EesMeasure,
    computed: NonNullable<EesMeasure['computed']>,
    cells: readonly string[],
    line: number,
    area: number,
    period: number,
    m: CompiledMeasure,
  ): void {
    const periodText = `${cellAt(cells, col.period).trim()} (${cellAt(cells, col.identifier).trim()})`;
    const numerator = sumOf(m.computedNumerator, cells, line, measure.indicator, periodText);
    if (numerator === null) return;
    const denominator = sumOf(m.computedDenominator, cells, line, measure.indicator, periodText);
    if (denominator === null) return;
    const formula = computedFormula(measure);
    let value = NaN;
    let missing: MissingState | null = null;
    let note: string | null = null;
    if (typeof numerator !== 'number') {
      missing = numerator.missing;
      note = `Worked out from ${formula}; "${numerator.column}" is "${numerator.text}", so this figure is not given either.`;
    } else if (typeof denominator !== 'number') {
      missing = denominator.missing;
      note = `Worked out from ${formula}; "${denominator.column}" is "${denominator.text}", so this figure is not given either.`;
    } else if (denominator === 0) {
      missing = 'z';
      note = `Worked out from ${formula}; the denominator is 0, so there is no figure.`;
    } else value = roundTo((numerator / denominator) * computed.scale, computed.decimals);
    const row = staging.add(
      m.code,
      area,
      period,
      value,
      missing,
      false,
      false,
      typeof numerator === 'number' ? numerator : NaN,
      typeof denominator === 'number' ? denominator : NaN,
      line,
      m.column,
      m.unit,
    );
    if (note !== null) staging.setNote(row, note);
  }

  return {
    row(cells, line) {
      const used: CompiledMeasure[] = [];
      const denominatorFor: CompiledMeasure[] = [];
      for (const m of measures) {
        if (matches(cells, m.where)) used.push(m);
        if (m.denominatorWhere !== null && matches(cells, m.denominatorWhere))
          denominatorFor.push(m);
      }
      dataRows++;
      if (used.length === 0 && denominatorFor.length === 0) {
        report.skip(line, 'not a measure the scorecard uses');
        return;
      }
      if (used.length > 0) pickedRows++;
      const level = cellAt(cells, col.level).trim();
      const area = areaOf(cells, level);
      if (area === COMBINED_AREA) {
        report.skip(
          line,
          'a combined return for two councils (such as "940 / 941"), which the scorecard cannot split between them',
        );
        return;
      }
      if (area === null) {
        report.skip(line, `geographic level "${level}" is not used by the scorecard`);
        return;
      }
      if (area.error !== null) {
        report.error(
          line,
          header(col.level),
          level,
          `${area.error} ${used.length > 1 ? 'These values were' : 'This line was'} not loaded.`,
        );
        return;
      }
      const timePeriod = cellAt(cells, col.period).trim();
      const identifier = cellAt(cells, col.identifier).trim();
      const pKey = `${timePeriod}\u0000${identifier}`;
      let period = periodCache.get(pKey);
      if (period === undefined) {
        const shifted =
          offset !== 0 && /^\d{4}$/.test(timePeriod)
            ? String(Number(timePeriod) + offset)
            : timePeriod;
        period = staging.periodCode(
          pKey,
          mapping.timing === '30-september' && identifier === 'Reporting year'
            ? { text: shifted, column: header(col.period), kind: 'september' }
            : { text: shifted, column: header(col.period), kind: 'ees', identifier },
        );
        periodCache.set(pKey, period);
      }
      for (const m of denominatorFor) {
        const parsed = parseNumberCell(cellAt(cells, m.denominator), info.valueOptions);
        if (parsed.ok && parsed.value !== null)
          denominators.set(`${m.code}|${period}|${area.code}`, parsed.value);
      }
      if (used.length === 0) {
        report.skip(
          line,
          `used only as the denominator of ${denominatorFor.map((m) => m.measure.indicator).join(' and ')}`,
        );
        return;
      }
      for (const m of used) {
        if (m.computed) {
          addComputed(m.measure, m.computed, cells, line, area.code, period, m);
          continue;
        }
        const value = readValueCell(
          info,
          cellAt(cells, m.value),
          header(m.value),
          line,
          m.unit,
          m.measure.indicator,
          `${timePeriod} (${identifier})`,
          NOT_LOADED,
        );
        if (value === null) continue;
        const count = (index: number) => {
          if (index < 0) return NaN;
          const parsed = parseNumberCell(cellAt(cells, index), info.valueOptions);
          return parsed.ok && parsed.value !== null ? parsed.value : NaN;
        };
        const row = staging.add(
          m.code,
          area.code,
          period,
          value.value,
          value.missing,
          value.lowReliability,
          false,
          count(m.numerator),
          m.denominatorWhere === null ? count(m.denominator) : NaN,
          line,
          m.column,
          m.unit,
        );
        if (value.note !== null) staging.setNote(row, value.note);
        if (m.denominatorWhere !== null)
          waiting.push({ key: `${m.code}|${period}|${area.code}`, row });
      }
    },
    finish() {
      if (dataRows > 0 && pickedRows === 0) {
        const filters = [
          ...new Set(
            mapping.measures.flatMap((m) => m.where.map((f) => `${f.column} = "${f.value}"`)),
          ),
        ];
        report.error(
          0,
          '',
          '',
          `This file has the columns of "${mapping.description}", but none of its ${dataRows.toLocaleString('en-GB')} rows has the values that file's figures are picked by (${filters.join('; ')}). It is probably another DfE file with the same columns (for example care leavers' accommodation rather than their activity), which the scorecard has no mapping for. Nothing was loaded.`,
        );
      }
      for (const { key, row } of waiting) {
        const denominator = denominators.get(key);
        if (denominator !== undefined) staging.setDenominator(row, denominator);
      }
      return { observations: staging.finish() };
    },
  };
}
