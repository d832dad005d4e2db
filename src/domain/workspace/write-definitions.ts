/**
 * Indicator definitions as the definitions layout (docs/data-formats.md), so that importing the
 * file gives back the same definitions. The layout holds one target for every period (a point
 * or a range); targets for one period only cannot be written there and are listed in `lost`.
 */
import { toCsv, type CsvValue } from '../model';
import { DEFINITION_COLUMNS } from '../import';
import type { IndicatorDefinition, Unit } from '../model';

/** The columns, as the definitions layout reads them (one list, in the importer). */
export const DEFINITIONS_HEADER = DEFINITION_COLUMNS;

const UNIT_TEXT: Readonly<Record<Unit, string>> = {
  percent: 'percent',
  'rate-per-10k': 'rate per 10,000',
  days: 'days',
  'working-days': 'working days',
  count: 'count',
  score: 'score',
  currency: '£',
};

/** One definition as a row of DEFINITIONS_HEADER. */
export function definitionRow(definition: IndicatorDefinition): CsvValue[] {
  const target = definition.targets.find((t) => t.period === null);
  const { tolerance, floor, blueFrom, amberOnlyIfImproving } = definition.rag;
  return [
    definition.id,
    definition.title,
    definition.shortTitle === definition.title ? null : definition.shortTitle,
    definition.section,
    UNIT_TEXT[definition.unit],
    definition.polarity,
    definition.decimals,
    definition.publishedDecimals ?? null,
    definition.measurement,
    target?.value.kind === 'point' ? target.value.value : null,
    target?.value.kind === 'range' ? target.value.low : null,
    target?.value.kind === 'range' ? target.value.high : null,
    target && target.rationale !== '' ? target.rationale : null,
    tolerance === undefined
      ? null
      : tolerance.kind === 'points'
        ? tolerance.amount
        : tolerance.percent,
    tolerance === undefined ? null : tolerance.kind === 'points' ? 'points' : 'percent',
    floor ?? null,
    blueFrom ?? null,
    amberOnlyIfImproving === undefined ? null : amberOnlyIfImproving ? 'yes' : 'no',
    definition.definition === '' ? null : definition.definition,
    definition.source === '' ? null : definition.source,
    definition.owner === '' ? null : definition.owner,
    definition.aliases.length === 0 ? null : definition.aliases.join(';'),
  ];
}

/** Definitions as CSV text, with what the layout could not hold. */
export function definitionsCsv(definitions: Iterable<IndicatorDefinition>): {
  text: string;
  lost: string[];
} {
  const rows: CsvValue[][] = [[...DEFINITIONS_HEADER]];
  const lost: string[] = [];
  for (const definition of definitions) {
    rows.push(definitionRow(definition));
    const extra = definition.targets.filter((t) => t.period !== null);
    const general = definition.targets.filter((t) => t.period === null);
    if (extra.length > 0 || general.length > 1) {
      lost.push(
        `${definition.id}: only one target for every period can be written to definitions.csv; ${String(extra.length + Math.max(0, general.length - 1))} other target(s) were left out.`,
      );
    }
  }
  return { text: toCsv(rows), lost };
}
