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
  onConfirmDefinitions,
}: {
  safety: ApplySafetyView;
  onCleanLines: (fileName: string, chosen: boolean) => void;
  onConfirmRegister: (confirmed: boolean) => void;
  onConfirmDefinitions: (confirmed: boolean) => void;
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
      {safety.leftOut.length > 0 && (
        <Notice title="Left out in the mapping: not shown anywhere">
          <p>
            These indicator names were left out when the columns were chosen. Their lines are not
            loaded, so they appear on no view, in no committee pack and in nothing published.
          </p>
          <ul>
            {safety.leftOut.map((item) => (
              <li key={`${item.file}\u0000${item.name}`}>
                &ldquo;{item.name}&rdquo; ({count(item.lines, 'line')}, {item.file})
              </li>
            ))}
          </ul>
        </Notice>
      )}
      {safety.newDefinitions.length > 0 && (
        <NewDefinitionsSection safety={safety} onConfirm={onConfirmDefinitions} />
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
        <FieldChangesSection
          title="Register and neighbour changes"
          intro="These files would change the area register or statistical-neighbour lists, which decide each council’s region and comparators. Check every change."
          caption={`${count(safety.registerChanges.length, 'change')} to the register and neighbour lists`}
          rowHeading="Area"
          rows={safety.registerChanges.map((change) => ({
            key: change.key,
            row: change.what,
            field: change.field,
            from: change.from,
            to: change.to,
            file: change.file,
          }))}
          confirmed={safety.registerConfirmed}
          onConfirm={onConfirmRegister}
          confirmLabel={`I have checked these ${count(safety.registerChanges.length, 'change')} to the register and neighbour lists`}
        />
      )}
    </>
  );
}

/** Each field of each new indicator definition, with a confirmation of its own. */
function NewDefinitionsSection({
  safety,
  onConfirm,
}: {
  safety: ApplySafetyView;
  onConfirm: (confirmed: boolean) => void;
}) {
  const indicators = new Set(safety.newDefinitions.map((row) => row.id)).size;
  return (
    <FieldChangesSection
      title="New indicator definitions"
      intro={`These files would add ${count(indicators, 'indicator')} the scorecard does not define yet. Their figures are shown on every view once applied. Check every field.`}
      caption={`${count(indicators, 'new indicator definition')}, field by field`}
      rowHeading="Indicator"
      rows={safety.newDefinitions.map((row) => ({
        key: row.key,
        row: row.id,
        field: row.field,
        from: '(none)',
        to: row.value,
        file: row.file,
      }))}
      confirmed={safety.definitionsConfirmed}
      onConfirm={onConfirm}
      confirmLabel={`I have checked ${
        indicators === 1
          ? 'this new indicator definition'
          : `these ${count(indicators, 'new indicator definition')}`
      }`}
    />
  );
}

/**
 * Changes shown field by field (old -> new, and the file they come from) with a confirmation of
 * their own: the register and neighbour lists, and new indicator definitions.
 */
function FieldChangesSection({
  title,
  intro,
  caption,
  rowHeading,
  rows,
  confirmed,
  onConfirm,
  confirmLabel,
}: {
  title: string;
  intro: string;
  caption: string;
  rowHeading: string;
  rows: readonly {
    key: string;
    row: string;
    field: string;
    from: string;
    to: string;
    file: string;
  }[];
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
  confirmLabel: string;
}) {
  const id = useId();
  return (
    <section className="data-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p>{intro}</p>
      <div
        className="issue-table"
        role="region"
        aria-label={title}
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
      >
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{rowHeading}</th>
              <th scope="col">Field</th>
              <th scope="col">Now</th>
              <th scope="col">Would become</th>
              <th scope="col">File</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.row}</th>
                <td>{row.field}</td>
                <td>{row.from}</td>
                <td>{row.to}</td>
                <td>{row.file}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="checkbox">
        <input
          type="checkbox"
          id={`${id}-confirm`}
          checked={confirmed}
          onChange={(event) => {
            onConfirm(event.target.checked);
          }}
        />
        <label htmlFor={`${id}-confirm`}>{confirmLabel}</label>
      </div>
    </section>
  );
}
