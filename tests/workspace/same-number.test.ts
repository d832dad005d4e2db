/**
 * Floating-point noise is not a change: re-importing a figure read as 16.100000000000001 against
 * 16.1 is the same figure (in the page's comparison and in the worker's), and shown as 16.1.
 */
import { describe, expect, it } from 'vitest';
import { comparePreview, previewChanges, runToEnd } from '../../src/domain/workspace';
import { snapshotFigures } from '../../src/domain/workspace';
import { readableNumber, sameNumber } from '../../src/domain/model';
import { fileData } from './helpers';
import { contextOf, HARROW, smallHosted } from './small-data';

describe('sameNumber', () => {
  it.each([
    [13.1, 13.100000000000001, true],
    [16.1, 16.1, true],
    [0, 0, true],
    [0, 1e-300, false],
    [13.1, 13.2, false],
    [0.0001, 0.0002, false],
    [1234567.1, 1234567.2, false],
    [NaN, NaN, false],
    [Infinity, Infinity, true],
  ])('%d and %d: %s', (a, b, same) => {
    expect(sameNumber(a, b)).toBe(same);
  });

  it('shows a number without 17-digit noise', () => {
    expect(readableNumber(13.100000000000001)).toBe('13.1');
    expect(readableNumber(0.1 + 0.2)).toBe('0.3');
    expect(readableNumber(1234.5678)).toBe('1234.5678');
  });
});

describe('a re-imported figure with floating-point noise', () => {
  const hosted = smallHosted();
  const file = fileData(
    'again.csv',
    `indicator,period,area_code,value\nCSC-REREF,2024-25,${HARROW},16.100000000000001\nCSC-REREF,2023-24,${HARROW},15.7\n`,
    contextOf(hosted),
  );

  it('is the same as now, and a real change is still a change', () => {
    const preview = runToEnd(previewChanges(hosted.dataset, [file]));
    expect(preview.unchangedValues).toBe(1);
    expect(preview.changes.map((c) => c.incoming.period)).toEqual(['2023-24']);
  });

  it('is the same in the worker’s comparison too', () => {
    const snapshot = runToEnd(snapshotFigures(hosted.dataset));
    const compact = comparePreview(snapshot, hosted.dataset, [file]);
    expect(compact.unchangedValues).toBe(1);
    expect(compact.changes.length).toBe(1);
  });
});
