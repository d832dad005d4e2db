import { describe, expect, it } from 'vitest';
import type { Area, IndicatorDefinition } from '../model';
import { AreaIndex, IndicatorIndex, normaliseAreaName } from './resolve';

const la = (
  code: string,
  oldCode: string | null,
  name: string,
  extra: Partial<Area> = {},
): Area => ({
  code,
  oldCode,
  name,
  level: 'la',
  regionCode: 'E12000007',
  subRegionCode: null,
  live: true,
  formerCodes: [],
  ...extra,
});

const areas = new AreaIndex([
  { ...la('E92000001', null, 'England'), level: 'national', regionCode: null },
  { ...la('E12000007', null, 'London'), level: 'regional', regionCode: null },
  { ...la('E13000001', null, 'Inner London'), level: 'sub-regional' },
  la('E09000015', '310', 'Harrow'),
  la('E09000001', '201', 'City of London'),
  la('E06000023', '801', 'Bristol, City of'),
  la('E08000013', '342', 'St. Helens'),
  la('E06000065', '815', 'North Yorkshire', { formerCodes: ['E10000023'] }),
  la('E06000047', '840', 'County Durham'),
  la('E10000010', null, 'Durham', { live: false }),
  la('E06000024', '802', 'North Somerset'),
  la('E06000066', '933', 'Somerset', { formerCodes: ['E10000027'] }),
  la('E06000042', '826', 'Milton Keynes'),
  la('E08000025', '330', 'Birmingham & Solihull test'),
]);

describe('normaliseAreaName', () => {
  it.each([
    ['Bristol, City of', 'city of bristol'],
    ['City of Bristol', 'city of bristol'],
    ['St. Helens', 'st helens'],
    ['St Helens', 'st helens'],
    ['Brighton & Hove', 'brighton and hove'],
    ['London (Inner)', 'inner london'],
    ['Stockton-on-Tees', 'stockton on tees'],
    ['  HARROW ', 'harrow'],
    ['Herefordshire, County of', 'county of herefordshire'],
  ])('%j is %j', (name, expected) => {
    expect(normaliseAreaName(name)).toBe(expected);
  });
});

describe('AreaIndex.resolve', () => {
  const code = (codeText: string, name = '') => {
    const found = areas.resolve(codeText, name);
    return found.ok ? found.area.code : `error: ${found.message}`;
  };
  it.each([
    ['E09000015', '', 'E09000015'],
    ['e09000015', '', 'E09000015'],
    ['310', '', 'E09000015'],
    ['E10000023', '', 'E06000065'],
    ['815', '', 'E06000065'],
    ['', 'Harrow', 'E09000015'],
    ['Harrow', '', 'E09000015'],
    ['', 'Bristol', 'E06000023'],
    ['', 'City of Bristol', 'E06000023'],
    ['', 'St Helens', 'E08000013'],
    ['', 'london (inner)', 'E13000001'],
    ['', 'London', 'E12000007'],
    ['', 'City of London', 'E09000001'],
    ['840', 'Durham', 'E06000047'],
    ['', 'Durham', 'E10000010'],
    ['310', 'Harrow', 'E09000015'],
  ])('finds %j / %j as %s', (codeText, name, expected) => {
    expect(code(codeText, name)).toBe(expected);
  });

  it.each([
    ['', '', 'The area is blank.'],
    ['E09999999', '', '"E09999999" is not a code in the area register.'],
    ['999', 'Nowhere', '"999" is not a code in the area register (the row names it "Nowhere").'],
    ['', 'Atlantis', '"Atlantis" is not the name of an area in the area register.'],
    [
      '310',
      'Milton Keynes',
      'but the row names it "Milton Keynes", which is Milton Keynes (E06000042)',
    ],
  ])('refuses %j / %j', (codeText, name, message) => {
    expect(code(codeText, name)).toContain(message);
  });
});

describe('AreaIndex.findInText', () => {
  it.each([
    ["Harrow Council – Children's Services Scorecard", 'E09000015'],
    ['NORTH SOMERSET COUNCIL PERFORMANCE', 'E06000024'],
    ['Somerset Council scorecard', 'E06000066'],
    ['Milton Keynes City Council', 'E06000042'],
  ])('finds the council %j names', (title, expected) => {
    expect(areas.findInText(title)?.code).toBe(expected);
  });

  it.each(["Children's Services Scorecard", 'Harrowgate', 'London boroughs'])(
    'finds no council in %j',
    (title) => {
      expect(areas.findInText(title)).toBeUndefined();
    },
  );
});

describe('IndicatorIndex', () => {
  const definition = (id: string, title: string, aliases: string[]): IndicatorDefinition => ({
    id,
    title,
    shortTitle: title,
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
    aliases,
  });
  const index = new IndicatorIndex(
    new Map([
      [
        'CSC-ASSESS-45',
        definition('CSC-ASSESS-45', 'Assessments completed within 45 working days', [
          'TS2',
          'Shared',
        ]),
      ],
      [
        'CSC-ICPC-15',
        definition('CSC-ICPC-15', 'Initial conferences within 15 working days', ['TS3', 'Shared']),
      ],
    ]),
  );
  const find = (text: string) => {
    const found = index.find(text);
    return found === undefined
      ? 'none'
      : found.ok
        ? found.definition.id
        : `ambiguous ${found.ambiguous.join(' ')}`;
  };
  it.each([
    ['CSC-ASSESS-45', 'CSC-ASSESS-45'],
    ['csc-assess-45', 'CSC-ASSESS-45'],
    ['TS2', 'CSC-ASSESS-45'],
    [' ts3 ', 'CSC-ICPC-15'],
    ['Assessments  completed within 45 working days', 'CSC-ASSESS-45'],
    ['Shared', 'ambiguous CSC-ASSESS-45 CSC-ICPC-15'],
    ['TS99', 'none'],
    ['', 'none'],
  ])('finds %j as %s', (text, expected) => {
    expect(find(text)).toBe(expected);
  });
});
