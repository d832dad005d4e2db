/**
 * From imported files to one working dataset, with every file's import report, any clashes
 * between files and the content hash that identifies exactly this data (shared links record
 * it). The importing itself is in scorecard-import.ts, which runs in a worker; this half runs on
 * the page and does not pull the importer into the page's first download.
 */
import type { DataFile, ScorecardConfig } from '../model';
import { buildDataset, type Conflict, type Dataset } from '../model';
import { hostedFaults, type FetchedFile, type HostedFault } from './hosted-faults';
import type { ImportResult } from './index';
import type { ObservationColumns } from '../model';
import type { Area, FileReport, IndicatorDefinition, Neighbour, SnModel } from '../model';

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
  /** The same, with the file, its role and what is missing (every view shows these). */
  readonly faults: readonly HostedFault[];
  /** A hash of the configuration and every file's bytes. */
  readonly version: string;
  /** Where each file's figures came from, by file name (illustrative files carry their label). */
  readonly sources: ReadonlyMap<string, LocalSource>;
}

/** One configured file's import (null when the file could not be read). */
export interface ImportedFile {
  readonly file: DataFile;
  readonly result: ImportResult | null;
}

/**
 * Builds the dataset from imported files. A missing file or a file with errors is listed in
 * `problems`; whatever did load is still used. When the configuration turns blue off,
 * indicators' blue bands are dropped.
 */
export function combineScorecard(
  config: ScorecardConfig,
  imported: readonly ImportedFile[],
  version: string,
  fetched?: ReadonlyMap<string, FetchedFile>,
): AssembledScorecard {
  const faults = hostedFaults(imported, fetched);
  const problems = faults.map((fault) => fault.message);
  const reports: FileReport[] = [];
  const areas: Area[] = [];
  const indicators: IndicatorDefinition[] = [];
  const neighbours = new Map<SnModel, ReadonlyMap<string, readonly Neighbour[]>>();
  const observations: ObservationColumns[] = [];
  for (const { file, result } of imported) {
    if (!result) continue;
    reports.push(result.report);
    if (file.role === 'areas') areas.push(...result.areas);
    if (file.role === 'definitions') {
      for (const definition of result.definitions)
        indicators.push(config.rag.blue ? definition : withoutBlue(definition));
    }
    for (const [model, lists] of result.neighbours ?? []) {
      if (file.model === null || file.model === model) neighbours.set(model, lists);
    }
    if (result.observations.length > 0) observations.push(result.observations);
  }
  const built = buildDataset({ indicators, areas, neighbours, observations });
  const { conflicts } = built;
  const publishedFiles = new Set(
    config.files.filter((file) => file.role === 'published').map((file) => file.path),
  );
  const dataset = { ...built.dataset, publishedFiles };
  const sources = new Map(
    config.files.map((file) => [
      file.path,
      { file: file.path, area: file.area, illustrative: file.illustrative, label: file.label },
    ]),
  );
  return { config, dataset, reports, conflicts, problems, faults, version, sources };
}

/** The definition without its blue band (for a configuration that turns blue off). */
export function withoutBlue(definition: IndicatorDefinition): IndicatorDefinition {
  if (definition.rag.blueFrom === undefined) return definition;
  const rag = { ...definition.rag };
  delete rag.blueFrom;
  return { ...definition, rag };
}
