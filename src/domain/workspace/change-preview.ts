/**
 * What an import would change, worked out before anything changes: new periods, indicators and
 * councils; how many figures are new, and how many are the same as now; and every figure that
 * would change (the figure loaded now and the imported one, each with its file and line), which
 * needs the analyst's keep/replace decision. Definitions, the area register and neighbour lists
 * are compared too.
 *
 * previewChanges is a generator: it yields every few thousand rows so a page can spread a large
 * import's comparison over many short tasks (see runToEnd for a plain call).
 *
 * For large files the comparison runs in the worker that read them: comparePreview compares the
 * files with a FigureSnapshot of the loaded figures (integer codes, no string per row) and
 * returns each figure that would change as a pair of row references in typed arrays; the page
 * turns those into ValueChanges with expandPreview. The two ways give the same ChangePreview.
 */
import { definitionKey, valueKey, type ImportedFileData } from '../import';
import { getFigures, getObservation, sameValue, type Dataset } from '../model';
import { FigureIndex, type FigureSnapshot } from './figure-snapshot';
import { comparePeriodKeys } from '../model';
import { observationAt } from '../model';
import { sameNumber } from '../model';
import type {
  Area,
  IndicatorDefinition,
  NeighbourLists,
  Observation,
  PeriodKey,
  SnModel,
} from '../model';

export interface ValueChange {
  readonly key: string;
  /** The figure loaded now (or from an earlier file of the same import). */
  readonly current: Observation;
  readonly incoming: Observation;
}

export interface DefinitionChange {
  readonly key: string;
  readonly id: string;
  readonly current: IndicatorDefinition;
  readonly incoming: IndicatorDefinition;
  /** What differs, in words: `target: 86 → 88`, `title`. */
  readonly differences: readonly string[];
  /** The file that gives the new definition. */
  readonly file: string;
}

export interface ChangePreview {
  /** Figures for an indicator, area and period that has none now. */
  readonly newValues: number;
  /** Figures that say what is loaded now. */
  readonly unchangedValues: number;
  /** Figures that differ from what is loaded now: each needs a decision. */
  readonly changes: readonly ValueChange[];
  readonly newPeriods: readonly PeriodKey[];
  /** Indicators with figures for the first time. */
  readonly newIndicators: readonly string[];
  /** Areas (councils, regions, England) with figures for the first time, by code. */
  readonly newCouncils: readonly string[];
  readonly newDefinitions: readonly string[];
  readonly definitionChanges: readonly DefinitionChange[];
  /** Areas added to the register, and areas whose entry would change. */
  readonly newAreas: readonly string[];
  readonly changedAreas: readonly string[];
  readonly neighbourUpdates: readonly {
    readonly model: SnModel;
    readonly councils: number;
    readonly changed: number;
  }[];
}

/** Rows between yields. */
const SLICE = 4096;

const json = (value: unknown) => JSON.stringify(value);

function targetText(definition: IndicatorDefinition): string {
  const target = definition.targets.find((t) => t.period === null);
  if (!target) return 'none';
  return target.value.kind === 'point'
    ? String(target.value.value)
    : `${String(target.value.low)} to ${String(target.value.high)}`;
}

/** The fields that differ between two definitions of one indicator, in words. */
export function definitionDifferences(
  current: IndicatorDefinition,
  incoming: IndicatorDefinition,
): string[] {
  const out: string[] = [];
  const plain = [
    ['unit', 'unit'],
    ['polarity', 'polarity'],
    ['decimals', 'decimal places'],
    ['measurement', 'measurement'],
    ['section', 'section'],
  ] as const;
  if (targetText(current) !== targetText(incoming))
    out.push(`target: ${targetText(current)} → ${targetText(incoming)}`);
  else if (json(current.targets) !== json(incoming.targets)) out.push('targets');
  for (const [field, label] of plain) {
    if (current[field] !== incoming[field])
      out.push(`${label}: ${String(current[field])} → ${String(incoming[field])}`);
  }
  // Blank published decimals are the decimals (published-precision.ts).
  const publishedPlaces = (d: IndicatorDefinition) => d.publishedDecimals ?? d.decimals;
  if (publishedPlaces(current) !== publishedPlaces(incoming))
    out.push(
      `published decimal places: ${String(publishedPlaces(current))} → ${String(publishedPlaces(incoming))}`,
    );
  const words = [
    ['title', 'title'],
    ['shortTitle', 'short title'],
    ['definition', 'definition'],
    ['source', 'source'],
    ['owner', 'owner'],
  ] as const;
  for (const [field, label] of words) if (current[field] !== incoming[field]) out.push(label);
  if (json(current.rag) !== json(incoming.rag)) out.push('RAG rules');
  if (json(current.aliases) !== json(incoming.aliases)) out.push('other names');
  return out;
}

