/**
 * Cross-check: for councils of different kinds, every figure the scorecard shows for a LAIT
 * measure is worked out again here straight from DfE's own files in sources/dfe (the LAIT file, the
 * May 2025 neighbour list and the LA lookup, read with papaparse, not with the app's importer)
 * and compared with what the app shows through its real path: the committed public/data read by
 * the importer (assembleScorecard), the selection, the assessment and the table view model.
 *
 * The rules recomputed here, independently: each indicator's newest figure on or before the
 * reporting date (30 September 2025, the newest period in the data for a council without local
 * quarters: LAIT year Y is the year to 31 March Y, or for the workforce measures the snapshot at
 * 30 September Y); the previous figure (year Y-1); England and the region in the same year; the
 * neighbours' mean and median of those with a figure, with n; rank among live councils on shown
 * figures (ties share the lower rank); the quartile band as LAIT gives it; RAG (5 points for percentages, 10% of
 * the target otherwise, or the indicator's own tolerance); direction of travel.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { assessScorecard, type Assessment } from '../src/domain/assess';
import type { AssembledScorecard } from '../src/domain/import';
import { DEFAULT_STATE, toHash } from '../src/hooks/url-state';
import { tableView } from '../src/hooks/views/scorecard';
import { resolveSelection } from '../src/hooks/views/selection';
import { defaultData, TODAY } from './support/default-data';

const ROOT = join(import.meta.dirname, '..');
type Row = Record<string, string>;
const csv = (path: string): Row[] =>
  Papa.parse<Row>(readFileSync(join(ROOT, path), 'utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;

const COUNCILS = [
  ['E09000007', 'Camden (Inner London)'],
  ['E09000019', 'Islington (Inner London)'],
  ['E10000008', 'Devon (shire county)'],
  ['E10000016', 'Kent (shire county)'],
  ['E06000017', 'Rutland (small unitary)'],
  ['E06000001', 'Hartlepool (small unitary)'],
  ['E06000045', 'Southampton (unitary)'],
  ['E09000001', 'City of London'],
] as const;

/** How definitions.csv writes a unit, and what the scorecard puts after the number. */
const UNIT_SUFFIX: Readonly<Record<string, string>> = {
  percent: '%',
  'rate per 10,000': ' per 10,000',
  days: ' days',
  'working days': ' working days',
  count: '',
  score: '',
};

/** Councils whose shown text was checked on at least one whole-number (0 places) series. */
const wholeShown = new Set<string>();

const REPORTING_YEAR = 2025; // LAIT "Years" 2025: 2024-25, and the workforce at 30 September 2025

interface Definition {
  id: string;
  polarity: string;
  unit: string;
  decimals: number;
  /** DfE's places for the series (definitions.csv `published_decimals`); NaN when blank. */
  publishedDecimals: number;
  target: number | null;
  tolerance: { kind: string; amount: number } | null;
  laitMeasure: string | undefined;
}

let data: AssembledScorecard;
let definitions: Definition[];
/** LAIT value text by measure, LA number and year. */
const lait = new Map<string, string>();
const laitKey = (measure: string, laNumber: string, year: number) =>
  `${measure}|${laNumber}|${String(year)}`;
let liveByOld: Map<string, Row>;
let oldByGss: Map<string, string>;
let neighboursOf: Map<string, string[]>;
let regionNumberByGss: Map<string, string>;

beforeAll(() => {
  data = defaultData();
  const laitRows = csv('sources/dfe/lait/bds_long_core_measures.csv');
  const measures = new Set<string>();
  for (const row of laitRows) {
    const measure = row['Short Desc'] ?? '';
    measures.add(measure);
    lait.set(
      laitKey(measure, row['LA Number'] ?? '', Number(row['Years'])),
      (row['Values'] ?? '').trim(),
    );
  }
  definitions = csv('public/data/definitions.csv').map((row) => ({
    id: row['id'] ?? '',
    polarity: row['polarity'] ?? '',
    unit: row['unit'] ?? '',
    decimals: Number(row['decimals']),
    publishedDecimals: row['published_decimals'] ? Number(row['published_decimals']) : NaN,
    target: row['target'] ? Number(row['target']) : null,
    tolerance: row['tolerance']
      ? { kind: row['tolerance_kind'] ?? '', amount: Number(row['tolerance']) }
      : null,
    laitMeasure: (row['aliases'] ?? '').split(';').find((alias) => measures.has(alias)),
  }));
  const las = csv('sources/dfe/lookups/las.csv');
  liveByOld = new Map(
    las.filter((r) => r['status'] === 'live').map((r) => [r['old_la_code'] ?? '', r]),
  );
  oldByGss = new Map(las.map((r) => [r['new_la_code'] ?? '', r['old_la_code'] ?? '']));
  neighboursOf = new Map(
    csv('sources/dfe/stat_neighbours/sn_may_2025.csv').map((row) => [
      row['LA number'] ?? row['LA num'] ?? '',
      Array.from({ length: 10 }, (_, i) => row[`SN${String(i + 1)}`] ?? ''),
    ]),
  );
  // Regions' LAIT numbers, by the region's name in the lookup.
  const regionNames = new Map(
    csv('sources/dfe/lookups/regions.csv').map((r) => [
      r['region_code'] ?? '',
      r['region_name'] ?? '',
    ]),
  );
  const numberByName = new Map<string, string>();
  for (const row of laitRows) {
    const n = Number(row['LA Number']);
    if (n >= 980)
      numberByName.set((row['LA and Regions'] ?? '').toLowerCase(), row['LA Number'] ?? '');
  }
  regionNumberByGss = new Map();
  for (const r of las) {
    const name = regionNames.get(r['parent_geography_code'] ?? '') ?? '';
    const number = numberByName.get(name.toLowerCase());
    if (number) regionNumberByGss.set(r['new_la_code'] ?? '', number);
  }
}, 120_000);

