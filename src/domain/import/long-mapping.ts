/**
 * A council's own long file through the analyst's mapping: one row per indicator, period, area
 * and measure (`area_code, area_name, period, indicator, measure, unit, value`). On top of the
 * column mapping the tidy reader already reads, the analyst chose (see ColumnMapping):
 * - the unit column, or none ('' leaves it out), and what each of its words means (a scorecard
 *   unit, or null to ignore it, as for "Persons");
 * - what each value of the measure column is: the figure ("Percentage", "Rate per 10,000"), the
 *   numerator of the figure with the same indicator, area and period ("Count"), or left out;
 * - the file's indicator names matched to the scorecard's indicators (null leaves one out).
 * Each row is translated and handed to the tidy reader, which checks and loads it as ever. Every
 * row left out is counted as skipped with its reason; a numerator with no figure to go with is
 * too.
 */
import type { IndicatorDefinition, Unit } from '../model';
import { definitionFromAdded } from './added-definition';
import type { ColumnMapping, MeasureUse } from './context';
import { cellAt, type FileInfo, type LayoutOutput, type LayoutReader } from './layout';
import { tidyReader } from './layout-tidy';
import { IndicatorIndex } from './resolve';
import type { Staging } from './staging';
import { normaliseHeader, normaliseWords } from './vocabulary';

/** Whether a mapping has a long file's extras (and so is read by longMappingReader). */
export function isLongMapping(mapping: ColumnMapping): boolean {
  return (
    mapping.unit !== undefined ||
    (mapping.unitWords?.length ?? 0) > 0 ||
    mapping.measure !== undefined ||
    (mapping.indicatorNames?.length ?? 0) > 0 ||
    (mapping.addedDefinitions?.length ?? 0) > 0
  );
}

const LEFT_OUT = /^indicator "(.*)" left out in the mapping$/s;

/** The skip reason of a line whose indicator name the analyst left out (names it). */
export function leftOutReason(name: string): string {
  return `indicator "${name}" left out in the mapping`;
}

/**
 * The indicator names a file's lines were left out for in the mapping, with their line counts,
 * from its report's skip reasons (for the review's "not shown anywhere" list).
 */
export function leftOutNames(
  skippedReasons: ReadonlyMap<string, number>,
): [name: string, lines: number][] {
  const out: [string, number][] = [];
  for (const [reason, lines] of skippedReasons) {
    const name = LEFT_OUT.exec(reason)?.[1];
    if (name !== undefined) out.push([name, lines]);
  }
  return out;
}

/** The unit word the tidy reader reads for each scorecard unit. */
const UNIT_TEXT: Readonly<Record<Unit, string>> = {
  percent: 'percent',
  'rate-per-10k': 'rate per 10,000',
  count: 'count',
  days: 'days',
  'working-days': 'working days',
  score: 'score',
  currency: '£',
};