/** Runs a generator such as previewChanges to its end in one go. */
export function runToEnd<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}

/** What the loaded data has besides figures: definitions, the area register, neighbour lists. */
export interface LoadedParts {
  readonly indicators: ReadonlyMap<string, IndicatorDefinition>;
  readonly areas: ReadonlyMap<string, Area>;
  readonly neighbours: NeighbourLists;
}

type MetaChanges = Pick<
  ChangePreview,
  'newDefinitions' | 'definitionChanges' | 'newAreas' | 'changedAreas' | 'neighbourUpdates'
>;

/** The definitions, register entries and neighbour lists the files would add or change. */
function metaChanges(
  loaded: LoadedParts,
  files: readonly ImportedFileData[],
  prepare: (definition: IndicatorDefinition) => IndicatorDefinition,
): MetaChanges {
  const definitions = new Map(loaded.indicators);
  const newDefinitions: string[] = [];
  const definitionChanges: DefinitionChange[] = [];
  const areas = new Map(loaded.areas);
  const newAreas: string[] = [];
  const changedAreas: string[] = [];
  const neighbourUpdates: { model: SnModel; councils: number; changed: number }[] = [];
  for (const file of files) {
    for (const raw of file.definitions) {
      const incoming = prepare(raw);
      const current = definitions.get(incoming.id);
      if (!current) newDefinitions.push(incoming.id);
      else if (json(current) !== json(incoming)) {
        definitionChanges.push({
          key: definitionKey(incoming.id),
          id: incoming.id,
          current,
          incoming,
          differences: definitionDifferences(current, incoming),
          file: file.sourceKey,
        });
      }
      definitions.set(incoming.id, incoming);
    }
    for (const area of file.areas) {
      const current = areas.get(area.code);
      if (!current) newAreas.push(area.code);
      else if (json(current) !== json(area)) changedAreas.push(area.code);
      areas.set(area.code, area);
    }
    for (const [model, lists] of file.neighbours ?? []) {
      const now = loaded.neighbours.get(model);
      let changed = 0;
      for (const [council, list] of lists) {
        if (json(now?.get(council) ?? null) !== json(list)) changed++;
      }
      neighbourUpdates.push({ model, councils: lists.size, changed });
    }
  }
  return { newDefinitions, definitionChanges, newAreas, changedAreas, neighbourUpdates };
}

/**
 * Compares a batch of read files (in the order they would be applied) with the dataset loaded
 * now. `prepare` turns an incoming definition into the form the dataset keeps (e.g. without a
 * blue band when the configuration turns blue off). Yields the rows compared so far.
 */
export function* previewChanges(
  dataset: Dataset,
  files: readonly ImportedFileData[],
  prepare: (definition: IndicatorDefinition) => IndicatorDefinition = (d) => d,
): Generator<number, ChangePreview> {
  // Periods, indicators and areas with figures now.
  const periods = new Set<PeriodKey>();
  const areasWithFigures = new Set<string>();
  let counted = 0;
  for (const byArea of dataset.observations.values()) {
    for (const [area, byPeriod] of byArea) {
      areasWithFigures.add(area);
      for (const period of byPeriod.keys()) periods.add(period);
      counted += byPeriod.size;
      if (counted >= SLICE * 4) {
        counted = 0;
        yield 0;
      }
    }
  }

  const meta = metaChanges(dataset, files, prepare);

  const newPeriods = new Set<PeriodKey>();
  const newIndicators = new Set<string>();
  const newCouncils = new Set<string>();
  const changes: ValueChange[] = [];
  let newValues = 0;
  let unchangedValues = 0;
  const withFigures = files.filter((file) => file.observations.length > 0);
  // Files of one import can clash with each other: remember what earlier files gave.
  const batch = withFigures.length > 1 ? new Map<string, Observation>() : null;
  for (const [index, file] of withFigures.entries()) {
    const columns = file.observations;
    const remember = batch !== null && index < withFigures.length - 1;
    const areaCount = columns.areaNames.length;
    const byPair = new Map<number, ReadonlyMap<PeriodKey, Observation> | null>();
    for (let i = 0; i < columns.length; i++) {
      if (i % SLICE === SLICE - 1) yield i;
      const ind = columns.indicator[i] ?? 0;
      const ar = columns.area[i] ?? 0;
      const indicator = columns.indicatorNames[ind] ?? '';
      const area = columns.areaNames[ar] ?? '';
      const period = columns.periodNames[columns.period[i] ?? 0] ?? '';
      const pair = ind * areaCount + ar;
      let byPeriod = byPair.get(pair);
      if (byPeriod === undefined) {
        byPeriod = getFigures(dataset, indicator, area) ?? null;
        byPair.set(pair, byPeriod);
      }
      const key = batch === null ? '' : valueKey(indicator, area, period);
      const current = batch?.get(key) ?? byPeriod?.get(period);
      if (current === undefined) {
        newValues++;
        if (!periods.has(period)) newPeriods.add(period);
        if (!dataset.observations.has(indicator)) newIndicators.add(indicator);
        if (!areasWithFigures.has(area)) newCouncils.add(area);
        if (remember) batch.set(key, observationAt(columns, i));
        continue;
      }
      const incoming = observationAt(columns, i);
      if (sameValue(current.value, incoming.value)) unchangedValues++;
      else {
        changes.push({ key: valueKey(indicator, area, period), current, incoming });
        if (remember) batch.set(key, incoming);
      }
    }
  }
  return {
    newValues,
    unchangedValues,
    changes,
    newPeriods: [...newPeriods].sort(comparePeriodKeys),
    newIndicators: [...newIndicators].sort(),
    newCouncils: [...newCouncils].sort(),
    ...meta,
  };
}

