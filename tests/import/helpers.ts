/**
 * Shared set-up for the import tests: the area register built from DfE's lookups in
 * sources/dfe/lookups, the indicator definitions from tests/fixtures/import/definitions-good.csv,
 * a fixed `now`, and a plain-text rendering of a result for golden files.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  areasFromDfeLookups,
  formatReport,
  importFile,
  valueRecords,
} from '../../src/domain/import';
import type { ImportContext, ImportResult } from '../../src/domain/import';
import { observationAt } from '../../src/domain/model';
import type { Area, IndicatorDefinition } from '../../src/domain/model';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = `${ROOT}tests/fixtures/import/`;
export const DFE = `${ROOT}sources/dfe/`;

/** 1 March 2026: 2025-26 Q3 (to 31 December 2025) has ended, 2025-26 Q4 has not. */
export const NOW = new Date(2026, 2, 1);

export function readBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}

let registry: ReadonlyMap<string, Area> | undefined;
/** The area register from sources/dfe/lookups (las.csv and regions.csv). */
export function dfeAreas(): ReadonlyMap<string, Area> {
  if (!registry) {
    const { areas } = areasFromDfeLookups(
      readFileSync(`${DFE}lookups/las.csv`, 'utf8'),
      readFileSync(`${DFE}lookups/regions.csv`, 'utf8'),
    );
    registry = new Map(areas.map((a) => [a.code, a]));
  }
  return registry;
}

let definitions: ReadonlyMap<string, IndicatorDefinition> | undefined;
/** The definitions in tests/fixtures/import/definitions-good.csv. */
export function testDefinitions(): ReadonlyMap<string, IndicatorDefinition> {
  if (!definitions) {
    const result = importFile(
      readBytes(`${FIXTURES}definitions-good.csv`),
      'definitions-good.csv',
      {
        now: NOW,
        areas: new Map(),
        indicators: new Map(),
      },
    );
    if (result.report.errors.length > 0) throw new Error('definitions-good.csv has errors');
    definitions = new Map(result.definitions.map((d) => [d.id, d]));
  }
  return definitions;
}

export function context(overrides: Partial<ImportContext> = {}): ImportContext {
  return { now: NOW, areas: dfeAreas(), indicators: testDefinitions(), ...overrides };
}

export function importFixture(name: string, overrides: Partial<ImportContext> = {}): ImportResult {
  return importFile(readBytes(`${FIXTURES}${name}`), name, context(overrides));
}

/**
 * The whole result as reviewed text: the report in plain English, then every loaded value
 * (indicator, period, area, value, and numerator, denominator, target, flags and note where
 * set), then any definitions, comparators, areas and neighbour lists the file gave.
 */
export function describeResult(result: ImportResult): string {
  const out = [formatReport(result.report), '', `Headers: ${JSON.stringify(result.headers)}`];
  const { observations: o } = result;
  const values = valueRecords(o);
  if (values.length > 0) out.push('', `Values (${values.length}):`);
  values.slice(0, 60).forEach((v, i) => {
    // Read back through observationAt, as the rest of the app will read the columns.
    const observation = observationAt(o, i);
    const extra: string[] = [];
    if (observation.numerator !== null) extra.push(`numerator ${observation.numerator}`);
    if (observation.denominator !== null) extra.push(`denominator ${observation.denominator}`);
    const target = observation.target;
    if (target)
      extra.push(
        `target ${target.kind === 'point' ? target.value : `${target.low} to ${target.high}`}`,
      );
    if (observation.value.kind === 'number' && observation.value.lowReliability)
      extra.push('low reliability');
    if (observation.provisional) extra.push('provisional');
    if (observation.note !== null) extra.push(`note ${JSON.stringify(observation.note)}`);
    out.push(
      `  line ${observation.source.line}: ${v.indicator} | ${v.period} | ${v.area} | ${String(v.value)}${extra.length > 0 ? ` | ${extra.join(', ')}` : ''}`,
    );
  });
  if (values.length > 60) out.push(`  … and ${values.length - 60} more`);
  if (result.definitions.length > 0) {
    out.push('', `Definitions (${result.definitions.length}):`);
    for (const d of result.definitions) out.push(`  ${JSON.stringify(d)}`);
  }
  if (result.suppliedComparators.length > 0) {
    out.push('', `Supplied comparators (${result.suppliedComparators.length}):`);
    for (const c of result.suppliedComparators) out.push(`  ${JSON.stringify(c)}`);
  }
  if (result.areas.length > 0) {
    out.push('', `Areas (${result.areas.length}):`);
    for (const a of result.areas.slice(0, 40)) out.push(`  ${JSON.stringify(a)}`);
  }
  if (result.neighbours) {
    out.push('', 'Neighbours:');
    for (const [model, lists] of result.neighbours) {
      for (const [code, list] of lists) {
        out.push(
          `  ${model} ${code}: ${list.map((n) => `${n.rank}.${n.code} (${n.closeness})`).join(', ')}`,
        );
      }
    }
  }
  return `${out.join('\n')}\n`;
}
