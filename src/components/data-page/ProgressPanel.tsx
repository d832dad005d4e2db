import type { ProgressView } from '../../hooks/data-page-models';

/** A progress bar with its figures in words, and a Cancel button that stops the work at once. */
export function ProgressPanel({
  progress,
  onCancel,
}: {
  progress: ProgressView;
  onCancel: (() => void) | null;
}) {
  return (
    <section className="data-panel" aria-labelledby="progress-heading">
      <h2 id="progress-heading">{progress.label}</h2>
      <progress
        className="progress"
        max={Math.max(1, progress.total)}
        value={progress.done}
        aria-label={progress.label}
      />
      <p className="progress__text">{progress.text}</p>
      {onCancel && (
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel import
        </button>
      )}
    </section>
  );
}
