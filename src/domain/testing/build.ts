/**
 * Small datasets for tests, built the way the app builds real ones (ObservationColumnsBuilder
 * then buildDataset), so tests exercise the same columnar round trip.
 */
import { buildDataset, type Dataset } from '../model';
import { ObservationColumnsBuilder, type ObservationRow } from '../model';
import type {
  Area,
  IndicatorDefinition,
  MissingState,
  Neighbour,
  NeighbourLists,
  ObservedValue,
  PeriodKey,
  SnModel,
  TargetValue,
} from '../model';

export const num = (value: number, lowReliability = false): ObservedValue => ({
  kind: 'number',
  value,
  lowReliability,
});

export const missing = (state: MissingState): ObservedValue => ({ kind: 'missing', state });

export const point = (value: number): TargetValue => ({ kind: 'point', value });

/** An indicator definition with plain defaults: a percentage, higher is better, 1 decimal. */
export function indicator(
  overrides: Partial<IndicatorDefinition> & { readonly id: string },
): IndicatorDefinition {
  return {
    title: overrides.id,
    shortTitle: overrides.id,
    section: 'front-door',
    unit: 'percent',
    polarity: 'higher',
    decimals: 1,
    measurement: 'in-period',
    targets: [],
    rag: {},
    definition: '',
    source: '',
    owner: '',
    aliases: [],
    ...overrides,
  };
}

/** A live council in London (Outer London) unless told otherwise. */
export function council(code: string, name: string, overrides: Partial<Area> = {}): Area {
  return {
    code,
    oldCode: null,
    name,
    level: 'la',
    regionCode: 'E12000007',
    subRegionCode: 'E13000002',
    live: true,
    formerCodes: [],
    ...overrides,
  };
}

export const ENGLAND_AREA: Area = {
  code: 'E92000001',
  oldCode: null,
  name: 'England',
  level: 'national',
  regionCode: null,
  subRegionCode: null,
  live: true,
  formerCodes: [],
};

export const LONDON: Area = {
  ...ENGLAND_AREA,
  code: 'E12000007',
  name: 'London',
  level: 'regional',
};

export const OUTER_LONDON: Area = {
  ...ENGLAND_AREA,
  code: 'E13000002',
  name: 'Outer London',
  level: 'sub-regional',
  regionCode: 'E12000007',
};

/** One observation row; `value` may be a number (shorthand) or an ObservedValue. */
export interface RowSpec {
  readonly indicator: string;
  readonly area: string;
  readonly period: PeriodKey;
  readonly value: number | ObservedValue;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly target?: TargetValue;
  readonly provisional?: boolean;
}

export function row(spec: RowSpec, line = 2): ObservationRow {
  return {
    indicator: spec.indicator,
    area: spec.area,
    period: spec.period,
    value: typeof spec.value === 'number' ? num(spec.value) : spec.value,
    numerator: spec.numerator ?? null,
    denominator: spec.denominator ?? null,
    target: spec.target ?? null,
    provisional: spec.provisional ?? false,
    note: null,
    line,
  };
}

/** Neighbour lists for one model: area code -> its neighbours' codes, closest first. */
export function neighbourLists(
  lists: Readonly<Record<string, readonly string[]>>,
  model: SnModel = '2025',
): NeighbourLists {
  const byArea = new Map<string, readonly Neighbour[]>();
  for (const [area, codes] of Object.entries(lists)) {
    byArea.set(
      area,
      codes.map((code, i) => ({ code, rank: i + 1, closeness: 'Close' })),
    );
  }
  return new Map([[model, byArea]]);
}

export interface DatasetSpec {
  readonly indicators: readonly IndicatorDefinition[];
  readonly areas?: readonly Area[];
  readonly neighbours?: NeighbourLists;
  readonly rows: readonly RowSpec[];
}

/** A Dataset through the real builder; throws if two rows clash (a test mistake). */
export function dataset(spec: DatasetSpec): Dataset {
  const builder = new ObservationColumnsBuilder('test.csv', spec.rows.length);
  spec.rows.forEach((r, i) => builder.append(row(r, i + 2)));
  const { dataset: built, conflicts } = buildDataset({
    indicators: spec.indicators,
    areas: spec.areas ?? [],
    neighbours: spec.neighbours ?? new Map(),
    observations: [builder.build()],
  });
  if (conflicts.length > 0) throw new Error(`Test rows clash: ${JSON.stringify(conflicts)}`);
  return built;
}
