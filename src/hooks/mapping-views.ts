/**
 * The mapping step's views: for each file the Data page could not read as it is, its columns
 * with their values and what the step suggests for each (the scorecard indicator a name is most
 * like, the unit a word reads as, a measure value's likely use), and the form's first guess (or
 * the remembered mapping being changed). And the remembered mappings, worded for the list that
 * can forget them.
 */
import {
  guessLongMapping,
  guessMeasureUse,
  readUnit,
  suggestIndicator,
  type ColumnMapping,
  type FileOutcome,
} from '../domain/import';
import { formatCount, type IndicatorDefinition } from '../domain/model';
import type {
  FileReportView,
  MappingColumnView,
  MappingFileView,
  RememberedMappingView,
} from './data-page-models';

type Unmapped = Extract<FileOutcome, { kind: 'unmapped' }>;

export function mappingFileView(
  outcome: Unmapped,
  indicators: ReadonlyMap<string, IndicatorDefinition>,
  report: FileReportView | null,
  remembered: ColumnMapping | undefined,
): MappingFileView {
  const definitions = [...indicators.values()];
  const suggestions = new Map<string, string | null>();
  const suggest = (name: string) => {
    let id = suggestions.get(name);
    if (id === undefined) {
      id = suggestIndicator(name, definitions).id;
      suggestions.set(name, id);
    }
    return id;
  };
  const headers = outcome.headers.filter((h) => h.trim() !== '');
  const columns: MappingColumnView[] = headers.map((name) => {
    const sample = outcome.samples.get(name);
    const values = sample?.values ?? [];
    const more = sample?.more ?? false;
    return {
      name,
      values,
      more,
      suggested: more ? values.map(() => null) : values.map(suggest),
      units: values.map((v) => readUnit(v) ?? null),
      uses: values.map(guessMeasureUse),
    };
  });
  const valuesOf = (column: string) => outcome.samples.get(column)?.values ?? [];
  return {
    fileName: outcome.fileName,
    headers,
    problem: outcome.report.errors.map((e) => e.message).join(' '),
    why: outcome.why,
    report,
    columns,
    indicators: definitions
      .map((d) => ({ id: d.id, label: `${d.title} (${d.id})` }))
      .sort((a, b) => a.label.localeCompare(b.label, 'en-GB')),
    initial: remembered ?? guessLongMapping(headers, valuesOf, suggest, readUnit),
    changing: remembered !== undefined,
  };
}

export function rememberedMappingView(
  signature: string,
  mapping: ColumnMapping,
): RememberedMappingView {
  let columns: string;
  try {
    const parsed: unknown = JSON.parse(signature);
    columns = Array.isArray(parsed) ? parsed.map(String).join(', ') : signature;
  } catch {
    columns = signature;
  }
  const parts = [
    `indicator: ${mapping.indicator}`,
    `period: ${mapping.period}`,
    `area: ${mapping.area}`,
    `value: ${mapping.value}`,
  ];
  if (mapping.unit !== undefined)
    parts.push(mapping.unit === '' ? 'unit: left out' : `unit: ${mapping.unit}`);
  if (mapping.measure) {
    const used = mapping.measure.values.filter(([, use]) => use !== 'skip');
    parts.push(
      `${mapping.measure.column}: ${used.map(([value, use]) => `${value} as the ${use}`).join(', ') || 'nothing used'}`,
    );
  }
  const names = mapping.indicatorNames ?? [];
  if (names.length > 0) {
    const matched = names.filter(([, id]) => id !== null).length;
    const added = mapping.addedDefinitions?.length ?? 0;
    parts.push(
      `${formatCount(matched)} indicator name${matched === 1 ? '' : 's'} matched${added > 0 ? ` (${formatCount(added)} as new indicator${added === 1 ? '' : 's'})` : ''}, ${formatCount(names.length - matched)} left out`,
    );
  }
  return { signature, columns, summary: `${parts.join('; ')}.` };
}
