/**
 * The scorecard table's oldest year columns, folded on screen when the rated-figure column
 * shows (councils without local quarters), so that the verdict columns fit a 1280 px screen
 * without scrolling sideways. One button shows or hides them; print always has every column.
 */
export const EARLIER_COLUMNS_FOLDED = 2;

/** How many of the oldest period columns fold: two when the rated-figure column shows (always
 * leaving the newest period), none otherwise. */
export function foldedColumnCount(periods: readonly string[], ratedColumn: boolean): number {
  return ratedColumn ? Math.max(0, Math.min(EARLIER_COLUMNS_FOLDED, periods.length - 1)) : 0;
}

export function EarlierYearsButton({
  periods,
  shown,
  onToggle,
}: {
  /** The folded columns' headings, oldest first. */
  periods: readonly string[];
  shown: boolean;
  onToggle: () => void;
}) {
  const names = periods.join(' and ');
  return (
    <p className="earlier-years">
      <button
        type="button"
        className="earlier-years__button"
        aria-expanded={shown}
        onClick={onToggle}
      >
        {shown ? `Hide ${names}` : `Show ${names}`}
      </button>
      {!shown && (
        <span className="earlier-years__note">
          {' '}
          (earlier years folded so that status and direction fit the screen)
        </span>
      )}
    </p>
  );
}
