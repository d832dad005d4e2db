/**
 * The project's area register: `code,old_code,name,level,region_code,sub_region_code,live,
 * former_codes` (former codes separated by `;`). This is how the register itself is loaded, so
 * it needs no context. Codes are GSS codes; old_code is DfE's 3-digit code, or blank or `x` for
 * none; level is national, regional, sub-regional or la; live is yes/no (or live/terminated).
 * A code given twice is an error on both lines (an exact duplicate line is skipped).
 */
import { hashCells } from './detect';
import type { Area, AreaLevel } from '../model';
import { cellAt, type FileInfo, type LayoutReader } from './layout';
import { councilsFromLas, londonSubRegion, regionArea, type LasRow } from './dfe-lookups';
import { GSS_CODE, OLD_LA_CODE } from './resolve';
import { normaliseHeader, normaliseWords, readYesNo } from './vocabulary';

export const AREA_COLUMNS = [
  'code',
  'old_code',
  'name',
  'level',
  'region_code',
  'sub_region_code',
  'live',
  'former_codes',
] as const;
type Column = (typeof AREA_COLUMNS)[number];
const LEVELS: readonly AreaLevel[] = ['national', 'regional', 'sub-regional', 'la'];
const NOT_LOADED = 'This area was not loaded.';

export function areasReader(info: FileInfo): LayoutReader {
  const { report } = info;
  const positions = new Map<string, number>();
  info.header.forEach((cell, index) => {
    const name = normaliseHeader(cell);
    if (name !== '' && !positions.has(name)) positions.set(name, index);
  });
  const index = (c: Column) => positions.get(c) ?? -1;
  const header = (c: Column) => (info.header[index(c)] ?? c).trim();
  const entries = new Map<string, { line: number; hash: number; area: Area | null }>();
  const order: { area: Area | null; code: string }[] = [];

  return {
    row(cells, line) {
      const hash = hashCells(cells);
      const text = (c: Column) => cellAt(cells, index(c)).trim();
      const state = { bad: false };
      const fail = (c: Column, message: string) => {
        report.error(line, header(c), text(c), `${message} ${NOT_LOADED}`);
        state.bad = true;
      };
      const code = text('code').toUpperCase();
      if (!GSS_CODE.test(code))
        fail(
          'code',
          `"${text('code')}" is not a GSS code (a letter and eight digits, such as E09000015).`,
        );
      const oldText = text('old_code');
      const oldCode = oldText === '' || oldText.toLowerCase() === 'x' ? null : oldText;
      if (oldCode !== null && !OLD_LA_CODE.test(oldCode))
        fail(
          'old_code',
          `"${oldText}" is not a 3-digit DfE code (write it as text so a leading 0 is kept, or leave it blank).`,
        );
      const name = text('name');
      if (name === '') fail('name', 'The name is blank.');
      const levelWords = normaliseWords(text('level')).replace(/^local authority$/, 'la');
      const level = LEVELS.find((l) => l === levelWords);
      if (!level)
        fail('level', `"${text('level')}" should be national, regional, sub-regional or la.`);
      const region = text('region_code').toUpperCase();
      if (region !== '' && !/^E12\d{6}$/.test(region))
        fail('region_code', `"${text('region_code')}" is not a region code (E12 and six digits).`);
      const subRegion = text('sub_region_code').toUpperCase();
      if (subRegion !== '' && !/^E13\d{6}$/.test(subRegion))
        fail(
          'sub_region_code',
          `"${text('sub_region_code')}" is not a sub-region code (E13 and six digits).`,
        );
      const liveWords = normaliseWords(text('live'));
      const live =
        liveWords === 'live' ? true : liveWords === 'terminated' ? false : readYesNo(text('live'));
      if (live === undefined)
        fail('live', `"${text('live')}" should be yes or no (or live or terminated).`);
      const former = text('former_codes')
        .split(';')
        .map((c) => c.trim().toUpperCase())
        .filter((c) => c !== '');
      const badFormer = former.find((c) => !GSS_CODE.test(c));
      if (badFormer !== undefined) fail('former_codes', `"${badFormer}" is not a GSS code.`);
      if (state.bad || !level || live === undefined) return;
      const area: Area = {
        code,
        oldCode,
        name,
        level,
        regionCode: region === '' ? null : region,
        subRegionCode: subRegion === '' ? null : subRegion,
        live: live ?? true,
        formerCodes: former,
      };
      const earlier = entries.get(code);
      if (earlier) {
        if (earlier.hash === hash && earlier.area !== null) {
          report.skipExactDuplicate(line, earlier.line);
          return;
        }
        report.error(
          line,
          header('code'),
          code,
          `The code ${code} is also on line ${earlier.line}; codes must be unique. Neither line was loaded.`,
        );
        if (earlier.area !== null) {
          report.error(
            earlier.line,
            header('code'),
            code,
            `The code ${code} is also on line ${line}; codes must be unique. Neither line was loaded.`,
          );
          report.unmarkLoaded(earlier.line);
          earlier.area = null;
        }
        return;
      }
      const entry = { line, hash, area: area as Area | null };
      entries.set(code, entry);
      order.push({ code, area });
      report.markLoaded(line);
    },
    finish() {
      const areas: Area[] = [];
      for (const { code } of order) {
        const area = entries.get(code)?.area;
        if (area) areas.push(area);
      }
      return { areas };
    },
  };
}

