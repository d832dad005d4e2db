import type { DirectionView } from '../hooks/view-models';
import './DirectionBadge.css';

/**
 * Direction of travel as an arrow and words. The arrow shows which way the figure moved; the
 * word says whether that is better or worse (for "lower is better" a fall is improving).
 */
export function DirectionBadge({
  direction,
  showDetail = false,
}: {
  direction: DirectionView;
  showDetail?: boolean;
}) {
  return (
    <span className={`direction direction--${direction.kind}`}>
      <DirectionIcon movement={direction.movement} />
      {direction.label}
      {showDetail && direction.detail !== '' && (
        <span className="direction__detail">{` ${direction.detail}`}</span>
      )}
    </span>
  );
}

function DirectionIcon({ movement }: { movement: DirectionView['movement'] }) {
  return (
    <svg
      className="direction__icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      {movement === null && <circle cx="8" cy="8" r="5.5" className="direction__ring" />}
      {movement === 'flat' && <path d="M2 8h10M9 4.5L12.5 8 9 11.5" className="direction__arrow" />}
      {movement === 'up' && <path d="M8 14V3M4 6.5L8 2.5l4 4" className="direction__arrow" />}
      {movement === 'down' && <path d="M8 2v11M4 9.5l4 4 4-4" className="direction__arrow" />}
    </svg>
  );
}
