import Papa from 'papaparse';
import { rateValue, type RagStatus } from './rag';
import type { Polarity, Unit } from './types';

/** One indicator's latest figure, as the overview tiles show it. */
export interface IndicatorLatest {
  readonly id: string;
  readonly title: string;
  readonly unit: Unit;
  readonly polarity: Polarity;
  readonly target: number | null;
  readonly period: string;
  readonly value: number | null;
  readonly status: RagStatus;
}

export interface CsvProblem {
  readonly line: number;
  readonly column: string;
  readonly value: string;
  readonly message: string;
}

const UNITS: readonly Unit[] = [
  'percent',
  'rate-per-10k',
  'days',
  'working-days',
  'count',
  'score',
  'currency',
];
const POLARITIES: readonly Polarity[] = ['higher', 'lower', 'range', 'none'];
const COLUMNS = ['id', 'title', 'unit', 'polarity', 'target', 'period', 'value'] as const;

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** A blank cell is "not provided" (null), never 0; anything else must be a plain decimal. */
function parseNumber(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

/**
 * Parses the small indicators CSV (`id,title,unit,polarity,target,period,value`) into one
 * rated figure per indicator. Rows with problems are reported with their spreadsheet line
 * number and left out; nothing is guessed.
 */
export function parseIndicatorsCsv(text: string): {
  indicators: IndicatorLatest[];
  problems: CsvProblem[];
} {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: 'greedy',
  });
  const rows = parsed.data;
  const header = rows[0] ?? [];
  const problems: CsvProblem[] = [];
  const missing = COLUMNS.filter((name) => !header.includes(name));
  if (missing.length > 0) {
    problems.push({
      line: 1,
      column: missing.join(', '),
      value: header.join(','),
      message: `The header row needs the columns ${COLUMNS.join(', ')}; missing: ${missing.join(', ')}.`,
    });
    return { indicators: [], problems };
  }
  const at = (row: readonly string[], name: (typeof COLUMNS)[number]): string =>
    row[header.indexOf(name)] ?? '';

  const indicators: IndicatorLatest[] = [];
  rows.slice(1).forEach((row, index) => {
    const result = readRow(index + 2, (name) => at(row, name));
    if ('message' in result) problems.push(result);
    else indicators.push(result);
  });
  return { indicators, problems };
}

function readRow(
  line: number,
  at: (name: (typeof COLUMNS)[number]) => string,
): IndicatorLatest | CsvProblem {
  const unit = at('unit');
  const polarity = at('polarity');
  const target = parseNumber(at('target'));
  const value = parseNumber(at('value'));
  const bad = (column: (typeof COLUMNS)[number], message: string): CsvProblem => ({
    line,
    column,
    value: at(column),
    message,
  });
  if (!isOneOf(UNITS, unit)) return bad('unit', `"${unit}" is not a unit this scorecard knows.`);
  if (!isOneOf(POLARITIES, polarity))
    return bad('polarity', `"${polarity}" should be higher, lower, range or none.`);
  if (target === undefined) return bad('target', 'The target is not a number.');
  if (value === undefined) return bad('value', 'The value is not a number.');
  const decimals = unit === 'percent' ? 1 : 0;
  return {
    id: at('id'),
    title: at('title'),
    unit,
    polarity,
    target,
    period: at('period'),
    value,
    status: badgeStatus(unit, polarity, decimals, target, value),
  };
}

/** This small file has no blue band, so the engine's blue never arises; it maps to green. */
function badgeStatus(
  unit: Unit,
  polarity: Polarity,
  decimals: number,
  target: number | null,
  value: number | null,
): RagStatus {
  const { status } = rateValue(
    {
      unit,
      polarity,
      decimals,
      targets:
        target === null
          ? []
          : [{ period: null, value: { kind: 'point', value: target }, rationale: 'From the file' }],
      rag: {},
    },
    value === null
      ? { kind: 'missing', state: 'blank' }
      : { kind: 'number', value, lowReliability: false },
  );
  return status === 'blue' ? 'green' : status;
}
