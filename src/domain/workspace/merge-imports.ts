/**
 * The working dataset: the hosted data with the analyst's applied imports laid over it, oldest
 * first, replaying the keep/replace decisions taken when each was applied. A figure an import
 * gives for an indicator, area and period with no figure yet is added; one equal to the figure
 * there is left as it is; one that differs follows the recorded decision. A clash with no
 * recorded decision can only arise when the hosted data changed after the import was applied:
 * the imported figure is used (it is what the analyst saw and applied) and the clash is listed
 * in `drift` so the page can say so.
 *
 * Definitions are replaced by id the same way (decisions under definitionKey); areas and
 * neighbour lists from an import replace the entries they give. The hosted data is never
 * changed: maps that an import touches are copied first.
 *
 * mergeImports is a generator that yields every few thousand figures (see runToEnd).
 */
import { definitionKey, valueKey, type AppliedImport, type ImportedFileData } from '../import';
import type { DataFile } from '../model';
import { FigureRows, PeriodFigures } from '../model';
import { ContentHasher } from '../model';
import { parsePeriodKey } from '../model';
import type { AssembledScorecard, LocalSource } from '../import';
import type { Area, FileReport, IndicatorDefinition, Neighbour, Observation } from '../model';

const SLICE = 4096;
/** What copying one council's figures for an indicator counts for, in figures (see SLICE). */
const COPY_WORK = 32;

export interface DriftItem {
  readonly importId: number;
  readonly file: string;
  readonly key: string;
  /** The figure the hosted data (or an earlier import) gives now. */
  readonly current: Observation;
  /** The imported figure, which is used. */
  readonly incoming: Observation;
}

export interface MergedWorkspace {
  readonly data: AssembledScorecard;
  /** Clashes no decision covers (the hosted data changed since the import was applied). */
  readonly drift: readonly DriftItem[];
  /** How many clashes there were in all (drift lists at most MAX_DRIFT). */
  readonly driftCount: number;
}

export const MAX_DRIFT = 1000;

/** The role a file of an import plays in the working configuration. */
export function importedRole(file: ImportedFileData): 'local' | 'published' {
  const columns = file.observations;
  for (const key of columns.periodNames) {
    if (parsePeriodKey(key)?.kind !== 'year') return 'local';
  }
  return 'published';
}

/** The DataFile entry an imported file adds to the working configuration. */
export function importedDataFile(file: ImportedFileData): DataFile {
  const areas = file.observations.areaNames;
  return {
    role: importedRole(file),
    path: file.sourceKey,
    model: null,
    area: areas.length === 1 ? (areas[0] ?? null) : null,
    illustrative: false,
    label: null,
  };
}

/** The version of the working data: the hosted version, each import and its decisions. */
export function workspaceVersion(hostedVersion: string, imports: readonly AppliedImport[]): string {
  const steps = workspaceVersionSteps(hostedVersion, imports);
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}

const VERSION_SLICE = 2048;

/**
 * workspaceVersion a few thousand decisions at a time (an import that replaces tens of
 * thousands of figures has as many decisions): yields between them. Hashes the same bytes as
 * one JSON text of [id, files, sorted decisions] per import.
 */
export function* workspaceVersionSteps(
  hostedVersion: string,
  imports: readonly AppliedImport[],
): Generator<number, string> {
  if (imports.length === 0) return hostedVersion;
  const encoder = new TextEncoder();
  const hasher = new ContentHasher();
  const hosted = encoder.encode(hostedVersion);
  hasher.begin(hosted.length);
  hasher.update(hosted);
  for (const applied of imports) {
    // Sorted by key (the default sort compares strings as `<` does, without a callback).
    const keys = [...applied.decisions.keys()].sort();
    yield 0;
    const decisions = keys.map((key) => [key, applied.decisions.get(key)]);
    const files = applied.files.map((f) => [f.sourceKey, f.hash]);
    const pieces = [encoder.encode(`[${JSON.stringify(applied.id)},${JSON.stringify(files)},[`)];
    for (let i = 0; i < decisions.length; i += VERSION_SLICE) {
      const words = decisions.slice(i, i + VERSION_SLICE).map((d) => JSON.stringify(d));
      pieces.push(encoder.encode(`${i > 0 ? ',' : ''}${words.join(',')}`));
      yield i;
    }
    pieces.push(encoder.encode(']]'));
    hasher.begin(pieces.reduce((n, piece) => n + piece.length, 0));
    for (const piece of pieces) {
      hasher.update(piece);
      yield 0;
    }
  }
  return hasher.digest();
}

type AreaMap = Map<string, PeriodFigures>;

