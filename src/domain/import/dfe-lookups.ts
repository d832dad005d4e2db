/**
 * The area register built from DfE's lookups (sources/dfe/lookups/las.csv and regions.csv), for
 * when the project's own register (public/data/areas.csv) does not exist yet.
 *
 * - England (E92000001), the nine regions (E12, level regional) and Inner and Outer London
 *   (E13, level sub-regional, in London).
 * - Each LA row of las.csv is a council; rows that share a 3-digit code are one council whose
 *   GSS code changed: the live row is the council, the terminated rows its former codes
 *   (North Yorkshire 815: E10000023 -> E06000065). Terminated councils with no live successor
 *   under the same code (Bournemouth 837, Cumbria 909) stay as areas of their own, not live.
 * - Rows joining two councils ("E06000061 / E06000062") are not councils and are left out.
 * - London boroughs are put in Inner or Outer London by DfE's statistical definition (the
 *   region_code DfE's own files give them; checked against the EES files in tests).
 */
import Papa from 'papaparse';
import { ENGLAND, type Area } from '../model';

/** DfE's Inner London (statistical definition): the 3-digit codes of its 14 councils. */
export const INNER_LONDON_OLD_CODES: ReadonlySet<string> = new Set([
  '201',
  '202',
  '204',
  '205',
  '206',
  '207',
  '208',
  '209',
  '210',
  '211',
  '212',
  '213',
  '309',
  '316',
]);
const LONDON = 'E12000007';
const INNER_LONDON = 'E13000001';
const OUTER_LONDON = 'E13000002';

function rows(text: string): { header: string[]; body: string[][] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: 'greedy',
  });
  const [header = [], ...body] = parsed.data;
  return { header: header.map((h) => h.trim()), body };
}

/** One council row of DfE's las.csv. */
export interface LasRow {
  readonly code: string;
  readonly name: string;
  /** parent_geography_code: the region (E12...). */
  readonly region: string;
  readonly live: boolean;
  /** The 3-digit code, or null (`x`). */
  readonly old: string | null;
}

/** A region (E12, regional) or Inner/Outer London (E13, sub-regional), or null for other codes. */
export function regionArea(code: string, name: string): Area | null {
  if (/^E12\d{6}$/.test(code)) {
    return {
      code,
      oldCode: null,
      name,
      level: 'regional',
      regionCode: null,
      subRegionCode: null,
      live: true,
      formerCodes: [],
    };
  }
  if (/^E13\d{6}$/.test(code)) {
    return {
      code,
      oldCode: null,
      name,
      level: 'sub-regional',
      regionCode: LONDON,
      subRegionCode: null,
      live: true,
      formerCodes: [],
    };
  }
  return null;
}

/** Inner or Outer London for a London borough's 3-digit code; null outside London. */
export function londonSubRegion(region: string, old: string | null): string | null {
  if (region !== LONDON || old === null) return null;
  return INNER_LONDON_OLD_CODES.has(old) ? INNER_LONDON : OUTER_LONDON;
}

/**
 * Councils from las.csv rows: rows sharing a 3-digit code with exactly one live row become that
 * council's former codes; every other row is a council of its own. `problems` gets a sentence
 * for a code with more than one live council.
 */
export function councilsFromLas(rows: readonly LasRow[], problems: string[] = []): Area[] {
  const byOld = new Map<string, LasRow[]>();
  for (const row of rows) {
    if (row.old === null) continue;
    const list = byOld.get(row.old) ?? [];
    list.push(row);
    byOld.set(row.old, list);
  }
  const former = new Set<string>();
  const formerOf = new Map<string, string[]>();
  for (const [old, list] of byOld) {
    const live = list.filter((r) => r.live);
    if (live.length > 1)
      problems.push(
        `The code ${old} has ${live.length} live councils; each is kept as its own area.`,
      );
    const successor = live.length === 1 ? live[0] : undefined;
    if (!successor) continue;
    const earlier = list.filter((r) => !r.live).map((r) => r.code);
    for (const code of earlier) former.add(code);
    formerOf.set(successor.code, earlier);
  }
  const areas: Area[] = [];
  for (const row of rows) {
    if (former.has(row.code)) continue;
    areas.push({
      code: row.code,
      oldCode: row.old,
      name: row.name,
      level: 'la',
      regionCode: /^E12\d{6}$/.test(row.region) ? row.region : null,
      subRegionCode: londonSubRegion(row.region, row.old),
      live: row.live,
      formerCodes: formerOf.get(row.code) ?? [],
    });
  }
  return areas;
}

/**
 * Builds the register from the texts of las.csv and regions.csv. Returns the areas (England,
 * regions, sub-regions, councils) and any rows it could not use, in plain English. Rows that
 * join two councils and the row without a GSS code (`z`, forces overseas) are left out.
 */
export function areasFromDfeLookups(
  lasCsv: string,
  regionsCsv: string,
): { areas: Area[]; problems: string[] } {
  const problems: string[] = [];
  const areas: Area[] = [
    {
      code: ENGLAND,
      oldCode: null,
      name: 'England',
      level: 'national',
      regionCode: null,
      subRegionCode: null,
      live: true,
      formerCodes: [],
    },
  ];
  const regions = rows(regionsCsv);
  const rc = regions.header.indexOf('region_code');
  const rn = regions.header.indexOf('region_name');
  if (rc < 0 || rn < 0) problems.push('regions.csv needs the columns region_code and region_name.');
  for (const row of regions.body) {
    const code = (row[rc] ?? '').trim();
    const area = regionArea(code, (row[rn] ?? '').trim());
    if (area) areas.push(area);
    else problems.push(`regions.csv: "${code}" is not a region code; the row was left out.`);
  }
  const las = rows(lasCsv);
  const col = (name: string) => las.header.indexOf(name);
  const c = {
    code: col('new_la_code'),
    name: col('la_name'),
    parent: col('parent_geography_code'),
    status: col('status'),
    old: col('old_la_code'),
  };
  if (Object.values(c).some((i) => i < 0)) {
    problems.push(
      'las.csv needs the columns new_la_code, la_name, parent_geography_code, status and old_la_code.',
    );
    return { areas, problems };
  }
  const councils: LasRow[] = [];
  for (const row of las.body) {
    const code = (row[c.code] ?? '').trim();
    if (code.includes('/') || code.toLowerCase() === 'z') continue;
    if (!/^E\d{8}$/.test(code)) {
      problems.push(`las.csv: "${code}" is not a GSS code; the row was left out.`);
      continue;
    }
    const old = (row[c.old] ?? '').trim();
    councils.push({
      code,
      name: (row[c.name] ?? '').trim(),
      region: (row[c.parent] ?? '').trim(),
      live: (row[c.status] ?? '').trim().toLowerCase() === 'live',
      old: /^\d{3}$/.test(old) ? old : null,
    });
  }
  areas.push(...councilsFromLas(councils, problems));
  return { areas, problems };
}
