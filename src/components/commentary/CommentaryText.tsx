import type { CommentaryView } from '../../hooks/view-models';
import './commentary.css';

/**
 * Commentary as written: the headline, the text exactly as typed (line breaks, paragraphs and
 * bullet lines kept by CSS, long words wrapped, direction isolated so a right-to-left override
 * in it cannot reorder the page around it), and the actions as a table. Only text nodes: no
 * markup and no links are ever made from it.
 */
export function CommentaryText({
  commentary,
  headingLevel = 3,
  title,
}: {
  commentary: CommentaryView;
  headingLevel?: 3 | 4;
  /** A heading above the commentary, e.g. "2025-26 Q1". */
  title?: string;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="commentary">
      {title !== undefined && <Heading className="commentary__period">{title}</Heading>}
      {commentary.headline !== '' && (
        <p className="commentary__headline">
          <bdi>{commentary.headline}</bdi>
        </p>
      )}
      {commentary.text !== '' && (
        <p className="commentary__text" dir="auto">
          {commentary.text}
        </p>
      )}
      {commentary.actions.length > 0 && (
        <table className="commentary__actions">
          <caption>Actions ({commentary.periodText})</caption>
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {commentary.actions.map((action, i) => (
              <tr key={i}>
                <td dir="auto">{action.what}</td>
                <td dir="auto">{action.owner}</td>
                <td>{action.dueText}</td>
                <td className={action.overdue ? 'commentary__overdue' : undefined}>
                  {action.overdue && <span aria-hidden="true">⚠ </span>}
                  {action.stateLabel}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
