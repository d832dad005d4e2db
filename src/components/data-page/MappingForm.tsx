import { useId, useState, type SyntheticEvent } from 'react';
import type { MappingFileView } from '../../hooks/data-page-models';
import { focusTarget } from './ErrorSummary';
import { MAPPING_ROLES, type MappingRole } from '../../hooks/useDataPage';
import type { ColumnMapping } from '../../domain/import';
import { eesFieldSuffix, eesMappingFromChoices } from '../../hooks/ees-mapping-view';
import { EesMappingFields } from './EesMappingFields';

type Choices = ReadonlyMap<string, ReadonlyMap<MappingRole, string>>;
type EesChoices = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** For files in a layout nobody has seen: which column holds the indicator, period, area, value. */
export function MappingForm({
  files,
  onSubmit,
  onCancel,
}: {
  files: readonly MappingFileView[];
  onSubmit: (mappings: ReadonlyMap<string, ColumnMapping>) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [choices, setChoices] = useState<Choices>(new Map());
  const [missing, setMissing] = useState<readonly { href: string; text: string }[]>([]);
  const [eesChoices, setEesChoices] = useState<EesChoices>(new Map());
  const eesId = (f: number, key: string) => `${id}-${String(f)}-${eesFieldSuffix(key)}`;
  const choose = (file: string, role: MappingRole, column: string) => {
    const next = new Map(choices);
    next.set(file, new Map(choices.get(file) ?? []).set(role, column));
    setChoices(next);
  };
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const problems: { href: string; text: string }[] = [];
    const mappings = new Map<string, ColumnMapping>();
    files.forEach((file, f) => {
      if (file.ees) {
        const result = eesMappingFromChoices(file.ees, eesChoices.get(file.fileName) ?? new Map());
        if (result.ok) mappings.set(file.fileName, result.mapping);
        else
          for (const p of result.problems)
            problems.push({ href: `#${eesId(f, p.key)}`, text: `${file.fileName}: ${p.text}` });
        return;
      }
      const chosen = choices.get(file.fileName) ?? new Map<MappingRole, string>();
      for (const role of MAPPING_ROLES) {
        if (role.required && !chosen.get(role.key))
          problems.push({
            href: `#${id}-${String(f)}-${role.key}`,
            text: `${file.fileName}: choose the column that holds the ${role.label.toLowerCase()}`,
          });
      }
      const pick = (role: MappingRole) => chosen.get(role) ?? '';
      const optional = (role: MappingRole) => (pick(role) === '' ? {} : { [role]: pick(role) });
      mappings.set(file.fileName, {
        indicator: pick('indicator'),
        period: pick('period'),
        area: pick('area'),
        value: pick('value'),
        ...optional('areaName'),
        ...optional('target'),
        ...optional('numerator'),
        ...optional('denominator'),
      });
    });
    setMissing(problems);
    if (problems.length === 0) onSubmit(mappings);
  };
  return (
    <form className="data-panel" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>Choose the columns</h2>
      {missing.length > 0 && (
        <div className="error-summary" role="alert" aria-labelledby={`${id}-problems`}>
          <h3 className="error-summary__title" id={`${id}-problems`}>
            There is a problem
          </h3>
          <ul className="error-summary__list">
            {missing.map((item) => (
              <li key={item.href}>
                <a href={item.href} onClick={focusTarget}>
                  {item.text}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {files.map(
        (file, f) =>
          file.ees && (
            <EesMappingFields
              key={file.fileName}
              fileName={file.fileName}
              view={file.ees}
              idPrefix={`${id}-${String(f)}`}
              chosen={eesChoices.get(file.fileName) ?? new Map<string, string>()}
              invalid={
                new Set(
                  missing
                    .filter((m) => m.href.startsWith(`#${id}-${String(f)}-`))
                    .map((m) => m.href.slice(`#${id}-${String(f)}-`.length)),
                )
              }
              onChoose={(key, value) => {
                const next = new Map(eesChoices);
                next.set(
                  file.fileName,
                  new Map(eesChoices.get(file.fileName) ?? []).set(key, value),
                );
                setEesChoices(next);
              }}
            />
          ),
      )}
      {files.map((file, f) => (
        <fieldset key={file.fileName} className="mapping" hidden={file.ees !== undefined}>
          <legend>{file.fileName}</legend>
          <p>
            The scorecard does not recognise this file&rsquo;s layout. Say which column holds each
            thing; the choice is remembered for files with the same columns.
          </p>
          <div className="mapping__fields">
            {MAPPING_ROLES.map((role) => {
              const fieldId = `${id}-${String(f)}-${role.key}`;
              const invalid = missing.some((m) => m.href === `#${fieldId}`);
              return (
                <div className="mapping__field" key={role.key}>
                  <label htmlFor={fieldId}>
                    {role.label}
                    {role.required ? '' : ' (optional)'}
                  </label>
                  {invalid && (
                    <p className="field-error" id={`${fieldId}-error`}>
                      <span className="visually-hidden">Error: </span>Choose a column
                    </p>
                  )}
                  <select
                    id={fieldId}
                    value={choices.get(file.fileName)?.get(role.key) ?? ''}
                    aria-invalid={invalid || undefined}
                    aria-describedby={invalid ? `${fieldId}-error` : undefined}
                    onChange={(event) => {
                      choose(file.fileName, role.key, event.target.value);
                    }}
                  >
                    <option value="">{role.required ? 'Choose a column' : 'None'}</option>
                    {file.headers.map((header) => (
                      <option key={header} value={header}>
                        {header}
                      </option>
                    ))}
                  </select>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
      <div className="button-group">
        <button type="submit" className="button">
          Read with these columns
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