/** Which of DfE's lookup files this header is, or null for the project's own register. */
export function dfeLookupKind(header: readonly string[]): 'las' | 'hierarchy' | 'regions' | null {
  const names = new Set(header.map(normaliseHeader));
  if (names.has('code') && names.has('level')) return null;
  if (names.has('new_la_code') && names.has('status')) return 'las';
  if (names.has('new_la_code') && names.has('region_code')) return 'hierarchy';
  if (names.has('region_code') && names.has('region_name')) return 'regions';
  return null;
}

/**
 * DfE's lookup files read as area registers (see dfe-lookups.ts): las.csv (councils, with
 * former codes folded into the live council), regions.csv (regions and Inner/Outer London) and
 * region_la_hierarchy.csv (councils by region; whether each is live, and which codes are former
 * codes, comes from the area register in the context when there is one).
 */
export function dfeLookupReader(info: FileInfo): LayoutReader {
  const { report } = info;
  const kind = dfeLookupKind(info.header) ?? 'las';
  const names = info.header.map(normaliseHeader);
  const at = (name: string) => names.indexOf(name);
  const col = {
    code: kind === 'regions' ? at('region_code') : at('new_la_code'),
    name: kind === 'regions' ? at('region_name') : at('la_name'),
    region: kind === 'las' ? at('parent_geography_code') : at('region_code'),
    status: at('status'),
    old: at('old_la_code'),
  };
  const header = (index: number) => (info.header[index] ?? '').trim();
  const councils: LasRow[] = [];
  const areas: Area[] = [];
  const sharedOld = new Map<string, number>();
  const seen = new Map<string, number>();
  return {
    row(cells, line) {
      const code = cellAt(cells, col.code).trim().toUpperCase();
      const name = cellAt(cells, col.name).trim();
      if (code.includes('/')) {
        report.skip(line, 'joins two councils (not an area of its own)');
        return;
      }
      if (kind !== 'regions' && code === 'Z') {
        report.skip(line, 'no GSS code (z: not a council area)');
        return;
      }
      if (kind === 'regions') {
        const area = regionArea(code, name);
        if (!area) {
          report.error(
            line,
            header(col.code),
            code,
            `"${code}" is not a region code (E12 or E13 and six digits). This area was not loaded.`,
          );
          return;
        }
        areas.push(area);
        report.markLoaded(line);
        return;
      }
      if (!GSS_CODE.test(code)) {
        report.error(
          line,
          header(col.code),
          code,
          `"${code}" is not a GSS code (a letter and eight digits, such as E09000015). This area was not loaded.`,
        );
        return;
      }
      const earlier = seen.get(code);
      if (earlier !== undefined) {
        report.error(
          line,
          header(col.code),
          code,
          `The code ${code} is also on line ${earlier}. This area was not loaded.`,
        );
        return;
      }
      seen.set(code, line);
      const oldText = cellAt(cells, col.old).trim();
      const old = OLD_LA_CODE.test(oldText) ? oldText : null;
      const region = cellAt(cells, col.region).trim().toUpperCase();
      if (kind === 'las') {
        councils.push({
          code,
          name,
          region,
          live: normaliseWords(cellAt(cells, col.status)) === 'live',
          old,
        });
        report.markLoaded(line);
        return;
      }
      // region_la_hierarchy.csv: the register says what is live and what is a former code.
      const known = info.areas.byGss(code);
      if (known && known.code !== code) {
        report.skip(line, 'an earlier code of a council listed on another line');
        return;
      }
      if (old !== null) sharedOld.set(old, (sharedOld.get(old) ?? 0) + 1);
      areas.push({
        code,
        oldCode: old,
        name,
        level: 'la',
        regionCode: /^E12\d{6}$/.test(region) ? region : null,
        subRegionCode: londonSubRegion(region, old),
        live: known?.live ?? true,
        formerCodes: known?.formerCodes ?? [],
      });
      report.markLoaded(line);
    },
    finish() {
      const shared = [...sharedOld].filter(([, n]) => n > 1).map(([old]) => old);
      if (shared.length > 0) {
        report.warn(
          0,
          '',
          shared.join(', '),
          `More than one GSS code is listed under the 3-digit code${shared.length === 1 ? '' : 's'} ${shared.join(', ')}, and this file does not say which is current, so each was loaded as an area of its own. Load las.csv (or the project's area register) first to link a council's former codes.`,
        );
      }
      return { areas: kind === 'las' ? councilsFromLas(councils) : areas };
    },
  };
}
