/**
 * Writing the reporting period's commentary: headline, text and actions. Every change is handed
 * up at once (the hook saves it); lengths are shown against their guide and said politely once
 * typing pauses; nothing is cut. Loaded only when an officer opens it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { ACTION_STATUSES, type ActionStatus, type Commentary } from '../../domain/model';
import type { IndicatorCommentary } from '../../hooks/useIndicatorCommentary';
import { CommentaryText } from './CommentaryText';
import './commentary.css';

const SAY_AFTER_MS = 1000;

export default function CommentaryEditor({
  commentary,
  onDone,
}: {
  commentary: IndicatorCommentary;
  onDone: () => void;
}) {
  const id = useId();
  const { draft, editor, previous, defaultOwner, periodText } = commentary;
  const [spoken, setSpoken] = useState('');
  const [typing, setTyping] = useState<{ field: string; n: number } | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    first.current?.focus();
  }, []);
  // The count of the field typed in is said once typing pauses, not at every key.
  const counted =
    typing?.field === 'headline'
      ? `Headline: ${editor.headline.text}`
      : typing?.field === 'text'
        ? `Commentary: ${editor.text.text}`
        : '';
  useEffect(() => {
    if (counted === '') return;
    const timer = setTimeout(() => {
      setSpoken(counted);
    }, SAY_AFTER_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [counted, typing]);

  /** Hands a change up; `said` is announced at once (an action added or removed). */
  const change = (next: Commentary, field: string, said = '') => {
    commentary.update(next);
    if (said !== '') setSpoken(said);
    else setTyping((previous) => ({ field, n: (previous?.n ?? 0) + 1 }));
  };

  const setAction = (index: number, patch: Partial<Commentary['actions'][number]>) => {
    change(
      { ...draft, actions: draft.actions.map((a, i) => (i === index ? { ...a, ...patch } : a)) },
      `action-${String(index)}`,
    );
  };

  return (
    <div className="commentary-editor" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Write the commentary for {periodText}</h3>
      <p className="commentary-editor__hint">
        Saved in this browser as you type{' '}
        <span role="status">
          {commentary.saving === 'saving'
            ? '(saving…)'
            : commentary.saving === 'failed'
              ? '(not saved: see the notice)'
              : '(saved)'}
        </span>
        . Plain text only: line breaks and bullet lines starting with “-” are kept as typed.
      </p>
      {commentary.storageProblem !== null && (
        <p className="commentary-editor__error">{commentary.storageProblem}</p>
      )}
      {commentary.conflict && (
        <div className="commentary-editor__error" role="alert">
          <p>
            This commentary was changed in another tab or window while you were writing it here, so
            what you wrote has not been saved over it.
            {commentary.conflict.theirs ? ' The other tab saved:' : ' The other tab removed it.'}
          </p>
          {commentary.conflict.theirs && (
            <CommentaryText commentary={commentary.conflict.theirs} headingLevel={4} />
          )}
          <p>
            <button
              type="button"
              className="button"
              onClick={() => {
                commentary.settle('mine');
              }}
            >
              Keep what I wrote here
            </button>{' '}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                commentary.settle('theirs');
              }}
            >
              Use the other tab&rsquo;s
            </button>
          </p>
        </div>
      )}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {spoken}
      </p>
      {previous && (
        <div className="commentary-editor__previous">
          <h4>Last period&rsquo;s commentary ({previous.periodText})</h4>
          <CommentaryText commentary={previous} headingLevel={4} />
          <button
            type="button"
            className="button button--secondary"
            onClick={commentary.copyForward}
          >
            Copy it forward to edit (open actions only)
          </button>
        </div>
      )}
      <div className="commentary-editor__field">
        <label htmlFor={`${id}-headline`}>Headline</label>
        <p id={`${id}-headline-hint`} className="commentary-editor__hint">
          One line, shown on the tiles and in the scorecard table.
        </p>
        <input
          ref={first}
          id={`${id}-headline`}
          type="text"
          value={draft.headline}
          aria-describedby={`${id}-headline-hint ${id}-headline-count`}
          aria-invalid={editor.headline.over}
          onChange={(event) => {
            change({ ...draft, headline: event.target.value }, 'headline');
          }}
        />
        <p
          id={`${id}-headline-count`}
          className={`commentary-editor__hint${editor.headline.over ? ' commentary-editor__over' : ''}`}
        >
          {editor.headline.text}
        </p>
      </div>
      <div className="commentary-editor__field">
        <label htmlFor={`${id}-text`}>What the figures show, why, and what is being done</label>
        <textarea
          id={`${id}-text`}
          value={draft.text}
          rows={8}
          aria-describedby={`${id}-text-count`}
          onChange={(event) => {
            change({ ...draft, text: event.target.value }, 'text');
          }}
        />
        <p
          id={`${id}-text-count`}
          className={`commentary-editor__hint${editor.text.over ? ' commentary-editor__over' : ''}`}
        >
          {editor.text.text}
        </p>
      </div>
      <h4>Actions</h4>
      {draft.actions.length === 0 && <p>No actions yet.</p>}
      {draft.actions.map((action, index) => {
        const view = editor.actions[index];
        const n = String(index + 1);
        const base = `${id}-action-${n}`;
        return (
          <fieldset key={index} className="commentary-editor__action">
            <legend>Action {n}</legend>
            {view?.error && (
              <p id={`${base}-error`} className="commentary-editor__error">
                <span className="visually-hidden">Error: </span>
                {view.error}
              </p>
            )}
            <div className="commentary-editor__field">
              <label htmlFor={`${base}-what`}>What will be done (action {n})</label>
              <input
                id={`${base}-what`}
                type="text"
                value={action.what}
                aria-invalid={view?.error ? true : undefined}
                aria-describedby={view?.error ? `${base}-error` : undefined}
                onChange={(event) => {
                  setAction(index, { what: event.target.value });
                }}
              />
            </div>
            <div className="commentary-editor__row">
              <div className="commentary-editor__field">
                <label htmlFor={`${base}-owner`}>Owner (a role)</label>
                <input
                  id={`${base}-owner`}
                  type="text"
                  value={action.owner}
                  onChange={(event) => {
                    setAction(index, { owner: event.target.value });
                  }}
                />
              </div>
              <div className="commentary-editor__field">
                <label htmlFor={`${base}-due`}>Due date</label>
                <input
                  id={`${base}-due`}
                  type="date"
                  value={action.due ?? ''}
                  onChange={(event) => {
                    setAction(index, {
                      due: event.target.value === '' ? null : event.target.value,
                    });
                  }}
                />
              </div>
              <div className="commentary-editor__field">
                <label htmlFor={`${base}-status`}>Status</label>
                <select
                  id={`${base}-status`}
                  value={action.status}
                  aria-describedby={`${base}-state`}
                  onChange={(event) => {
                    setAction(index, { status: event.target.value as ActionStatus });
                  }}
                >
                  {ACTION_STATUSES.map((status) => (
                    <option key={status.id} value={status.id}>
                      {status.label}
                    </option>
                  ))}
                </select>
                <p id={`${base}-state`} className="commentary-editor__hint">
                  {view?.overdue ? (
                    <strong className="commentary__overdue">
                      Overdue: the due date has passed
                    </strong>
                  ) : (
                    `Shown as: ${view?.stateLabel ?? ''}`
                  )}
                </p>
              </div>
            </div>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                change(
                  { ...draft, actions: draft.actions.filter((_, i) => i !== index) },
                  'remove',
                  `Action ${n} removed.`,
                );
              }}
            >
              Remove action {n}
            </button>
          </fieldset>
        );
      })}
      <div className="button-group commentary-editor__buttons">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            change(
              {
                ...draft,
                actions: [
                  ...draft.actions,
                  { what: '', owner: defaultOwner, due: null, status: 'not-started' },
                ],
              },
              'add',
              `Action ${String(draft.actions.length + 1)} added.`,
            );
          }}
        >
          Add an action
        </button>
        {commentary.canUndo && (
          <button type="button" className="button button--secondary" onClick={commentary.undo}>
            Undo the last change
          </button>
        )}
        <button type="button" className="button" onClick={onDone}>
          Done
        </button>
      </div>
      {defaultOwner !== '' && (
        <p className="commentary-editor__hint">
          New actions are given to the indicator&rsquo;s responsible officer, {defaultOwner}; change
          the owner as needed.
        </p>
      )}
    </div>
  );
}
