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
import { ENGLAND, type Area, type Unit } from '../model';
import { EES_MAPPINGS, type EesFileMapping, type EesFilter, type EesMeasure } from './ees-mappings';
import { cellAt, readValueCell, type FileInfo, type LayoutReader } from './layout';
import { parseNumberCell } from './numbers';
import type { Staging } from './staging';
import { normaliseHeader } from './vocabulary';

const NOT_LOADED = 'This value was not loaded.';

/** The mapping for a file with these headers (the one naming most of its columns), if any. */
export function eesMappingFor(header: readonly string[]): EesFileMapping | undefined {
  const names = new Set(header.map((h) => h.trim()));
  let best: EesFileMapping | undefined;
  for (const mapping of EES_MAPPINGS) {
    if (!mapping.identifiedBy.every((c) => names.has(c))) continue;
    if (!best || mapping.identifiedBy.length > best.identifiedBy.length) best = mapping;
  }
  return best;
}

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
}

function matches(cells: readonly string[], filters: readonly CompiledFilter[]): boolean {
  for (const f of filters) if (cellAt(cells, f.index).trim() !== f.value) return false;
  return true;
}

export function eesReader(info: FileInfo, staging: Staging): LayoutReader | null {
  const { report } = info;
  const mapping = eesMappingFor(info.header);
  const position = (name: string) => info.header.findIndex((h) => h.trim() === name);
  const header = (index: number) => (info.header[index] ?? '').trim();
  if (!mapping) {
    report.error(
      0,
      '',
      '',
      `This is a DfE Explore Education Statistics file, but not one the scorecard has a mapping for. It reads: ${EES_MAPPINGS.map((m) => m.description).join('; ')}.`,
    );
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
  }));
  const missing = [
    ...new Set(
      mapping.measures.flatMap((m) => [
        m.value,
        ...m.where.map((f) => f.column),
        ...(m.numerator === undefined ? [] : [m.numerator]),
        ...(m.denominator
          ? [m.denominator.column, ...(m.denominator.where ?? []).map((f) => f.column)]
          : []),
      ]),
    ),
  ].filter((c) => position(c) < 0);
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
  ): { code: number; error: string | null } | null {
    let code: string;
    let fallbackOld = '';
    let name = '';
    if (level === 'National') code = ENGLAND;
    else if (level === 'Regional') code = cellAt(cells, col.region).trim();
    else if (level === 'Local authority') {
      code = cellAt(cells, col.newCode).trim();
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
        period = staging.periodCode(pKey, {
          text: shifted,
          column: header(col.period),
          kind: 'ees',
          identifier,
        });
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