export function longMappingReader(
  info: FileInfo,
  staging: Staging,
  mapping: ColumnMapping,
): LayoutReader | null {
  const { report } = info;
  const positions = new Map<string, number>();
  info.header.forEach((cell, index) => {
    const name = normaliseHeader(cell);
    if (name !== '' && !positions.has(name)) positions.set(name, index);
  });
  const at = (name: string | undefined) =>
    name === undefined || name === '' ? -1 : (positions.get(normaliseHeader(name)) ?? -1);
  const indicatorAt = at(mapping.indicator);
  const areaAt = at(mapping.area);
  const periodAt = at(mapping.period);
  const unitAt = at(mapping.unit ?? 'unit');
  const measureAt = at(mapping.measure?.column);
  const measureName = mapping.measure?.column.trim() ?? '';

  const names = new Map<string, string | null>();
  for (const [name, id] of mapping.indicatorNames ?? []) names.set(normaliseWords(name), id);
  const words = new Map<string, Unit | null>();
  for (const [word, unit] of mapping.unitWords ?? []) words.set(normaliseWords(word), unit);
  const uses = new Map<string, MeasureUse>();
  for (const [value, use] of mapping.measure?.values ?? []) uses.set(normaliseWords(value), use);

  // The tidy reader reads the translated cells under its own names: the file's `unit` column (if
  // any) is hidden, and a unit and a numerator column are added at the end.
  const width = info.header.length;
  const numeratorName = `${measureName} numerator`;
  const header = info.header.map((h, i) =>
    normaliseHeader(h) === 'unit' || i === unitAt ? '' : h,
  );
  header.push('unit', numeratorName);
  // Indicators the analyst added in the mapping step are known to the tidy reader (units and
  // ranges checked against them) and handed out with the figures.
  const added = (mapping.addedDefinitions ?? []).map((d) => definitionFromAdded(d, info.file));
  const addedCounts = new Set(added.filter((d) => d.unit === 'count').map((d) => d.id));
  let known = info.indicators;
  if (added.length > 0) {
    const all = new Map<string, IndicatorDefinition>(info.context.indicators);
    for (const definition of added) all.set(definition.id, definition);
    known = new IndicatorIndex(all);
  }
  const inner = tidyReader(
    { ...info, header, indicators: known },
    staging,
    mapping.measure?.values.some(([, use]) => use === 'numerator')
      ? { ...mapping, numerator: numeratorName }
      : mapping,
  );
  if (inner === null) return null;

  const wantsNumerators = uses.size > 0 && [...uses.values()].includes('numerator');
  /** Figures waiting for their numerators (only when some measure value is a numerator). */
  const figures: { cells: string[]; line: number; key: string }[] = [];
  const numerators = new Map<string, { text: string; line: number }>();
  const keyOf = (cells: readonly string[]) =>
    `${normaliseWords(cellAt(cells, indicatorAt))}\u0000${cellAt(cells, areaAt).trim()}\u0000${cellAt(cells, periodAt).trim()}`;

  function translate(cells: readonly string[]): string[] {
    const out = cells.slice(0, width);
    while (out.length < width) out.push('');
    if (indicatorAt >= 0) {
      const id = names.get(normaliseWords(cellAt(cells, indicatorAt)));
      if (id) out[indicatorAt] = id;
    }
    let unitText = '';
    if (mapping.unit !== '' && unitAt >= 0) {
      const word = cellAt(cells, unitAt).trim();
      const chosen = words.get(normaliseWords(word));
      unitText = chosen === undefined ? word : chosen === null ? '' : UNIT_TEXT[chosen];
    }
    out.push(unitText, '');
    return out;
  }

  return {
    row(cells, line) {
      if (indicatorAt >= 0 && names.get(normaliseWords(cellAt(cells, indicatorAt))) === null) {
        report.skip(line, leftOutReason(cellAt(cells, indicatorAt).trim()));
        return;
      }
      let use: MeasureUse = 'figure';
      if (measureAt >= 0) {
        const value = cellAt(cells, measureAt).trim();
        const chosen = uses.get(normaliseWords(value));
        if (chosen === undefined || chosen === 'skip') {
          report.skip(
            line,
            chosen === undefined
              ? `${measureName} not chosen in the mapping`
              : `${measureName} left out in the mapping`,
          );
          return;
        }
        use = chosen;
      }
      // A count the analyst added as its own indicator is the figure, not a numerator.
      if (
        use === 'numerator' &&
        addedCounts.has(names.get(normaliseWords(cellAt(cells, indicatorAt))) ?? '')
      )
        use = 'figure';
      if (use === 'numerator') {
        const key = keyOf(cells);
        numerators.set(key, { text: cellAt(cells, at(mapping.value)), line });
        return;
      }
      const translated = translate(cells);
      if (wantsNumerators) figures.push({ cells: translated, line, key: keyOf(cells) });
      else inner.row(translated, line);
    },
    finish(): LayoutOutput {
      const used = new Set<string>();
      for (const figure of figures) {
        const numerator = numerators.get(figure.key);
        if (numerator) {
          figure.cells[width + 1] = numerator.text;
          used.add(figure.key);
        }
        inner.row(figure.cells, figure.line);
      }
      for (const [key, numerator] of numerators) {
        if (used.has(key)) report.skip(numerator.line, `read as the numerator of a figure`);
        else report.skip(numerator.line, `${measureName} numerator with no figure beside it`);
      }
      const output = inner.finish();
      return added.length === 0
        ? output
        : { ...output, definitions: [...(output.definitions ?? []), ...added] };
    },
  };
}

/** The column a role's usual names point to, or '' (for the mapping step's first guess). */
function columnNamed(headers: readonly string[], ...names: string[]): string {
  return headers.find((h) => names.includes(normaliseHeader(h))) ?? '';
}

/** A measure value's likely use: counts are numerators, percentages and rates are figures. */
export function guessMeasureUse(value: string): MeasureUse {
  const words = normaliseWords(value);
  if (/^(count|number|numbers|n|no\.?|persons|people|children)$/.test(words)) return 'numerator';
  return 'figure';
}

/**
 * The mapping step's first guess for a file: columns by their usual names, every unit word the
 * scorecard cannot read ignored, every measure value by guessMeasureUse (a file with one value
 * uses it as the figure), and each indicator name matched by `suggest` (null leaves it out).
 * The analyst checks and changes all of it before anything is read.
 */
export function guessLongMapping(
  headers: readonly string[],
  values: (column: string) => readonly string[],
  suggest: (name: string) => string | null,
  readUnitWord: (word: string) => Unit | undefined,
): ColumnMapping {
  const indicator = columnNamed(headers, 'indicator', 'indicator_name', 'measure_name', 'title');
  const unit = columnNamed(headers, 'unit', 'units', 'unit_of_measure');
  const measure = columnNamed(headers, 'measure', 'measure_type', 'measure_name');
  const measureColumn = measure === indicator ? '' : measure;
  const areaName = columnNamed(headers, 'area_name', 'la_name', 'name');
  const measureValues = measureColumn === '' ? [] : values(measureColumn);
  return {
    indicator,
    period: columnNamed(headers, 'period', 'year', 'time_period', 'date'),
    area: columnNamed(headers, 'area_code', 'la_code', 'new_la_code', 'code', 'area'),
    value: columnNamed(headers, 'value', 'values', 'result'),
    ...(areaName === '' ? {} : { areaName }),
    unit,
    unitWords:
      unit === '' ? [] : values(unit).map((word) => [word, readUnitWord(word) ?? null] as const),
    ...(measureColumn === ''
      ? {}
      : {
          measure: {
            column: measureColumn,
            values: measureValues.map(
              (v) => [v, measureValues.length === 1 ? 'figure' : guessMeasureUse(v)] as const,
            ),
          },
        }),
    indicatorNames:
      indicator === '' ? [] : values(indicator).map((name) => [name, suggest(name)] as const),
  };
}
