import type { ReactNode } from 'react';
import type { FilterSummary } from '../hooks/views/filter-summary';
import './FilterDisclosure.css';

/**
 * Council, period and the filters behind one line that says what is narrowed ("Filters: Red"),
 * so the first screen is figures, not form fields. The browser keeps it open or closed; the
 * form inside is the same FilterBar.
 */
export function FilterDisclosure({
  summary,
  children,
}: {
  summary: FilterSummary;
  children: ReactNode;
}) {
  return (
    <details className="filter-disclosure">
      <summary className="filter-disclosure__summary">
        <span className="filter-disclosure__label">Filters</span>
        {summary.length === 0 ? (
          <span className="filter-disclosure__all">: every indicator</span>
        ) : (
          <strong className="filter-disclosure__active">{`: ${summary.join(' · ')}`}</strong>
        )}
      </summary>
      {children}
    </details>
  );
}
