/**
 * The slow half of loading a scorecard: import every file a configuration names, in the order
 * the files need each other, and hash the configuration and bytes. Runs in a worker in the
 * browser; its result is plain data with observations in typed arrays.
 */
import type { ScorecardConfig, DataFile } from '../model';
import { contentHash } from '../model';
import { importFile } from './index';
import { combineScorecard, type AssembledScorecard, type ImportedFile } from './scorecard-data';
import type { Area, IndicatorDefinition } from '../model';

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
 * Imports every file the configuration names (`files` maps each file's path to its bytes), in
 * the order the files need each other, and hashes the configuration and bytes. The slow half of
 * assembleScorecard, kept separate so it can run in a worker: its result is plain data with the
 * observations in typed arrays.
 */
export function importScorecardFiles(
  config: ScorecardConfig,
  files: ReadonlyMap<string, Uint8Array>,
  now: Date,
): { imported: ImportedFile[]; version: string } {
  const ordered = [...config.files].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  let areas = new Map<string, Area>();
  let indicators = new Map<string, IndicatorDefinition>();
  const imported: ImportedFile[] = [];
  for (const file of ordered) {
    const bytes = files.get(file.path);
    if (!bytes) {
      imported.push({ file, result: null });
      continue;
    }
    const result = importFile(bytes, file.path, {
      now,
      areas,
      indicators,
      ...(file.area !== null ? { defaultArea: file.area } : {}),
    });
    if (file.role === 'areas') areas = new Map(result.areas.map((area) => [area.code, area]));
    if (file.role === 'definitions') {
      indicators = new Map(result.definitions.map((definition) => [definition.id, definition]));
    }
    imported.push({ file, result });
  }
  const hashInput = [
    new TextEncoder().encode(JSON.stringify(config)),
    ...ordered.map((file) => files.get(file.path) ?? new Uint8Array()),
  ];
  return { imported, version: contentHash(hashInput) };
}

/** importScorecardFiles then combineScorecard, in one call. */
export function assembleScorecard(
  config: ScorecardConfig,
  files: ReadonlyMap<string, Uint8Array>,
  now: Date,
): AssembledScorecard {
  const { imported, version } = importScorecardFiles(config, files, now);
  return combineScorecard(config, imported, version);
}
