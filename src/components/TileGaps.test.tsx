import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { amberTile as tile } from '../../tests/scenarios/views';
import { Tile } from './Tile';

/** Figures whose hosted file could not be read are marked on the tile itself. */
describe('Tile with a failed file behind its figures', () => {
  const SN_GONE = 'neighbour figures missing: the file neighbours-2025.csv could not be read';
  const LOCAL_GONE = 'local figures missing: the file local-harrow.csv could not be read';

  it('says beside the comparator and the figure which file could not be read', () => {
    render(
      <Tile
        tile={{
          ...tile,
          gap: LOCAL_GONE,
          comparators: [
            {
              label: 'Statistical neighbours (mean)',
              valueText: 'Missing',
              periodText: '',
              note: SN_GONE,
            },
            ...tile.comparators.slice(1),
          ],
        }}
      />,
    );
    const article = screen.getByRole('article', {
      name: 'Assessments completed within 45 working days',
    });
    const terms = within(article).getAllByRole('definition');
    expect(terms[0]).toHaveTextContent(`Missing (${SN_GONE})`);
    expect(within(article).getByText(LOCAL_GONE)).toBeInTheDocument();
  });

  it('says nothing of files when every file was read', () => {
    render(<Tile tile={tile} />);
    expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument();
  });
});
