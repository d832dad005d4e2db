import type { TileView } from '../hooks/view-models';
import { DirectionBadge } from './DirectionBadge';
import { RagBadge } from './RagBadge';
import { SpcIcons } from './SpcIcons';
import { useSparklineRenderer } from './SparklineRenderer';
import './Tile.css';

/**
 * One indicator: latest value, status (words, icon, colour), direction of travel, target and
 * comparators, with a small trend line. The whole tile opens the indicator page through its
 * title link; the plain-English sentence is the tile's description for screen readers.
 * Adjacent words are one string each (`${a} `), not several: every string is a text node the
 * browser creates, styles and lays out when the overview is first drawn.
 */
export function Tile({ tile, headingLevel = 3 }: { tile: TileView; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const renderSparkline = useSparklineRenderer();
  const idBase = `tile-${tile.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return (
    <article
      className={`tile tile--${tile.status.kind}`}
      aria-labelledby={`${idBase}-title`}
      aria-describedby={`${idBase}-sentence`}
    >
      <Heading id={`${idBase}-title`} className="tile__title">
        <a href={tile.href} className="tile__link">
          {tile.title}
        </a>
      </Heading>
      <div className="tile__figure">
        <p className="tile__value">
          {`${tile.valueText} `}
          <span className="tile__period">{tile.periodText}</span>
        </p>
        {tile.sparkline && renderSparkline(tile.sparkline)}
      </div>
      {tile.gap !== undefined && <p className="tile__file-gap">{tile.gap}</p>}
      <p className="tile__badges">
        <RagBadge status={tile.status} />
        <DirectionBadge direction={tile.direction} />
        {tile.spc && (tile.spc.variation ?? tile.spc.assurance) && <SpcIcons spc={tile.spc} />}
      </p>
      <p className="tile__target">
        {tile.targetText}
        {tile.status.detail !== '' && (
          <span className="tile__gap">{` · ${tile.status.detail}`}</span>
        )}
      </p>
      {tile.comparators.length > 0 && (
        <dl className="tile__comparators">
          {tile.comparators.map((comparator) => (
            <div key={comparator.label} className="tile__comparator">
              <dt>{comparator.label}</dt>
              <dd>
                {`${comparator.valueText} `}
                <span className="tile__comparator-note">
                  {`(${[comparator.periodText, comparator.note].filter(Boolean).join(', ')})`}
                </span>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {tile.headline !== undefined && tile.headline !== '' && (
        <p className="tile__headline">
          <span className="visually-hidden">Commentary: </span>
          <bdi>{tile.headline}</bdi>
        </p>
      )}
      {tile.illustrative && <p className="tile__illustrative">Illustrative figures</p>}
      <p id={`${idBase}-sentence`} className="visually-hidden">
        {tile.sentence}
      </p>
    </article>
  );
}
