import { lazy, Suspense } from 'react';
import { DirectionBadge } from '../../components/DirectionBadge';
import { RagBadge } from '../../components/RagBadge';
import { SpcIcons } from '../../components/SpcIcons';
import { StatusKey } from '../../components/StatusKey';
import type { IndicatorPageView } from '../../data/view-models';
import { loadIndicatorCharts } from '../chart-chunk';

const IndicatorCharts = lazy(loadIndicatorCharts);

/** One indicator: its sentence, charts (or their tables), facts and commentary. */
export function IndicatorPage({
  page,
  showTables,
  onShowTables,
  backHref,
}: {
  page: IndicatorPageView;
  showTables: boolean;
  onShowTables: (tables: boolean) => void;
  backHref: string;
}) {
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
        <IndicatorCharts page={page} showTables={showTables} />
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
        {page.commentary.length === 0 ? (
          <p>No commentary has been given with these figures.</p>
        ) : (
          <ul>
            {page.commentary.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
