import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { amberTile as tile } from '../../tests/scenarios/views';
import { Tile } from './Tile';

describe('Tile', () => {
  it('shows the figure, status in words, direction, target and comparators', () => {
    render(<Tile tile={tile} />);
    const article = screen.getByRole('article', {
      name: 'Assessments completed within 45 working days',
    });
    expect(article).toHaveAccessibleDescription(tile.sentence);
    expect(article).toHaveTextContent('88.0% in 2025-26 Q2');
    expect(article).toHaveTextContent('Amber');
    expect(article).toHaveTextContent('Improving');
    expect(article).toHaveTextContent('Target: 90% · 2.0 points below target');
    expect(
      within(article)
        .getAllByRole('term')
        .map((term) => term.textContent),
    ).toEqual(['Statistical neighbours (mean)', 'England']);
    expect(article).toHaveTextContent('84.1% (2024-25, 10 of 10)');
    expect(article).toHaveTextContent('Illustrative figures');
  });

  it('links the title to the indicator page', () => {
    render(<Tile tile={tile} />);
    expect(
      screen.getByRole('link', { name: 'Assessments completed within 45 working days' }),
    ).toHaveAttribute('href', '#/indicator/CSC-ASSESS-45');
  });

  it('describes the trend line in words', () => {
    render(<Tile tile={tile} />);
    expect(screen.getByRole('img', { name: 'Trend: 82.0% to 88.0%' })).toBeInTheDocument();
  });

  it('leaves out comparators and the trend when there are none', () => {
    render(<Tile tile={{ ...tile, comparators: [], sparkline: null, illustrative: false }} />);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByRole('term')).not.toBeInTheDocument();
    expect(screen.queryByText('Illustrative figures')).not.toBeInTheDocument();
  });
});
