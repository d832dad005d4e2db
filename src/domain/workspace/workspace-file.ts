/**
 * The workspace as one file, to carry an analyst's imports to another machine: a zip holding
 * `workspace.json` (every import: its files' names, reports, definitions, areas, neighbour lists
 * and mappings, the decisions taken, when it was applied; and the remembered column mappings)
 * and `commentary.json` (the commentary written in this browser), `spc.json` (the SPC settings
 * set in this browser, as config.json's `spc` block), and, for each file's figures, its typed-array columns as raw little-endian bytes
 * (`imports/<import>/<file>/<column>.bin`). Reading checks the format, the version and that
 * every column has the right length and every code points into its dictionary, and says in
 * plain English what is wrong instead of loading a damaged workspace.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { AppliedImport, Decision, ImportedFileData } from '../import';
import { commentaryFromJson, type Commentary } from '../model';
import { readSpcConfig, spcConfigJson, type SpcSettings } from '../model';
import type { ColumnMapping } from '../import';
import { OBSERVATION_COLUMNS, type ObservationColumns } from '../model';
import { decisionsDamage, definitionDamage } from './workspace-check';
import type {
  Area,
  FileReport,
  IndicatorDefinition,
  Neighbour,
  SnModel,
  TargetValue,
} from '../model';

export const WORKSPACE_FORMAT = 'cs-scorecard-workspace';
export const WORKSPACE_VERSION = 1;

export interface WorkspaceContents {
  readonly imports: readonly AppliedImport[];
  /** Remembered column mappings by header signature. */
  readonly mappings: readonly (readonly [string, ColumnMapping])[];
  /** The hosted data's version when the workspace was exported. */
  readonly hostedVersion: string;
  readonly exportedAt: string;
  /** Commentary written in this browser (a file without commentary.json has none). */
  readonly commentary?: readonly Commentary[];
  /** SPC settings set in this browser; null or absent: the web host's (a file without spc.json). */
  readonly spc?: SpcSettings | null;
}

type ArrayName = keyof typeof OBSERVATION_COLUMNS;
const ARRAYS = Object.entries(OBSERVATION_COLUMNS) as [
  ArrayName,
  (typeof OBSERVATION_COLUMNS)[ArrayName],
][];

interface FileJson {
  fileName: string;
  sourceKey: string;
  size: number;
  hash: string;
  report: Omit<FileReport, 'skippedReasons'> & { skippedReasons: [string, number][] };
  definitions: IndicatorDefinition[];
  areas: Area[];
  neighbours: [SnModel, [string, Neighbour[]][]][] | null;
  mapping: ColumnMapping | null;
  headers: string[];
  observations: {
    file: string;
    length: number;
    indicatorNames: string[];
    areaNames: string[];
    periodNames: string[];
    targets: [number, TargetValue][];
    notes: [number, string][];
  };
}

interface ImportJson {
  id: number;
  appliedAt: string;
  hostedVersion: string;
  decisions: [string, Decision][];
  files: FileJson[];
}

interface WorkspaceJson {
  format: string;
  version: number;
  exportedAt: string;
  hostedVersion: string;
  mappings: [string, ColumnMapping][];
  imports: ImportJson[];
}

const bytesOf = (array: ArrayBufferView): Uint8Array =>
  new Uint8Array(array.buffer, array.byteOffset, array.byteLength).slice();

