/** A small hosted dataset for the workspace tests: the real register and definitions, few figures. */
import { readFileSync } from 'node:fs';
import { defaultConfigJson, parseConfig } from '../../src/domain/model';
import type { AssembledScorecard } from '../../src/domain/import';
import { assembleScorecard } from '../../src/domain/import';
import { ROOT } from '../import/helpers';

export const HARROW = 'E09000015';
export const BARNET = 'E09000003';
export const NOW = new Date(2026, 10, 22);

const encoder = new TextEncoder();
const read = (name: string) => new Uint8Array(readFileSync(`${ROOT}public/data/${name}`));

export const PUBLISHED = `indicator,period,area_code,value,numerator,denominator
CSC-REREF,2023-24,${HARROW},15.6,150,962
CSC-REREF,2024-25,${HARROW},16.1,160,994
CSC-REREF,2024-25,${BARNET},21,,
CL-EET-1921,2024-25,${HARROW},67,88,131
`;
export const LOCAL = `indicator,period,area_code,value,note
CSC-REREF,2025-26 Q1,${HARROW},14.2,
CSC-REREF,2025-26 Q2,${HARROW},13.9,=first note
`;

export function smallHosted(
  overrides: { published?: string; local?: string } = {},
): AssembledScorecard {
  const { config } = parseConfig(
    defaultConfigJson({
      version: 'test',
      dataAsAt: '2026-03-01',
      authority: { code: HARROW, name: 'Harrow' },
      files: [
        { role: 'definitions', path: 'definitions.csv' },
        { role: 'areas', path: 'areas.csv' },
        { role: 'neighbours', model: '2025', path: 'neighbours-2025.csv' },
        { role: 'published', path: 'published.csv', label: 'Published' },
        { role: 'local', path: 'local.csv', area: HARROW },
      ],
    }),
  );
  if (!config) throw new Error('bad test config');
  return assembleScorecard(
    config,
    new Map([
      ['definitions.csv', read('definitions.csv')],
      ['areas.csv', read('areas.csv')],
      ['neighbours-2025.csv', read('neighbours-2025.csv')],
      ['published.csv', encoder.encode(overrides.published ?? PUBLISHED)],
      ['local.csv', encoder.encode(overrides.local ?? LOCAL)],
    ]),
    NOW,
  );
}

export function contextOf(data: AssembledScorecard) {
  return { now: NOW, areas: data.dataset.areas, indicators: data.dataset.indicators };
}
