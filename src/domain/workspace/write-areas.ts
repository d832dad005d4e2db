/** The area register as the project's own areas layout, read back to the same areas. */
import { toCsv, type CsvValue } from '../model';
import { AREA_COLUMNS } from '../import';
import type { Area } from '../model';

/** The columns, as the areas layout reads them (one list, in the importer). */
export const AREAS_HEADER = AREA_COLUMNS;

export function areasCsv(areas: Iterable<Area>): string {
  const rows: CsvValue[][] = [[...AREAS_HEADER]];
  for (const area of areas) {
    rows.push([
      area.code,
      area.oldCode,
      area.name,
      area.level,
      area.regionCode,
      area.subRegionCode,
      area.live ? 'yes' : 'no',
      area.formerCodes.length === 0 ? null : area.formerCodes.join(';'),
    ]);
  }
  return toCsv(rows);
}