export function* mergeImports(
  hosted: AssembledScorecard,
  imports: readonly AppliedImport[],
  prepare: (definition: IndicatorDefinition) => IndicatorDefinition = (d) => d,
): Generator<number, MergedWorkspace> {
  if (imports.length === 0) return { data: hosted, drift: [], driftCount: 0 };
  // Copy-on-write: maps shared with the hosted dataset are copied the first time they change.
  // The imported columns are added after the hosted ones, so hosted references stay as they are.
  const rows = new FigureRows(hosted.dataset.rows);
  const observations = new Map<string, ReadonlyMap<string, PeriodFigures>>(
    hosted.dataset.observations,
  );
  const copied = new WeakSet<object>();
  const indicators = new Map(hosted.dataset.indicators);
  const areas = new Map<string, Area>(hosted.dataset.areas);
  const neighbours = new Map(hosted.dataset.neighbours);
  const files: DataFile[] = [...hosted.config.files];
  const sources = new Map<string, LocalSource>(hosted.sources);
  const reports: FileReport[] = [...hosted.reports];
  const drift: DriftItem[] = [];
  let driftCount = 0;

  function periodMap(indicator: string, area: string): PeriodFigures {
    const shared = observations.get(indicator);
    let byArea: AreaMap;
    if (shared && copied.has(shared)) byArea = shared as AreaMap;
    else {
      byArea = new Map(shared ?? []);
      copied.add(byArea);
      observations.set(indicator, byArea);
    }
    let byPeriod = byArea.get(area);
    if (!byPeriod || !copied.has(byPeriod)) {
      byPeriod = byPeriod ? byPeriod.copy(rows) : new PeriodFigures(rows);
      copied.add(byPeriod);
      byArea.set(area, byPeriod);
    }
    return byPeriod;
  }

  for (const applied of imports) {
    for (const file of applied.files) {
      reports.push(file.report);
      for (const raw of file.definitions) {
        const incoming = prepare(raw);
        const current = indicators.get(incoming.id);
        if (current && JSON.stringify(current) !== JSON.stringify(incoming)) {
          if (applied.decisions.get(definitionKey(incoming.id)) === 'keep') continue;
        }
        indicators.set(incoming.id, incoming);
      }
      for (const area of file.areas) areas.set(area.code, area);
      for (const [model, lists] of file.neighbours ?? []) {
        const merged = new Map<string, readonly Neighbour[]>(neighbours.get(model) ?? []);
        for (const [council, list] of lists) merged.set(council, list);
        neighbours.set(model, merged);
      }

      const columns = file.observations;
      if (columns.length === 0) continue;
      const entry = importedDataFile(file);
      files.push(entry);
      sources.set(file.sourceKey, {
        file: file.sourceKey,
        area: entry.area,
        illustrative: false,
        label: null,
      });
      const first = rows.add(columns);
      const areaCount = columns.areaNames.length;
      const byPair = new Map<number, PeriodFigures>();
      // Work done since the last yield: a figure counts 1, copying a council's figures (the
      // first figure for each indicator and council, often thousands in the first rows) more.
      let work = 0;
      for (let i = 0; i < columns.length; i++) {
        if (work >= SLICE) {
          work = 0;
          yield i;
        }
        work++;
        const ind = columns.indicator[i] ?? 0;
        const ar = columns.area[i] ?? 0;
        const pair = ind * areaCount + ar;
        let byPeriod = byPair.get(pair);
        if (!byPeriod) {
          byPeriod = periodMap(columns.indicatorNames[ind] ?? '', columns.areaNames[ar] ?? '');
          byPair.set(pair, byPeriod);
          work += COPY_WORK;
        }
        const period = columns.periodNames[columns.period[i] ?? 0] ?? '';
        const current = byPeriod.ref(period);
        if (current === undefined) {
          byPeriod.set(period, first + i);
          continue;
        }
        if (rows.same(current, first + i)) continue;
        const key = valueKey(
          columns.indicatorNames[ind] ?? '',
          columns.areaNames[ar] ?? '',
          period,
        );
        const decision = applied.decisions.get(key);
        if (decision === 'keep') continue;
        if (decision === undefined) {
          driftCount++;
          if (drift.length < MAX_DRIFT)
            drift.push({
              importId: applied.id,
              file: file.fileName,
              key,
              current: rows.at(current),
              incoming: rows.at(first + i),
            });
        }
        byPeriod.set(period, first + i);
      }
    }
  }
  const data: AssembledScorecard = {
    ...hosted,
    config: { ...hosted.config, files },
    dataset: {
      indicators,
      areas,
      neighbours,
      observations,
      rows,
      // An import's figures are the council's own; the hosted published files stay published.
      ...(hosted.dataset.publishedFiles ? { publishedFiles: hosted.dataset.publishedFiles } : {}),
    },
    reports,
    sources,
    version: yield* workspaceVersionSteps(hosted.version, imports),
  };
  return { data, drift, driftCount };
}
