/**
 * The committed default dataset (public/data): it is what the script makes, it loads through
 * the real import engine with no errors and no conflicts, its figures agree with the DfE
 * source files, every live council can be chosen, and the illustrative quarters agree with the
 * published year-end figures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/domain/model';
import { buildDataset, getObservation, type Dataset } from '../../src/domain/model';
import { consistencyProblems, type IllustrativeRow, type IllustrativeSpec } from './illustrative';
import { importFile, type ImportResult } from '../../src/domain/import';
import { observationsOf } from '../../src/domain/model';
import { comparePeriodKeys } from '../../src/domain/model';
import { ENGLAND, type Observation, type SnModel } from '../../src/domain/model';
import { differences } from './compare';
import { BUILD_NOW, buildDefaultDataset, OUTPUT_FILES } from './dataset';
import { ILLUSTRATIVE_LABEL, INDICATORS } from './indicators';

const ROOT = join(import.meta.dirname, '..', '..');
const DATA = join(ROOT, 'public', 'data');
const HARROW = 'E09000015';
const LONG = 60_000;

const readRoot = (path: string) => new Uint8Array(readFileSync(join(ROOT, path)));
const committed = (file: string) => readFileSync(join(DATA, file));

interface Loaded {
  readonly results: ReadonlyMap<string, ImportResult>;
  readonly dataset: Dataset;
  readonly conflicts: number;
}

function loadCommitted(): Loaded {
  const results = new Map<string, ImportResult>();
  const areasResult = importFile(committed('areas.csv'), 'areas.csv', {
    now: BUILD_NOW,
    areas: new Map(),
    indicators: new Map(),
  });
  results.set('areas.csv', areasResult);
  const areas = new Map(areasResult.areas.map((a) => [a.code, a]));
  const definitionsResult = importFile(committed('definitions.csv'), 'definitions.csv', {
    now: BUILD_NOW,
    areas,
    indicators: new Map(),
  });
  results.set('definitions.csv', definitionsResult);
  const indicators = new Map(definitionsResult.definitions.map((d) => [d.id, d]));
  const context = { now: BUILD_NOW, areas, indicators };
  for (const file of [
    'neighbours-2025.csv',
    'neighbours-2021.csv',
    'published.csv',
    'local-harrow.csv',
  ]) {
    results.set(file, importFile(committed(file), file, context));
  }
  const neighbours = new Map<
    SnModel,
    ReadonlyMap<string, readonly { code: string; rank: number; closeness: string }[]>
  >();
  for (const file of ['neighbours-2025.csv', 'neighbours-2021.csv']) {
    for (const [model, lists] of results.get(file)?.neighbours ?? []) neighbours.set(model, lists);
  }
  const { dataset, conflicts } = buildDataset({
    indicators: definitionsResult.definitions,
    areas: areasResult.areas,
    neighbours,
    observations: ['published.csv', 'local-harrow.csv'].flatMap((file) => {
      const result = results.get(file);
      return result ? [result.observations] : [];
    }),
  });
  return { results, dataset, conflicts: conflicts.length };
}

function observationsIn(loaded: Loaded, file: string): Observation[] {
  const result = loaded.results.get(file);
  if (!result) throw new Error(`${file} was not loaded`);
  return observationsOf(result.observations);
}

const numberAt = (dataset: Dataset, indicator: string, area: string, period: string) => {
  const observation = getObservation(dataset, indicator, area, period);
  return observation?.value.kind === 'number' ? observation.value.value : undefined;
};

/** The raw LAIT rows (read here independently of the importer, to check it). */
function laitRaw(): Map<string, string> {
  const parsed = Papa.parse<Record<string, string>>(
    readFileSync(join(ROOT, 'sources/dfe/lait/bds_long_core_measures.csv'), 'utf8').replace(
      /^\uFEFF/,
      '',
    ),
    { header: true, skipEmptyLines: true },
  );
  const values = new Map<string, string>();
  for (const row of parsed.data) {
    values.set(
      `${row['Short Desc'] ?? ''}|${row['LA Number'] ?? ''}|${row['Years'] ?? ''}`,
      row['Values'] ?? '',
    );
  }
  return values;
}

