import { lazy, Suspense, useRef, useState } from 'react';
import { CommentaryText } from '../../components/commentary/CommentaryText';
import { DirectionBadge } from '../../components/DirectionBadge';
import { RagBadge } from '../../components/RagBadge';
import { SpcIcons } from '../../components/SpcIcons';
import { StatusKey } from '../../components/StatusKey';
import type { IndicatorCommentary } from '../../hooks/useIndicatorCommentary';
import type { IndicatorSpcSettings } from '../../hooks/useIndicatorSpc';
import type { IndicatorPageView } from '../../hooks/view-models';
import { loadedIndicatorCharts, loadIndicatorCharts } from '../chart-chunk';

const IndicatorCharts = lazy(loadIndicatorCharts);
// The editor is loaded only when an officer opens it.
const CommentaryEditor = lazy(() => import('../../components/commentary/CommentaryEditor'));

/** One indicator: its sentence, charts (or their tables), facts and commentary. */
export function IndicatorPage({
  page,
  showTables,
  onShowTables,
  backHref,
  commentary = null,
  spcSettings = null,
}: {
  page: IndicatorPageView;
  showTables: boolean;
  onShowTables: (tables: boolean) => void;
  backHref: string;
  /** The commentary being written for the reporting period (null: cannot be written here). */
  commentary?: IndicatorCommentary | null;
  /** The analyst's SPC settings for this indicator (null: not offered). */
  spcSettings?: IndicatorSpcSettings | null;
}) {
  // When the chunk has arrived (it is fetched when the overview is idle), its charts are drawn
  // in this render, not after a task's wait for the lazy component.
  const [Charts] = useState(() => loadedIndicatorCharts()?.default ?? IndicatorCharts);
  const [editing, setEditing] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  return (
    <>
      <p className="back-link">
        <a href={backHref}>Back to the overview</a>
      </p>
      <p className="indicator__sentence">{page.sentence}</p>
      <p className="indicator__headline">
        <span className="indicator__value">
          {page.tile.valueText} <span className="indicator__period">{page.tile.periodText}</span>
        </span>
        <RagBadge status={page.tile.status} showDetail />
        <DirectionBadge direction={page.tile.direction} showDetail />
        <SpcIcons spc={page.tile.spc} showNote />
      </p>
      <StatusKey />
      {page.tile.illustrative && (
        <p className="indicator__illustrative">
          The council&rsquo;s own figures on this page are illustrative.
        </p>
      )}
      <div className="view-switch">
        <button
          type="button"
          className="button button--secondary"
          aria-pressed={showTables}
          onClick={() => {
            onShowTables(!showTables);
          }}
        >
          {showTables ? 'Show charts' : 'Show the charts as tables'}
        </button>
      </div>
      <Suspense fallback={<p role="status">Loading the charts&hellip;</p>}>
        <Charts
          page={spcSettings?.preview ? { ...page, xmr: spcSettings.preview } : page}
          showTables={showTables}
          spcSettings={spcSettings}
        />
      </Suspense>
      <section className="section" aria-labelledby="about-indicator">
        <h2 id="about-indicator">About this indicator</h2>
        <dl className="facts">
          {page.facts.map((fact) => (
            <div key={fact.label} className="facts__row">
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="section" aria-labelledby="commentary">
        <h2 id="commentary">Commentary</h2>
        {page.written ? (
          <CommentaryText commentary={page.written} />
        ) : (
          <p>
            No commentary has been written
            {commentary ? ` for ${commentary.periodText}` : ''} yet.
          </p>
        )}
        {commentary && !editing && (
          <p className="commentary-open">
            <button
              ref={opener}
              type="button"
              className="button button--secondary"
              onClick={() => {
                setEditing(true);
              }}
            >
              {page.written ? 'Edit the commentary' : 'Write the commentary'}
            </button>
          </p>
        )}
        {commentary && editing && (
          <Suspense fallback={<p role="status">Loading the editor&hellip;</p>}>
            <CommentaryEditor
              commentary={commentary}
              onDone={() => {
                setEditing(false);
                requestAnimationFrame(() => opener.current?.focus());
              }}
            />
          </Suspense>
        )}
        {page.commentary.length > 0 && (
          <>
            <h3>Notes in the data files</h3>
            <ul>
              {page.commentary.map((line) => (
                <li key={line} dir="auto">
                  {line}
                </li>
              ))}
            </ul>
          </>
        )}
        {commentary && commentary.history.length > 0 && (
          <>
            <h3>Earlier commentary</h3>
            {commentary.history.map((view) => (
              <CommentaryText
                key={view.periodText}
                commentary={view}
                headingLevel={4}
                title={view.periodText}
              />
            ))}
          </>
        )}
      </section>
    </>
  );
}
