/**
 * Publish re-reads what it wrote as the hosted site would, and refuses a set the site would not
 * read cleanly (a NUL that makes a CSV "binary", a file missing, figures lost on the way).
 */
import { describe, expect, it } from 'vitest';
import { publishFiles } from '../../src/domain/workspace';
import { checkPublished } from '../../src/domain/workspace';
import type { Commentary, IndicatorDefinition } from '../../src/domain/model';
import { defaultData, TODAY } from '../support/default-data';

describe('checkPublished', () => {
  const data = defaultData();
  const published = publishFiles(data);

  it('passes the default data, which the site reads back whole', () => {
    expect(checkPublished(published, data, TODAY)).toEqual([]);
  });

  it('refuses a set with a NUL in the definitions (the site would refuse the whole file)', () => {
    const first = [...data.dataset.indicators.values()][0] as IndicatorDefinition;
    const indicators = new Map(data.dataset.indicators).set(first.id, {
      ...first,
      title: `Bad\u0000title`,
    });
    const damaged = { ...data, dataset: { ...data.dataset, indicators } };
    const problems = checkPublished(publishFiles(damaged), damaged, TODAY);
    expect(problems[0]).toMatch(
      /^The indicator definitions file definitions\.csv could not be read: .*NUL/,
    );
  });

  it('refuses a set with a file missing or figures lost', () => {
    const files = new Map(published.files);
    files.delete('neighbours-2025.csv');
    const lines = (files.get('published.csv') ?? '').split('\n');
    files.set('published.csv', `${lines.slice(0, -20).join('\n')}\n`);
    const problems = checkPublished({ ...published, files }, data, TODAY);
    expect(problems).toEqual([
      expect.stringMatching(
        /^The statistical neighbours file neighbours-2025\.csv could not be read from the web host/,
      ),
      expect.stringMatching(
        /^The files hold [\d,]+ figures as the web host would read them, but the working data has [\d,]+ figures\.$/,
      ),
    ]);
  });

  describe('reads back commentary.csv and every other file written', () => {
    const commentary: Commentary[] = [
      {
        indicator: 'CSC-REREF',
        area: data.config.authority,
        period: '2025-26 Q2',
        headline: 'Re-referrals down',
        text: 'Two new team managers.',
        actions: [{ what: 'Audit', owner: 'Head of Service', due: '2026-12-31', status: 'done' }],
      },
    ];
    const withCommentary = publishFiles(data, commentary);

    it('passes commentary that reads back whole', () => {
      expect(withCommentary.files.has('commentary.csv')).toBe(true);
      expect(checkPublished(withCommentary, data, TODAY, commentary)).toEqual([]);
    });

    it('refuses a commentary file the site would not read (a NUL makes it binary)', () => {
      const files = new Map(withCommentary.files);
      files.set('commentary.csv', `${files.get('commentary.csv') ?? ''}\u0000`);
      expect(checkPublished({ ...withCommentary, files }, data, TODAY, commentary)).toEqual([
        expect.stringMatching(/^The commentary file commentary\.csv could not be read: 1 problem/),
      ]);
    });

    it('refuses a commentary file that lost a commentary, or was not written', () => {
      const files = new Map(withCommentary.files);
      files.set('commentary.csv', (files.get('commentary.csv') ?? '').split('\n')[0] ?? '');
      expect(checkPublished({ ...withCommentary, files }, data, TODAY, commentary)).toEqual([
        'The commentary file commentary.csv holds 0 commentaries as the web host would read it, but 1 commentary was written.',
      ]);
      files.delete('commentary.csv');
      expect(checkPublished({ ...withCommentary, files }, data, TODAY, commentary)).toEqual([
        'The commentary file commentary.csv named in config.json was not written.',
      ]);
    });

    it('refuses commentary config.json does not name, and a file it does not name', () => {
      expect(checkPublished(published, data, TODAY, commentary)).toEqual([
        'config.json names no commentary file, so the web host would show none of the 1 commentary written.',
      ]);
      const files = new Map(published.files).set('stray.csv', 'a,b\n');
      expect(checkPublished({ ...published, files }, data, TODAY)).toEqual([
        'stray.csv was written, but config.json does not name it.',
      ]);
    });
  });
});
