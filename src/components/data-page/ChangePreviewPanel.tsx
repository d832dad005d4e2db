import { useState } from 'react';
import type { ChangeRowView, PreviewView } from '../../hooks/data-page-models';
import type { Decision } from '../../domain/import';

const PAGE = 50;

function List({ title, items }: { title: string; items: readonly string[] }) {
  return (
    <div className="facts__row">
      <dt>{title}</dt>
      <dd>{items.length === 0 ? 'None' : items.join(', ')}</dd>
    </div>
  );
}

function Choice({
  row,
  label,
  onDecide,
}: {
  row: ChangeRowView;
  label: string;
  onDecide: (key: string, decision: Decision) => void;
}) {
  const name = `decision-${row.key}`;
  return (
    <div role="radiogroup" aria-label={label} className="choice">
      {(['keep', 'replace'] as const).map((decision) => (
        <label key={decision} className="choice__option">
          <input
            type="radio"
            name={name}
            value={decision}
            checked={row.decision === decision}
            onChange={() => {
              onDecide(row.key, decision);
            }}
          />
          {decision === 'keep' ? 'Keep' : 'Replace'}
        </label>
      ))}
    </div>
  );
}

/** What the import would change, and the keep/replace choice for every figure that differs. */
export function ChangePreviewPanel({
  preview,
  onDecide,
  onDecideAll,
}: {
  preview: PreviewView;
  onDecide: (key: string, decision: Decision) => void;
  onDecideAll: (decision: Decision) => void;
}) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(preview.changes.length / PAGE));
  const shown = preview.changes.slice(page * PAGE, page * PAGE + PAGE);
  const conflicts = preview.changes.length + preview.definitionChanges.length;
  return (
    <section className="data-panel" aria-labelledby="preview-title">
      <h2 id="preview-title">What would change</h2>
      <p>
        {preview.newValues.toLocaleString('en-GB')} new{' '}
        {preview.newValues === 1 ? 'figure' : 'figures'},{' '}
        {preview.changes.length.toLocaleString('en-GB')}{' '}
        {preview.changes.length === 1 ? 'figure differs' : 'figures differ'} from what is loaded
        now, {preview.unchangedValues.toLocaleString('en-GB')} the same as now.
      </p>
      <dl className="facts">
        <List title="New periods" items={preview.newPeriods} />
        <List title="New indicators" items={preview.newIndicators} />
        <List title="New councils and areas" items={preview.newCouncils} />
        {preview.newDefinitions.length > 0 && (
          <List title="New indicator definitions" items={preview.newDefinitions} />
        )}
        {preview.areaChanges && <List title="Area register" items={[preview.areaChanges]} />}
        {preview.neighbourChanges.length > 0 && (
          <List title="Statistical neighbours" items={preview.neighbourChanges} />
        )}
      </dl>
      {conflicts > 0 && (
        <>
          <h3 id="conflicts" tabIndex={-1}>
            {conflicts.toLocaleString('en-GB')} {conflicts === 1 ? 'change needs' : 'changes need'}{' '}
            your choice
          </h3>
          <p>
            For each figure that differs, keep the one loaded now or replace it with the new one.{' '}
            {preview.undecided > 0
              ? `${preview.undecided.toLocaleString('en-GB')} still to choose.`
              : 'All chosen.'}
          </p>
          <div className="button-group">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                onDecideAll('keep');
              }}
            >
              Keep all current figures
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                onDecideAll('replace');
              }}
            >
              Replace all with the new figures
            </button>
          </div>
          {preview.definitionChanges.length > 0 && (
            <div
              className="issue-table"
              role="region"
              aria-label="Definitions that would change"
              // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
              tabIndex={0}
            >
              <table>
                <caption>Indicator definitions that would change</caption>
                <thead>
                  <tr>
                    <th scope="col">Indicator</th>
                    <th scope="col">What differs</th>
                    <th scope="col">From</th>
                    <th scope="col">Choice</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.definitionChanges.map((row) => (
                    <tr key={row.key}>
                      <th scope="row">{row.indicator}</th>
                      <td>{row.current}</td>
                      <td>{row.incomingSource}</td>
                      <td>
                        <Choice
                          row={row}
                          label={`Definition of ${row.indicator}`}
                          onDecide={onDecide}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {preview.changes.length > 0 && (
            <div
              className="issue-table"
              role="region"
              aria-label="Figures that would change"
              // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
              tabIndex={0}
            >
              <table>
                <caption>
                  Figures that would change
                  {pages > 1 &&
                    ` (${String(page * PAGE + 1)} to ${String(page * PAGE + shown.length)} of ${String(preview.changes.length)})`}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Indicator</th>
                    <th scope="col">Area</th>
                    <th scope="col">Period</th>
                    <th scope="col">Now</th>
                    <th scope="col">New</th>
                    <th scope="col">Choice</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((row) => (
                    <tr key={row.key}>
                      <th scope="row">{row.indicator}</th>
                      <td>{row.area}</td>
                      <td>{row.period}</td>
                      <td>
                        {row.current}
                        <span className="source">{row.currentSource}</span>
                      </td>
                      <td>
                        {row.incoming}
                        <span className="source">{row.incomingSource}</span>
                      </td>
                      <td>
                        <Choice
                          row={row}
                          label={`${row.indicator}, ${row.area}, ${row.period}: ${row.current} now, ${row.incoming} new`}
                          onDecide={onDecide}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {pages > 1 && (
            <div className="button-group">
              <button
                type="button"
                className="button button--secondary"
                disabled={page === 0}
                onClick={() => {
                  setPage(page - 1);
                }}
              >
                Previous {PAGE} changes
              </button>
              <button
                type="button"
                className="button button--secondary"
                disabled={page >= pages - 1}
                onClick={() => {
                  setPage(page + 1);
                }}
              >
                Next {PAGE} changes
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
