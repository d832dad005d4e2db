import { ScorecardTable } from '../../components/ScorecardTable';
import type { SortKey } from '../../hooks/url-state';
import type { TableView } from '../../hooks/view-models';

export function TablePage({
  table,
  sort,
  descending,
  onSort,
}: {
  table: TableView;
  sort: SortKey;
  descending: boolean;
  onSort: (key: SortKey) => void;
}) {
  return (
    <>
      <p className="lead">
        The scorecard as a table. Choose a column heading button to sort by it; choose it again to
        reverse the order.
      </p>
      <ScorecardTable table={table} sort={sort} descending={descending} onSort={onSort} />
      <p className="table-symbols">
        Symbols: [c] suppressed to protect confidentiality (small numbers); [x] not available; [z]
        not applicable; [low] rounds to zero but is not zero; – no figure in the data. None of these
        is zero.
      </p>
    </>
  );
}
