import { useId } from 'react';
import type { FiltersView, StatusKind } from '../hooks/view-models';
import { RagIcon } from './RagBadge';
import './FilterBar.css';

export interface FilterChange {
  readonly period?: string;
  readonly council?: string;
  readonly section?: string;
  readonly statuses?: readonly StatusKind[];
  readonly search?: string;
}

interface Props {
  readonly filters: FiltersView;
  readonly onChange: (change: FilterChange) => void;
  /** Which controls this view needs (the indicator page has no section or status filter). */
  readonly show?: {
    readonly sections?: boolean;
    readonly statuses?: boolean;
    readonly search?: boolean;
  };
}

/**
 * A select's width: its longest option, with room for the arrow. Set here (with the CSS's
 * `contain: inline-size`), the browser does not measure the text of every option, 153 councils
 * among them, before the page is first drawn. A character of these labels averages about 0.9
 * of a `ch` (the width of a zero).
 */
function fitting(labels: readonly string[]): { width: string } {
  const longest = Math.max(6, ...labels.map((label) => label.length));
  return { width: `${(longest * 0.92 + 3.5).toFixed(1)}ch` };
}

/** Period, council, section, status and text search; every change goes straight into the URL. */
export function FilterBar({ filters, onChange, show = {} }: Props) {
  const id = useId();
  const { sections = true, statuses = true, search = true } = show;
  const toggle = (kind: StatusKind, on: boolean): void => {
    const next = on
      ? [...filters.selectedStatuses, kind]
      : filters.selectedStatuses.filter((item) => item !== kind);
    onChange({ statuses: next });
  };
  return (
    <form
      className="filter-bar"
      aria-label="Choose what to show"
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <div className="filter-bar__field">
        <label htmlFor={`${id}-council`}>Council</label>
        <select
          id={`${id}-council`}
          style={fitting(filters.councils.flatMap((group) => group.options.map((o) => o.label)))}
          value={filters.council}
          onChange={(event) => {
            onChange({ council: event.target.value });
          }}
        >
          {filters.councils.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="filter-bar__field">
        <label htmlFor={`${id}-period`}>Period</label>
        <select
          id={`${id}-period`}
          style={fitting(filters.periods.map((option) => option.label))}
          value={filters.period}
          onChange={(event) => {
            onChange({ period: event.target.value });
          }}
        >
          {filters.periods.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {sections && (
        <div className="filter-bar__field">
          <label htmlFor={`${id}-section`}>Section</label>
          <select
            id={`${id}-section`}
            style={fitting(['All sections', ...filters.sections.map((option) => option.label)])}
            value={filters.section}
            onChange={(event) => {
              onChange({ section: event.target.value });
            }}
          >
            <option value="">All sections</option>
            {filters.sections.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      )}
      {search && (
        <div className="filter-bar__field">
          <label htmlFor={`${id}-search`}>Search indicators</label>
          <input
            id={`${id}-search`}
            type="search"
            value={filters.search}
            autoComplete="off"
            onChange={(event) => {
              onChange({ search: event.target.value });
            }}
          />
        </div>
      )}
      {statuses && (
        <fieldset className="filter-bar__statuses">
          <legend>Status</legend>
          {filters.statuses.map((status) => (
            <label key={status.kind} className="filter-bar__status">
              <input
                type="checkbox"
                checked={filters.selectedStatuses.includes(status.kind)}
                onChange={(event) => {
                  toggle(status.kind, event.target.checked);
                }}
              />
              <span className={`filter-bar__status-name rag--${status.kind}`}>
                <RagIcon kind={status.kind} />
                {status.label}
              </span>{' '}
              ({status.count})
            </label>
          ))}
        </fieldset>
      )}
    </form>
  );
}
