import { useState } from 'react';
import type { SortKey } from '../hooks/url-state';
import type { TableView } from '../hooks/view-models';
import { DirectionBadge } from './DirectionBadge';
import { EarlierYearsButton, foldedColumnCount } from './EarlierYears';
import { RagBadge } from './RagBadge';
import { SpcIcons } from './SpcIcons';
import './ScorecardTable.css';

interface Props {
  readonly table: TableView;
  readonly sort: SortKey;
  readonly descending: boolean;
  /** Asks for a sort; the hook re-sorts and hands the table back. */
  readonly onSort?: (key: SortKey) => void;
}

const SORTABLE: readonly { key: SortKey; label: string }[] = [
  { key: 'ref', label: 'Ref' },
  { key: 'indicator', label: 'Indicator' },
];

/**
 * The scorecard as councils print it: ref, indicator, "good is", the last quarters, target,
 * status, direction, neighbour average, England and commentary, section by section. The table
 * scrolls inside its own keyboard-focusable region; its header row stays in view.
 */
export function ScorecardTable({ table, sort, descending, onSort }: Props) {
  const columnCount = 10 + table.periods.length + (table.latestHeading === null ? 0 : 1);
  const [earlierShown, setEarlierShown] = useState(false);
  const folded = foldedColumnCount(table.periods, table.latestHeading !== null);
  // On screen only (print has every column): the oldest periods, while folded.
  const periodClass = (index: number, base: string) =>
    index < folded ? `${base} scorecard__earlier` : base;
  const sortHeader = (key: SortKey, label: string) => {
    const active = sort === key;
    const ariaSort = active ? (descending ? 'descending' : 'ascending') : undefined;
    return (
      <th scope="col" aria-sort={ariaSort} key={key}>
        {onSort ? (
          <>
            {/* Repeated printed headers do not draw buttons, so paper gets the plain word. */}
            <span className="sort-label" aria-hidden="true">
              {label}
            </span>
            <button
              type="button"
              className="sort-button"
              onClick={() => {
                onSort(key);
              }}
            >
              {label}
              <span className="sort-button__state" aria-hidden="true">
                {active ? (descending ? ' ▼' : ' ▲') : ' ↕'}
              </span>
            </button>
          </>
        ) : (
          label
        )}
      </th>
    );
  };
  return (
    // A scrollable region must be focusable so keyboard users can scroll it.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" role="region" aria-labelledby="scorecard-caption" tabIndex={0}>
      {folded > 0 && (
        <EarlierYearsButton
          periods={table.periods.slice(0, folded)}
          shown={earlierShown}
          onToggle={() => {
            setEarlierShown((shown) => !shown);
          }}
        />
      )}
      <table className={folded > 0 && !earlierShown ? 'scorecard scorecard--folded' : 'scorecard'}>
        <caption id="scorecard-caption">{table.caption}</caption>
        <colgroup>
          <col className="col-ref" />
          <col className="col-indicator" />
          <col className="col-goodis" />
          {table.periods.map((period, index) => (
            <col key={period} className={periodClass(index, 'col-period')} />
          ))}
          {table.latestHeading !== null && <col className="col-period" />}
          <col className="col-target" />
          <col className="col-status" />
          <col className="col-direction" />
          <col className="col-spc" />
          <col className="col-sn" />
          <col className="col-england" />
          <col className="col-commentary" />
        </colgroup>
        <thead>
          <tr>
            {SORTABLE.map(({ key, label }) => sortHeader(key, label))}
            <th scope="col">Good is</th>
            {table.periods.map((period, index) => (
              <th scope="col" key={period} className={periodClass(index, 'num')}>
                {period}
              </th>
            ))}
            {table.latestHeading !== null && (
              <th scope="col" className="num">
                {table.latestHeading}
              </th>
            )}
            <th scope="col" className="num">
              Target
            </th>
            {sortHeader('status', 'Status')}
            {sortHeader('direction', 'Direction')}
            <th scope="col">Variation and assurance</th>
            <th scope="col" className="num">
              {table.snHeading}
            </th>
            <th scope="col" className="num">
              {table.englandHeading}
            </th>
            <th scope="col">Commentary</th>
          </tr>
        </thead>
        {table.sections.map((section) => (
          <tbody key={section.id}>
            <tr className="scorecard__section">
              <th scope="colgroup" colSpan={columnCount}>
                {section.title}
              </th>
            </tr>
            {section.items.map((row) => (
              <tr key={row.id}>
                <td>{row.ref}</td>
                <th scope="row" className="scorecard__indicator">
                  <a href={row.href}>{row.title}</a>
                  {row.illustrative && (
                    <span className="scorecard__illustrative"> (illustrative)</span>
                  )}
                </th>
                <td>{row.goodIs}</td>
                {row.values.map((cell, index) => (
                  <td key={table.periods[index] ?? index} className={periodClass(index, 'num')}>
                    {cell.text}
                    {cell.note !== '' && <span className="scorecard__note"> {cell.note}</span>}
                  </td>
                ))}
                {table.latestHeading !== null && (
                  <td className="num">
                    {row.latest?.text ?? '–'}
                    {row.latest !== null && row.latest.note !== '' && (
                      <span className="scorecard__note"> {row.latest.note}</span>
                    )}
                  </td>
                )}
                <td className="num">{row.targetText}</td>
                <td>
                  <RagBadge status={row.status} />
                </td>
                <td>
                  <DirectionBadge direction={row.direction} />
                </td>
                <td>
                  <SpcIcons spc={row.spc} showNote />
                </td>
                <td className="num">{row.snText}</td>
                <td className="num">{row.englandText}</td>
                <td className="scorecard__commentary">{row.commentary}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