/** The workspace as the bytes of one zip file. */
export function workspaceToZip(contents: WorkspaceContents): Uint8Array {
  const entries: Zippable = {};
  const json: WorkspaceJson = {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    exportedAt: contents.exportedAt,
    hostedVersion: contents.hostedVersion,
    mappings: contents.mappings.map(([signature, mapping]) => [signature, mapping]),
    imports: contents.imports.map((applied, i) => ({
      id: applied.id,
      appliedAt: applied.appliedAt,
      hostedVersion: applied.hostedVersion,
      decisions: [...applied.decisions],
      files: applied.files.map((file, f) => {
        const o = file.observations;
        for (const [name] of ARRAYS)
          entries[`imports/${String(i)}/${String(f)}/${name}.bin`] = bytesOf(o[name]);
        return {
          fileName: file.fileName,
          sourceKey: file.sourceKey,
          size: file.size,
          hash: file.hash,
          report: { ...file.report, skippedReasons: [...file.report.skippedReasons] },
          definitions: [...file.definitions],
          areas: [...file.areas],
          neighbours:
            file.neighbours === null
              ? null
              : [...file.neighbours].map(([model, lists]) => [
                  model,
                  [...lists].map(([code, list]) => [code, [...list]]),
                ]),
          mapping: file.mapping,
          headers: [...file.headers],
          observations: {
            file: o.file,
            length: o.length,
            indicatorNames: [...o.indicatorNames],
            areaNames: [...o.areaNames],
            periodNames: [...o.periodNames],
            targets: [...o.targets],
            notes: [...o.notes],
          },
        } satisfies FileJson;
      }),
    })),
  };
  entries['workspace.json'] = new TextEncoder().encode(JSON.stringify(json));
  if (contents.commentary && contents.commentary.length > 0)
    entries['commentary.json'] = new TextEncoder().encode(JSON.stringify(contents.commentary));
  if (contents.spc)
    entries['spc.json'] = new TextEncoder().encode(
      JSON.stringify(spcConfigJson(contents.spc) ?? {}),
    );
  return zipSync(entries, { level: 6 });
}

export type WorkspaceRead =
  | { readonly ok: true; readonly contents: WorkspaceContents }
  | { readonly ok: false; readonly problems: readonly string[] };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function typedArray(name: ArrayName, bytes: Uint8Array): ArrayLike<number> & ArrayBufferView {
  const spec = ARRAYS.find(([n]) => n === name);
  const Type = spec?.[1] ?? Uint8Array;
  const copy = bytes.slice();
  if (copy.byteLength % Type.BYTES_PER_ELEMENT !== 0) throw new Error(`${name} has a partial item`);
  return new Type(copy.buffer, 0, copy.byteLength / Type.BYTES_PER_ELEMENT);
}

/** Reads a workspace file; never throws for anything in the file. */
export function workspaceFromZip(bytes: Uint8Array): WorkspaceRead {
  try {
    return readWorkspace(bytes);
  } catch {
    return {
      ok: false,
      problems: ['The workspace file is damaged: parts of it are not what the scorecard wrote.'],
    };
  }
}

