import { useId } from 'react';
import type { ApplySafetyView } from '../../hooks/data-page-models';
import { Notice } from '../Notice';

const count = (n: number, word: string) =>
  `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;

/**
 * What has to be settled before Apply: files with errors (nothing from them applies unless the
 * analyst chooses their clean lines only), each field of the area register and each neighbour
 * list that would change (old → new, with a confirmation of their own), and changes that would
 * take the configured council's region or neighbours (never applied).
 */
export function ApplySafetyPanel({
  safety,
  onCleanLines,
  onConfirmRegister,
}: {
  safety: ApplySafetyView;
  onCleanLines: (fileName: string, chosen: boolean) => void;
  onConfirmRegister: (confirmed: boolean) => void;
}) {
  const id = useId();
  return (
    <>
      {safety.blocked.length > 0 && (
        <Notice title="This import cannot be applied" tone="problem">
          <ul>
            {safety.blocked.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </Notice>
      )}
      {!safety.givesAnything && (
        <Notice title="Nothing to apply" tone="problem">
          <p>
            These files give no figures, definitions, areas or neighbour lists the scorecard can
            use, so there is nothing to apply. Check each file&rsquo;s report above.
          </p>
        </Notice>
      )}
      {safety.unshown.length > 0 && (
        <Notice title="Figures that will not be shown anywhere">
          <p>
            The scorecard has no definition for {safety.unshown.join(', ')}, so{' '}
            {safety.unshown.length === 1 ? 'its figures appear' : 'their figures appear'} on no view
            and in no committee pack. Bring in a definitions file that defines{' '}
            {safety.unshown.length === 1 ? 'it' : 'them'}, or map the file&rsquo;s indicator names
            to the scorecard&rsquo;s own.
          </p>
        </Notice>
      )}
      {safety.cleanLines.length > 0 && (
        <section className="data-panel" aria-labelledby={`${id}-clean`}>
          <h2 id={`${id}-clean`}>Files with errors</h2>
          <p>
            Nothing from a file with errors is applied unless you choose to apply only its clean
            lines. The rejected lines are then left out, and the rest of the file applies as shown
            above.
          </p>
          {safety.cleanLines.map((file) => (
            <div className="checkbox" key={file.fileName}>
              <input
                type="checkbox"
                id={`${id}-clean-${file.fileName}`}
                checked={file.chosen}
                onChange={(event) => {
                  onCleanLines(file.fileName, event.target.checked);
                }}
              />
              <label htmlFor={`${id}-clean-${file.fileName}`}>
                Apply only the clean lines of {file.fileName} ({count(file.loaded, 'line')} loaded;{' '}
                {count(file.rejected, 'line')} rejected and left out,{' '}
                {count(file.errorCount, 'error')})
              </label>
              {file.chosen && <p className="checkbox__hint">Clean lines only: {file.fileName}.</p>}
            </div>
          ))}
        </section>
      )}
      {safety.registerChanges.length > 0 && (
        <section className="data-panel" aria-labelledby={`${id}-register`}>
          <h2 id={`${id}-register`}>Register and neighbour changes</h2>
          <p>
            These files would change the area register or statistical-neighbour lists, which decide
            each council&rsquo;s region and comparators. Check every change.
          </p>
          <div
            className="issue-table"
            role="region"
            aria-label="Register and neighbour changes"
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            tabIndex={0}
          >
            <table>
              <caption>
                {count(safety.registerChanges.length, 'change')} to the register and neighbour lists
              </caption>
              <thead>
                <tr>
                  <th scope="col">Area</th>
                  <th scope="col">Field</th>
                  <th scope="col">Now</th>
                  <th scope="col">Would become</th>
                  <th scope="col">File</th>
                </tr>
              </thead>
              <tbody>
                {safety.registerChanges.map((change) => (
                  <tr key={change.key}>
                    <th scope="row">{change.what}</th>
                    <td>{change.field}</td>
                    <td>{change.from}</td>
                    <td>{change.to}</td>
                    <td>{change.file}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="checkbox">
            <input
              type="checkbox"
              id={`${id}-confirm`}
              checked={safety.registerConfirmed}
              onChange={(event) => {
                onConfirmRegister(event.target.checked);
              }}
            />
            <label htmlFor={`${id}-confirm`}>
              I have checked these {count(safety.registerChanges.length, 'change')} to the register
              and neighbour lists
            </label>
          </div>
        </section>
      )}
    </>
  );
}
