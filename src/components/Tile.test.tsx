import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Tile } from './Tile';

describe('Tile', () => {
  it('shows the title, value, target and status as words', () => {
    render(
      <Tile
        tile={{
          id: 'CSC-ASSESS-45',
          title: 'Assessments completed within 45 working days',
          period: '2025-26 Q2',
          valueText: '88.0%',
          targetText: '90%',
          status: 'amber',
        }}
      />,
    );
    const tile = screen.getByRole('article', {
      name: 'Assessments completed within 45 working days',
    });
    expect(tile).toHaveTextContent('88.0% in 2025-26 Q2');
    expect(tile).toHaveTextContent('Target: 90%');
    expect(tile).toHaveTextContent('Amber');
  });
});