/**
 * The figures that would change, as row references: the incoming figure is row `row` of file
 * `file` (an index into the files compared); the figure it would change is in the data loaded
 * now (`currentFile` -1, found again by its indicator, area and period) or row `currentRow` of
 * an earlier file of the same import.
 */
export interface CompactChanges {
  readonly length: number;
  readonly file: Uint32Array;
  readonly row: Uint32Array;
  readonly currentFile: Int32Array;
  readonly currentRow: Uint32Array;
}

/** A ChangePreview whose changes are row references (plain data: typed arrays, transferable). */
export type CompactPreview = Omit<ChangePreview, 'changes'> & { readonly changes: CompactChanges };

/** Whether two figures say the same thing, from their state codes and values (see sameValue). */
function sameCoded(stateA: number, valueA: number, stateB: number, valueB: number): boolean {
  if (stateA === 0 && stateB === 0) return sameNumber(valueA, valueB);
  if (stateA !== 0 && stateB !== 0) return stateA === stateB;
  return false;
}

/** For each name of a file's list, its code in the snapshot's list, or -1. */
function codesIn(names: readonly string[], snapshotCodes: ReadonlyMap<string, number>): Int32Array {
  const codes = new Int32Array(names.length);
  names.forEach((name, i) => {
    codes[i] = snapshotCodes.get(name) ?? -1;
  });
  return codes;
}

const codeMap = (names: readonly string[]) => new Map(names.map((name, i) => [name, i]));

/**
 * previewChanges against a snapshot of the loaded figures, in one go (it runs in a worker):
 * the same counts, lists and changes, with each change as row references (see CompactChanges).
 */
