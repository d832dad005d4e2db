/**
 * What may be applied from a batch of read files, decided before anything changes:
 * - a file with errors applies nothing unless the analyst chose to apply only its clean lines;
 * - changes to the area register and the statistical-neighbour lists are listed field by field
 *   (old → new) and need their own confirmation;
 * - nothing may leave the configured council without its region or its neighbours (no choice
 *   overrides this);
 * - a batch that would add nothing is not applied.
 * Pure: the Data page and the tests call gateApply with the loaded data and the choices.
 */
import type { ImportedFileData } from '../import';
import type { Area, Neighbour, NeighbourLists, SnModel } from '../model';
import { newDefinitionFields } from './new-definitions';

/** What the data loaded now holds besides figures, for the comparison. */
export interface LoadedMeta {
  readonly areas: ReadonlyMap<string, Area>;
  readonly neighbours: NeighbourLists;
  /** The configured council (config.authority) and its neighbour model. */
  readonly authority: string;
  readonly neighbourModel: SnModel;
  /** The definitions loaded now; when given, new definitions need their own confirmation. */
  readonly indicators?: ReadonlyMap<string, unknown>;
}

export interface ApplyChoices {
  /** Files with errors whose clean lines the analyst chose to apply, by file name. */
  readonly cleanLinesOnly: ReadonlySet<string>;
  /** Whether the analyst confirmed the register and neighbour changes listed field by field. */
  readonly registerConfirmed: boolean;
  /** Whether the analyst confirmed the new indicator definitions listed field by field. */
  readonly definitionsConfirmed?: boolean;
}

/** One field of one area's register entry that a file would change. */
export interface AreaFieldChange {
  readonly code: string;
  /** The area's name (the new one when the name changes). */
  readonly name: string;
  /** "new area", "name", "region", "sub-region", "old LA code", "level", "still exists", "former codes". */
  readonly field: string;
  readonly from: string;
  readonly to: string;
  readonly file: string;
}

/** One council's neighbour list that a file would change. */
export interface NeighbourListChange {
  readonly model: SnModel;
  readonly council: string;
  readonly name: string;
  readonly from: string;
  readonly to: string;
  readonly file: string;
}

/** The files' parts that would apply, by kind. */
type Parts = Pick<
  ImportedFileData,
  'fileName' | 'report' | 'observations' | 'definitions' | 'areas' | 'neighbours'
>;

const none = '(none)';

function areaName(code: string | null, areas: ReadonlyMap<string, Area>): string {
  if (code === null || code === '') return none;
  const name = areas.get(code)?.name;
  return name === undefined ? code : `${name} (${code})`;
}

/** Every field of every register entry the files would change, in file order. */
export function areaFieldChanges(
  loaded: ReadonlyMap<string, Area>,
  files: readonly Parts[],
): AreaFieldChange[] {
  const areas = new Map(loaded);
  const out: AreaFieldChange[] = [];
  for (const file of files) {
    for (const area of file.areas) {
      const current = areas.get(area.code);
      const add = (field: string, from: string, to: string) => {
        if (from !== to)
          out.push({ code: area.code, name: area.name, field, from, to, file: file.fileName });
      };
      if (!current) {
        add('new area', none, `${area.name}, ${area.level}`);
      } else {
        add('name', current.name, area.name);
        add('level', current.level, area.level);
        add('old LA code', current.oldCode ?? none, area.oldCode ?? none);
        add(
          'region',
          areaName(current.regionCode, areas),
          areaName(area.regionCode, new Map([...areas, [area.code, area]])),
        );
        add(
          'sub-region',
          areaName(current.subRegionCode, areas),
          areaName(area.subRegionCode, areas),
        );
        add('still exists', current.live ? 'yes' : 'no', area.live ? 'yes' : 'no');
        add(
          'former codes',
          current.formerCodes.join(', ') || none,
          area.formerCodes.join(', ') || none,
        );
      }
      areas.set(area.code, area);
    }
  }
  return out;
}

function listText(list: readonly Neighbour[] | undefined, areas: ReadonlyMap<string, Area>) {
  if (!list || list.length === 0) return none;
  return [...list]
    .sort((a, b) => a.rank - b.rank)
    .map((n) => areas.get(n.code)?.name ?? n.code)
    .join(', ');
}

