/**
 * Publish re-reads what it wrote as the hosted site would, and refuses a set the site would not
 * read cleanly (a NUL that makes a CSV "binary", a file missing, figures lost on the way).
 */
import { describe, expect, it } from 'vitest';
import { publishFiles } from '../../src/domain/workspace';
import { checkPublished } from '../../src/domain/workspace';
import type { IndicatorDefinition } from '../../src/domain/model';
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
});
