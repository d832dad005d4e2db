/**
 * What may be applied (gateApply): a file with errors applies nothing without the clean-lines
 * choice, register and neighbour changes are listed field by field and need confirming, and the
 * configured council never loses its region or neighbours. The property: any batch with an error
 * in some file, applied without that file's clean-lines choice, changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  areaFieldChanges,
  configuredCouncilProblems,
  gateApply,
  neighbourListChanges,
  type LoadedMeta,
} from '../../src/domain/workspace';
import type { ImportedFileData } from '../../src/domain/import';
import { runToEnd } from '../../src/domain/workspace';
import { mergeImports } from '../../src/domain/workspace';
import { fileData } from './helpers';
import { HARROW, NOW, smallHosted } from './small-data';

const hosted = smallHosted();
const meta: LoadedMeta = {
  areas: hosted.dataset.areas,
  neighbours: hosted.dataset.neighbours,
  authority: hosted.config.authority,
  neighbourModel: hosted.config.neighbourModel,
};
const context = {
  now: NOW,
  areas: hosted.dataset.areas,
  indicators: hosted.dataset.indicators,
};
const read = (name: string, text: string) => fileData(name, text, context);
const none = { cleanLinesOnly: new Set<string>(), registerConfirmed: false };

const REGISTER = 'code,old_code,name,level,region_code,sub_region_code,live,former_codes\n';

describe('gateApply', () => {
  it('applies a clean figure file as it is', () => {
    const file = read(
      'q3.csv',
      `indicator,period,area_code,value\nCSC-REREF,2025-26 Q3,${HARROW},14\n`,
    );
    expect(file.report.errors).toEqual([]);
    const gate = gateApply(meta, [file], none);
    expect(gate).toEqual({ ok: true, files: [file] });
  });

  it('applies nothing from a file with errors until its clean lines are chosen', () => {
    const file = read(
      'q3.csv',
      `indicator,period,area_code,value\nCSC-REREF,2025-26 Q3,${HARROW},14\nCSC-REREF,2025-26 Q3,${HARROW},banana\n`,
    );
    expect(file.report.errors.length).toBeGreaterThan(0);
    const held = gateApply(meta, [file], none);
    expect(held.ok).toBe(false);
    if (!held.ok) expect(held.problems.join(' ')).toMatch(/q3\.csv has an error.*clean lines/);
    const chosen = gateApply(meta, [file], { ...none, cleanLinesOnly: new Set(['q3.csv']) });
    expect(chosen.ok).toBe(true);
  });

  it('offers nothing to apply for files that give nothing', () => {
    const file = read('blank.csv', 'indicator,period,area_code,value\n');
    const gate = gateApply(meta, [file], { ...none, cleanLinesOnly: new Set(['blank.csv']) });
    expect(gate.ok).toBe(false);
    if (!gate.ok) expect(gate.problems.join(' ')).toMatch(/nothing to apply/);
  });

  it('never lets a register file take the configured council out of its region', () => {
    // The case found: a register whose region column is empty for five London boroughs.
    const file = read('areas.csv', `${REGISTER}${HARROW},310,Harrow,la,,,yes,\n`);
    expect(file.areas).toHaveLength(1);
    const changes = areaFieldChanges(meta.areas, [file]);
    expect(changes).toContainEqual(
      expect.objectContaining({
        code: HARROW,
        field: 'region',
        from: 'London (E12000007)',
        to: '(none)',
      }),
    );
    const problems = configuredCouncilProblems(meta, [file]);
    expect(problems.join(' ')).toMatch(/would remove the region of Harrow/);
    const gate = gateApply(meta, [file], {
      cleanLinesOnly: new Set(['areas.csv']),
      registerConfirmed: true,
    });
    expect(gate.ok).toBe(false);
  });

  it('needs its own confirmation for a change of another council’s register entry', () => {
    const barnet = hosted.dataset.areas.get('E09000003');
    expect(barnet?.regionCode).toBe('E12000007');
    const file = read(
      'areas.csv',
      `${REGISTER}E09000003,302,Barnet (renamed),la,E12000007,E13000002,yes,\n`,
    );
    const changes = areaFieldChanges(meta.areas, [file]);
    expect(changes).toEqual([
      expect.objectContaining({ field: 'name', from: 'Barnet', to: 'Barnet (renamed)' }),
    ]);
    expect(gateApply(meta, [file], none).ok).toBe(false);
    expect(gateApply(meta, [file], { ...none, registerConfirmed: true }).ok).toBe(true);
  });

  it('lists a neighbour list that would change, and never empties the configured council’s', () => {
    const harrowNow = meta.neighbours.get(meta.neighbourModel)?.get(HARROW) ?? [];
    expect(harrowNow.length).toBeGreaterThan(0);
    const emptied: ImportedFileData = {
      ...read('sn.csv', REGISTER),
      neighbours: new Map([[meta.neighbourModel, new Map([[HARROW, []]])]]),
    };
    expect(neighbourListChanges(meta.neighbours, meta.areas, [emptied])).toEqual([
      expect.objectContaining({ council: HARROW, to: '(none)' }),
    ]);
    expect(configuredCouncilProblems(meta, [emptied]).join(' ')).toMatch(
      /no statistical neighbours/,
    );
  });
});

describe('property: a batch with an error, applied without the clean-lines choice, changes nothing', () => {
  const good = fc.constantFrom(
    `CSC-REREF,2025-26 Q3,${HARROW},14.5`,
    `CSC-REREF,2025-26 Q2,${HARROW},13.9`,
    `CL-EET-1921,2025-26 Q3,${HARROW},70`,
    `CSC-REREF,2025-26 Q3,E09000003,22`,
  );
  const bad = fc.constantFrom(
    `CSC-REREF,2025-26 Q3,${HARROW},banana`,
    `CSC-REREF,not a period,${HARROW},14`,
    `NOT-AN-INDICATOR,2025-26 Q3,${HARROW},14`,
    `CSC-REREF,2025-26 Q3,E99999999,14`,
    `CSC-REREF,2025-26 Q3,${HARROW},14,extra,cells`,
    `CSC-REREF,2099-00 Q3,${HARROW},14`,
  );
  const fileLines = fc
    .tuple(fc.array(good, { maxLength: 4 }), fc.array(bad, { minLength: 1, maxLength: 3 }))
    .chain(([g, b]) => fc.shuffledSubarray([...g, ...b], { minLength: g.length + b.length }));

  it('holds for random files and choices of other files', () => {
    fc.assert(
      fc.property(
        fileLines,
        fc.array(good, { maxLength: 3 }),
        fc.boolean(),
        (lines, cleanLines, confirmed) => {
          const badFile = read(
            'bad.csv',
            `indicator,period,area_code,value\n${lines.join('\n')}\n`,
          );
          fc.pre(badFile.report.errors.length > 0);
          const files = [badFile];
          if (cleanLines.length > 0)
            files.push(
              read('good.csv', `indicator,period,area_code,value\n${cleanLines.join('\n')}\n`),
            );
          const gate = gateApply(meta, files, {
            cleanLinesOnly: new Set(['good.csv']),
            registerConfirmed: confirmed,
          });
          expect(gate.ok).toBe(false);
          // What the page then applies: nothing, so the working data is the hosted data.
          const applied = gate.ok
            ? [{ id: 1, appliedAt: '', files: gate.files, decisions: new Map(), hostedVersion: '' }]
            : [];
          const merged = runToEnd(mergeImports(hosted, applied));
          expect(merged.data).toBe(hosted);
        },
      ),
      { numRuns: 150 },
    );
  });
});