/** Every council's neighbour list the files would change, in file order. */
export function neighbourListChanges(
  loaded: NeighbourLists,
  areas: ReadonlyMap<string, Area>,
  files: readonly Parts[],
): NeighbourListChange[] {
  const lists = new Map<SnModel, Map<string, readonly Neighbour[]>>();
  for (const [model, byCouncil] of loaded) lists.set(model, new Map(byCouncil));
  const out: NeighbourListChange[] = [];
  for (const file of files) {
    for (const [model, byCouncil] of file.neighbours ?? []) {
      let now = lists.get(model);
      if (!now) {
        now = new Map();
        lists.set(model, now);
      }
      for (const [council, list] of byCouncil) {
        const from = listText(now.get(council), areas);
        const to = listText(list, areas);
        if (from !== to) {
          out.push({
            model,
            council,
            name: areas.get(council)?.name ?? council,
            from,
            to,
            file: file.fileName,
          });
        }
        now.set(council, list);
      }
    }
  }
  return out;
}

/**
 * Why the files would leave the configured council without its region or its neighbours (empty
 * when they would not). Applies to what the files give, whatever the analyst chooses.
 */
export function configuredCouncilProblems(loaded: LoadedMeta, files: readonly Parts[]): string[] {
  const problems: string[] = [];
  const { authority } = loaded;
  const areas = new Map(loaded.areas);
  for (const file of files) for (const area of file.areas) areas.set(area.code, area);
  const before = loaded.areas.get(authority);
  const after = areas.get(authority);
  const name = before?.name ?? after?.name ?? authority;
  if (before?.regionCode) {
    const region = after?.regionCode ?? null;
    if (region === null || region === '') {
      const file = files.find((f) => f.areas.some((a) => a.code === authority));
      problems.push(
        `${file?.fileName ?? 'The files'} would remove the region of ${name}, the council this scorecard is for, so its region comparisons would be lost. Nothing can be applied while it does: take the file out, or correct its line for ${authority}.`,
      );
    } else if (areas.get(region)?.level !== 'regional') {
      problems.push(
        `The files would put ${name}, the council this scorecard is for, in "${region}", which is not a region in the area register. Nothing can be applied while they do.`,
      );
    }
  }
  const had = loaded.neighbours.get(loaded.neighbourModel)?.get(authority) ?? [];
  if (had.length > 0) {
    for (const file of files) {
      const list = file.neighbours?.get(loaded.neighbourModel)?.get(authority);
      if (list !== undefined && list.length === 0) {
        problems.push(
          `${file.fileName} would leave ${name}, the council this scorecard is for, with no statistical neighbours in the ${loaded.neighbourModel} model. Nothing can be applied while it does.`,
        );
      }
    }
  }
  return problems;
}

/** Whether a file would add or change anything at all. */
export function givesAnything(file: Parts): boolean {
  return (
    file.observations.length > 0 ||
    file.definitions.length > 0 ||
    file.areas.length > 0 ||
    (file.neighbours !== null && file.neighbours.size > 0)
  );
}

export type ApplyGate =
  | { readonly ok: true; readonly files: readonly ImportedFileData[] }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * The files to apply, or why nothing can be. Files that give nothing are left out; a file with
 * errors stops the whole apply unless its clean lines were chosen; register or neighbour changes
 * stop it until confirmed; anything that takes the configured council's region or neighbours
 * away stops it always.
 */
export function gateApply(
  loaded: LoadedMeta,
  files: readonly ImportedFileData[],
  choices: ApplyChoices,
): ApplyGate {
  const giving = files.filter(givesAnything);
  const problems: string[] = [];
  for (const file of files) {
    const errors = file.report.errors.length;
    if (errors > 0 && !choices.cleanLinesOnly.has(file.fileName)) {
      problems.push(
        `${file.fileName} has ${errors === 1 ? 'an error' : 'errors'}, so nothing is applied from it unless you choose "Apply only its clean lines" in its report (or take the file out and bring it in again once corrected).`,
      );
    }
  }
  if (giving.length === 0) {
    problems.push(
      'These files give no figures, definitions, areas or neighbour lists, so there is nothing to apply.',
    );
  }
  const registerChanges =
    areaFieldChanges(loaded.areas, giving).length +
    neighbourListChanges(loaded.neighbours, loaded.areas, giving).length;
  if (registerChanges > 0 && !choices.registerConfirmed) {
    problems.push(
      'The area register or the statistical-neighbour lists would change: check each change listed under "Register and neighbour changes" and confirm them.',
    );
  }
  if (
    loaded.indicators &&
    !choices.definitionsConfirmed &&
    newDefinitionFields(loaded.indicators, giving).length > 0
  ) {
    problems.push(
      'New indicator definitions would be added: check each field listed under "New indicator definitions" and confirm them.',
    );
  }
  problems.push(...configuredCouncilProblems(loaded, giving));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, files: giving };
}