const round = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
};
const num = (text: string | undefined): number | null =>
  text === undefined || text === '' || !/^-?\d/.test(text) ? null : Number(text);
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  return ((sorted[Math.floor(middle)] ?? 0) + (sorted[Math.ceil(middle)] ?? 0)) / 2;
};

function expectedRag(definition: Definition, value: number | null): string {
  if (value === null) return 'not-rated';
  if (definition.polarity === 'none') return 'not-rated';
  if (definition.target === null) return 'no-target';
  const d = definition.decimals;
  const tolerance = definition.tolerance
    ? definition.tolerance.kind === 'points'
      ? definition.tolerance.amount
      : (definition.target * definition.tolerance.amount) / 100
    : definition.unit === 'percent'
      ? 5
      : definition.target * 0.1;
  const units = (x: number) => Math.round(round(x, d) * 10 ** d);
  const shortfall =
    definition.polarity === 'higher'
      ? units(definition.target) - units(value)
      : units(value) - units(definition.target);
  if (shortfall <= 0) return 'green';
  return shortfall <= units(tolerance) ? 'amber' : 'red';
}

describe.each(COUNCILS)('%s, %s: every shown figure recomputed from DfE files', (code, _name) => {
  let assessments: Map<string, Assessment>;
  let table: ReturnType<typeof tableView>;

  beforeAll(() => {
    const state = { ...DEFAULT_STATE, area: code, view: 'table' as const };
    const selection = resolveSelection(data, state, TODAY);
    expect(selection.period).toBe('2025-26 Q2');
    expect(selection.problems).toEqual([]);
    const sections = assessScorecard(data.dataset, code, selection.period ?? '', selection.options);
    assessments = new Map(sections.flatMap((s) => s.assessments).map((a) => [a.indicator.id, a]));
    table = tableView(sections, state, {
      data,
      selection,
      indicatorHref: (id) => toHash({ ...state, view: 'indicator', indicator: id }),
    });
  });

  it('checks every LAIT measure', () => {
    const old = oldByGss.get(code) ?? '';
    let checked = 0;
    for (const definition of definitions) {
      const measure = definition.laitMeasure;
      if (measure === undefined) continue;
      const a = assessments.get(definition.id);
      if (!a) throw new Error(`no assessment for ${definition.id}`);
      const d = definition.decimals;
      const workforce = definition.id.startsWith('WF-');
      const period = workforce ? '2025-26 Q2' : '2024-25';
      const at = (laNumber: string, year = REPORTING_YEAR) =>
        num(lait.get(laitKey(measure, laNumber, year)));
      const label = `${code} ${definition.id}`;

      // The figure, at its own period (the newest on or before 30 September 2025).
      const value = at(old);
      expect(a.period, label).toBe(period);
      expect(a.value === null ? null : round(a.value, d), label).toBe(
        value === null ? null : round(value, d),
      );
      // Previous figure and direction of travel.
      const previous = at(old, REPORTING_YEAR - 1);
      const direction = a.direction.previous;
      if (value !== null && previous !== null) {
        expect(direction.earlier === null ? null : round(direction.earlier, d), label).toBe(
          round(previous, d),
        );
        if (a.interval === null) {
          const change = Math.round((round(value, d) - round(previous, d)) * 10 ** d);
          const better =
            definition.polarity === 'higher'
              ? change > 0
              : definition.polarity === 'lower'
                ? change < 0
                : null;
          const expected =
            change === 0
              ? 'no-change'
              : better === null
                ? change > 0
                  ? 'up'
                  : 'down'
                : better
                  ? 'improving'
                  : 'worsening';
          expect(direction.judgement, label).toBe(expected);
        }
      }
      // England and the region, in the same year.
      const england = at('970');
      expect(a.benchmarks.england?.period, label).toBe(period);
      expect(
        a.benchmarks.england?.value == null ? null : round(a.benchmarks.england.value, d),
      ).toBe(england === null ? null : round(england, d));
      const regionNumber = regionNumberByGss.get(code);
      if (regionNumber !== undefined) {
        const region = at(regionNumber);
        expect(
          a.benchmarks.region?.value == null ? null : round(a.benchmarks.region.value, d),
          `${label} region`,
        ).toBe(region === null ? null : round(region, d));
      }
      // Neighbours: mean and median of the live neighbours with a figure, and how many.
      const neighbours = (neighboursOf.get(old) ?? []).filter((n) => liveByOld.has(n));
      const values = neighbours.flatMap((n) => {
        const v = at(n);
        return v === null ? [] : [v];
      });
      const sn = a.benchmarks.neighbours;
      expect(sn?.contributed, `${label} neighbours n`).toBe(values.length);
      if (values.length > 0) {
        expect(sn?.mean, `${label} mean`).toBeCloseTo(mean(values), 6);
        expect(sn?.median, `${label} median`).toBeCloseTo(median(values), 6);
      }
      // Rank among live councils on shown figures, ties sharing the lower rank; quartile band.
      const all = [...liveByOld.keys()].flatMap((n) => {
        const v = at(n);
        return v === null ? [] : [Math.round(round(v, d) * 10 ** d)];
      });
      if (value !== null) {
        const own = Math.round(round(value, d) * 10 ** d);
        const ahead = all.filter((v) =>
          definition.polarity === 'lower' ? v < own : v > own,
        ).length;
        expect(a.benchmarks.rankAmongAll?.position, `${label} rank`).toBe(ahead + 1);
        expect(a.benchmarks.rankAmongAll?.of, `${label} ranked`).toBe(all.length);
        if (definition.polarity === 'higher' || definition.polarity === 'lower') {
          // LAIT: R's quantile() (type 7) of every council's figure as published; by value.
          const raw = [...liveByOld.keys()].flatMap((n) => {
            const v = at(n);
            return v === null ? [] : [v];
          });
          const sorted = [...raw].sort((x, y) => x - y);
          const q = (p: number) => {
            const h = (sorted.length - 1) * p;
            const lo = sorted[Math.floor(h)] ?? 0;
            const hi = sorted[Math.ceil(h)] ?? lo;
            return lo + (h - Math.floor(h)) * (hi - lo);
          };
          const quarter = value <= q(0.25) ? 0 : value <= q(0.5) ? 1 : value <= q(0.75) ? 2 : 3;
          const band = (definition.polarity === 'lower' ? 'ABCD' : 'DCBA')[quarter];
          expect(a.benchmarks.quartileBand?.band, `${label} band`).toBe(band);
        }
      }
      // RAG.
      expect(a.rag.status, `${label} RAG`).toBe(expectedRag(definition, value));
      // The table row carries the rated figure.
      const row = table.sections.flatMap((s) => s.items).find((r) => r.id === definition.id);
      expect(row?.latest?.text, label).toBe(a.valueText);
      expect(row?.ref, label).toBe(definition.id);
      // The text shown: DfE's figure at DfE's places, from LAIT's own text ("29" stays "29" in
      // a whole-number series; "56" in a one-decimal series reads "56.0"), for the council's own
      // figure and England's.
      const places = definition.publishedDecimals;
      expect(Number.isInteger(places), `${label} published_decimals`).toBe(true);
      const shownText = (text: string | undefined): string | null => {
        const n = num(text);
        if (n === null) return null;
        const digits = n.toLocaleString('en-GB', {
          minimumFractionDigits: places,
          maximumFractionDigits: places,
        });
        return `${digits}${UNIT_SUFFIX[definition.unit] ?? ''}`;
      };
      const ownText = shownText(lait.get(laitKey(measure, old, REPORTING_YEAR)));
      if (ownText !== null) {
        expect(a.valueText, `${label} shown`).toBe(ownText);
        expect(row?.latest?.text, `${label} table`).toBe(ownText);
        if (places === 0) wholeShown.add(code);
      }
      const englandText = shownText(lait.get(laitKey(measure, '970', REPORTING_YEAR)));
      if (englandText !== null) {
        expect(row?.englandText.startsWith(`${englandText} `), `${label} England shown`).toBe(true);
      }
      // A comparator's period is said once, without brackets inside brackets.
      for (const text of [row?.englandText ?? '', row?.snText ?? ''])
        expect(text, `${label} comparator wording`).not.toMatch(/\([^()]*\(/);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(23);
  });
});

describe('whole numbers stay whole', () => {
  it('the shown text of a whole-number series was checked for at least five councils', () => {
    expect(wholeShown.size).toBeGreaterThanOrEqual(5);
  });
});
