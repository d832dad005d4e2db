import { describe, expect, it } from 'vitest';
import { localFilesFor, parseConfig } from './config';
import { defaultConfigJson } from './config-defaults';

const LABEL = 'Illustrative quarterly figures — replace with your own';

function goodConfig(): Record<string, unknown> {
  return defaultConfigJson({
    version: '2026-02-26 (test)',
    dataAsAt: '2026-02-26',
    authority: { code: 'E09000015', name: 'Harrow' },
    files: [
      { role: 'definitions', path: 'definitions.csv' },
      { role: 'areas', path: 'areas.csv' },
      { role: 'neighbours', model: '2025', path: 'neighbours-2025.csv' },
      { role: 'neighbours', model: '2021', path: 'neighbours-2021.csv' },
      { role: 'published', path: 'published.csv', label: 'Published DfE figures' },
      {
        role: 'local',
        path: 'local-harrow.csv',
        area: 'E09000015',
        illustrative: true,
        label: LABEL,
      },
    ],
  });
}

describe('parseConfig', () => {
  it('reads a good config with no problems', () => {
    const { config, problems } = parseConfig(goodConfig());
    expect(problems).toEqual([]);
    expect(config?.authority).toBe('E09000015');
    expect(config?.neighbourModel).toBe('2025');
    expect(config?.neighbourAverage).toBe('mean');
    expect(config?.rag.percentTolerance).toEqual({ kind: 'points', amount: 5 });
    expect(config?.files).toHaveLength(6);
    expect(config?.files[5]).toEqual({
      role: 'local',
      path: 'local-harrow.csv',
      model: null,
      area: 'E09000015',
      illustrative: true,
      label: LABEL,
    });
  });

  it('finds the local files for a council and none for another', () => {
    const { config } = parseConfig(goodConfig());
    if (!config) throw new Error('expected a config');
    expect(localFilesFor(config, 'E09000015').map((file) => file.path)).toEqual([
      'local-harrow.csv',
    ]);
    expect(localFilesFor(config, 'E09000014')).toEqual([]);
  });

  it('checks the council against the known councils when given them', () => {
    const known = new Set(['E09000015', 'E09000014']);
    expect(parseConfig(goodConfig(), { knownAuthorities: known }).problems).toEqual([]);
    const other = { ...goodConfig(), authority: { code: 'E09000099' } };
    expect(parseConfig(other, { knownAuthorities: known }).problems).toEqual([
      'authority.code: "E09000099" is not a council in the areas file.',
    ]);
  });

  it('lists every problem of a bad config at once', () => {
    const bad = {
      version: 3,
      dataAsAt: '2026-02-30',
      authority: { code: 'Harrow' },
      statisticalNeighbours: { model: '2019', average: 'mode' },
      comparators: { statisticalNeighbours: 'yes', region: true },
      rag: {
        percentTolerance: { kind: 'points', amount: -1 },
        otherTolerance: { kind: 'percent', percent: 10 },
        amberOnlyIfImproving: false,
        blue: 'off',
      },
      colour: 'blue',
      files: [
        { role: 'definitions', path: 'definitions.csv' },
        { role: 'neighbours', model: '2021', path: '../neighbours-2021.csv' },
        { role: 'local', path: 'local-harrow.csv', area: 'E09000099', illustrative: true },
        { role: 'comparators', path: 'published.csv' },
        'areas.csv',
      ],
    };
    const { config, problems } = parseConfig(bad, { knownAuthorities: new Set(['E09000015']) });
    expect(config).toBeNull();
    expect(problems).toEqual([
      'colour: is not a setting this scorecard knows; check the spelling.',
      'dataAsAt: "2026-02-30" should be a date written YYYY-MM-DD.',
      'authority.code: "Harrow" is not a council\'s 9-character GSS code (for example E09000015 for Harrow).',
      'statisticalNeighbours.model: "2019" is not one of "2021", "2025".',
      'statisticalNeighbours.average: "mode" is not one of "mean", "median".',
      'comparators.statisticalNeighbours: should be true or false (no quotes), not "yes".',
      'comparators.england: is missing: write true or false.',
      'rag.percentTolerance.amount: should be a number of points, 0 or more, not -1.',
      'rag.otherTolerance.kind: "percent" is not "points" (a fixed amount) or "relative" (a percentage of the target).',
      'rag.blue: should be true or false (no quotes), not "off".',
      'files[1].path: "../neighbours-2021.csv" should be the name of a .csv file in the data folder (no folders or web addresses).',
      'files[2].area: "E09000099" is not a council in the areas file.',
      'files[2].label: is missing: an illustrative file needs the label shown with its figures.',
      'files[3].role: "comparators" is not one of "definitions", "areas", "neighbours", "published", "local".',
      'files[4]: should be an object describing one file, not "areas.csv".',
      'files: has no "areas" file.',
      'files: has no "published" file.',
    ]);
  });

  it('accepts any version label or none, and keeps none (it is a label for people)', () => {
    for (const version of [undefined, '2026-09-30+80731c3e', 3, null]) {
      const { config, problems } = parseConfig({ ...goodConfig(), version });
      expect(problems).toEqual([]);
      expect(config).not.toHaveProperty('version');
    }
  });

  it('says which neighbour file is missing for the chosen model', () => {
    const config = goodConfig();
    config['statisticalNeighbours'] = { model: '2021', average: 'median' };
    config['files'] = (config['files'] as Record<string, unknown>[]).filter(
      (file) => file['model'] !== '2021',
    );
    expect(parseConfig(config).problems).toEqual([
      'files: has no "neighbours" file for the 2021 model chosen in statisticalNeighbours.model.',
    ]);
  });

  it('reports missing sections and refuses what is not an object', () => {
    expect(parseConfig({}).problems).toEqual([
      'dataAsAt: is missing.',
      'authority: is missing.',
      'statisticalNeighbours: is missing.',
      'comparators: is missing.',
      'rag: is missing.',
      'files: is missing: list the data files.',
    ]);
    expect(parseConfig([1, 2]).problems).toEqual([
      'The configuration should be a JSON object ({ ... }), not [1,2].',
    ]);
    expect(parseConfig(null).config).toBeNull();
  });

  it('reports duplicate files and a model or area on the wrong role', () => {
    const config = goodConfig();
    config['files'] = [
      ...(config['files'] as unknown[]),
      { role: 'published', path: 'published.csv', model: '2025', area: 'E09000015' },
    ];
    expect(parseConfig(config).problems).toEqual([
      'files[6].model: only a "neighbours" file has a model.',
      'files[6].area: only a "local" file is about one council.',
      'files: lists "published.csv" more than once.',
    ]);
  });
});
