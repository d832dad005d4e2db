import type { StatusCount } from '../hooks/view-models';
import { RagIcon } from './RagBadge';
import './StatusSummary.css';

/** "12 green, 5 amber, 3 red, 4 not rated", each with its icon, as one readable line. */
export function StatusSummary({
  counts,
  label,
}: {
  counts: readonly StatusCount[];
  label: string;
}) {
  const shown = counts.filter((count) => count.count > 0);
  return (
    <p className="status-summary">
      <span className="status-summary__label">{label}: </span>
      {shown.length === 0 && 'no indicators'}
      {shown.map((count, index) => (
        <span key={count.kind} className={`status-summary__item rag--${count.kind}`}>
          <RagIcon kind={count.kind} />
          {count.count} {count.label.toLowerCase()}
          {index < shown.length - 1 ? ', ' : ''}
        </span>
      ))}
    </p>
  );
}