function readWorkspace(bytes: Uint8Array): WorkspaceRead {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch {
    return { ok: false, problems: ['The file is not a workspace: it is not a zip file.'] };
  }
  const main = entries['workspace.json'];
  if (!main)
    return { ok: false, problems: ['The file is not a workspace: it has no workspace.json.'] };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(main));
  } catch {
    return { ok: false, problems: ['workspace.json in the file is not valid JSON.'] };
  }
  if (!isObject(json) || json['format'] !== WORKSPACE_FORMAT)
    return { ok: false, problems: ['The file is not a scorecard workspace.'] };
  if (json['version'] !== WORKSPACE_VERSION)
    return {
      ok: false,
      problems: [
        `The workspace was saved in format version ${String(json['version'])}; this scorecard reads version ${String(WORKSPACE_VERSION)}.`,
      ],
    };
  const problems: string[] = [];
  const data = json as unknown as WorkspaceJson;
  const imports: AppliedImport[] = [];
  if (!Array.isArray(data.imports) || !Array.isArray(data.mappings))
    return { ok: false, problems: ['workspace.json has no list of imports or mappings.'] };
  const mappings: unknown[] = data.mappings;
  if (mappings.some((m) => !Array.isArray(m) || typeof m[0] !== 'string' || !isObject(m[1])))
    return { ok: false, problems: ['workspace.json: a remembered column mapping is damaged.'] };
  data.imports.forEach((applied, i) => {
    const files: ImportedFileData[] = [];
    if (
      !isObject(applied) ||
      !Array.isArray(applied.files) ||
      typeof applied.id !== 'number' ||
      !Number.isSafeInteger(applied.id) ||
      applied.id < 1
    ) {
      problems.push(`Import ${String(i + 1)} is damaged.`);
      return;
    }
    const badDecisions = decisionsDamage(applied.decisions);
    if (badDecisions !== null) {
      problems.push(`Import ${String(applied.id)} is damaged: ${badDecisions}.`);
      return;
    }
    applied.files.forEach((file, f) => {
      const where = `Import ${String(applied.id)}, file ${String(f + 1)}${isObject(file) && typeof file.fileName === 'string' ? ` (${file.fileName})` : ''}`;
      try {
        if (!isObject(file) || !isObject(file.observations) || !isObject(file.report))
          throw new Error('its contents are missing');
        const definitions: unknown = file.definitions;
        const damaged = Array.isArray(definitions)
          ? (definitions.map(definitionDamage).find((d) => d !== null) ?? null)
          : 'its definitions are not a list';
        if (damaged !== null) throw new Error(damaged);
        if (!Array.isArray(file.areas)) throw new Error('its areas are not a list');
        const o = file.observations;
        const arrays = new Map<ArrayName, ArrayLike<number> & ArrayBufferView>();
        for (const [name] of ARRAYS) {
          const raw = entries[`imports/${String(i)}/${String(f)}/${name}.bin`];
          if (!raw) throw new Error(`its ${name} column is missing`);
          const array = typedArray(name, raw);
          if (array.length !== o.length) throw new Error(`its ${name} column has the wrong length`);
          arrays.set(name, array);
        }
        const within = (name: ArrayName, limit: number) => {
          const array = arrays.get(name);
          if (!array) return;
          for (let k = 0; k < array.length; k++) {
            if ((array[k] ?? 0) >= limit && o.length > 0)
              throw new Error(`its ${name} column points outside its names`);
          }
        };
        within('indicator', o.indicatorNames.length);
        within('area', o.areaNames.length);
        within('period', o.periodNames.length);
        within('state', 6);
        const columns = {
          file: o.file,
          length: o.length,
          indicatorNames: o.indicatorNames,
          areaNames: o.areaNames,
          periodNames: o.periodNames,
          targets: new Map(o.targets),
          notes: new Map(o.notes),
          ...Object.fromEntries(arrays),
        } as unknown as ObservationColumns;
        files.push({
          fileName: file.fileName,
          sourceKey: file.sourceKey,
          size: file.size,
          hash: file.hash,
          report: { ...file.report, skippedReasons: new Map(file.report.skippedReasons) },
          definitions: file.definitions,
          areas: file.areas,
          neighbours:
            file.neighbours === null
              ? null
              : new Map(file.neighbours.map(([model, lists]) => [model, new Map(lists)])),
          mapping: file.mapping,
          headers: file.headers,
          observations: columns,
        });
      } catch (error) {
        // The checks above throw plain Errors in words; anything else (a TypeError on malformed
        // contents) is a JavaScript fault, never shown to the analyst as it is.
        const said = error instanceof Error && error.name === 'Error' ? error.message : null;
        problems.push(
          `${where} is damaged: ${said ?? 'its figures do not fit together (a list is missing or of the wrong kind)'}.`,
        );
      }
    });
    imports.push({
      id: applied.id,
      appliedAt: applied.appliedAt,
      hostedVersion: applied.hostedVersion,
      decisions: new Map(applied.decisions),
      files,
    });
  });
  const commentary = readCommentaryEntry(entries['commentary.json'], problems);
  const spc = readSpcEntry(entries['spc.json'], problems);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    contents: {
      imports,
      mappings: data.mappings,
      hostedVersion: data.hostedVersion,
      exportedAt: data.exportedAt,
      commentary,
      spc,
    },
  };
}

/** The SPC settings in the file (null when it has no spc.json); problems into `problems`. */
function readSpcEntry(bytes: Uint8Array | undefined, problems: string[]): SpcSettings | null {
  if (!bytes) return null;
  try {
    const read = readSpcConfig(JSON.parse(new TextDecoder().decode(bytes)));
    problems.push(...read.problems.map((p) => `spc.json: ${p}`));
    return read.settings;
  } catch {
    problems.push('spc.json in the file is not valid JSON.');
    return null;
  }
}

/** The commentary in the file (none when it has no commentary.json); problems into `problems`. */
function readCommentaryEntry(bytes: Uint8Array | undefined, problems: string[]): Commentary[] {
  if (!bytes) return [];
  try {
    const read = commentaryFromJson(JSON.parse(new TextDecoder().decode(bytes)));
    problems.push(...read.problems.map((p) => `commentary.json: ${p}`));
    return read.commentary;
  } catch {
    problems.push('commentary.json in the file is not valid JSON.');
    return [];
  }
}
