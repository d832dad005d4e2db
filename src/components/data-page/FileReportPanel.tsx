import { useState } from 'react';
import type { FileReportView } from '../../hooks/data-page-models';

const SHOWN = 100;

/** One file's report: layout, encoding, line counts, and every error and warning in a table. */
export function FileReportPanel({
  report,
  onRemap,
}: {
  report: FileReportView;
  /** Offers the mapping step again for a file read with remembered columns. */
  onRemap?: (fileName: string) => void;
}) {
  const [all, setAll] = useState(false);
  const issues = all ? report.issues : report.issues.slice(0, SHOWN);
  return (
    <section
      className="data-panel file-report"
      id={report.id}
      aria-labelledby={`${report.id}-title`}
    >
      <h3 id={`${report.id}-title`}>{report.fileName}</h3>
      <dl className="facts">
        <div className="facts__row">
          <dt>Layout</dt>
          <dd>{report.layout}</dd>
        </div>
        <div className="facts__row">
          <dt>Encoding</dt>
          <dd>{report.encoding}</dd>
        </div>
        <div className="facts__row">
          <dt>Size</dt>
          <dd>{report.size}</dd>
        </div>
        <div className="facts__row">
          <dt>Lines</dt>
          <dd>
            {report.lines.toLocaleString('en-GB')}: {report.loaded.toLocaleString('en-GB')} loaded,{' '}
            {report.rejected.toLocaleString('en-GB')} rejected,{' '}
            {report.skipped.toLocaleString('en-GB')} skipped
            {report.skippedReasons === '' ? '' : ` (${report.skippedReasons})`}
          </dd>
        </div>
        <div className="facts__row">
          <dt>Problems</dt>
          <dd>
            {report.errorCount} {report.errorCount === 1 ? 'error' : 'errors'},{' '}
            {report.warningCount} {report.warningCount === 1 ? 'warning' : 'warnings'}
          </dd>
        </div>
      </dl>
      {report.note && <p>{report.note}</p>}
      {report.canRemap === true && onRemap && (
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              onRemap(report.fileName);
            }}
          >
            Change the columns for {report.fileName}
          </button>
        </p>
      )}
      {report.issues.length > 0 && (
        // A wide table scrolls inside its own region, which keyboard users can reach.
        <div
          className="issue-table"
          role="region"
          aria-label={`Problems in ${report.fileName}`}
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
        >
          <table id={`${report.id}-issues`}>
            <caption>
              Rejected and warned lines in {report.fileName}
              {issues.length < report.issues.length &&
                ` (first ${String(issues.length)} of ${String(report.issues.length)})`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Column</th>
                <th scope="col">Value</th>
                <th scope="col">Kind</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {issues.map((issue) => (
                <tr key={issue.id} id={issue.id} tabIndex={-1}>
                  <td>{issue.line}</td>
                  <td>{issue.column}</td>
                  <td className="issue-table__value">{issue.value}</td>
                  <td>
                    <strong className={`tag tag--${issue.kind.toLowerCase()}`}>{issue.kind}</strong>
                  </td>
                  <td>{issue.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {issues.length < report.issues.length && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setAll(true);
          }}
        >
          Show all {report.issues.length} problems in {report.fileName}
        </button>
      )}
    </section>
  );
}
