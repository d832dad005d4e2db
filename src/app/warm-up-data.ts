/**
 * A small made-up scorecard for warming the page's code up while the real data loads (see
 * app/warm-up.tsx): the configured council with ten neighbours, its region and England, one
 * indicator of each kind (units, polarities, measurement types, a target, a range, a suppressed
 * figure) over two years of quarters and three published years. Its figures are never shown:
 * it is rendered into an element that is not in the page, then thrown away.
 */
import type { ScorecardConfig } from '../domain/model';
import { buildDataset } from '../domain/model';
import { ObservationColumnsBuilder } from '../domain/model';
import { periodKey } from '../domain/model';
import type { AssembledScorecard } from '../domain/import';
import {
  SECTIONS,
  type Area,
  type IndicatorDefinition,
  type MeasurementType,
  type Neighbour,
  type Polarity,
  type Unit,
} from '../domain/model';

const KINDS: readonly (readonly [Unit, Polarity, MeasurementType])[] = [
  ['percent', 'higher', 'in-period'],
  ['rate-per-10k', 'lower', 'snapshot'],
  ['working-days', 'lower', 'in-period'],
  ['percent', 'range', 'year-to-date'],
  ['score', 'lower', 'snapshot'],
  ['count', 'none', 'rolling-12-months'],
  ['days', 'lower', 'in-period'],
  ['percent', 'higher', 'snapshot'],
];

const area = (code: string, level: Area['level'], regionCode: string | null): Area => ({
  code,
  oldCode: null,
  name: `Warm-up ${code}`,
  level,
  regionCode,
  subRegionCode: null,
  live: true,
  formerCodes: [],
});

/** The made-up scorecard, for the configured council, with figures for years before `now`. */
export function warmUpScorecard(config: ScorecardConfig, now: Date): AssembledScorecard {
  const region = 'E12999999';
  const england = 'E92000001';
  const neighbourCodes = Array.from({ length: 10 }, (_, i) => `E0699999${String(i)}`);
  const areas = [
    area(england, 'national', null),
    area(region, 'regional', null),
    area(config.authority, 'la', region),
    ...neighbourCodes.map((code) => area(code, 'la', region)),
  ];
  const neighbours: Neighbour[] = neighbourCodes.map((code, i) => ({
    code,
    rank: i + 1,
    closeness: 'Close',
  }));
  const indicators: IndicatorDefinition[] = KINDS.map(([unit, polarity, measurement], i) => ({
    id: `WARM-UP-${String(i)}`,
    title: `Warm-up indicator ${String(i)}`,
    shortTitle: `Warm-up ${String(i)}`,
    section: SECTIONS[i % SECTIONS.length]?.id ?? 'front-door',
    unit,
    polarity,
    decimals: unit === 'percent' ? 0 : 1,
    measurement,
    targets:
      polarity === 'range'
        ? [{ period: null, value: { kind: 'range', low: 40, high: 60 }, rationale: 'made up' }]
        : polarity === 'none'
          ? []
          : [{ period: null, value: { kind: 'point', value: 50 }, rationale: 'made up' }],
    rag: {},
    definition: 'A made-up indicator.',
    source: 'None',
    owner: 'None',
    aliases: [],
  }));
  // Two whole financial years of quarters, ending at least a year before now.
  const lastYear = now.getFullYear() - 2;
  const builder = new ObservationColumnsBuilder('warm-up.csv', 512);
  let line = 2;
  for (const [i, definition] of indicators.entries()) {
    for (let fy = lastYear - 2; fy <= lastYear; fy++) {
      for (const [k, code] of [config.authority, ...neighbourCodes, region, england].entries()) {
        const value = 30 + ((i * 7 + k * 3 + fy) % 40);
        builder.append({
          indicator: definition.id,
          area: code,
          period: periodKey({ kind: 'year', fy }),
          value:
            k === 3 && fy === lastYear
              ? { kind: 'missing', state: 'c' }
              : { kind: 'number', value, lowReliability: false },
          numerator: definition.unit === 'percent' ? value : null,
          denominator: definition.unit === 'percent' ? 100 : null,
          target: null,
          provisional: false,
          note: null,
          line: line++,
        });
      }
      if (fy < lastYear - 1) continue;
      for (const quarter of [1, 2, 3, 4] as const) {
        builder.append({
          indicator: definition.id,
          area: config.authority,
          period: periodKey({ kind: 'quarter', fy, quarter }),
          value: {
            kind: 'number',
            value: 35 + ((i + quarter * 5 + fy) % 30),
            lowReliability: false,
          },
          numerator: null,
          denominator: null,
          target: null,
          provisional: quarter === 4 && fy === lastYear,
          note: null,
          line: line++,
        });
      }
    }
  }
  const { dataset } = buildDataset({
    indicators,
    areas,
    neighbours: new Map([[config.neighbourModel, new Map([[config.authority, neighbours]])]]),
    observations: [builder.build()],
  });
  return {
    config,
    dataset,
    reports: [],
    conflicts: [],
    problems: [],
    faults: [],
    version: 'warm-up',
    sources: new Map(),
  };
}
