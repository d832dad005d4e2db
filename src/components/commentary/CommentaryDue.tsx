import type { CommentaryDueView } from '../../hooks/view-models';
import './commentary.css';

/** The "ready for committee?" check: indicators still needing commentary, and overdue actions. */
export function CommentaryDue({ due }: { due: CommentaryDueView }) {
  return (
    <section className="section commentary-due" aria-labelledby="commentary-due">
      <h2 id="commentary-due">Commentary due for {due.periodText}</h2>
      <p>
        <strong>{due.summary}</strong>
      </p>
      {due.missing.length > 0 && (
        <>
          <h3>No commentary yet</h3>
          <ul>
            {due.missing.map((item) => (
              <li key={item.id}>
                <a href={item.href}>{item.title}</a> ({item.reasons})
              </li>
            ))}
          </ul>
        </>
      )}
      {due.overdue.length > 0 && (
        <>
          <h3>Overdue actions</h3>
          <ul>
            {due.overdue.map((item, i) => (
              <li key={`${item.id}-${String(i)}`}>
                <a href={item.href}>{item.title}</a>: <bdi>{item.action.what}</bdi> (owner{' '}
                <bdi>{item.action.owner}</bdi>, due {item.action.dueText}, in the {item.periodText}{' '}
                commentary)
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
