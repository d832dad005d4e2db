/**
 * The tidy layout (the project's own format, see docs/data-formats.md): one row per indicator,
 * period and area. Also reads any file through an analyst's column mapping ("mapped").
 * One value per line, so a line with any problem is rejected whole.
 */
import { QUARTER_BASES, type QuarterBasis, type TargetValue, type Unit } from '../model';
import type { ColumnMapping } from './context';
import { cellAt, readValueCell, type FileInfo, type LayoutReader } from './layout';
import { parseNumberCell, parseValue, plainDecimal } from './numbers';
import { Staging } from './staging';
import {
  isReservedName,
  normaliseHeader,
  normaliseWords,
  readUnit,
  readYesNo,
  UNIT_WORDS_HELP,
} from './vocabulary';

export const TIDY_REQUIRED = ['indicator', 'period', 'area_code', 'value'] as const;
export const TIDY_OPTIONAL = [
  'area_name',
  'numerator',
  'denominator',
  'target',
  'target_low',
  'target_high',
  'provisional',
  'note',
  'unit',
  'year_type',
] as const;

const NOT_LOADED = 'This row was not loaded.';

interface Columns {
  readonly indicator: number;
  readonly period: number;
  readonly area: number;
  readonly value: number;
  readonly areaName: number;
  readonly numerator: number;
  readonly denominator: number;
  readonly target: number;
  readonly targetLow: number;
  readonly targetHigh: number;
  readonly provisional: number;
  readonly note: number;
  readonly unit: number;
  readonly yearType: number;
}

interface IndicatorInfo {
  readonly id: string;
  readonly code: number;
  readonly unit: Unit | null;
  readonly known: boolean;
  readonly error: string | null;
}

/** Reads the row's basis for `2024 Q3` from a year_type cell. */
function readBasis(text: string): Basis | undefined {
  const words = normaliseWords(text);
  if (words === '') return null;
  return QUARTER_BASES.find((basis) => new RegExp(`^${basis}( year)?( quarters?)?$`).test(words));
}

type Basis = QuarterBasis | null;

/** What every step of reading a tidy row needs: the file, its columns and their headings. */
interface TidyRow {
  readonly info: FileInfo;
  readonly report: FileInfo['report'];
  readonly columns: Columns;
  readonly header: (index: number) => string;
  readonly numberCell: NumberCell;
}

type NumberCell = (
  cells: readonly string[],
  index: number,
  line: number,
  label: string,
) => number | null | undefined;

/** The names of the columns to read: the tidy layout's own, or the analyst's mapping. */
function columnNames(mapping: ColumnMapping | undefined) {
  return mapping
    ? {
        indicator: mapping.indicator,
        period: mapping.period,
        area: mapping.area,
        value: mapping.value,
        areaName: mapping.areaName ?? 'area_name',
        numerator: mapping.numerator ?? 'numerator',
        denominator: mapping.denominator ?? 'denominator',
        target: mapping.target ?? 'target',
      }
    : {
        indicator: 'indicator',
        period: 'period',
        area: 'area_code',
        value: 'value',
        areaName: 'area_name',
        numerator: 'numerator',
        denominator: 'denominator',
        target: 'target',
      };
}

/**
 * Where each column is in the header. Reports a whole-file error and returns null when a
 * column to be read is named twice; warns about columns the tidy layout does not read.
 */
