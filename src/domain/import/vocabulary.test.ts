import { describe, expect, it } from 'vitest';
import {
  isReservedName,
  normaliseHeader,
  readMeasurement,
  readPolarity,
  readSection,
  readUnit,
  readYesNo,
} from './vocabulary';

describe('vocabulary', () => {
  it.each([
    ['%', 'percent'],
    ['Percent', 'percent'],
    ['rate per 10,000', 'rate-per-10k'],
    ['Rate-per-10k', 'rate-per-10k'],
    ['working days', 'working-days'],
    ['days', 'days'],
    ['count', 'count'],
    ['score', 'score'],
    ['£', 'currency'],
    ['furlongs', undefined],
    ['', undefined],
  ])('unit %j is %s', (text, expected) => {
    expect(readUnit(text)).toBe(expected);
  });

  it.each([
    ['higher', 'higher'],
    ['High', 'higher'],
    ['Low', 'lower'],
    ['-', 'none'],
    ['Higher is better', 'higher'],
    ['↓', 'lower'],
    ['Low is good', 'lower'],
    ['range', 'range'],
    ['sideways', undefined],
  ])('polarity %j is %s', (text, expected) => {
    expect(readPolarity(text)).toBe(expected);
  });

  it.each([
    ['snapshot', 'snapshot'],
    ['In period', 'in-period'],
    ['YTD', 'year-to-date'],
    ['Rolling 12 months', 'rolling-12-months'],
    ['weekly', undefined],
  ])('measurement %j is %s', (text, expected) => {
    expect(readMeasurement(text)).toBe(expected);
  });

  it.each([
    ['in-care', 'in-care'],
    ['Children in care', 'in-care'],
    ['WORKFORCE AND QUALITY', 'workforce'],
    ['back door', undefined],
  ])('section %j is %s', (text, expected) => {
    expect(readSection(text)).toBe(expected);
  });

  it.each([
    ['yes', true],
    ['N', false],
    ['TRUE', true],
    ['0', false],
    ['', null],
    ['maybe', undefined],
  ])('yes/no %j is %s', (text, expected) => {
    expect(readYesNo(text)).toBe(expected);
  });

  it.each([
    ['Area code', 'area_code'],
    ['\uFEFFindicator', 'indicator'],
    ['  LA  and Regions ', 'la_and_regions'],
    ['area-code', 'area_code'],
  ])('header %j is %j', (text, expected) => {
    expect(normaliseHeader(text)).toBe(expected);
  });

  it.each([
    ['__proto__', true],
    [' Constructor ', true],
    ['prototype', true],
    ['proto', false],
    ['__proto', false],
  ])('%j reserved: %s', (text, expected) => {
    expect(isReservedName(text)).toBe(expected);
  });
});
