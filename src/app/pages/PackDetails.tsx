/** The pack's half pages: charts are loaded only when a pack with them opens (recharts is large). */
import { NeighbourChart } from '../../components/charts/NeighbourChart';
import { TrendChart } from '../../components/charts/TrendChart';
import { CommentaryText } from '../../components/commentary/CommentaryText';
import { DirectionBadge } from '../../components/DirectionBadge';
import { RagBadge } from '../../components/RagBadge';
import { SpcIcons } from '../../components/SpcIcons';
import type { IndicatorPageView } from '../../hooks/view-models';

const TREND = { width: 560, height: 250 };
const NEIGHBOURS = { width: 560, height: 250 };

export default function PackDetails({ details }: { details: readonly IndicatorPageView[] }) {
  return (
    <section className="pack-details" aria-labelledby="pack-details-title">
      <h2 id="pack-details-title" className="pack-part-title">
        Indicators in detail
      </h2>
      {details.map((page) => (
        <article key={page.id} className="pack-detail" aria-labelledby={`pack-detail-${page.id}`}>
          <h3 id={`pack-detail-${page.id}`} className="pack-detail__title">
            {page.title}
          </h3>
          <p className="pack-detail__headline">
            <strong>{page.tile.valueText}</strong> {page.tile.periodText}{' '}
            <RagBadge status={page.tile.status} />{' '}
            <DirectionBadge direction={page.tile.direction} /> <SpcIcons spc={page.tile.spc} />
          </p>
          <p className="pack-detail__sentence">{page.sentence}</p>
          <div className="pack-detail__charts">
            <figure className="pack-detail__figure" aria-label={page.trend.title}>
              <figcaption>{page.trend.title}</figcaption>
              <TrendChart chart={page.trend} size={TREND} />
              {page.trend.gaps.length > 0 && (
                <p className="pack-detail__gaps">Gaps: {page.trend.gaps.join(' ')}</p>
              )}
            </figure>
            {page.neighbours ? (
              <figure className="pack-detail__figure" aria-label={page.neighbours.title}>
                <figcaption>{page.neighbours.title}</figcaption>
                <NeighbourChart chart={page.neighbours} size={NEIGHBOURS} compact />
              </figure>
            ) : (
              <p>{page.neighboursMissing}</p>
            )}
          </div>
          <div className="pack-detail__commentary">
            <h4>Commentary</h4>
            {page.written ? (
              <CommentaryText commentary={page.written} headingLevel={4} />
            ) : (
              <p>No commentary has been written for this period.</p>
            )}
            {page.commentary.length > 0 && (
              <p dir="auto">Notes in the data: {page.commentary.join(' ')}</p>
            )}
          </div>
        </article>
      ))}
    </section>
  );
}