function readColumns(info: FileInfo, mapping: ColumnMapping | undefined): Columns | null {
  const { report } = info;
  const positions = new Map<string, number>();
  const duplicates: string[] = [];
  info.header.forEach((cell, index) => {
    const name = normaliseHeader(cell);
    if (name === '') return;
    if (positions.has(name)) duplicates.push(cell.trim());
    else positions.set(name, index);
  });
  const at = (name: string | undefined) =>
    name === undefined || name === '' ? -1 : (positions.get(normaliseHeader(name)) ?? -1);
  const names = columnNames(mapping);
  const used = [
    names.indicator,
    names.period,
    names.area,
    names.value,
    names.areaName,
    names.numerator,
    names.denominator,
    names.target,
  ];
  const clash = duplicates.filter(
    (d) => used.some((u) => normaliseHeader(u) === normaliseHeader(d)) || !mapping,
  );
  if (clash.length > 0) {
    report.error(
      info.headerLine,
      clash[0] ?? '',
      clash[0] ?? '',
      `The header has more than one column named "${clash[0] ?? ''}", so it is not clear which to read. Rename or remove the extra column.`,
    );
    return null;
  }
  const columns: Columns = {
    indicator: at(names.indicator),
    period: at(names.period),
    area: at(names.area),
    value: at(names.value),
    areaName: at(names.areaName),
    numerator: at(names.numerator),
    denominator: at(names.denominator),
    target: at(names.target),
    targetLow: at('target_low'),
    targetHigh: at('target_high'),
    provisional: at('provisional'),
    note: at('note'),
    unit: at('unit'),
    yearType: at('year_type'),
  };
  if (!mapping) warnUnusedColumns(info);
  return columns;
}

/** Warns about columns that are not part of the tidy layout. */
function warnUnusedColumns(info: FileInfo): void {
  const known = new Set<string>([...TIDY_REQUIRED, ...TIDY_OPTIONAL]);
  const unused = info.header.filter((h) => h.trim() !== '' && !known.has(normaliseHeader(h)));
  if (unused.length > 0) {
    info.report.warn(
      info.headerLine,
      unused[0] ?? '',
      '',
      `The column${unused.length === 1 ? '' : 's'} ${unused.map((u) => `"${u.trim()}"`).join(', ')} ${unused.length === 1 ? 'is' : 'are'} not part of the tidy layout and ${unused.length === 1 ? 'was' : 'were'} not read.`,
    );
  }
}

/**
 * An indicator cell's meaning, cached. Files usually repeat an indicator on line after line:
 * comparing with the last one is cheaper than a look-up.
 */
function indicatorLookup(info: FileInfo, staging: Staging): (text: string) => IndicatorInfo {
  const indicatorCache = new Map<string, IndicatorInfo>();
  const last = { indicatorText: '\u0000', indicator: null as IndicatorInfo | null };
  return function indicatorOf(text: string): IndicatorInfo {
    if (text === last.indicatorText && last.indicator) return last.indicator;
    let found = indicatorCache.get(text);
    if (found) {
      last.indicatorText = text;
      last.indicator = found;
      return found;
    }
    const id = text.trim();
    if (id === '') {
      found = { id, code: 0, unit: null, known: false, error: 'The indicator is blank.' };
    } else if (isReservedName(id)) {
      found = {
        id,
        code: 0,
        unit: null,
        known: false,
        error: `"${id}" is a reserved name and cannot be an indicator id.`,
      };
    } else {
      const lookup = info.indicators.find(id);
      if (lookup?.ok) {
        const d = lookup.definition;
        found = {
          id: d.id,
          code: staging.indicatorCode(d.id),
          unit: d.unit,
          known: true,
          error: null,
        };
      } else if (lookup) {
        found = {
          id,
          code: 0,
          unit: null,
          known: false,
          error: `"${id}" matches more than one indicator (${lookup.ambiguous.join(', ')}); use the id.`,
        };
      } else {
        found = { id, code: staging.indicatorCode(id), unit: null, known: false, error: null };
      }
    }
    indicatorCache.set(text, found);
    return found;
  };
}

interface AreaFound {
  readonly code: number;
  readonly error: string | null;
}