describe('the committed default dataset', () => {
  let loaded: Loaded;
  beforeAll(() => {
    loaded = loadCommitted();
  }, LONG);

  it(
    'is exactly what npm run data:build makes',
    () => {
      const built = buildDefaultDataset(readRoot);
      expect([...built.files.keys()]).toEqual([...OUTPUT_FILES]);
      const found = differences(built.files, (file) => {
        const path = join(DATA, file);
        return existsSync(path) ? readFileSync(path, 'utf8') : null;
      });
      expect(found).toEqual([]);
    },
    LONG,
  );

  it(
    'builds the same bytes every time',
    () => {
      const first = buildDefaultDataset(readRoot).files;
      const second = buildDefaultDataset(readRoot).files;
      expect(second).toEqual(first);
    },
    LONG,
  );

  it('loads every file through the import engine with no errors and no conflicts', () => {
    for (const [file, result] of loaded.results) {
      expect(result.report.errors, file).toEqual([]);
      expect(result.report.rejected, file).toBe(0);
    }
    expect(loaded.conflicts).toBe(0);
    expect(loaded.dataset.indicators.size).toBe(25);
    expect(loaded.results.get('published.csv')?.report.layout).toBe('tidy');
    expect(loaded.results.get('local-harrow.csv')?.report.layout).toBe('tidy');
  });

  it('has the published figures DfE gives', () => {
    const { dataset } = loaded;
    expect(numberAt(dataset, 'CLA-RATE', HARROW, '2024-25')).toBe(29);
    expect(numberAt(dataset, 'CL-EET-1921', ENGLAND, '2024-25')).toBe(54);
    expect(numberAt(dataset, 'CLA-SDQ-SCORE', HARROW, '2024-25')).toBe(14.1);
    expect(numberAt(dataset, 'CSC-REREF', HARROW, '2024-25')).toBe(15.6);
    expect(numberAt(dataset, 'CSC-ASSESS-45', ENGLAND, '2024-25')).toBe(85.7);
    expect(numberAt(dataset, 'CSC-CPP-RATE', ENGLAND, '2024-25')).toBe(40.6);
    expect(numberAt(dataset, 'CSC-ICPC-15', ENGLAND, '2024-25')).toBe(81.4);
    expect(numberAt(dataset, 'CLA-SDQ-DONE', HARROW, '2024-25')).toBe(87);
    // Workforce: LAIT 2025 is the snapshot at 30 September 2025.
    expect(numberAt(dataset, 'WF-AGENCY', HARROW, '2025-26 Q2')).toBe(39.8);
    const eet = getObservation(dataset, 'CL-EET-1921', ENGLAND, '2024-25');
    expect([eet?.numerator, eet?.denominator]).toEqual([20760, 38440]);
    const sdq = getObservation(dataset, 'CLA-SDQ-DONE', HARROW, '2024-25');
    expect([sdq?.numerator, sdq?.denominator]).toEqual([62, 71]);
  });

  it('agrees with the raw LAIT file for every measure, for Harrow and England, 2016 to 2025', () => {
    const raw = laitRaw();
    let compared = 0;
    for (const content of INDICATORS) {
      if (content.source.kind !== 'lait') continue;
      for (const [code, number] of [
        [HARROW, '310'],
        [ENGLAND, '970'],
      ] as const) {
        for (let year = 2016; year <= 2025; year++) {
          const text = raw.get(`${content.source.measure}|${number}|${year}`);
          if (text === undefined) continue;
          const period =
            content.periodKind === 'september'
              ? `${year}-${String((year + 1) % 100).padStart(2, '0')} Q2`
              : `${year - 1}-${String(year % 100).padStart(2, '0')}`;
          const observation = getObservation(loaded.dataset, content.id, code, period);
          // LAIT's "-" is kept as DfE's own "c" where the EES file says the figure is suppressed.
          if (text === '-')
            expect(['x', 'c']).toContain(
              observation?.value.kind === 'missing' ? observation.value.state : undefined,
            );
          else
            expect(
              numberAt(loaded.dataset, content.id, code, period),
              `${content.id} ${code} ${period}`,
            ).toBeCloseTo(Number(text), 9);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(450);
  });

  it('lets any of the 153 live councils be chosen: ten 2025 neighbours and published figures', () => {
    const { dataset } = loaded;
    const live = [...dataset.areas.values()].filter((a) => a.level === 'la' && a.live);
    expect(live).toHaveLength(153);
    const published = observationsIn(loaded, 'published.csv');
    const withLatest = new Set(
      published
        .filter((o) => o.period === '2024-25' && o.value.kind === 'number')
        .map((o) => o.area),
    );
    for (const council of live) {
      const neighbours2025 = dataset.neighbours.get('2025')?.get(council.code) ?? [];
      expect(neighbours2025, council.name).toHaveLength(10);
      for (const n of neighbours2025) expect(dataset.areas.has(n.code)).toBe(true);
      expect(withLatest.has(council.code), council.name).toBe(true);
    }
    // The April 2021 model predates Cumberland and Westmorland and Furness (April 2023).
    const without2021 = live.filter(
      (c) => (dataset.neighbours.get('2021')?.get(c.code) ?? []).length !== 10,
    );
    expect(without2021.map((c) => c.name)).toEqual(['Cumberland', 'Westmorland and Furness']);
    expect(
      dataset.neighbours
        .get('2025')
        ?.get(HARROW)
        ?.map((n) => dataset.areas.get(n.code)?.oldCode),
    ).toEqual(['317', '312', '302', '307', '320', '870', '313', '315', '871', '826']);
  });

  it('reads its config with no problems, the local file marked illustrative with its label', () => {
    const live = new Set(
      [...loaded.dataset.areas.values()]
        .filter((a) => a.level === 'la' && a.live)
        .map((a) => a.code),
    );
    const { config, problems } = parseConfig(
      JSON.parse(committed('config.json').toString('utf8')),
      {
        knownAuthorities: live,
      },
    );
    expect(problems).toEqual([]);
    expect(config?.authority).toBe(HARROW);
    const local = config?.files.filter((f) => f.role === 'local') ?? [];
    expect(local).toEqual([
      {
        role: 'local',
        path: 'local-harrow.csv',
        model: null,
        area: HARROW,
        illustrative: true,
        label: 'Illustrative quarterly figures — replace with your own',
      },
    ]);
    expect(ILLUSTRATIVE_LABEL).toBe('Illustrative quarterly figures — replace with your own');
    for (const file of config?.files ?? [])
      expect(existsSync(join(DATA, file.path)), file.path).toBe(true);
  });
});

describe('the illustrative quarterly figures for Harrow', () => {
  let loaded: Loaded;
  let local: Observation[];
  beforeAll(() => {
    loaded = loadCommitted();
    local = observationsIn(loaded, 'local-harrow.csv');
  }, LONG);

  it('say they are illustrative in the file itself', () => {
    const firstLine = committed('local-harrow.csv').toString('utf8').split('\n')[0] ?? '';
    expect(firstLine.startsWith(ILLUSTRATIVE_LABEL)).toBe(true);
  });

  it('cover every indicator from 2019-20 Q1 to 2026-27 Q2, for Harrow only', () => {
    expect(local).toHaveLength(25 * 30);
    expect(new Set(local.map((o) => o.area))).toEqual(new Set([HARROW]));
    const periods = [...new Set(local.map((o) => o.period))];
    expect(periods[0]).toBe('2019-20 Q1');
    expect(periods[periods.length - 1]).toBe('2026-27 Q2');
  });

  it('meet Harrow’s published year-end figures by measurement type, within bounds', () => {
    const published = observationsIn(loaded, 'published.csv');
    for (const definition of loaded.dataset.indicators.values()) {
      const own = published.filter((o) => o.indicator === definition.id && o.area === HARROW);
      const numbers = own.flatMap((o) =>
        o.value.kind === 'number' ? [[o.period, o.value.value] as const] : [],
      );
      const all = published.flatMap((o) =>
        o.indicator === definition.id && o.value.kind === 'number' ? [o.value.value] : [],
      );
      const publishedDecimals = all.every((v) => Number.isInteger(v)) ? 0 : 1;
      const spec: IllustrativeSpec = {
        indicator: definition.id,
        unit: definition.unit,
        measurement: definition.measurement,
        decimals: definition.decimals,
        publishedDecimals,
        published: new Map(numbers),
        noise: 0,
      };
      const rows: IllustrativeRow[] = local
        .filter((o) => o.indicator === definition.id)
        .map((o) => ({
          indicator: o.indicator,
          period: o.period,
          value: o.value.kind === 'number' ? o.value.value : 'c',
          numerator: o.numerator,
          denominator: o.denominator,
          note: o.note,
        }));
      expect(consistencyProblems(spec, rows), definition.id).toEqual([]);
    }
  });

  it('put the published 31 March figure in Q4, the 30 September figure in Q2, and average in-period quarters', () => {
    const at = (indicator: string, period: string) => {
      const o = local.find((x) => x.indicator === indicator && x.period === period);
      return o?.value.kind === 'number' ? o.value.value : undefined;
    };
    expect(at('CLA-RATE', '2024-25 Q4')).toBe(29);
    expect(at('CSC-CPP-RATE', '2023-24 Q4')).toBe(48.4);
    expect(at('WF-AGENCY', '2025-26 Q2')).toBe(39.8);
    const reref = ['Q1', 'Q2', 'Q3', 'Q4'].map((q) => at('CSC-REREF', `2024-25 ${q}`) ?? NaN);
    expect(Math.round((reref.reduce((a, b) => a + b, 0) / 4) * 10) / 10).toBe(15.6);
  });

  it('carry counts for some percentages, a suppressed figure or two, and notes', () => {
    const withCounts = new Set(local.filter((o) => o.numerator !== null).map((o) => o.indicator));
    expect([...withCounts].sort()).toEqual([
      'CL-ACCOM-1921',
      'CL-EET-1921',
      'CLA-SDQ-DONE',
      'CSC-CPP-2YRS',
    ]);
    const suppressed = local.filter((o) => o.value.kind === 'missing');
    expect(suppressed.length).toBeGreaterThanOrEqual(1);
    // 30 quarters: a few small cohorts (1 to 5 children) are suppressed, never most of a series.
    expect(suppressed.length).toBeLessThanOrEqual(10);
    for (const o of suppressed) {
      expect(o.value).toEqual({ kind: 'missing', state: 'c' });
      expect([o.numerator, o.denominator]).toEqual([null, null]);
    }
    expect(local.filter((o) => o.note !== null).length).toBeGreaterThanOrEqual(5);
    for (const o of local) {
      if (o.value.kind !== 'number') continue;
      expect(o.value.value).toBeGreaterThanOrEqual(0);
      expect(Math.round(o.value.value * 10) / 10).toBe(o.value.value);
      if (loaded.dataset.indicators.get(o.indicator)?.unit === 'percent')
        expect(o.value.value).toBeLessThanOrEqual(100);
    }
  });

  it('overlap the published workforce snapshots (30 September) without a conflict', () => {
    // Workforce figures are published as quarters (2022-23 Q2 to 2025-26 Q2), so the local
    // file's Q2 figures sit on the same keys; they must be the same values.
    const overlap = local.filter(
      (o) =>
        o.indicator.startsWith('WF-') &&
        o.period.endsWith('Q2') &&
        comparePeriodKeys(o.period, '2022-23 Q2') >= 0 &&
        comparePeriodKeys(o.period, '2025-26 Q2') <= 0,
    );
    expect(overlap).toHaveLength(16);
    for (const o of overlap) {
      const published = getObservation(loaded.dataset, o.indicator, HARROW, o.period);
      expect(published?.value, `${o.indicator} ${o.period}`).toEqual(o.value);
    }
    expect(loaded.conflicts).toBe(0);
  });
});
