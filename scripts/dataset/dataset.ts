/**
 * Builds the default dataset (public/data) from the DfE files in sources/dfe, in memory. Every
 * DfE file is read through the real import engine (importFile), exactly as the app reads
 * files; nothing here parses a DfE file itself. The result is a map from file name to text,
 * the same bytes every run: stable sort orders, fixed number formatting, no clock.
 *
 * build.ts writes the files; check.ts (npm run data:check) and the dataset test compare them
 * with what is committed.
 */
import { createHash } from 'node:crypto';
import { ENGLAND } from '../../src/domain/model';
import type {
  Area,
  IndicatorDefinition,
  Observation,
  PeriodKey,
  Target,
} from '../../src/domain/model';
import { comparePeriodKeys, parsePeriodKey, periodEnd } from '../../src/domain/model';
import { observationsOf } from '../../src/domain/model';
import {
  generateIllustrative,
  consistencyProblems,
  roundTo,
  type IllustrativeSpec,
} from './illustrative';
import { defaultConfigJson, parseConfig } from '../../src/domain/model';
import { areasCsv } from '../../src/domain/workspace';
import { definitionsCsv } from '../../src/domain/workspace';
import {
  areasFromDfeLookups,
  importFile,
  type ImportContext,
  type ImportResult,
} from '../../src/domain/import';
import { formatFixed, formatPublished, toCsv } from './csv';
import {
  DATA_AS_AT,
  DEFAULT_AUTHORITY,
  ILLUSTRATIVE_FROM,
  ILLUSTRATIVE_LABEL,
  ILLUSTRATIVE_NOTES,
  ILLUSTRATIVE_SEED,
  ILLUSTRATIVE_TO,
  INDICATORS,
  type IndicatorContent,
} from './indicators';

/** Reads a source file by its path from the repository root (e.g. `sources/dfe/lait/…`). */
export type SourceReader = (path: string) => Uint8Array;

/** The import engine's "has this period ended" check needs a date: a fixed one, not the clock. */
export const BUILD_NOW = new Date(2026, 10, 22);

export const SOURCES = {
  lait: 'sources/dfe/lait/bds_long_core_measures.csv',
  laitDictionary: 'sources/dfe/lait/lait_data_dictionary.csv',
  las: 'sources/dfe/lookups/las.csv',
  regions: 'sources/dfe/lookups/regions.csv',
  neighbours2025: 'sources/dfe/stat_neighbours/sn_may_2025.csv',
  neighbours2021: 'sources/dfe/stat_neighbours/sn_april_2021.csv',
  eesHealth: 'sources/dfe/ees/la_conviction_health_outcome_cla.csv',
  eesReferrals: 'sources/dfe/ees/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv',
  eesCpDuration: 'sources/dfe/ees/d5_cpps_at31march_by_duration_2013_to_2025.csv',
  eesCareLeavers: 'sources/dfe/ees/la_care_leavers_activity.csv',
} as const;

/** The generated files, in the order they are written and checked. */
export const OUTPUT_FILES = [
  'definitions.csv',
  'areas.csv',
  'neighbours-2025.csv',
  'neighbours-2021.csv',
  'published.csv',
  'local-harrow.csv',
  'SOURCES.md',
  'config.json',
] as const;
export type OutputFile = (typeof OUTPUT_FILES)[number];

const LOCAL_FILE = `local-${DEFAULT_AUTHORITY.slug}.csv`;

// ---------------------------------------------------------------------------------------------
// Small helpers

const decoder = new TextDecoder('utf-8');
const text = (bytes: Uint8Array): string => decoder.decode(bytes).replace(/^\uFEFF/, '');
const encode = (value: string): Uint8Array => new TextEncoder().encode(value);
const fileName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** Fails the build with every error an import reported (a default dataset has none). */
function requireClean(result: ImportResult, what: string): ImportResult {
  const { errors } = result.report;
  if (errors.length > 0) {
    const listed = errors
      .slice(0, 10)
      .map((e) => `  line ${e.line}${e.column ? ` (${e.column})` : ''}: ${e.message}`);
    throw new Error(
      `${what}: the import reported ${errors.length} error(s):\n${listed.join('\n')}`,
    );
  }
  return result;
}

const key = (indicator: string, area: string, period: PeriodKey) =>
  `${indicator}\u0000${area}\u0000${period}`;