/** An area code and name cell pair's meaning, cached by code and then by name. */
function areaLookup(
  info: FileInfo,
  staging: Staging,
): (codeText: string, nameText: string) => AreaFound {
  const areaCache = new Map<string, Map<string, AreaFound>>();
  /** By code text: the first name seen with it and its result, then any other names. */
  const areaFirst = new Map<string, { name: string; found: AreaFound }>();
  return function areaOf(codeText: string, nameText: string) {
    const first = areaFirst.get(codeText);
    if (first && first.name === nameText) return first.found;
    let byName = areaCache.get(codeText);
    if (!byName) {
      byName = new Map();
      areaCache.set(codeText, byName);
    }
    let found = byName.get(nameText);
    if (!found) {
      if (isReservedName(codeText) || isReservedName(nameText)) {
        found = {
          code: 0,
          error: `"${codeText.trim() || nameText.trim()}" is a reserved name and cannot be an area.`,
        };
      } else {
        const lookup = info.areas.resolve(codeText, nameText);
        found = lookup.ok
          ? { code: staging.areaCode(lookup.area.code), error: null }
          : { code: 0, error: lookup.message };
      }
      byName.set(nameText, found);
      if (!first) areaFirst.set(codeText, { name: nameText, found });
    }
    return found;
  };
}

/** A period cell's staging code, cached; the last period without a stated basis is remembered. */
function periodLookup(
  staging: Staging,
  periodColumn: string,
): (text: string, basis: Basis) => number {
  const periodCache = new Map<string, number>();
  const last = { periodText: '\u0000', period: 0 };
  return function periodOf(text: string, basis: Basis): number {
    if (basis === null && text === last.periodText) return last.period;
    const key = basis === null ? text : `${text}\u0000${basis}`;
    let code = periodCache.get(key);
    if (code === undefined) {
      code = staging.periodCode(key, {
        text,
        column: periodColumn,
        kind: 'text',
        ...(basis === null ? {} : { basis }),
      });
      periodCache.set(key, code);
    }
    if (basis === null) {
      last.periodText = text;
      last.period = code;
    }
    return code;
  };
}

/**
 * Reads a count or target cell: null when blank or (for counts) a suppression symbol,
 * undefined (with the error reported) when it is not a number or is negative.
 */
function numberCellReader(info: FileInfo, header: (index: number) => string): NumberCell {
  const { report } = info;
  return (cells, index, line, label) => {
    const text = cellAt(cells, index);
    if (text === '') return null;
    const plain = plainDecimal(text);
    if (!Number.isNaN(plain) && !(info.valueOptions.decimalComma && text.includes('.'))) {
      if (plain >= 0) return plain;
    }
    const parsed = parseNumberCell(text, info.valueOptions);
    if (!parsed.ok) {
      // A symbol (c, x, <5...) in a numerator or denominator means "not known": a suppressed count.
      const symbol = parseValue(text, info.valueOptions);
      if (label !== 'target' && symbol.ok && symbol.value.kind === 'missing') return null;
      report.error(
        line,
        header(index),
        text.trim(),
        `${parsed.message.replace(/\.$/, '')} (the ${label} must be a number). ${NOT_LOADED}`,
      );
      return undefined;
    }
    if (parsed.value !== null && parsed.value < 0) {
      report.error(
        line,
        header(index),
        text.trim(),
        `"${text.trim()}" is negative, and a ${label} cannot be. ${NOT_LOADED}`,
      );
      return undefined;
    }
    return parsed.value;
  };
}

/** Rejects a row whose indicator cannot be read; warns once about an unknown indicator. */
function checkIndicator(
  row: TidyRow,
  indicator: IndicatorInfo,
  cells: readonly string[],
  line: number,
  warnedUnknown: Set<string>,
): boolean {
  const { report, columns, header } = row;
  if (indicator.error !== null) {
    report.error(
      line,
      header(columns.indicator),
      cellAt(cells, columns.indicator).trim(),
      `${indicator.error} ${NOT_LOADED}`,
    );
    return false;
  } else if (!indicator.known && !warnedUnknown.has(indicator.id)) {
    warnedUnknown.add(indicator.id);
    report.warn(
      line,
      header(columns.indicator),
      indicator.id,
      `"${indicator.id}" is not a known indicator: its values were loaded under that id, but it has no definition (title, unit, polarity), so it cannot be rated until one is loaded.`,
    );
  }
  return true;
}

