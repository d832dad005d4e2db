/**
 * Which layout a file is, from its header row (found by its names within the first 20 lines).
 * No user choice is needed: each layout has column names no other has. A column mapping chosen
 * by an analyst applies when the file has every column it names.
 */
import { parsePeriod } from '../model';
import type { Layout } from '../model';
import type { ColumnMapping } from './context';
import { normaliseHeader } from './vocabulary';

/** Lines searched for the header. */
export const HEADER_SEARCH_LINES = 20;

const has = (names: ReadonlySet<string>, ...wanted: string[]) => wanted.every((w) => names.has(w));

/** True for a heading that names a period: `Q1 2024-25`, `Jul-Sep 2024`, `2023-24`, `2024 Q3`. */
export function isPeriodHeading(text: string): boolean {
  const t = text.trim();
  if (t === '' || /^\d+$/.test(t)) return false;
  if (parsePeriod(t).ok || parsePeriod(t, { monthMeaning: 'month' }).ok) return true;
  return /^(\d{4}\s?[-,]?\s?q[1-4]|q[1-4]\s?[-,]?\s?\d{4})$/i.test(t);
}

/** Header names (normalised) a wide scorecard uses for its indicator reference and title. */
export const WIDE_REF_NAMES: ReadonlySet<string> = new Set([
  'ref',
  'ref.',
  'reference',
  'id',
  'indicator_ref',
  'indicator_id',
  'pi_ref',
  'no.',
  'code',
]);
export const WIDE_TITLE_NAMES: ReadonlySet<string> = new Set([
  'indicator',
  'measure',
  'title',
  'description',
  'indicator_title',
  'indicator_name',
  'performance_indicator',
  'performance_measure',
]);

/** The layout this header row belongs to, or null. */
export function layoutOfHeader(cells: readonly string[]): Exclude<Layout, 'mapped'> | null {
  const names = new Set(cells.map(normaliseHeader));
  if (has(names, 'short_desc', 'years', 'la_and_regions', 'values')) return 'lait-long';
  if (has(names, 'time_period', 'time_identifier', 'geographic_level')) return 'ees';
  // An EES file short of one of the three is no other layout (its location columns would make
  // it look like an area register): its own message says which column is missing.
  if (EES_COLUMNS.some((c) => names.has(c))) return null;
  if ((names.has('la_num') || names.has('la_number')) && has(names, 'sn1', 'snp'))
    return 'neighbours';
  if (has(names, 'code', 'name', 'level', 'old_code')) return 'areas';
  if (
    has(names, 'id', 'title', 'unit', 'polarity') &&
    (names.has('section') || names.has('measurement'))
  ) {
    return 'definitions';
  }
  if (has(names, 'measure_short', 'polarity', 'year_type')) return 'definitions';
  if (has(names, 'new_la_code', 'la_name', 'old_la_code', 'status')) return 'areas';
  if (has(names, 'region_code', 'region_name', 'new_la_code', 'old_la_code')) return 'areas';
  if (has(names, 'region_code', 'region_name') && names.size <= 3) return 'areas';
  if (has(names, 'indicator', 'period', 'area_code', 'value')) return 'tidy';
  const periods = cells.filter(isPeriodHeading).length;
  const labelled = [...names].some((n) => WIDE_REF_NAMES.has(n) || WIDE_TITLE_NAMES.has(n));
  if (periods >= 1 && labelled) return 'wide-scorecard';
  return null;
}

/** The mapped column names missing from this row (empty when the mapping fits). */
export function missingMappedColumns(cells: readonly string[], mapping: ColumnMapping): string[] {
  const names = new Set(cells.map(normaliseHeader));
  const wanted = [
    mapping.indicator,
    mapping.period,
    mapping.area,
    mapping.value,
    mapping.target,
    mapping.numerator,
    mapping.denominator,
    mapping.areaName,
    mapping.unit,
    mapping.measure?.column,
  ].filter((n): n is string => n !== undefined && n !== '');
  return wanted.filter((n) => !names.has(normaliseHeader(n)));
}

const EES_COLUMNS = ['time_period', 'time_identifier', 'geographic_level'] as const;

/** The error for a file whose header matches no layout. */
export function unknownLayoutMessage(headers: readonly string[]): string {
  const found = headers.filter((h) => h.trim() !== '').map((h) => `"${h.trim()}"`);
  const names = new Set(headers.map(normaliseHeader));
  const eesMissing = EES_COLUMNS.filter((c) => !names.has(c));
  if (eesMissing.length < EES_COLUMNS.length) {
    return `This looks like a DfE Explore Education Statistics file, but its header has no ${eesMissing.map((c) => `"${c}"`).join(' or ')} column, which every such file has. Nothing in it was loaded. Download the file from Explore Education Statistics again (as CSV, without removing columns).`;
  }
  return [
    `The columns of this file do not match any layout the scorecard reads${found.length > 0 ? ` (it found ${found.join(', ')})` : ''}. The layouts, and the columns each needs in its header row (within the first ${HEADER_SEARCH_LINES} lines):`,
    'tidy: indicator, period, area_code, value;',
    'wide scorecard: a ref or indicator column and one column per period (such as "Q1 2024-25");',
    'DfE Explore Education Statistics: time_period, time_identifier, geographic_level;',
    'DfE LAIT long: Short Desc, Years, LA and Regions, Values;',
    "indicator definitions: id, title, unit, polarity, section (or LAIT's data dictionary);",
    'statistical neighbours: LA num, SN1 and SNP;',
    "area register: code, old_code, name, level (DfE's las.csv, regions.csv and region_la_hierarchy.csv are read too).",
    'Or choose which column holds the indicator, period, area and value in the import screen.',
  ].join(' ');
}

/**
 * FNV-1a over the cells. Only compared between lines that already give the same indicator,
 * period, area and value, so 32 bits are plenty to tell an exact duplicate line.
 */
export function hashCells(cells: readonly string[]): number {
  let h = 0x811c9dc5;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c] ?? '';
    for (let i = 0; i < cell.length; i++) h = Math.imul(h ^ cell.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A header signature for remembering an analyst's column mapping: the normalised column names,
 * sorted, so the same columns in another order map the same way.
 */
export function headerSignature(headers: readonly string[]): string {
  return JSON.stringify(
    headers
      .map(normaliseHeader)
      .filter((h) => h !== '')
      .sort(),
  );
}
