/**
 * Any other DfE Explore Education Statistics file (a future release, a new indicator): the
 * analyst chooses, as for a file in an unknown layout, the indicator column (EES indicators
 * are the numeric columns after the location columns), the filter values that pick the
 * figure (such as `characteristic = Total`) and the scorecard indicator it feeds. The choice
 * becomes an ordinary declarative EES mapping (ees-mappings.ts), carried in a ColumnMapping so
 * it is remembered by the file's header signature with the other mappings.
 */
import type { Unit } from '../model';
import { decodeBytes } from './bytes';
import type { ColumnMapping } from './context';
import { detectDelimiter, readRecords } from './csv';
import { HEADER_SEARCH_LINES, layoutOfHeader } from './detect';
import type { EesFileMapping, EesFilter } from './ees-mappings';
import { eesMappingFor } from './layout-ees';
import { normaliseHeader } from './vocabulary';

/** Where and when a row is: every EES file's location and time columns (normalised names). */
export const EES_LOCATION_COLUMNS: ReadonlySet<string> = new Set([
  'time_period',
  'time_identifier',
  'geographic_level',
  'country_code',
  'country_name',
  'region_code',
  'region_name',
  'old_la_code',
  'new_la_code',
  'la_name',
  'lad_code',
  'lad_name',
  'pcon_code',
  'pcon_name',
  'lsip_code',
  'lsip_name',
  'english_devolved_area_code',
  'english_devolved_area_name',
  'opportunity_area_code',
  'opportunity_area_name',
]);

/** DfE's symbols, which an indicator column may hold instead of a number. */
const SYMBOLS: ReadonlySet<string> = new Set(['c', 'x', 'z', 'k', 'u', 'low', ':', '~', '-']);
const NUMBER = /^-?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/;

/** At most this much of a file is looked at for its columns' values. */
const SHAPE_BYTES = 8 * 1024 * 1024;
/** A column with more distinct values than this is not offered as a filter. */
const MAX_FILTER_VALUES = 200;

export interface EesFilterColumn {
  readonly column: string;
  /** Its values, in the order first seen. */
  readonly values: readonly string[];
}

/** What the mapping step offers for an EES file. */
export interface EesFileShape {
  /** Text columns after the location columns, with their values. */
  readonly filters: readonly EesFilterColumn[];
  /** Numeric columns after the location columns. */
  readonly indicators: readonly string[];
  /** Columns with too many values to choose from (read, but not offered as filters). */
  readonly other: readonly string[];
}

/** Whether this header is an EES file the catalogue cannot read, so the analyst must map it. */
export function needsEesGuidance(headers: readonly string[]): boolean {
  if (layoutOfHeader(headers) !== 'ees') return false;
  const mapping = eesMappingFor(headers);
  return mapping === undefined;
}

/** The indicator and filter columns of an EES file, from its first 8 MB. */
export function eesFileShape(bytes: Uint8Array): EesFileShape {
  const head = bytes.length > SHAPE_BYTES ? bytes.subarray(0, SHAPE_BYTES) : bytes;
  const { text } = decodeBytes(head);
  const found: { header: readonly string[] | null } = { header: null };
  let seen = 0;
  const values: Set<string>[] = [];
  const numeric: boolean[] = [];
  const filled: boolean[] = [];
  const cut = bytes.length > SHAPE_BYTES;
  const rows: (readonly string[])[] = [];
  readRecords(text, detectDelimiter(text), (records) => {
    for (const cells of records) {
      if (found.header === null) {
        seen++;
        if (layoutOfHeader(cells) === 'ees') found.header = cells;
        if (seen >= HEADER_SEARCH_LINES && found.header === null) return false;
        continue;
      }
      rows.push(cells);
    }
    return true;
  });
  // The last row of a cut file may be cut too.
  if (cut) rows.pop();
  const columns = found.header ?? [];
  columns.forEach((_, i) => {
    values[i] = new Set();
    numeric[i] = true;
    filled[i] = false;
  });
  for (const cells of rows) {
    columns.forEach((_, i) => {
      const cell = (cells[i] ?? '').trim();
      if (cell === '') return;
      const set = values[i];
      if (set && set.size <= MAX_FILTER_VALUES) set.add(cell);
      if (SYMBOLS.has(cell.toLowerCase())) return;
      if (NUMBER.test(cell) && cell !== '' && cell !== '.') filled[i] = true;
      else numeric[i] = false;
    });
  }
  const filters: EesFilterColumn[] = [];
  const indicators: string[] = [];
  const other: string[] = [];
  columns.forEach((name, i) => {
    const column = name.trim();
    if (column === '' || EES_LOCATION_COLUMNS.has(normaliseHeader(column))) return;
    if (numeric[i] === true && filled[i] === true) indicators.push(column);
    else if ((values[i]?.size ?? 0) > MAX_FILTER_VALUES) other.push(column);
    else filters.push({ column, values: [...(values[i] ?? [])] });
  });
  return { filters, indicators, other };
}

/** The value a filter starts at: its only value, or a total ("Total", "All ages"...). */
export function suggestedFilterValue(filter: EesFilterColumn): string {
  if (filter.values.length === 1) return filter.values[0] ?? '';
  const total = filter.values.find((v) => /^(total|all)\b/i.test(v.trim()));
  return total ?? '';
}

export interface EesGuidedChoice {
  /** The column holding the figure. */
  readonly value: string;
  /** The rows the figure is taken from: one value for each filter column. */
  readonly where: readonly EesFilter[];
  /** The scorecard indicator it feeds, and that indicator's unit. */
  readonly indicator: string;
  readonly unit: Unit;
}

/** The remembered mapping for an analyst's choice (read through the EES reader). */
export function eesGuidedMapping(choice: EesGuidedChoice): ColumnMapping {
  const where = choice.where.filter((f) => f.value !== '');
  const picked = where.map((f) => `${f.column} = "${f.value}"`).join(', ');
  const ees: EesFileMapping = {
    id: 'chosen',
    description: `${choice.value}${picked === '' ? '' : ` where ${picked}`}, as ${choice.indicator} (chosen by hand)`,
    identifiedBy: [],
    measures: [{ indicator: choice.indicator, unit: choice.unit, where, value: choice.value }],
  };
  // The column names, as for any mapping (not used to read the file: `ees` is).
  return {
    indicator: choice.value,
    period: 'time_period',
    area: 'new_la_code',
    value: choice.value,
    ees,
  };
}
