/** Publish leaves out figures for an indicator with no definition (they are shown nowhere). */
import { describe, expect, it } from 'vitest';
import type { AppliedImport } from '../../src/domain/import';
import { mergeImports, publishFiles, runToEnd } from '../../src/domain/workspace';
import { defaultData } from '../support/default-data';
import { fileData } from './helpers';
import { contextOf, HARROW } from './small-data';

describe('publishing figures with no definition', () => {
  it('leaves them out and says so, and publishes the rest', () => {
    const data = defaultData();
    const text = [
      'indicator,period,area_code,value',
      `CSC-REREF,2019-20 Q1,${HARROW},12.5`,
      `Number of referrals,2019-20 Q1,${HARROW},2050`,
      `Number of referrals,2019-20 Q2,${HARROW},2010`,
    ].join('\n');
    const file = fileData('council.csv', text, contextOf(data));
    const imported: AppliedImport = {
      id: 1,
      appliedAt: '2026-11-22T10:00:00Z',
      files: [file],
      decisions: new Map(),
      hostedVersion: data.version,
    };
    const merged = runToEnd(mergeImports(data, [imported])).data;
    expect(merged.dataset.observations.has('Number of referrals')).toBe(true);
    const { files, problems } = publishFiles(merged);
    const all = [...files.values()].join('\n');
    expect(all).not.toContain('Number of referrals');
    expect(all).toContain(`CSC-REREF,2019-20 Q1,${HARROW},12.5`);
    expect(problems).toContain(
      '2 figures for "Number of referrals" were left out: the scorecard has no definition for it, so it is shown nowhere.',
    );
  });
});