export function comparePreview(
  snapshot: FigureSnapshot,
  loaded: LoadedParts,
  files: readonly ImportedFileData[],
  prepare: (definition: IndicatorDefinition) => IndicatorDefinition = (d) => d,
): CompactPreview {
  const meta = metaChanges(loaded, files, prepare);
  const index = new FigureIndex(snapshot);
  const indicatorCodes = codeMap(snapshot.indicatorNames);
  const areaCodes = codeMap(snapshot.areaNames);
  const periodCodes = codeMap(snapshot.periodNames);

  const newPeriods = new Set<PeriodKey>();
  const newIndicators = new Set<string>();
  const newCouncils = new Set<string>();
  const changeFile: number[] = [];
  const changeRow: number[] = [];
  const changeCurrentFile: number[] = [];
  const changeCurrentRow: number[] = [];
  let newValues = 0;
  let unchangedValues = 0;
  const withFigures = files.flatMap((file, at) => (file.observations.length > 0 ? [at] : []));
  // Files of one import can clash with each other: remember what earlier files gave, by key,
  // as file * 2^32 + row.
  const batch = withFigures.length > 1 ? new Map<string, number>() : null;
  const FILE = 4294967296;
  for (const [position, at] of withFigures.entries()) {
    const columns = (files[at] as ImportedFileData).observations;
    const remember = batch !== null && position < withFigures.length - 1;
    const indicators = codesIn(columns.indicatorNames, indicatorCodes);
    const areas = codesIn(columns.areaNames, areaCodes);
    const periods = codesIn(columns.periodNames, periodCodes);
    for (let i = 0; i < columns.length; i++) {
      const ind = columns.indicator[i] ?? 0;
      const ar = columns.area[i] ?? 0;
      const per = columns.period[i] ?? 0;
      const key =
        batch === null
          ? ''
          : valueKey(
              columns.indicatorNames[ind] ?? '',
              columns.areaNames[ar] ?? '',
              columns.periodNames[per] ?? '',
            );
      const earlier = batch?.get(key);
      let currentFile = -1;
      let currentRow = -1;
      if (earlier !== undefined) {
        currentFile = Math.floor(earlier / FILE);
        currentRow = earlier % FILE;
      } else {
        const si = indicators[ind] ?? -1;
        const sa = areas[ar] ?? -1;
        const sp = periods[per] ?? -1;
        if (si >= 0 && sa >= 0 && sp >= 0) currentRow = index.find(si, sa, sp);
        if (currentRow < 0) {
          newValues++;
          if (sp < 0) newPeriods.add(columns.periodNames[per] ?? '');
          if (si < 0) newIndicators.add(columns.indicatorNames[ind] ?? '');
          if (sa < 0) newCouncils.add(columns.areaNames[ar] ?? '');
          if (remember) batch.set(key, at * FILE + i);
          continue;
        }
      }
      const state = columns.state[i] ?? 0;
      const value = columns.value[i] ?? NaN;
      const same =
        currentFile < 0
          ? sameCoded(
              snapshot.state[currentRow] ?? 0,
              snapshot.value[currentRow] ?? NaN,
              state,
              value,
            )
          : sameCoded(
              (files[currentFile] as ImportedFileData).observations.state[currentRow] ?? 0,
              (files[currentFile] as ImportedFileData).observations.value[currentRow] ?? NaN,
              state,
              value,
            );
      if (same) unchangedValues++;
      else {
        changeFile.push(at);
        changeRow.push(i);
        changeCurrentFile.push(currentFile);
        changeCurrentRow.push(currentFile < 0 ? 0 : currentRow);
        if (remember) batch.set(key, at * FILE + i);
      }
    }
  }
  return {
    newValues,
    unchangedValues,
    changes: {
      length: changeFile.length,
      file: Uint32Array.from(changeFile),
      row: Uint32Array.from(changeRow),
      currentFile: Int32Array.from(changeCurrentFile),
      currentRow: Uint32Array.from(changeCurrentRow),
    },
    newPeriods: [...newPeriods].sort(comparePeriodKeys),
    newIndicators: [...newIndicators].sort(),
    newCouncils: [...newCouncils].sort(),
    ...meta,
  };
}

/** The typed-array buffers of a compact preview, to transfer rather than copy. */
export function compactPreviewBuffers(preview: CompactPreview): ArrayBuffer[] {
  const { file, row, currentFile, currentRow } = preview.changes;
  return [file, row, currentFile, currentRow].flatMap((array) =>
    array.buffer instanceof ArrayBuffer ? [array.buffer] : [],
  );
}

/**
 * A compact preview as a ChangePreview: each change with the figure loaded now (from `dataset`,
 * the one the snapshot was taken of) and the incoming one. Yields every few thousand changes.
 */
export function* expandPreview(
  compact: CompactPreview,
  files: readonly ImportedFileData[],
  dataset: Dataset,
): Generator<number, ChangePreview> {
  const { file, row, currentFile, currentRow, length } = compact.changes;
  const changes: ValueChange[] = [];
  // Each change is looked up and made into objects: yield more often than the plain loops.
  for (let k = 0; k < length; k++) {
    if (k % 128 === 127) yield k;
    const source = files[file[k] ?? 0];
    if (!source) throw new Error('The preview names a file that was not read.');
    const incoming = observationAt(source.observations, row[k] ?? 0);
    const from = currentFile[k] ?? -1;
    const earlier = from < 0 ? undefined : files[from];
    const current =
      earlier === undefined
        ? getObservation(dataset, incoming.indicator, incoming.area, incoming.period)
        : observationAt(earlier.observations, currentRow[k] ?? 0);
    if (!current) throw new Error('The preview was worked out against other data.');
    changes.push({
      key: valueKey(incoming.indicator, incoming.area, incoming.period),
      current,
      incoming,
    });
  }
  return { ...compact, changes };
}
