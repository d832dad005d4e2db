import { useId } from 'react';
import type { useCommentaryImport } from '../../hooks/useCommentaryImport';
import { FileReportPanel } from './FileReportPanel';

/** Commentary from a spreadsheet: the file's report, each commentary's change, keep or replace. */
export function CommentaryImport({ state }: { state: ReturnType<typeof useCommentaryImport> }) {
  const id = useId();
  return (
    <>
      <p>
        Bring in a commentary file (columns indicator, area, period, headline, text, action, owner,
        due, status; see the file formats). You see what would change before anything does.
      </p>
      {state.message !== '' && <p role="status">{state.message}</p>}
      {!state.report && (
        <span className="file-button">
          <input
            id={`${id}-file`}
            className="drop-zone__input"
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void state.choose(file);
            }}
          />
          <label htmlFor={`${id}-file`} className="button button--secondary">
            Choose a commentary file
          </label>
        </span>
      )}
      {state.report && (
        <>
          <FileReportPanel report={state.report} />
          <table className="data-table">
            <caption>What would change ({state.changes.length})</caption>
            <thead>
              <tr>
                <th scope="col">Indicator, council, period</th>
                <th scope="col">Change</th>
                <th scope="col">Headline now</th>
                <th scope="col">Headline in the file</th>
                <th scope="col">Keep or replace</th>
              </tr>
            </thead>
            <tbody>
              {state.changes.map((change) => (
                <tr key={change.key}>
                  <th scope="row">{change.where}</th>
                  <td>{change.kindText}</td>
                  <td>
                    <bdi>{change.currentHeadline}</bdi>
                  </td>
                  <td>
                    <bdi>{change.incomingHeadline}</bdi>
                  </td>
                  <td>
                    {change.choice ? (
                      <fieldset className="choice">
                        <legend className="visually-hidden">{change.where}</legend>
                        {(['keep', 'replace'] as const).map((choice) => (
                          <label key={choice}>
                            <input
                              type="radio"
                              name={`${id}-${change.key}`}
                              checked={change.replace === (choice === 'replace')}
                              onChange={() => {
                                state.decide(change.key, choice === 'replace');
                              }}
                            />{' '}
                            {choice === 'keep' ? 'Keep what is there' : 'Replace with the file'}
                          </label>
                        ))}
                      </fieldset>
                    ) : change.kind === 'new' ? (
                      'Added'
                    ) : (
                      'Nothing to do'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="button-group">
            <button type="button" className="button" onClick={() => void state.apply()}>
              Apply the commentary
            </button>
            <button type="button" className="button button--secondary" onClick={state.cancel}>
              Cancel
            </button>
          </div>
        </>
      )}
    </>
  );
}
