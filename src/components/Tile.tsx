import type { TileModel } from '../data/useOverview';
import { RagBadge } from './RagBadge';
import './Tile.css';

/** One indicator's latest figure, its target and its status. */
export function Tile({ tile }: { tile: TileModel }) {
  const headingId = `tile-${tile.id}`;
  return (
    <article className="tile" aria-labelledby={headingId}>
      <h2 id={headingId} className="tile__title">
        {tile.title}
      </h2>
      <p className="tile__value">
        {tile.valueText} <span className="tile__period">in {tile.period}</span>
      </p>
      <p className="tile__target">Target: {tile.targetText}</p>
      <RagBadge status={tile.status} />
    </article>
  );
}
