import { describe, expect, it } from 'vitest';
import {
  hashCells,
  headerSignature,
  isPeriodHeading,
  layoutOfHeader,
  missingMappedColumns,
  unknownLayoutMessage,
} from './detect';

describe('layoutOfHeader', () => {
  it.each([
    [['indicator', 'period', 'area_code', 'value'], 'tidy'],
    [['Indicator', 'Period', 'Area code', 'Value', 'note'], 'tidy'],
    [['Ref', 'Indicator', 'Good is', 'Q1 2024-25', 'Q2 2024-25'], 'wide-scorecard'],
    [['Measure', 'Jul-Sep 2024'], 'wide-scorecard'],
    [['time_period', 'time_identifier', 'geographic_level', 'country_code'], 'ees'],
    [
      ['Short Desc', 'Data item', 'Years', 'LA and Regions', 'Values', 'LA Number', 'Region'],
      'lait-long',
    ],
    [
      ['LA num', 'LA Name', 'LA number', 'GOInd', 'GOReg', 'SN1', 'SNP', 'SN2', 'SNP'],
      'neighbours',
    ],
    [
      [
        'code',
        'old_code',
        'name',
        'level',
        'region_code',
        'sub_region_code',
        'live',
        'former_codes',
      ],
      'areas',
    ],
    [['new_la_code', 'la_name', 'status', 'old_la_code'], 'areas'],
    [['region_code', 'region_name'], 'areas'],
    [
      ['id', 'title', 'short_title', 'section', 'unit', 'polarity', 'decimals', 'measurement'],
      'definitions',
    ],
    [['Measure_code', 'Measure_short', 'Polarity', 'Year_Type'], 'definitions'],
  ])('%j is %s', (header, expected) => {
    expect(layoutOfHeader(header)).toBe(expected);
  });

  it.each([
    [[]],
    [['']],
    [["Harrow Council – Children's Services Scorecard"]],
    [['LA', 'Quarter', 'Measure Name', 'Result']],
    [['id', 'title', 'unit', 'polarity', 'target', 'period', 'value']],
    [['Ref', 'Indicator', '2025']],
  ])('%j is no layout', (header) => {
    expect(layoutOfHeader(header)).toBeNull();
  });
});

describe('isPeriodHeading', () => {
  it.each([
    ['Q1 2024-25', true],
    ['Jul-Sep 2024', true],
    ['2023-24', true],
    ['2024 Q3', true],
    ['Q3 2024', true],
    ['Sep 2024', true],
    ['August 2024', true],
    ['2025', false],
    ['Target', false],
    ['', false],
    ['England 2023-24', false],
  ])('%j is %s', (text, expected) => {
    expect(isPeriodHeading(text)).toBe(expected);
  });
});

describe('headerSignature', () => {
  it('is the same for the same columns in any order, case or spacing', () => {
    expect(headerSignature(['LA Code', 'Year', 'Result'])).toBe(
      headerSignature(['result', ' la_code ', 'YEAR']),
    );
    expect(headerSignature(['LA Code', 'Year'])).not.toBe(
      headerSignature(['LA Code', 'Year', 'Result']),
    );
    expect(headerSignature(['a', ''])).toBe('["a"]');
  });
});

describe('missingMappedColumns', () => {
  it('names the mapped columns a header lacks', () => {
    const mapping = {
      indicator: 'Measure',
      period: 'Year',
      area: 'LA Code',
      value: 'Result',
      target: 'Goal',
    };
    expect(missingMappedColumns(['measure', 'year', 'la code', 'result'], mapping)).toEqual([
      'Goal',
    ]);
    expect(missingMappedColumns(['Measure', 'Year', 'LA Code', 'Result', 'Goal'], mapping)).toEqual(
      [],
    );
  });
});

describe('hashCells', () => {
  it('tells cells apart from the same text split differently', () => {
    expect(hashCells(['ab', 'c'])).not.toBe(hashCells(['a', 'bc']));
    expect(hashCells(['a', 'b'])).toBe(hashCells(['a', 'b']));
  });
});

describe('unknownLayoutMessage', () => {
  it('names the columns found and every layout with its columns', () => {
    const message = unknownLayoutMessage(['LA', ' Result ', '']);
    expect(message).toContain('(it found "LA", "Result")');
    for (const layout of [
      'tidy:',
      'wide scorecard:',
      'Explore Education Statistics:',
      'LAIT long:',
      'definitions:',
      'neighbours:',
      'area register:',
    ]) {
      expect(message).toContain(layout);
    }
  });
});
