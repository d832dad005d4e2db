/**
 * areasFromDfeLookups: the area register built from DfE's lookups, checked against the
 * lookups themselves and against the London sub-regions DfE's own EES files give.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { areasFromDfeLookups } from '../../src/domain/import';
import { DFE } from './helpers';

const { areas, problems } = areasFromDfeLookups(
  readFileSync(`${DFE}lookups/las.csv`, 'utf8'),
  readFileSync(`${DFE}lookups/regions.csv`, 'utf8'),
);
const byCode = new Map(areas.map((a) => [a.code, a]));

describe('areasFromDfeLookups', () => {
  it('builds England, 9 regions, Inner and Outer London and every council, with no problems', () => {
    expect(problems).toEqual([]);
    expect(areas.filter((a) => a.level === 'national').map((a) => a.code)).toEqual(['E92000001']);
    expect(areas.filter((a) => a.level === 'regional')).toHaveLength(9);
    expect(
      areas.filter((a) => a.level === 'sub-regional').map((a) => [a.code, a.regionCode]),
    ).toEqual([
      ['E13000001', 'E12000007'],
      ['E13000002', 'E12000007'],
    ]);
    // 176 rows of las.csv, less 3 rows joining two councils, the "z" row and 7 former codes
    // (Barnsley, Sheffield, Gateshead, North Yorkshire, Buckinghamshire, Northumberland, Somerset).
    expect(areas.filter((a) => a.level === 'la')).toHaveLength(165);
    expect(new Set(areas.map((a) => a.code)).size).toBe(areas.length);
  });

  it('folds a council whose GSS code changed into one area with its former codes', () => {
    expect(byCode.get('E06000065')?.formerCodes).toEqual(['E10000023']); // North Yorkshire 815
    expect(byCode.get('E06000066')?.formerCodes).toEqual(['E10000027']); // Somerset 933
    expect(byCode.get('E08000038')?.formerCodes).toEqual(['E08000016']); // Barnsley 370
    expect(byCode.get('E06000060')?.formerCodes).toEqual(['E10000002']); // Buckinghamshire 825
    expect(byCode.has('E10000023')).toBe(false);
  });

  it('keeps councils that ended without a successor under their code, as not live', () => {
    expect(byCode.get('E10000006')).toMatchObject({ name: 'Cumbria', oldCode: '909', live: false });
    expect(byCode.get('E10000010')).toMatchObject({ name: 'Durham', oldCode: null, live: false });
  });

  it("puts each London borough in the sub-region DfE's EES files give it", () => {
    const parsed = Papa.parse<string[]>(
      readFileSync(
        `${DFE}ees/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv`,
        'utf8',
      ),
      { header: false, skipEmptyLines: true },
    );
    const [header = [], ...rows] = parsed.data;
    const at = (name: string) => header.indexOf(name);
    let checked = 0;
    for (const row of rows) {
      const region = row[at('region_code')] ?? '';
      if (row[at('geographic_level')] !== 'Local authority' || !region.startsWith('E13')) continue;
      expect(byCode.get(row[at('new_la_code')] ?? '')?.subRegionCode).toBe(region);
      checked++;
    }
    expect(checked).toBe(13 * 33);
    expect(
      areas
        .filter((a) => a.regionCode === 'E12000007' && a.level === 'la')
        .every((a) => a.subRegionCode !== null),
    ).toBe(true);
    expect(
      areas.filter((a) => a.regionCode !== 'E12000007').every((a) => a.subRegionCode === null),
    ).toBe(true);
  });

  it('reports rows it cannot use instead of dropping them silently', () => {
    const result = areasFromDfeLookups(
      'new_la_code,la_name,parent_geography_code,status,old_la_code\nE09000015,Harrow,E12000007,live,310\nnonsense,Nowhere,E12000007,live,999\n',
      'region_code,region_name\nE12000007,London\nX,Nowhere\n',
    );
    expect(result.problems).toEqual([
      'regions.csv: "X" is not a region code; the row was left out.',
      'las.csv: "nonsense" is not a GSS code; the row was left out.',
    ]);
    expect(result.areas.map((a) => a.code)).toEqual(['E92000001', 'E12000007', 'E09000015']);
    expect(areasFromDfeLookups('a,b\n', 'region_code,region_name\n').problems).toEqual([
      'las.csv needs the columns new_la_code, la_name, parent_geography_code, status and old_la_code.',
    ]);
  });
});
