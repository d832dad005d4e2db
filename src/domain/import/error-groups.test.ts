import { describe, expect, it } from 'vitest';
import type { ReportIssue } from '../model';
import { formatIssueGroup, groupIssues, groupWhere, runsText } from './error-groups';

const issue = (line: number, value = 'Persons', message = 'not a unit'): ReportIssue => ({
  line,
  column: 'unit',
  value,
  message,
});

describe('groupIssues', () => {
  it('groups nothing from nothing', () => {
    expect(groupIssues([])).toEqual([]);
  });
  it('keeps a single issue as a group of one', () => {
    expect(groupIssues([issue(5)])).toEqual([{ issue: issue(5), count: 1, runs: [[5, 5]] }]);
  });
  it('puts 96 identical issues on lines 2-97 into one group', () => {
    const groups = groupIssues(Array.from({ length: 96 }, (_, i) => issue(i + 2)));
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ count: 96, runs: [[2, 97]] });
  });
  it('keeps issues apart when the value, column or message differ, largest first, then by first line', () => {
    const groups = groupIssues([
      issue(2),
      issue(3, 'Count'),
      issue(4),
      { ...issue(5), column: 'measure' },
      issue(6, 'Persons', 'other'),
    ]);
    expect(groups.map((g) => [g.issue.line, g.count])).toEqual([
      [2, 2],
      [3, 1],
      [5, 1],
      [6, 1],
    ]);
    expect(groups[0]?.runs).toEqual([
      [2, 2],
      [4, 4],
    ]);
  });
  it('puts the largest group first', () => {
    expect(groupIssues([issue(2, 'a'), issue(3), issue(4)]).map((g) => g.count)).toEqual([2, 1]);
  });
  it('makes runs of unordered lines', () => {
    expect(groupIssues([issue(9), issue(3), issue(4), issue(8)])[0]?.runs).toEqual([
      [3, 4],
      [8, 9],
    ]);
  });
});

describe('wording', () => {
  it.each([
    [[[0, 0]], 'whole file'],
    [[[2, 97]], '2–97'],
    [
      [
        [2, 40],
        [42, 42],
      ],
      '2–40, 42',
    ],
    [
      Array.from({ length: 8 }, (_, i) => [i * 2, i * 2] as const).slice(1),
      '2, 4, 6, 8, 10, 12 and 1 more',
    ],
  ] as const)('runsText %j', (runs, text) => {
    expect(runsText(runs)).toBe(text);
  });

  it('says where a group is and formats it for the command line', () => {
    const [group] = groupIssues(Array.from({ length: 96 }, (_, i) => issue(i + 2)));
    if (!group) throw new Error('no group');
    expect(groupWhere(group)).toBe('lines 2–97 (96 lines)');
    expect(formatIssueGroup('c.csv', group)).toBe(
      'c.csv, lines 2–97 (96 lines), column "unit": not a unit',
    );
    const [one] = groupIssues([issue(7)]);
    if (!one) throw new Error('no group');
    expect(groupWhere(one)).toBe('line 7');
    const [whole] = groupIssues([{ line: 0, column: '', value: '', message: 'empty' }]);
    if (!whole) throw new Error('no group');
    expect(formatIssueGroup('c.csv', whole)).toBe('c.csv: empty');
  });
});