/** The row's unit: the definition's, or the unit cell's; undefined when the cell is wrong. */
function readRowUnit(
  row: TidyRow,
  indicator: IndicatorInfo,
  cells: readonly string[],
  line: number,
): Unit | null | undefined {
  const { report, columns, header } = row;
  let unit = indicator.unit;
  const unitText = cellAt(cells, columns.unit).trim();
  if (unitText !== '') {
    const stated = readUnit(unitText);
    if (stated === undefined) {
      report.error(
        line,
        header(columns.unit),
        unitText,
        `"${unitText}" is not a unit the scorecard knows (${UNIT_WORDS_HELP}). ${NOT_LOADED}`,
      );
      return undefined;
    } else if (unit !== null && stated !== unit) {
      report.error(
        line,
        header(columns.unit),
        unitText,
        `"${unitText}" does not match the definition of ${indicator.id}, which is measured as ${unit}. ${NOT_LOADED}`,
      );
      return undefined;
    } else unit = stated;
  }
  return unit;
}

/** The row's year_type basis; undefined (reported) when the cell is neither word. */
function readRowBasis(row: TidyRow, cells: readonly string[], line: number): Basis | undefined {
  const { report, columns, header } = row;
  let basis: Basis = null;
  if (columns.yearType >= 0) {
    const read = readBasis(cellAt(cells, columns.yearType));
    if (read === undefined) {
      report.error(
        line,
        header(columns.yearType),
        cellAt(cells, columns.yearType).trim(),
        `year_type should be "financial" or "calendar". ${NOT_LOADED}`,
      );
      return undefined;
    } else basis = read;
  }
  return basis;
}

/** The numerator and denominator; undefined when either is wrong or they cannot be a percentage. */
function readCounts(
  row: TidyRow,
  unit: Unit | null,
  cells: readonly string[],
  line: number,
): { numerator: number | null; denominator: number | null } | undefined {
  const { report, columns, header, numberCell } = row;
  const numerator = numberCell(cells, columns.numerator, line, 'numerator');
  const denominator = numberCell(cells, columns.denominator, line, 'denominator');
  if (numerator === undefined || denominator === undefined) return undefined;
  else if (
    numerator !== null &&
    denominator !== null &&
    unit === 'percent' &&
    numerator > denominator
  ) {
    report.error(
      line,
      header(columns.numerator),
      cellAt(cells, columns.numerator).trim(),
      `The numerator (${numerator}) is more than the denominator (${denominator}), so it cannot be a percentage of it. ${NOT_LOADED}`,
    );
    return undefined;
  }
  return { numerator, denominator };
}

/** The row's target (a point or a range), null when none; undefined when the cells are wrong. */
function readTarget(
  row: TidyRow,
  cells: readonly string[],
  line: number,
): TargetValue | null | undefined {
  const { report, columns, header, numberCell } = row;
  let target: TargetValue | null = null;
  if (columns.target >= 0 || columns.targetLow >= 0 || columns.targetHigh >= 0) {
    const point = numberCell(cells, columns.target, line, 'target');
    const low = numberCell(cells, columns.targetLow, line, 'target');
    const high = numberCell(cells, columns.targetHigh, line, 'target');
    if (point === undefined || low === undefined || high === undefined) return undefined;
    else if ((low === null) !== (high === null)) {
      report.error(
        line,
        header(low === null ? columns.targetLow : columns.targetHigh),
        '',
        `A target range needs both target_low and target_high. ${NOT_LOADED}`,
      );
      return undefined;
    } else if (low !== null && high !== null) {
      if (low > high) {
        report.error(
          line,
          header(columns.targetLow),
          String(low),
          `target_low (${low}) is above target_high (${high}). ${NOT_LOADED}`,
        );
        return undefined;
      } else if (point !== null) {
        report.error(
          line,
          header(columns.target),
          String(point),
          `Give either a target or a target range, not both. ${NOT_LOADED}`,
        );
        return undefined;
      } else target = { kind: 'range', low, high };
    } else if (point !== null) target = { kind: 'point', value: point };
  }
  return target;
}

