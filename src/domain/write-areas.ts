/** The area register as the project's own areas layout, read back to the same areas. */
import { toCsv, type CsvValue } from './csv-write';
import type { Area } from './types';

export const AREAS_HEADER = [
  'code',
  'old_code',
  'name',
  'level',
  'region_code',
  'sub_region_code',
  'live',
  'former_codes',
] as const;

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
