/**
 * The analyst's SPC settings for one indicator, behind a disclosure under its XmR chart: the run
 * length (every indicator), a baseline ("fix the limits from the first N points") and the periods
 * where the process changed, each with its reason. Every change is previewed on the chart above
 * before it is saved; problems are said in words beside their field and in a summary on Save.
 */
import { useId, useState } from 'react';
import type { SpcChoice } from '../domain/assess';
import type { IndicatorSpcSettings } from '../hooks/useIndicatorSpc';
import { focusTarget } from './data-page/ErrorSummary';
import './SpcSettingsForm.css';

export function SpcSettingsForm({ settings }: { settings: IndicatorSpcSettings }) {
  const id = useId();
  const { draft, check, periods, figures } = settings;
  // Errors are said for what has been filled in, and for everything once Save is tried.
  const [tried, setTried] = useState(false);
  const [said, setSaid] = useState('');
  const errorFor = (field: string) => check.errors.find((e) => e.field === field)?.message;
  const shown = (field: string, filled: boolean) => (tried || filled ? errorFor(field) : undefined);
  const fieldId = (field: string) => `${id}-${field}`;
  const edit = (next: Partial<SpcChoice>) => {
    settings.edit({ ...draft, ...next });
    setSaid('');
  };
  const setRecalculation = (index: number, patch: Partial<SpcChoice['recalculations'][number]>) => {
    edit({
      recalculations: draft.recalculations.map((r, i) => (i === index ? { ...r, ...patch } : r)),
    });
  };
  const baselineError = shown('baseline', draft.baseline !== null);

  return (
    <details className="spc-settings">
      <summary className="spc-settings__summary">
        SPC settings for {settings.indicatorTitle}
        {settings.local ? ' (set in this browser)' : ''}
      </summary>
      <form
        className="spc-settings__form"
        aria-labelledby={`${id}-title`}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (check.errors.length > 0) {
            setSaid(
              `The settings were not saved: ${String(check.errors.length)} problem${check.errors.length === 1 ? '' : 's'} to correct.`,
            );
            return;
          }
          void settings.save().then((message) => {
            setTried(false);
            setSaid(message);
          });
        }}
      >
        <h3 id={`${id}-title`}>Set the limits of the XmR chart</h3>
        <p className="spc-settings__hint">
          Changes show on the chart above as a preview; Save keeps them in this browser&rsquo;s
          workspace, the workspace file and, when you publish, config.json. This series has{' '}
          {figures} figure{figures === 1 ? '' : 's'}.
        </p>
        {tried && check.errors.length > 0 && (
          <div className="spc-settings__problems" role="alert" aria-labelledby={`${id}-problems`}>
            <h4 className="spc-settings__problems-title" id={`${id}-problems`}>
              There is a problem
            </h4>
            <ul className="spc-settings__problems-list">
              {check.errors.map((error) => (
                <li key={error.field}>
                  <a href={`#${fieldId(error.field)}`} onClick={focusTarget}>
                    {error.message}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <fieldset className="spc-settings__field">
          <legend>Points in a row for a shift or trend (every indicator)</legend>
          {([6, 7] as const).map((run) => (
            <label key={run} className="spc-settings__choice">
              <input
                type="radio"
                name={`${id}-run`}
                value={run}
                checked={draft.run === run}
                onChange={() => {
                  edit({ run });
                }}
              />{' '}
              {run} points{run === 6 ? ' (Making Data Count default)' : ''}
            </label>
          ))}
        </fieldset>
        <div className="spc-settings__field">
          <label htmlFor={fieldId('baseline')}>
            Baseline: fix the limits from the first points
          </label>
          <p id={`${id}-baseline-hint`} className="spc-settings__hint">
            Number of points, from 13 to {figures}. Leave it empty to calculate the limits from
            every point. A baseline applies from the start and from each recalculation point.
          </p>
          {baselineError && (
            <p id={`${id}-baseline-error`} className="spc-settings__error">
              <span className="visually-hidden">Error: </span>
              {baselineError}
            </p>
          )}
          <input
            id={fieldId('baseline')}
            type="number"
            inputMode="numeric"
            min={13}
            max={figures}
            step={1}
            className="spc-settings__number"
            value={draft.baseline ?? ''}
            aria-invalid={baselineError ? true : undefined}
            aria-describedby={`${id}-baseline-hint${baselineError ? ` ${id}-baseline-error` : ''}`}
            onChange={(event) => {
              const text = event.target.value.trim();
              edit({ baseline: text === '' ? null : Number(text) });
            }}
          />
        </div>
        <h4>Where the process changed</h4>
        <p className="spc-settings__hint">
          Mark a period where the way of working changed (for example a new front-door model): the
          mean and limits are calculated again from that period.
        </p>
        {draft.recalculations.length === 0 && <p>No recalculation points.</p>}
        {draft.recalculations.map((recalculation, index) => {
          const n = String(index + 1);
          const field = `recalculation-${String(index)}`;
          const periodError = shown(field, recalculation.period !== '');
          const reasonError = shown(`${field}-reason`, false);
          return (
            <fieldset key={index} className="spc-settings__recalculation">
              <legend>Recalculation point {n}</legend>
              {periodError && (
                <p id={`${id}-${field}-error`} className="spc-settings__error">
                  <span className="visually-hidden">Error: </span>
                  {periodError}
                </p>
              )}
              <div className="spc-settings__field">
                <label htmlFor={fieldId(field)}>Period the process changed (point {n})</label>
                <select
                  id={fieldId(field)}
                  value={recalculation.period}
                  aria-invalid={periodError ? true : undefined}
                  aria-describedby={periodError ? `${id}-${field}-error` : undefined}
                  onChange={(event) => {
                    setRecalculation(index, { period: event.target.value });
                  }}
                >
                  <option value="">Choose a period</option>
                  {periods.slice(1).map((period) => (
                    <option key={period.key} value={period.key}>
                      {period.label}
                    </option>
                  ))}
                  {recalculation.period !== '' &&
                    !periods.slice(1).some((p) => p.key === recalculation.period) && (
                      <option value={recalculation.period}>
                        {recalculation.period} (not in this series)
                      </option>
                    )}
                </select>
              </div>
              {reasonError && (
                <p id={`${id}-${field}-reason-error`} className="spc-settings__error">
                  <span className="visually-hidden">Error: </span>
                  {reasonError}
                </p>
              )}
              <div className="spc-settings__field">
                <label htmlFor={fieldId(`${field}-reason`)}>Why it changed (point {n})</label>
                <input
                  id={fieldId(`${field}-reason`)}
                  type="text"
                  value={recalculation.reason}
                  aria-invalid={reasonError ? true : undefined}
                  aria-describedby={reasonError ? `${id}-${field}-reason-error` : undefined}
                  onChange={(event) => {
                    setRecalculation(index, { reason: event.target.value });
                  }}
                />
              </div>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  edit({ recalculations: draft.recalculations.filter((_, i) => i !== index) });
                  setSaid(`Recalculation point ${n} removed.`);
                }}
              >
                Remove recalculation point {n}
              </button>
            </fieldset>
          );
        })}
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              edit({ recalculations: [...draft.recalculations, { period: '', reason: '' }] });
            }}
          >
            Add a recalculation point
          </button>
        </p>
        {check.warnings.length > 0 && (
          <ul className="spc-settings__warnings">
            {check.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        )}
        <p className="spc-settings__preview">
          {settings.changed
            ? settings.preview
              ? 'Preview: the XmR chart above shows these settings. They are not saved yet.'
              : 'These settings are not saved yet; the chart shows them once the problems are corrected.'
            : 'The chart shows the settings in force.'}
        </p>
        <div className="spc-settings__buttons">
          <button type="submit" className="button" disabled={!settings.changed}>
            Save the SPC settings
          </button>
          {settings.changed && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                settings.discard();
                setTried(false);
                setSaid('Changes discarded: the chart shows the settings in force.');
              }}
            >
              Discard changes
            </button>
          )}
          {settings.undo && !settings.changed && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                void settings.undo?.().then(setSaid);
              }}
            >
              Undo the last SPC change
            </button>
          )}
        </div>
        <p role="status" className="spc-settings__status">
          {said}
        </p>
      </form>
    </details>
  );
}
