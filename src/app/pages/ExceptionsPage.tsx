import { Tile } from '../../components/Tile';
import { CommentaryDue } from '../../components/commentary/CommentaryDue';
import type { CommentaryDueView, ExceptionView, SectionView } from '../../hooks/view-models';

/** Only what needs a member's attention: red, worsening, or outside the neighbours' range. */
export function ExceptionsPage({
  sections,
  due = null,
}: {
  sections: readonly SectionView<ExceptionView>[];
  /** The commentary-due check for the reporting period. */
  due?: CommentaryDueView | null;
}) {
  const count = sections.reduce((n, section) => n + section.items.length, 0);
  return (
    <>
      <p className="lead">
        {count === 0
          ? 'No indicator is red, worsening, a special cause concern or outside the range of similar councils.'
          : `${String(count)} indicator${count === 1 ? ' needs' : 's need'} attention: red, worsening since the last period, a special cause concern (a real change for the worse, not chance), or outside the middle range of similar councils.`}
      </p>
      {due && <CommentaryDue due={due} />}
      {sections.map((section) => (
        <section key={section.id} className="section" aria-labelledby={`exceptions-${section.id}`}>
          <h2 id={`exceptions-${section.id}`}>{section.title}</h2>
          <ul className="exceptions">
            {section.items.map((item) => (
              <li key={item.tile.id} className="exception">
                <Tile tile={item.tile} />
                <div className="exception__why">
                  <p className="exception__reasons">
                    <strong>Why it is here:</strong> {item.reasons.join('; ')}.
                  </p>
                  <p className="exception__sentence">{item.tile.sentence}</p>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