/** The fewest decimal places (0 to 3) that hold every number of a series exactly. */
function publishedDecimals(values: readonly number[]): number {
  for (let decimals = 0; decimals < 3; decimals++) {
    const factor = 10 ** decimals;
    const exact = values.every(
      (v) => Math.abs(Math.round(v * factor) / factor - v) <= 1e-6 * Math.max(1, Math.abs(v)),
    );
    if (exact) return decimals;
  }
  return 3;
}

function yearsCovered(periods: Iterable<PeriodKey>): {
  first: string;
  last: string;
  count: number;
} {
  const sorted = [...new Set(periods)].sort(comparePeriodKeys);
  return { first: sorted[0] ?? '', last: sorted[sorted.length - 1] ?? '', count: sorted.length };
}

/** LAIT writes years as the year a period ends: 2024-25 is 2025; 2025-26 Q2 (Sept) is 2025. */
function laitYear(period: PeriodKey): number {
  const parsed = parsePeriodKey(period);
  if (!parsed || parsed.kind === 'month') return NaN;
  return parsed.kind === 'year' ? parsed.fy + 1 : parsed.fy;
}

// ---------------------------------------------------------------------------------------------
// Definitions

/**
 * A sensible target from a comparator figure: whole numbers for percentages of 10 or more and
 * for rates and counts; one decimal place for small percentages and scores.
 */
function roundTarget(value: number, content: IndicatorContent): { value: number; places: number } {
  const places = content.unit === 'score' || (content.unit === 'percent' && value < 10) ? 1 : 0;
  const factor = 10 ** places;
  const scaled = value * factor;
  // A tie (24.5) goes to the better side, so the target is never easier than England.
  const tie = Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-9;
  const rounded = !tie
    ? roundTo(value, places)
    : (content.polarity === 'lower' ? Math.floor(scaled) : Math.ceil(scaled)) / factor;
  return { value: rounded, places };
}

function unitWords(value: number, content: IndicatorContent, places: number): string {
  const shown = value.toFixed(places);
  switch (content.unit) {
    case 'percent':
      return `${shown}%`;
    case 'rate-per-10k':
      return `${shown} per 10,000`;
    default:
      return shown;
  }
}

interface TargetOutcome {
  readonly target: Target | null;
  /** The rationale, also written when there is no target. */
  readonly rationale: string;
}

function targetFor(
  content: IndicatorContent,
  published: ReadonlyMap<string, Observation>,
): TargetOutcome {
  const rule = content.target;
  switch (rule.kind) {
    case 'none':
      return { target: null, rationale: rule.rationale };
    case 'fixed':
      return {
        target: {
          period: null,
          value: { kind: 'point', value: rule.value },
          rationale: rule.rationale,
        },
        rationale: rule.rationale,
      };
    case 'england': {
      const england = published.get(key(content.id, ENGLAND, rule.period));
      if (!england || england.value.kind !== 'number') {
        throw new Error(
          `${content.id}: no England figure for ${rule.period} to set the target from.`,
        );
      }
      const raw = england.value.value;
      const { value, places } = roundTarget(raw, content);
      const exact = unitWords(raw, content, publishedDecimals([raw]));
      const rationale =
        value === raw
          ? `England average ${rule.periodWords} (${exact}).`
          : `England average ${rule.periodWords} (${exact}), rounded to ${unitWords(value, content, places)}.`;
      return {
        target: { period: null, value: { kind: 'point', value }, rationale },
        rationale,
      };
    }
  }
}

function sourceText(content: IndicatorContent, periods: Iterable<PeriodKey>): string {
  const covered = yearsCovered(periods);
  const source = content.source;
  if (source.kind === 'lait') {
    const first = laitYear(covered.first);
    const last = laitYear(covered.last);
    const dates =
      content.periodKind === 'september'
        ? `at 30 September ${first} to ${last}`
        : `${covered.first} to ${covered.last}`;
    return `DfE Local Authority Interactive Tool (LAIT), measure ${source.measure}, years ${first}–${last} (${dates}); from ${source.publication} statistics.`;
  }
  return `DfE Explore Education Statistics, ${source.file}: ${source.series}, ${covered.first} to ${covered.last}; from ${source.publication} statistics.`;
}

