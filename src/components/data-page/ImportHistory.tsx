import type { ImportHistoryView } from '../../hooks/data-page-models';

/** The imports applied so far, newest first. */
export function ImportHistory({ imports }: { imports: readonly ImportHistoryView[] }) {
  if (imports.length === 0)
    return <p>No imports yet: the scorecard shows the data from the web host.</p>;
  return (
    <ol className="history" reversed>
      {imports.map((item) => (
        <li key={item.id}>
          <strong>{item.files}</strong>, applied {item.appliedAt}: {item.summary}
        </li>
      ))}
    </ol>
  );
}
