import { describe, expect, it } from 'vitest';
import { indicator } from '../testing/build';
import {
  formatFigure,
  observationOrigin,
  publishedPlaces,
  shownDecimals,
  type FigureOrigin,
} from './published-precision';
import type { Unit } from './types';

describe('formatFigure: precision as published', () => {
  it.each<[string, number, number | undefined, Unit, number, FigureOrigin, string]>([
    // edges first: no decimals at all, a whole-number series
    ['0 decimals, DfE whole', 0, 0, 'rate-per-10k', 47, 'published', '47 per 10,000'],
    ['0 decimals, a local figure', 0, 0, 'rate-per-10k', 47, 'local', '47 per 10,000'],
    ['DfE whole number in a whole series', 1, 0, 'rate-per-10k', 47, 'published', '47 per 10,000'],
    ['zero in a whole series', 1, 0, 'percent', 0, 'published', '0%'],
    [
      'a local figure on a whole-number series',
      1,
      0,
      'rate-per-10k',
      46.6,
      'local',
      '46.6 per 10,000',
    ],
    [
      'a local whole figure on a whole series keeps its place',
      1,
      0,
      'rate-per-10k',
      47,
      'local',
      '47.0 per 10,000',
    ],
    ['a neighbour mean on a whole series', 1, 0, 'percent', 71.25, 'computed', '71.3%'],
    [
      'a definitions file without the column',
      1,
      undefined,
      'rate-per-10k',
      47,
      'published',
      '47.0 per 10,000',
    ],
    ['56 in a one-decimal series', 1, 1, 'rate-per-10k', 56, 'published', '56.0 per 10,000'],
    ['one-decimal DfE figure', 1, 1, 'percent', 22.6, 'published', '22.6%'],
    // a series said to be whole whose figure is not: shown as it is, so the rating matches
    [
      '46.6 in a series said to be whole',
      1,
      0,
      'rate-per-10k',
      46.6,
      'published',
      '46.6 per 10,000',
    ],
    ['binary noise on a whole number', 1, 0, 'percent', 68.00000000000001, 'published', '68%'],
    ['DfE more precise than the indicator', 1, 2, 'percent', 12.34, 'published', '12.3%'],
    ['days, whole', 1, 0, 'days', 431, 'published', '431 days'],
    ['a count, whole', 0, 0, 'count', 1234, 'published', '1,234'],
  ])('%s', (_name, decimals, publishedDecimals, unit, value, origin, expected) => {
    const definition = indicator({
      id: 'X',
      unit,
      decimals,
      ...(publishedDecimals === undefined ? {} : { publishedDecimals }),
    });
    expect(formatFigure(value, definition, origin)).toBe(expected);
  });
});

describe('shownDecimals never shows a number the rating does not compare', () => {
  it.each([
    [46.6, 0, 1],
    [47, 0, 0],
    [47.04, 0, 1],
  ])('%f in a series published at %i places is shown at %i', (value, published, places) => {
    const definition = indicator({ id: 'X', decimals: 1, publishedDecimals: published });
    expect(shownDecimals(definition, value, 'published')).toBe(places);
  });

  it('published places are never more than the indicator decimals', () => {
    expect(publishedPlaces(indicator({ id: 'X', decimals: 1, publishedDecimals: 3 }))).toBe(1);
    expect(publishedPlaces(indicator({ id: 'X', decimals: 2 }))).toBe(2);
  });
});

describe('observationOrigin', () => {
  const from = (file: string) => ({ source: { file, line: 2 } });
  it.each([
    ['the published file', new Set(['published.csv']), 'published.csv', 'published'],
    ['a local file', new Set(['published.csv']), 'local-harrow.csv', 'local'],
    ['an import named otherwise', new Set(['published.csv']), 'my-export.csv', 'local'],
    ['a dataset that names no published files', undefined, 'published.csv', 'local'],
  ] as const)('%s', (_name, publishedFiles, file, origin) => {
    const dataset = publishedFiles === undefined ? {} : { publishedFiles };
    expect(observationOrigin(dataset, from(file))).toBe(origin);
  });
});
