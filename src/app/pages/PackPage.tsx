import { lazy, Suspense } from 'react';
import { DirectionBadge } from '../../components/DirectionBadge';
import { RagBadge } from '../../components/RagBadge';
import { ScorecardTable } from '../../components/ScorecardTable';
import { SpcIcons } from '../../components/SpcIcons';
import { StatusKey } from '../../components/StatusKey';
import { StatusSummary } from '../../components/StatusSummary';
import type { PackPart, PackView } from '../../hooks/views/pack';
import { PACK_PARTS } from '../../hooks/views/pack';
import './PackPage.css';

const PackDetails = lazy(() => import('./PackDetails'));

/** Reasons the badges do not already show (red and worsening are in the badges). */
function extraReasons(reasons: readonly string[]): string[] {
  return reasons.filter((reason) => reason !== 'Red' && reason !== 'Worsening');
}

/** The sentence without its leading title (the title is printed in bold just before it). */
function sentenceAfterTitle(sentence: string, title: string): string {
  return sentence.startsWith(title) ? sentence.slice(title.length) : `: ${sentence}`;
}

interface Props {
  readonly pack: PackView;
  readonly onParts: (parts: readonly PackPart[]) => void;
  readonly onDetail: (ids: readonly string[]) => void;
}

/**
 * A committee pack an officer can put straight into an agenda: choose the parts and the
 * indicators that get half a page (both kept in the link), then print it in one action.
 */
export function PackPage({ pack, onParts, onDetail }: Props) {
  const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] =>
    on ? [...list, item] : list.filter((x) => x !== item);
  const parts = PACK_PARTS.map((part) => part.id).filter((id) => pack.parts.has(id));
  const chosen = pack.choices.filter((choice) => choice.chosen).map((choice) => choice.id);
  return (
    <>
      <div className="pack-controls">
        <fieldset className="pack-controls__group">
          <legend>What the pack includes</legend>
          {PACK_PARTS.map((part) => (
            <label key={part.id} className="pack-controls__choice">
              <input
                type="checkbox"
                checked={pack.parts.has(part.id)}
                onChange={(event) => {
                  onParts(toggle(parts, part.id, event.target.checked));
                }}
              />
              {part.label}
            </label>
          ))}
        </fieldset>
        <fieldset className="pack-controls__group">
          <legend>Indicators with half a page</legend>
          <p className="pack-controls__hint">
            Chosen at first: the {pack.exceptionIds.length} exceptions (red, worsening, or outside
            the range of similar councils).
          </p>
          <div className="pack-controls__quick">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                onDetail(pack.exceptionIds);
              }}
            >
              Choose the exceptions
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                onDetail([]);
              }}
            >
              Choose none
            </button>
          </div>
          <ul className="pack-controls__indicators">
            {pack.choices.map((choice) => (
              <li key={choice.id}>
                <label className="pack-controls__choice">
                  <input
                    type="checkbox"
                    checked={choice.chosen}
                    onChange={(event) => {
                      onDetail(toggle(chosen, choice.id, event.target.checked));
                    }}
                  />
                  {choice.title}
                  {choice.exception ? ' (exception)' : ''}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <p className="pack-controls__hint">
          Your choices are kept in the page&rsquo;s link. Use &ldquo;Print the committee pack&rdquo;
          above to print it or save it as a PDF.
        </p>
      </div>

      {pack.parts.has('cover') && (
        <section className="pack-cover" aria-labelledby="pack-cover-title">
          <p className="pack-cover__kicker">Report to committee</p>
          <h2 id="pack-cover-title" className="pack-cover__title">
            {pack.cover.title}
          </h2>
          <dl className="pack-cover__facts">
            <div>
              <dt>Council</dt>
              <dd>{pack.cover.authority}</dd>
            </div>
            <div>
              <dt>Period</dt>
              <dd>{pack.cover.periodText}</dd>
            </div>
            <div>
              <dt>Date of this pack</dt>
              <dd>{pack.cover.dateText}</dd>
            </div>
            <div>
              <dt>Data as at</dt>
              <dd>{pack.cover.dataAsAt}</dd>
            </div>
          </dl>
          {pack.cover.illustrative !== null && (
            <p className="pack-cover__illustrative">{pack.cover.illustrative}</p>
          )}
          {pack.commentaryDue && (
            <p className="pack-cover__commentary">
              <strong>Commentary:</strong> {pack.commentaryDue.summary}
            </p>
          )}
          <h3>Data sources</h3>
          <ul>
            {pack.cover.sources.map((source) => (
              <li key={source}>{source}</li>
            ))}
          </ul>
          <h3>Comparators and their vintages</h3>
          <ul>
            {pack.cover.vintages.map((vintage) => (
              <li key={vintage}>{vintage}</li>
            ))}
          </ul>
          <StatusKey />
        </section>
      )}

      {pack.parts.has('summary') && (
        <section className="pack-summary" aria-labelledby="pack-summary-title">
          <h2 id="pack-summary-title" className="pack-part-title">
            Summary
          </h2>
          <StatusSummary counts={pack.summary.counts} label="All indicators" />
          {!pack.parts.has('cover') && <StatusKey />}
          <h3>Exceptions: what needs the committee&rsquo;s attention</h3>
          {pack.summary.exceptions.length === 0 ? (
            <p>No indicator is red, worsening or outside the range of similar councils.</p>
          ) : (
            <ul className="pack-summary__list">
              {pack.summary.exceptions.map((item) => (
                <li key={item.tile.id} className="pack-summary__item">
                  <p className="pack-summary__head">
                    <RagBadge status={item.tile.status} />{' '}
                    <DirectionBadge direction={item.tile.direction} />{' '}
                    <SpcIcons spc={item.tile.spc} />{' '}
                    {extraReasons(item.reasons).length > 0 && (
                      <span className="pack-summary__why">
                        ({extraReasons(item.reasons).join('; ')})
                      </span>
                    )}
                  </p>
                  <p className="pack-summary__sentence">
                    <strong>{item.tile.title}</strong>
                    {sentenceAfterTitle(item.tile.sentence, item.tile.title)}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {pack.parts.has('table') && (
        <section className="pack-table" aria-labelledby="pack-table-title">
          <h2 id="pack-table-title" className="pack-part-title">
            The scorecard
          </h2>
          <ScorecardTable table={pack.table} sort="ref" descending={false} />
        </section>
      )}

      {pack.parts.has('detail') && pack.details.length > 0 && (
        <Suspense fallback={<p role="status">Loading the charts&hellip;</p>}>
          <PackDetails details={pack.details} />
        </Suspense>
      )}
    </>
  );
}
