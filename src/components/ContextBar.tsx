import type { ContextView } from '../hooks/view-models';
import './ContextBar.css';

/** Who, when and against what: shown on every view and repeated on every printed page. */
export function ContextBar({ context }: { context: ContextView }) {
  return (
    <section className="context-bar" aria-label="About these figures">
      <dl className="context-bar__facts">
        <div>
          <dt>Council</dt>
          <dd>{context.authority}</dd>
        </div>
        <div>
          <dt>Period shown</dt>
          <dd>{context.periodText}</dd>
        </div>
        <div>
          <dt>Data as at</dt>
          <dd>{context.dataAsAt}</dd>
        </div>
      </dl>
      {context.illustrative !== null && (
        <p className="context-bar__illustrative">
          <strong>{context.illustrative}</strong>
        </p>
      )}
      {/* One line when closed: each tile and row names its comparators' years itself. */}
      {context.vintages.length > 0 && (
        <details className="context-bar__about">
          <summary>Where the comparators come from</summary>
          <ul className="context-bar__vintages" aria-label="Comparators">
            {context.vintages.map((vintage) => (
              <li key={vintage}>{vintage}</li>
            ))}
          </ul>
        </details>
      )}
      {context.annualOnly !== null && <p className="context-bar__annual">{context.annualOnly}</p>}
    </section>
  );
}
