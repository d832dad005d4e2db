import type { ReactNode } from 'react';
import type { DataTableView } from '../hooks/view-models';
import { DataTable } from './DataTable';
import './ChartFigure.css';

interface Props {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly table: DataTableView;
  /** Show the data table instead of the chart. */
  readonly showTable: boolean;
  readonly gaps?: readonly string[];
  readonly notes?: readonly string[];
  readonly source: string;
  readonly children: ReactNode;
}

/**
 * A chart in a figure with its caption, a plain description, any gaps in the line with their
 * reasons (never only in a tooltip), notes and source, and a table view of the same data.
 */
export function ChartFigure(props: Props) {
  const {
    id,
    title,
    description,
    table,
    showTable,
    gaps = [],
    notes = [],
    source,
    children,
  } = props;
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h2 id={`${id}-title`} className="chart-figure__title">
          {title}
        </h2>
        <p className="chart-figure__description">{description}</p>
      </figcaption>
      {showTable ? <DataTable table={table} /> : children}
      {gaps.length > 0 && (
        <div className="chart-figure__gaps">
          <h3>Gaps in the line</h3>
          <ul>
            {gaps.map((gap) => (
              <li key={gap}>{gap}</li>
            ))}
          </ul>
        </div>
      )}
      {notes.map((note) => (
        <p key={note} className="chart-figure__note">
          {note}
        </p>
      ))}
      <p className="chart-figure__source">Source: {source}</p>
    </figure>
  );
}
