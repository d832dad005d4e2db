/**
 * From a checked configuration and the bytes of the files it names to one working dataset, with
 * every file's import report, any clashes between files, and a content hash that identifies
 * exactly this data (shared links record it). Pure: the browser, a worker and tests all call it.
 */
import type { DataFile, ScorecardConfig } from './config';
import { buildDataset, type Conflict, type Dataset } from './dataset';
import { contentHash } from './hash';
import { importFile, type ImportResult } from './import/index';
import type { ObservationColumns } from './observations';
import type {
  Area,
  FileReport,
  IndicatorDefinition,
  Neighbour,
  SnModel,
} from './types';

export interface LocalSource {
  readonly file: string;
  readonly area: string | null;
  readonly illustrative: boolean;
  readonly label: string | null;
}

export interface AssembledScorecard {
  readonly config: ScorecardConfig;
  readonly dataset: Dataset;
  /** One report per file named in the configuration, in the order they were read. */
  readonly reports: readonly FileReport[];
  readonly conflicts: readonly Conflict[];
  /** Files named in the configuration that could not be read, and files with errors. */
  readonly problems: readonly string[];
  /** A hash of the configuration and every file's bytes. */
  readonly version: string;
  /** Where each file's figures came from, by file name (illustrative files carry their label). */
  readonly sources: ReadonlyMap<string, LocalSource>;
}

/** Files are read in this order: the area register and definitions first (others need them),
 * then local figures before published ones, so a local figure is the one kept and shown. */
const ROLE_ORDER: Readonly<Record<DataFile['role'], number>> = {
  areas: 0,
  definitions: 1,
  neighbours: 2,
  local: 3,
  published: 4,
};

/**
 * Imports every file the configuration names (`files` maps each file's path to its bytes) and
 * builds the dataset. A missing file or a file with errors is listed in `problems`; whatever
 * did load is still used. `now` is for the importer's "period has not ended" check.
 * When the configuration turns blue off, indicators' blue bands are dropped.
 */
export function assembleScorecard(
  config: ScorecardConfig,
  files: ReadonlyMap<string, Uint8Array>,
  now: Date,
): AssembledScorecard {
  const ordered = [...config.files].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  const problems: string[] = [];
  const reports: FileReport[] = [];
  let areas = new Map<string, Area>();
  let indicators = new Map<string, IndicatorDefinition>();
  const neighbours = new Map<SnModel, ReadonlyMap<string, readonly Neighbour[]>>();
  const observations: ObservationColumns[] = [];

  for (const file of ordered) {
    const bytes = files.get(file.path);
    if (!bytes) {
      problems.push(`${file.path} could not be read, so its figures are not shown.`);
      continue;
    }
    const result: ImportResult = importFile(bytes, file.path, {
      now,
      areas,
      indicators,
      ...(file.area !== null ? { defaultArea: file.area } : {}),
    });
    reports.push(result.report);
    if (result.report.errors.length > 0) {
      problems.push(
        `${file.path} has ${String(result.report.errors.length)} problem${result.report.errors.length === 1 ? '' : 's'}; ${String(result.report.rejected)} line${result.report.rejected === 1 ? ' was' : 's were'} not loaded.`,
      );
    }
    if (file.role === 'areas') areas = new Map(result.areas.map((area) => [area.code, area]));
    if (file.role === 'definitions') {
      indicators = new Map(
        result.definitions.map((definition) => [
          definition.id,
          config.rag.blue ? definition : withoutBlue(definition),
        ]),
      );
    }
    for (const [model, lists] of result.neighbours ?? []) {
      if (file.model === null || file.model === model) neighbours.set(model, lists);
    }
    if (result.observations.length > 0) observations.push(result.observations);
  }

  const { dataset, conflicts } = buildDataset({
    indicators: indicators.values(),
    areas: areas.values(),
    neighbours,
    observations,
  });
  const sources = new Map(
    config.files.map((file) => [
      file.path,
      { file: file.path, area: file.area, illustrative: file.illustrative, label: file.label },
    ]),
  );
  const hashInput = [
    new TextEncoder().encode(JSON.stringify(config)),
    ...ordered.map((file) => files.get(file.path) ?? new Uint8Array()),
  ];
  return {
    config,
    dataset,
    reports,
    conflicts,
    problems,
    version: contentHash(hashInput),
    sources,
  };
}

function withoutBlue(definition: IndicatorDefinition): IndicatorDefinition {
  if (definition.rag.blueFrom === undefined) return definition;
  const rag = { ...definition.rag };
  delete rag.blueFrom;
  return { ...definition, rag };
}
