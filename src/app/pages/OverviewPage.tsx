import { StatusKey } from '../../components/StatusKey';
import { StatusSummary } from '../../components/StatusSummary';
import { Tile } from '../../components/Tile';
import type { OverviewView } from '../../hooks/views/scorecard';

/** Every indicator as a tile, section by section, with counts by status. */
export function OverviewPage({ overview }: { overview: OverviewView }) {
  return (
    <>
      <div className="summary-row">
        <StatusSummary counts={overview.summary} label="Status of the indicators shown" />
        <StatusKey collapsible />
      </div>
      {overview.filterNote !== null && <p className="filter-note">{overview.filterNote}</p>}
      {overview.sections.length === 0 && (
        <p>No indicators match the filters. Clear the filters to see them all.</p>
      )}
      {/* On paper the sections flow in columns, one after another (see App.css). */}
      <div className="overview-sections">
        {overview.sections.map((section) => (
          <section key={section.id} className="section" aria-labelledby={`section-${section.id}`}>
            <h2 id={`section-${section.id}`}>{section.title}</h2>
            <ul className="tiles">
              {section.items.map((tile) => (
                <li key={tile.id}>
                  <Tile tile={tile} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