function definitionOf(
  content: IndicatorContent,
  target: TargetOutcome | null,
  source: string,
  publishedDecimals: number,
): IndicatorDefinition {
  return {
    id: content.id,
    title: content.title,
    shortTitle: content.shortTitle,
    section: content.section,
    unit: content.unit,
    polarity: content.polarity,
    decimals: content.decimals,
    publishedDecimals,
    measurement: content.measurement,
    targets: target?.target ? [target.target] : [],
    rag: content.tolerance ? { tolerance: content.tolerance } : {},
    definition: content.definition,
    source,
    owner: content.owner,
    aliases: content.aliases,
  };
}

// ---------------------------------------------------------------------------------------------
// Areas

const LEVEL_ORDER: Record<Area['level'], number> = {
  national: 0,
  regional: 1,
  'sub-regional': 2,
  la: 3,
};

/** The register in a stable order: England, regions, sub-regions, councils; by code within. */
function sortedAreas(areas: readonly Area[]): Area[] {
  return [...areas].sort(
    (a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || (a.code < b.code ? -1 : 1),
  );
}

// ---------------------------------------------------------------------------------------------
// The build

export interface SeriesSummary {
  readonly indicator: string;
  readonly file: string;
  readonly series: string;
  readonly first: PeriodKey;
  readonly last: PeriodKey;
  readonly rows: number;
  readonly numbers: number;
  readonly missing: Readonly<Record<string, number>>;
  readonly areas: number;
  readonly decimals: number;
  readonly withCounts: number;
  readonly countsFrom: string | null;
}

export interface BuildResult {
  readonly files: ReadonlyMap<OutputFile, string>;
  readonly series: readonly SeriesSummary[];
}

/** Builds every output file from the DfE sources; throws with a clear message on bad input. */
export function buildDefaultDataset(read: SourceReader): BuildResult {
  // Areas: DfE's lookups through the importer's own register builder, then written in the
  // areas layout and read back, so the build uses exactly what the app will load.
  const fromLookups = areasFromDfeLookups(text(read(SOURCES.las)), text(read(SOURCES.regions)));
  if (fromLookups.problems.length > 0) {
    throw new Error(`DfE lookups: ${fromLookups.problems.join(' ')}`);
  }
  const areasText = areasCsv(sortedAreas(fromLookups.areas));
  const areasResult = requireClean(
    importFile(encode(areasText), 'areas.csv', {
      now: BUILD_NOW,
      areas: new Map(),
      indicators: new Map(),
    }),
    'areas.csv',
  );
  const areas = new Map(areasResult.areas.map((a) => [a.code, a]));

  // First pass at definitions (no targets yet): they tell the importer the units.
  const provisional = new Map(
    INDICATORS.map((c) => [c.id, definitionOf(c, null, '', c.decimals)] as const),
  );
  const context: ImportContext = { now: BUILD_NOW, areas, indicators: provisional };
  const load = (path: string) =>
    requireClean(importFile(read(path), fileName(path), context), path);

  // Polarity as LAIT's dictionary gives it (read by the importer's dictionary reader).
  const dictionary = load(SOURCES.laitDictionary);
  for (const entry of dictionary.definitions) {
    const content = INDICATORS.find((c) => c.id === entry.id);
    if (content && (content.laitPolarity ?? content.polarity) !== entry.polarity) {
      throw new Error(
        `${content.id}: polarity is "${content.polarity}" here but "${entry.polarity}" in LAIT's dictionary.`,
      );
    }
  }

  const lait = observationsOf(load(SOURCES.lait).observations);
  const ees = [
    SOURCES.eesHealth,
    SOURCES.eesReferrals,
    SOURCES.eesCpDuration,
    SOURCES.eesCareLeavers,
  ].map((path) => ({ path, observations: observationsOf(load(path).observations) }));

  // EES observations by indicator, area and period (for counts, and for EES-only series).
  const eesByKey = new Map<string, { observation: Observation; path: string }>();
  for (const { path, observations } of ees) {
    for (const o of observations)
      eesByKey.set(key(o.indicator, o.area, o.period), { observation: o, path });
  }

  // Published series: one source per indicator; counts from EES where its figure agrees.
  const published = new Map<string, Observation>();
  const rows: { content: IndicatorContent; observation: Observation; decimals: number }[] = [];
  const summaries: SeriesSummary[] = [];
  for (const content of INDICATORS) {
    const source = content.source;
    const own =
      source.kind === 'lait'
        ? lait.filter((o) => o.indicator === content.id)
        : (ees.find((e) => fileName(e.path) === source.file)?.observations ?? []).filter(
            (o) => o.indicator === content.id,
          );
    if (own.length === 0) throw new Error(`${content.id}: the source has no figures.`);
    const numbers = own.flatMap((o) => (o.value.kind === 'number' ? [o.value.value] : []));
    const decimals = publishedDecimals(numbers);
    let withCounts = 0;
    let countsFrom: string | null = null;
    const missing: Record<string, number> = {};
    const areaCodes = new Set<string>();
    for (const o of own) {
      let observation = o;
      if (o.value.kind === 'number' && o.numerator === null) {
        const other = eesByKey.get(key(o.indicator, o.area, o.period));
        const value = other?.observation.value;
        if (
          other &&
          value?.kind === 'number' &&
          other.observation.numerator !== null &&
          other.observation.denominator !== null &&
          roundTo(value.value, decimals) === roundTo(o.value.value, decimals)
        ) {
          observation = {
            ...o,
            numerator: other.observation.numerator,
            denominator: other.observation.denominator,
          };
          countsFrom = fileName(other.path);
        }
      }
      // LAIT writes "-" for every gap; where DfE's EES file says why (c: suppressed small
      // numbers), its own code is kept rather than "not available".
      if (o.value.kind === 'missing' && o.value.state === 'x') {
        const other = eesByKey.get(key(o.indicator, o.area, o.period))?.observation.value;
        if (other?.kind === 'missing' && other.state === 'c') observation = { ...o, value: other };
      }
      if (observation.numerator !== null) withCounts++;
      if (observation.value.kind === 'missing') {
        missing[observation.value.state] = (missing[observation.value.state] ?? 0) + 1;
      }
      areaCodes.add(observation.area);
      published.set(key(content.id, observation.area, observation.period), observation);
      rows.push({ content, observation, decimals });
    }
    const covered = yearsCovered(own.map((o) => o.period));
    summaries.push({
      indicator: content.id,
      file: source.kind === 'lait' ? fileName(SOURCES.lait) : source.file,
      series: source.kind === 'lait' ? `Short Desc = ${source.measure}` : source.series,
      first: covered.first,
      last: covered.last,
      rows: own.length,
      numbers: numbers.length,
      missing,
      areas: areaCodes.size,
      decimals,
      withCounts,
      countsFrom,
    });
  }

  // Definitions with their targets, written and read back through the importer.
  const definitionRows = INDICATORS.map((content) => {
    const outcome = targetFor(content, published);
    const periods = rows.filter((r) => r.content === content).map((r) => r.observation.period);
    const places = summaries.find((s) => s.indicator === content.id)?.decimals;
    if (places === undefined) throw new Error(`${content.id}: no published series summary.`);
    return definitionOf(content, outcome, sourceText(content, periods), places);
  });
  // The same writer the Data page publishes with: one definitions layout, written one way.
  const definitionsText = definitionsCsv(definitionRows).text;
  const definitions = requireClean(
    importFile(encode(definitionsText), 'definitions.csv', context),
    'definitions.csv',
  ).definitions;
  if (definitions.length !== INDICATORS.length) {
    throw new Error(
      `definitions.csv: ${definitions.length} of ${INDICATORS.length} definitions loaded.`,
    );
  }

  const publishedText = publishedCsv(rows);
  const decimalsById = new Map(summaries.map((s) => [s.indicator, s.decimals]));
  const localText = localCsv(illustrativeSpecs(published, eesByKey, decimalsById));

  const copied = (path: string): string => {
    const bytes = read(path);
    const copy = text(bytes);
    if (Buffer.compare(Buffer.from(encode(copy)), Buffer.from(bytes)) !== 0) {
      throw new Error(
        `${path}: cannot be copied unchanged (it has a byte order mark or is not UTF-8).`,
      );
    }
    return copy;
  };
  const files = new Map<OutputFile, string>([
    ['definitions.csv', definitionsText],
    ['areas.csv', areasText],
    ['neighbours-2025.csv', copied(SOURCES.neighbours2025)],
    ['neighbours-2021.csv', copied(SOURCES.neighbours2021)],
    ['published.csv', publishedText],
    ['local-harrow.csv', localText],
  ]);
  files.set('SOURCES.md', sourcesMarkdown(summaries, [...areas.values()]));
  files.set('config.json', configJson(files, [...areas.values()]));
  return { files, series: summaries };
}

// ---------------------------------------------------------------------------------------------
// published.csv

function valueCell(observation: Observation, decimals: number): string {
  const value = observation.value;
  if (value.kind === 'number') return formatPublished(value.value, decimals);
  return value.state === 'blank' ? '' : value.state;
}

function publishedCsv(
  rows: readonly { content: IndicatorContent; observation: Observation; decimals: number }[],
): string {
  const order = new Map(INDICATORS.map((c, i) => [c.id, i]));
  const sorted = [...rows].sort(
    (a, b) =>
      (order.get(a.content.id) ?? 0) - (order.get(b.content.id) ?? 0) ||
      (a.observation.area < b.observation.area
        ? -1
        : a.observation.area > b.observation.area
          ? 1
          : 0) ||
      comparePeriodKeys(a.observation.period, b.observation.period),
  );
  return toCsv([
    ['indicator', 'period', 'area_code', 'value', 'numerator', 'denominator'],
    ...sorted.map(({ observation: o, decimals }) => [
      o.indicator,
      o.period,
      o.area,
      valueCell(o, decimals),
      o.numerator === null ? '' : formatPublished(o.numerator, 0),
      o.denominator === null ? '' : formatPublished(o.denominator, 0),
    ]),
  ]);
}

// ---------------------------------------------------------------------------------------------
// local-harrow.csv (illustrative)

/** The illustrative series' specs: Harrow's published figures, cohorts and behaviour. */
export function illustrativeSpecs(
  published: ReadonlyMap<string, Observation>,
  ees: ReadonlyMap<string, { observation: Observation; path: string }>,
  decimals: ReadonlyMap<string, number>,
): IllustrativeSpec[] {
  const area = DEFAULT_AUTHORITY.code;
  const publishedForCouncil = (id: string) =>
    [...published.values()].some(
      (o) => o.indicator === id && o.area === area && o.value.kind === 'number',
    );
  // Illustrative quarters only where DfE publishes the indicator for the council.
  return INDICATORS.filter((content) => publishedForCouncil(content.id)).map((content) => {
    const own = new Map<PeriodKey, number>();
    let englandLatest: { period: PeriodKey; value: number } | null = null;
    for (const observation of published.values()) {
      if (observation.indicator !== content.id || observation.value.kind !== 'number') continue;
      if (observation.area === area) own.set(observation.period, observation.value.value);
      if (
        observation.area === ENGLAND &&
        (englandLatest === null || comparePeriodKeys(observation.period, englandLatest.period) > 0)
      ) {
        englandLatest = { period: observation.period, value: observation.value.value };
      }
    }
    const spec: IllustrativeSpec = {
      indicator: content.id,
      unit: content.unit,
      measurement: content.measurement,
      decimals: content.decimals,
      publishedDecimals: decimals.get(content.id) ?? content.decimals,
      published: new Map([...own].sort(([a], [b]) => comparePeriodKeys(a, b))),
      noise: content.illustrative.noise,
      ...(content.illustrative.after === 'towards-england' && englandLatest
        ? { longRun: englandLatest.value }
        : {}),
      notes: new Map(
        ILLUSTRATIVE_NOTES.filter((n) => n.indicator === content.id).map((n) => [n.period, n.note]),
      ),
    };
    const countsFrom = content.illustrative.counts;
    if (countsFrom === undefined) return spec;
    const cohortIndicator = {
      'care-leavers-19-21': 'CL-EET-1921',
      'cp-plans-31-march': 'CSC-CPP-2YRS',
      'sdq-eligible': 'CLA-SDQ-DONE',
    }[countsFrom];
    const cohort = new Map<PeriodKey, number>();
    const counts = new Map<PeriodKey, { numerator: number; denominator: number }>();
    for (const { observation } of ees.values()) {
      if (observation.indicator !== cohortIndicator || observation.area !== area) continue;
      if (observation.denominator === null) continue;
      cohort.set(observation.period, observation.denominator);
      if (observation.indicator === content.id && observation.numerator !== null) {
        counts.set(observation.period, {
          numerator: observation.numerator,
          denominator: observation.denominator,
        });
      }
    }
    if (cohort.size === 0) throw new Error(`${content.id}: no published cohort for the counts.`);
    const sortedCohort = new Map([...cohort].sort(([a], [b]) => comparePeriodKeys(a, b)));
    const sortedCounts = new Map([...counts].sort(([a], [b]) => comparePeriodKeys(a, b)));
    return { ...spec, counts: { cohort: sortedCohort, published: sortedCounts } };
  });
}

export const LOCAL_TITLE = `${ILLUSTRATIVE_LABEL}. Made up for demonstration to match ${DEFAULT_AUTHORITY.name}'s published year-end figures; not ${DEFAULT_AUTHORITY.name}'s real quarterly figures.`;

function localCsv(specs: readonly IllustrativeSpec[]): string {
  const rows = generateIllustrative(specs, {
    seed: ILLUSTRATIVE_SEED,
    from: ILLUSTRATIVE_FROM,
    to: ILLUSTRATIVE_TO,
  });
  const problems = specs.flatMap((spec) => consistencyProblems(spec, rows));
  if (problems.length > 0) throw new Error(`Illustrative figures:\n${problems.join('\n')}`);
  for (const note of ILLUSTRATIVE_NOTES) {
    if (!rows.some((r) => r.indicator === note.indicator && r.period === note.period)) {
      throw new Error(`Note for ${note.indicator} ${note.period}: there is no such row.`);
    }
  }
  const decimals = new Map(specs.map((s) => [s.indicator, s.decimals]));
  return toCsv([
    [LOCAL_TITLE],
    ['indicator', 'period', 'area_code', 'value', 'numerator', 'denominator', 'note'],
    ...rows.map((row) => [
      row.indicator,
      row.period,
      DEFAULT_AUTHORITY.code,
      row.value === 'c' ? 'c' : formatFixed(row.value, decimals.get(row.indicator) ?? 1),
      row.numerator === null ? '' : String(row.numerator),
      row.denominator === null ? '' : String(row.denominator),
      row.note ?? '',
    ]),
  ]);
}

// ---------------------------------------------------------------------------------------------
// SOURCES.md

const mdCell = (value: string): string => value.replace(/\|/g, '\\|');

function sourcesMarkdown(summaries: readonly SeriesSummary[], areas: readonly Area[]): string {
  const councils = areas.filter((a) => a.level === 'la');
  const live = councils.filter((a) => a.live);
  const lines = [
    '# Where the default dataset comes from',
    '',
    'Generated by `npm run data:build` (`scripts/dataset/build.ts`) from the DfE files in',
    '`sources/dfe/` (see `sources/README.md` for where those came from). Do not edit by hand:',
    '`npm run data:check` fails when these files differ from what the script makes.',
    'Official statistics from the Department for Education, Open Government Licence v3.0.',
    '',
    `Data as at ${DATA_AS_AT} (the newest "Last Update" in LAIT's dictionary for these measures).`,
    '',
    '## published.csv: published figures for every council, region and England',
    '',
    'One row per indicator, period and area (tidy layout). Values are as DfE published them,',
    'to the decimal places shown (LAIT stores floating-point noise such as 17.899999999999999,',
    "written here as 17.9). `x` is LAIT's `-` (not available); `c` and `z` are as EES writes",
    'them. LAIT years are the year a period ends: LAIT 2025 is `2024-25` (the year to',
    '31 March 2025, or a 31 March 2025 snapshot); for the four workforce measures LAIT 2025 is',
    'the snapshot at 30 September 2025, stored as `2025-26 Q2`.',
    '',
    'Numerators and denominators come from the EES file named in the last column, attached to',
    "a LAIT figure only where the EES percentage is the same figure at LAIT's precision.",
    '',
    '| indicator | file | series | periods | rows | figures | missing | areas | decimals | with counts (from) |',
    '|---|---|---|---|---:|---:|---|---:|---:|---|',
    ...summaries.map((s) => {
      const missing = Object.entries(s.missing)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([state, n]) => `${state}: ${n}`)
        .join(', ');
      const counts =
        s.withCounts === 0 ? '0' : `${s.withCounts}${s.countsFrom ? ` (${s.countsFrom})` : ''}`;
      return `| ${s.indicator} | ${mdCell(s.file)} | ${mdCell(s.series)} | ${s.first} to ${s.last} | ${s.rows} | ${s.numbers} | ${missing || 'none'} | ${s.areas} | ${s.decimals} | ${mdCell(counts)} |`;
    }),
    '',
    '## areas.csv: the area register',
    '',
    "From `sources/dfe/lookups/las.csv` and `regions.csv`, through the import engine's",
    '`areasFromDfeLookups`: England, the 9 regions, Inner and Outer London, and',
    `${councils.length} councils (${live.length} live; the others reorganised, kept for their history).`,
    'A council whose GSS code changed keeps one code (the current one) and lists the earlier',
    'ones in `former_codes` (North Yorkshire 815: E10000023 -> E06000065).',
    '',
    '## neighbours-2025.csv and neighbours-2021.csv: statistical neighbours',
    '',
    'Copied unchanged from `sources/dfe/stat_neighbours/sn_may_2025.csv` and `sn_april_2021.csv`',
    "(DfE children's services statistical neighbours, May 2025 and April 2021 models). The year",
    'in the file name tells the importer which model a file holds.',
    '',
    '## definitions.csv: the indicators',
    '',
    "From `scripts/dataset/indicators.ts`. Polarity follows LAIT's dictionary (checked by the",
    'build). Targets marked "England average" are computed from published.csv.',
    '',
    `## ${LOCAL_FILE}: illustrative quarterly figures`,
    '',
    `"${ILLUSTRATIVE_LABEL}". Made up by \`scripts/dataset/illustrative.ts\` (seed ${ILLUSTRATIVE_SEED})`,
    `for ${DEFAULT_AUTHORITY.name}, ${ILLUSTRATIVE_FROM} to ${ILLUSTRATIVE_TO}. They agree with ${DEFAULT_AUTHORITY.name}'s`,
    'published year-end figures: a 31 March snapshot (or rolling 12-month figure) equals the',
    'published figure in Q4; a 30 September workforce figure equals it in Q2; an in-period',
    "measure's four quarters average to it (all at the precision DfE published). Counts are",
    "sized from DfE's published cohorts (care leavers aged 19 to 21, child protection plans at",
    '31 March, children eligible for an SDQ). A figure resting on 1 to 5 children is `c`.',
    '',
  ];
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// config.json

/** "Data as at" is never earlier than the newest figure in the data: the later of DfE's newest
 * update and the end of the last illustrative quarter. */
function dataAsAt(): string {
  const last = parsePeriodKey(ILLUSTRATIVE_TO);
  if (!last) throw new Error(`ILLUSTRATIVE_TO "${ILLUSTRATIVE_TO}" is not a period.`);
  const end = periodEnd(last);
  const endText = [end.getFullYear(), end.getMonth() + 1, end.getDate()]
    .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0'))
    .join('-');
  return endText > DATA_AS_AT ? endText : DATA_AS_AT;
}

function configJson(files: ReadonlyMap<OutputFile, string>, areas: readonly Area[]): string {
  const hash = createHash('sha256');
  for (const [name, content] of files) hash.update(`${name}\u0000${content}\u0000`);
  const config = {
    about:
      "Settings for the children's services scorecard. Edit this file on the web host to choose the council, neighbour model, comparators and data files; no rebuild is needed. See README.md.",
    ...defaultConfigJson({
      version: `${dataAsAt()}+${hash.digest('hex').slice(0, 8)}`,
      dataAsAt: dataAsAt(),
      authority: DEFAULT_AUTHORITY,
      files: [
        { role: 'definitions', path: 'definitions.csv' },
        { role: 'areas', path: 'areas.csv' },
        { role: 'neighbours', model: '2025', path: 'neighbours-2025.csv' },
        { role: 'neighbours', model: '2021', path: 'neighbours-2021.csv' },
        {
          role: 'published',
          path: 'published.csv',
          label: 'Published DfE figures (LAIT and Explore Education Statistics)',
        },
        {
          role: 'local',
          path: LOCAL_FILE,
          area: DEFAULT_AUTHORITY.code,
          illustrative: true,
          label: ILLUSTRATIVE_LABEL,
        },
      ],
    }),
  };
  const known = new Set(areas.filter((a) => a.level === 'la' && a.live).map((a) => a.code));
  const { problems } = parseConfig(config, { knownAuthorities: known });
  if (problems.length > 0) throw new Error(`config.json: ${problems.join(' ')}`);
  return JSON.stringify(config, null, 2) + '\n';
}
