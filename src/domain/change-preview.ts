/**
 * What an import would change, worked out before anything changes: new periods, indicators and
 * councils; how many figures are new, and how many are the same as now; and every figure that
 * would change (the figure loaded now and the imported one, each with its file and line), which
 * needs the analyst's keep/replace decision. Definitions, the area register and neighbour lists
 * are compared too.
 *
 * previewChanges is a generator: it yields every few thousand rows so a page can spread a large
 * import's comparison over many short tasks (see runToEnd for a plain call).
 */
import { definitionKey, valueKey, type ImportedFileData } from './applied-import';
import { sameValue, type Dataset } from './dataset';
import { comparePeriodKeys } from './periods';
import { observationAt } from './observations';
import type { IndicatorDefinition, Observation, PeriodKey, SnModel } from './types';

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

  const definitions = new Map(dataset.indicators);
  const newDefinitions: string[] = [];
  const definitionChanges: DefinitionChange[] = [];
  const areas = new Map(dataset.areas);
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
      const now = dataset.neighbours.get(model);
      let changed = 0;
      for (const [council, list] of lists) {
        if (json(now?.get(council) ?? null) !== json(list)) changed++;
      }
      neighbourUpdates.push({ model, councils: lists.size, changed });
    }
  }

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
        byPeriod = dataset.observations.get(indicator)?.get(area) ?? null;
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
    newDefinitions,
    definitionChanges,
    newAreas,
    changedAreas,
    neighbourUpdates,
  };
}