/** The provisional flag; undefined (reported) when the cell is not yes/no/provisional/final. */
function readProvisional(
  row: TidyRow,
  cells: readonly string[],
  line: number,
): boolean | undefined {
  const { report, columns, header } = row;
  let provisional = false;
  if (columns.provisional >= 0) {
    const text = cellAt(cells, columns.provisional).trim();
    const words = normaliseWords(text);
    const flag = words === 'provisional' ? true : words === 'final' ? false : readYesNo(text);
    if (flag === undefined) {
      report.error(
        line,
        header(columns.provisional),
        text,
        `"${text}" should be yes or no (or provisional or final). ${NOT_LOADED}`,
      );
      return undefined;
    } else provisional = flag ?? false;
  }
  return provisional;
}

/**
 * A reader for tidy files, or (with `mapping`) for any file through the analyst's columns.
 * Reports a whole-file error and returns null when the header cannot be read.
 */
export function tidyReader(
  info: FileInfo,
  staging: Staging,
  mapping?: ColumnMapping,
): LayoutReader | null {
  const { report } = info;
  const columns = readColumns(info, mapping);
  if (columns === null) return null;
  const header = (index: number) => (info.header[index] ?? '').trim();
  const valueColumn = staging.columnCode(header(columns.value));
  const periodColumn = header(columns.period);
  const indicatorOf = indicatorLookup(info, staging);
  const areaOf = areaLookup(info, staging);
  const periodOf = periodLookup(staging, periodColumn);
  const warnedUnknown = new Set<string>();
  const tidy: TidyRow = {
    info,
    report,
    columns,
    header,
    numberCell: numberCellReader(info, header),
  };

  return {
    row(cells, line) {
      // Every step reports its own problems, so a row with several is told all of them.
      let bad = false;
      const indicator = indicatorOf(cellAt(cells, columns.indicator));
      if (!checkIndicator(tidy, indicator, cells, line, warnedUnknown)) bad = true;

      const stated = readRowUnit(tidy, indicator, cells, line);
      if (stated === undefined) bad = true;
      const unit = stated ?? indicator.unit;

      const area = areaOf(cellAt(cells, columns.area), cellAt(cells, columns.areaName));
      if (area.error !== null) {
        report.error(
          line,
          header(columns.area),
          cellAt(cells, columns.area).trim(),
          `${area.error} ${NOT_LOADED}`,
        );
        bad = true;
      }

      const periodText = cellAt(cells, columns.period).trim();
      if (periodText === '') {
        report.error(line, periodColumn, '', `The period is blank. ${NOT_LOADED}`);
        bad = true;
      }
      const basis = readRowBasis(tidy, cells, line);
      if (basis === undefined) bad = true;

      const value = readValueCell(
        info,
        cellAt(cells, columns.value),
        header(columns.value),
        line,
        unit,
        indicator.id,
        periodText,
        NOT_LOADED,
      );
      if (value === null) bad = true;

      const counts = readCounts(tidy, unit, cells, line);
      if (counts === undefined) bad = true;
      const target = readTarget(tidy, cells, line);
      if (target === undefined) bad = true;
      const provisional = readProvisional(tidy, cells, line);
      if (provisional === undefined) bad = true;

      if (bad || value === null) return;
      const row = staging.add(
        indicator.code,
        area.code,
        periodOf(periodText, basis ?? null),
        value.value,
        value.missing,
        value.lowReliability,
        provisional ?? false,
        counts?.numerator ?? NaN,
        counts?.denominator ?? NaN,
        line,
        valueColumn,
        unit,
      );
      if (target) staging.setTarget(row, target);
      const note = columns.note < 0 ? '' : cellAt(cells, columns.note).trim();
      if (value.note !== null)
        staging.setNote(row, note === '' ? value.note : `${value.note} ${note}`);
      else if (note !== '') staging.setNote(row, note);
    },
    finish() {
      return { observations: staging.finish() };
    },
  };
}
