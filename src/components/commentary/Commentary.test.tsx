import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { emptyCommentary, type Commentary } from '../../domain/model';
import type { IndicatorCommentary } from '../../hooks/useIndicatorCommentary';
import { commentaryView, editorView } from '../../hooks/views/commentary';
import { amberTile } from '../../../tests/scenarios/views';
import { Tile } from '../Tile';
import CommentaryEditor from './CommentaryEditor';
import { CommentaryText } from './CommentaryText';

const AS_AT = new Date(2025, 10, 15);
const HOSTILE = '<img src=x onerror=alert(1)> javascript:alert(1) \u202Eevil';

function Harness({
  start = emptyCommentary('CSC-REREF', 'E09000015', '2025-26 Q2'),
  previous = null,
}: {
  start?: Commentary;
  previous?: Commentary | null;
}) {
  const [draft, setDraft] = useState(start);
  const [undo, setUndo] = useState<Commentary | null>(null);
  const update = (next: Commentary) => {
    setUndo((u) => u ?? draft);
    setDraft(next);
  };
  const commentary: IndicatorCommentary = {
    periodText: '2025-26 Q2',
    draft,
    editor: editorView(draft, AS_AT),
    previous: previous ? commentaryView(previous, AS_AT) : null,
    history: [],
    defaultOwner: 'Head of Service, MASH',
    saving: 'saved',
    storageProblem: null,
    conflict: null,
    settle: () => undefined,
    canUndo: undo !== null,
    update,
    copyForward: () => {
      if (previous) update({ ...previous, period: '2025-26 Q2', actions: [] });
    },
    undo: () => {
      if (undo) setDraft(undo);
      setUndo(null);
    },
  };
  return (
    <>
      <CommentaryEditor commentary={commentary} onDone={() => undefined} />
      <output data-testid="saved">{JSON.stringify(draft)}</output>
    </>
  );
}

const saved = () => JSON.parse(screen.getByTestId('saved').textContent) as Commentary;

describe('CommentaryEditor', () => {
  it('labels every field and starts in the headline', () => {
    render(<Harness />);
    expect(
      screen.getByRole('group', { name: 'Write the commentary for 2025-26 Q2' }),
    ).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Headline' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Headline' })).toHaveAccessibleDescription(
      'One line, shown on the tiles and in the scorecard table. 0 of 120 characters',
    );
    expect(
      screen.getByRole('textbox', { name: 'What the figures show, why, and what is being done' }),
    ).toBeVisible();
    expect(screen.getByText('No actions yet.')).toBeVisible();
  });

  it('counts characters as the officer types and keeps text over the guide', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const headline = screen.getByRole('textbox', { name: 'Headline' });
    await user.type(headline, 'Re-referrals fell');
    expect(screen.getByText('17 of 120 characters')).toBeVisible();
    await user.clear(headline);
    await user.click(headline);
    await user.paste('x'.repeat(125));
    expect(headline).toHaveValue('x'.repeat(125));
    expect(headline).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('5 characters over the 120 suggested (nothing is cut)')).toBeVisible();
    expect(saved().headline).toHaveLength(125);
  });

  it('announces the count politely once typing pauses', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(screen.getByRole('textbox', { name: 'Headline' }), 'Up');
    const live = document.querySelector('[aria-live="polite"]');
    expect(live).toHaveTextContent('');
    expect(await screen.findByText('Headline: 2 of 120 characters')).toBeInTheDocument();
  });

  it('adds an action owned by the responsible officer, with an error until it says what', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Add an action' }));
    const action = screen.getByRole('group', { name: 'Action 1' });
    expect(within(action).getByRole('textbox', { name: 'Owner (a role)' })).toHaveValue(
      'Head of Service, MASH',
    );
    const what = within(action).getByRole('textbox', { name: 'What will be done (action 1)' });
    expect(what).not.toHaveAttribute('aria-invalid');
    await user.type(within(action).getByLabelText('Due date'), '2025-11-01');
    expect(what).toHaveAccessibleDescription(
      /^Error: ?Say what the action is\. An action with no description is kept here but not published\.$/,
    );
    expect(within(action).getByText('Overdue: the due date has passed')).toBeVisible();
    await user.type(what, 'Audit closures');
    expect(what).not.toHaveAttribute('aria-invalid');
    await user.selectOptions(within(action).getByRole('combobox', { name: 'Status' }), 'Done');
    expect(within(action).getByText('Shown as: Done')).toBeVisible();
    expect(saved().actions).toEqual([
      { what: 'Audit closures', owner: 'Head of Service, MASH', due: '2025-11-01', status: 'done' },
    ]);
    await user.click(screen.getByRole('button', { name: 'Remove action 1' }));
    expect(saved().actions).toEqual([]);
  });

  it('offers last period’s commentary beside the empty box, and undoes the last change', async () => {
    const user = userEvent.setup();
    const previous: Commentary = {
      ...emptyCommentary('CSC-REREF', 'E09000015', '2025-26 Q1'),
      headline: 'Last quarter',
      text: 'Old words',
    };
    render(<Harness previous={previous} />);
    expect(
      screen.getByRole('heading', { name: 'Last period’s commentary (2025-26 Q1)' }),
    ).toBeVisible();
    await user.click(
      screen.getByRole('button', { name: 'Copy it forward to edit (open actions only)' }),
    );
    expect(screen.getByRole('textbox', { name: 'Headline' })).toHaveValue('Last quarter');
    await user.click(screen.getByRole('button', { name: 'Undo the last change' }));
    expect(screen.getByRole('textbox', { name: 'Headline' })).toHaveValue('');
  });
});

describe('commentary as text', () => {
  it('shows hostile text as text, never as markup or links', () => {
    const c: Commentary = {
      ...emptyCommentary('CSC-REREF', 'E09000015', '2025-26 Q2'),
      headline: HOSTILE,
      text: `${HOSTILE}\n- bullet`,
      actions: [{ what: HOSTILE, owner: 'x', due: '2025-11-01', status: 'in-progress' }],
    };
    const { container } = render(<CommentaryText commentary={commentaryView(c, AS_AT)} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getAllByText(HOSTILE, { exact: false })).toHaveLength(3);
    expect(screen.getByRole('table', { name: 'Actions (2025-26 Q2)' })).toHaveTextContent(
      'Overdue',
    );
  });

  it('shows the headline on a tile, as text', () => {
    const { container } = render(<Tile tile={{ ...amberTile, headline: HOSTILE }} />);
    expect(screen.getByRole('article', { name: amberTile.title })).toHaveTextContent(
      `Commentary: ${HOSTILE}`,
    );
    expect(container.querySelector('img')).toBeNull();
  });
});
