import { describe, expect, it } from 'vitest';
import { assessScorecard } from '../domain/assess';
import type { ScorecardConfig } from '../domain/model';
import { defaultPeriod } from '../domain/assess';
import { warmUpScorecard } from './warm-up-data';

const config = {
  authority: 'E09000015',
  neighbourModel: '2025',
  neighbourAverage: 'mean',
} as unknown as ScorecardConfig;

describe('warmUpScorecard (the made-up scorecard the overview warms up on)', () => {
  it.each([
    ['the first day of a financial year', new Date(2026, 3, 1)],
    ['the last day of one', new Date(2026, 2, 31)],
    ['new year', new Date(2027, 0, 1)],
  ])('opens on an ended quarter with every indicator assessed, on %s', (_, now) => {
    const { dataset } = warmUpScorecard(config, now);
    const { period, basis } = defaultPeriod(dataset, config.authority, now);
    expect(basis).toBe('local-quarter');
    if (period === undefined) throw new Error('no period');
    const sections = assessScorecard(dataset, config.authority, period);
    expect(sections.flatMap((s) => s.assessments)).toHaveLength(8);
    expect(new Set(sections.filter((s) => s.assessments.length > 0).map((s) => s.id)).size).toBe(6);
  });

  it('is for the configured council, with ten neighbours', () => {
    const { dataset } = warmUpScorecard(config, new Date(2026, 10, 22));
    expect(dataset.areas.get('E09000015')?.level).toBe('la');
    expect(dataset.neighbours.get('2025')?.get('E09000015')).toHaveLength(10);
  });
});
