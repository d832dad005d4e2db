/**
 * The worker's way of previewing an import (a snapshot of the loaded figures, comparePreview,
 * then expandPreview on the page) gives exactly what previewChanges gives on the page.
 */
import { describe, expect, it } from 'vitest';
import {
  comparePreview,
  expandPreview,
  previewChanges,
  runToEnd,
} from '../../src/domain/workspace';
import { FigureIndex, snapshotFigures } from '../../src/domain/workspace';
import { withoutBlue } from '../../src/domain/import';
import { fileData } from './helpers';
import { BARNET, contextOf, HARROW, smallHosted } from './small-data';

const hosted = smallHosted();
const HEADER = 'indicator,period,area_code,value';
const file = (name: string, ...lines: string[]) =>
  fileData(name, [HEADER, ...lines].join('\n'), contextOf(hosted));

const both = (files: ReturnType<typeof file>[], dataset = hosted.dataset) => {
  const expected = runToEnd(previewChanges(dataset, files, withoutBlue));
  const snapshot = runToEnd(snapshotFigures(dataset));
  const compact = comparePreview(snapshot, dataset, files, withoutBlue);
  const actual = runToEnd(expandPreview(compact, files, dataset));
  return { expected, actual, compact };
};

describe('comparePreview with expandPreview', () => {
  it.each([
    ['a file with no figures', [file('empty.csv')]],
    ['a figure equal to the loaded one', [file('same.csv', `CSC-REREF,2024-25,${HARROW},16.1`)]],
    ['a figure that differs', [file('q.csv', `CSC-REREF,2025-26 Q2,${HARROW},12`)]],
    ['suppressed replacing a number', [file('c.csv', `CSC-REREF,2024-25,${BARNET},c`)]],
    [
      'new periods, indicators and councils',
      [
        file(
          'new.csv',
          `CSC-REREF,2025-26 Q3,${HARROW},12`,
          `CLA-RATE,2024-25,${HARROW},30`,
          'CSC-REREF,2024-25,E09000002,19',
        ),
      ],
    ],
    [
      'two files of one import that clash with each other',
      [
        file('a.csv', `CSC-REREF,2025-26 Q3,${HARROW},12`, `CSC-REREF,2024-25,${HARROW},17`),
        file('b.csv', `CSC-REREF,2025-26 Q3,${HARROW},11`, `CSC-REREF,2024-25,${HARROW},18`),
        file('c.csv', `CSC-REREF,2025-26 Q3,${HARROW},11`, `CSC-REREF,2024-25,${HARROW},x`),
      ],
    ],
    [
      'a mix of new, same and changed figures, missing states included',
      [
        file(
          'mix.csv',
          `CSC-REREF,2023-24,${HARROW},15.6`,
          `CSC-REREF,2024-25,${HARROW},z`,
          `CSC-REREF,2024-25,${BARNET},21`,
          `CL-EET-1921,2024-25,${HARROW},68`,
          `CL-EET-1921,2023-24,${HARROW},c`,
        ),
      ],
    ],
  ])('gives what previewChanges gives for %s', (_name, files) => {
    const { expected, actual } = both(files);
    expect(actual).toEqual(expected);
  });

  it('compares missing states by state, and a missing figure with a number as a change', () => {
    const data = smallHosted({
      published: `${HEADER}\nCSC-REREF,2024-25,${HARROW},c\nCSC-REREF,2023-24,${HARROW},x\n`,
    });
    const files = [
      fileData(
        'm.csv',
        [HEADER, `CSC-REREF,2024-25,${HARROW},c`, `CSC-REREF,2023-24,${HARROW},5`].join('\n'),
        contextOf(data),
      ),
    ];
    const { expected, actual, compact } = both(files, data.dataset);
    expect(actual).toEqual(expected);
    expect(compact.unchangedValues).toBe(1);
    expect(compact.changes.length).toBe(1);
    expect(Array.from(compact.changes.currentFile)).toEqual([-1]);
  });
});

describe('snapshotFigures', () => {
  it('holds every figure once, found again by its codes', () => {
    const snapshot = runToEnd(snapshotFigures(hosted.dataset));
    let figures = 0;
    for (const byArea of hosted.dataset.observations.values())
      for (const byPeriod of byArea.values()) figures += byPeriod.size;
    expect(snapshot.length).toBe(figures);
    const index = new FigureIndex(snapshot);
    for (let row = 0; row < snapshot.length; row++) {
      const found = index.find(
        snapshot.indicator[row] ?? 0,
        snapshot.area[row] ?? 0,
        snapshot.period[row] ?? 0,
      );
      expect(found).toBe(row);
    }
    expect(index.find(snapshot.indicatorNames.length, 0, 0)).toBe(-1);
  });
});
