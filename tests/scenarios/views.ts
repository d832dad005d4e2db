/**
 * Named view-model scenarios shared by component tests: an amber tile with comparators and a
 * trend, and a scorecard table with a suppressed value and a row without a target.
 */
import type { TableRowView, TableView, TileView } from '../../src/hooks/view-models';

export const amberTile: TileView = {
  id: 'CSC-ASSESS-45',
  title: 'Assessments completed within 45 working days',
  valueText: '88.0%',
  periodText: 'in 2025-26 Q2',
  status: { kind: 'amber', label: 'Amber', detail: '2.0 points below target' },
  direction: {
    kind: 'improving',
    label: 'Improving',
    detail: 'since 2025-26 Q1 (April to June 2025)',
    movement: 'up',
  },
  targetText: 'Target: 90%',
  comparators: [
    {
      label: 'Statistical neighbours (mean)',
      valueText: '84.1%',
      periodText: '2024-25',
      note: '10 of 10',
    },
    { label: 'England', valueText: '85.7%', periodText: '2024-25', note: '' },
  ],
  sparkline: { path: 'M0 29 L100 3', last: { x: 100, y: 3 }, label: 'Trend: 82.0% to 88.0%' },
  sentence:
    'Assessments completed within 45 working days: 88.0% in 2025-26 Q2. Amber: 2.0 points below the 90% target.',
  illustrative: true,
  href: '#/indicator/CSC-ASSESS-45',
};

const row = (change: Partial<TableRowView>): TableRowView => ({
  id: 'CSC-ASSESS-45',
  ref: 'TS2',
  title: 'Assessments completed within 45 working days',
  href: '#/indicator/CSC-ASSESS-45',
  goodIs: 'Higher',
  values: [
    { text: '86.1%', note: '' },
    { text: '88.0%', note: '' },
  ],
  latest: null,
  targetText: '90%',
  status: { kind: 'amber', label: 'Amber', detail: '2.0 points below target' },
  direction: {
    kind: 'improving',
    label: 'Improving',
    detail: 'since 2025-26 Q1 (April to June 2025)',
    movement: 'up',
  },
  snText: '84.1%',
  englandText: '85.7%',
  commentary: 'Two new team managers started in August.',
  illustrative: true,
  ...change,
});

export const scorecardTable: TableView = {
  caption: 'Harrow scorecard, 2025-26 Q2',
  periods: ['2025-26 Q1', '2025-26 Q2'],
  latestHeading: null,
  snHeading: 'Neighbours (mean) 2024-25',
  englandHeading: 'England 2024-25',
  sections: [
    {
      id: 'front-door',
      title: 'Front door and early help',
      items: [row({})],
    },
    {
      id: 'in-care',
      title: 'Children in care',
      items: [
        row({
          id: 'CLA-SDQ-SCORE',
          ref: 'CLA-SDQ-SCORE',
          title: 'Average SDQ score of children in care',
          href: '#/indicator/CLA-SDQ-SCORE',
          goodIs: 'Lower',
          values: [
            { text: '14.1', note: '' },
            { text: 'Suppressed', note: '[c] fewer than 6 children' },
          ],
          targetText: 'No target set',
          status: { kind: 'not-rated', label: 'Not rated', detail: 'suppressed [c]' },
          direction: {
            kind: 'not-comparable',
            label: 'Not comparable',
            detail: '',
            movement: null,
          },
          commentary: '',
        }),
      ],
    },
  ],
};
