import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { amberTile } from '../../tests/scenarios/views';
import type { SpcIconsView } from '../hooks/view-models';
import { spcIconsView } from '../hooks/views/spc-icons';
import { analyseSpc } from '../domain/assess';
import { SpcIcons } from './SpcIcons';
import { StatusKey } from './StatusKey';
import { Tile } from './Tile';

/** 11, 9, 11 ... (mean 10, limits 4.68 to 15.32) then `last`, judged against a baseline. */
function icons(last: number, polarity: 'higher' | 'lower', target: number | null): SpcIconsView {
  const values = [11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, last];
  const series = values.map((value, i) => ({ period: `P${String(i)}`, value }));
  const view = spcIconsView(analyseSpc(series, { polarity, target, baseline: 14 }));
  if (!view) throw new Error('no view');
  return view;
}

describe('SpcIcons', () => {
  it.each([
    [10, 'higher', 4, 'Variation: Common cause', 'Assurance: Target: consistently met'],
    [
      16,
      'higher',
      16,
      'Variation: Special cause: improvement (high)',
      'Assurance: Target: consistently missed',
    ],
    [
      16,
      'lower',
      10,
      'Variation: Special cause: concern (high)',
      'Assurance: Target: hit and miss',
    ],
    [4, 'higher', null, 'Variation: Special cause: concern (low)', null],
  ] as const)(
    'names the icons in words: %s with %s polarity, target %s',
    (last, polarity, target, variation, assurance) => {
      render(<SpcIcons spc={icons(last, polarity, target)} />);
      expect(
        screen.getByText(
          (_, el) => el?.classList.contains('spc') === true && el.textContent === variation,
        ),
      ).toBeInTheDocument();
      if (assurance === null) {
        expect(screen.queryByText(/Assurance/)).not.toBeInTheDocument();
      } else {
        expect(
          screen.getByText(
            (_, el) => el?.classList.contains('spc') === true && el.textContent === assurance,
          ),
        ).toBeInTheDocument();
      }
    },
  );

  it('says why there are no icons with too few points, when asked', () => {
    const view: SpcIconsView = {
      variation: null,
      assurance: null,
      note: 'Limits need at least 13 points; this series has 9.',
    };
    const { container, rerender } = render(<SpcIcons spc={view} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<SpcIcons spc={view} showNote />);
    expect(
      screen.getByText('Limits need at least 13 points; this series has 9.'),
    ).toBeInTheDocument();
  });

  it('hides the icon drawings from assistive technology: the words carry the meaning', () => {
    const { container } = render(<SpcIcons spc={icons(16, 'higher', 4)} />);
    const svgs = container.querySelectorAll('svg');
    expect(svgs).toHaveLength(2);
    svgs.forEach((svg) => expect(svg).toHaveAttribute('aria-hidden', 'true'));
  });

  it('shows on a tile under the status, and not at all without a series', () => {
    const { rerender } = render(<Tile tile={{ ...amberTile, spc: icons(4, 'higher', 8) }} />);
    const article = screen.getByRole('article');
    expect(article).toHaveTextContent('Special cause: concern (low)');
    expect(article).toHaveTextContent('Target: hit and miss');
    rerender(<Tile tile={{ ...amberTile, spc: null }} />);
    expect(screen.getByRole('article')).not.toHaveTextContent('Variation');
  });

  it('is explained in the status key, each icon in words', () => {
    render(<StatusKey />);
    expect(
      screen.getByRole('heading', { name: 'Key to the variation and assurance icons' }),
    ).toBeInTheDocument();
    for (const label of [
      'Common cause',
      'Special cause: improvement',
      'Special cause: concern',
      'Special cause',
      'Target: consistently met',
      'Target: consistently missed',
      'Target: hit and miss',
    ]) {
      expect(screen.getByText(label, { selector: 'strong' })).toBeInTheDocument();
    }
  });
});
