import { useId, useState, type SyntheticEvent } from 'react';
import type { MappingFileView } from '../../hooks/data-page-models';
import { focusTarget } from './ErrorSummary';
import { MAPPING_ROLES, type MappingRole } from '../../hooks/useDataPage';
import type { ColumnMapping } from '../../domain/import';
import { eesFieldSuffix, eesMappingFromChoices } from '../../hooks/ees-mapping-view';
import { EesMappingFields } from './EesMappingFields';
import { ColumnMappingFields } from './ColumnMappingFields';
import {
  addedChoices,
  addedFieldId,
  initialChoices,
  longParts,
  type LongChoices,
} from './LongMappingStep';
import { addedFromChoices } from '../../hooks/added-definition-view';

type Choices = ReadonlyMap<string, ReadonlyMap<MappingRole, string>>;
type EesChoices = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** The roles' columns the form starts with, from each file's first guess or remembered mapping. */
function initialRoles(files: readonly MappingFileView[]): Choices {
  const out = new Map<string, ReadonlyMap<MappingRole, string>>();
  for (const file of files) {
    const m = file.initial;
    if (!m) continue;
    const roles = new Map<MappingRole, string>();
    const put = (role: MappingRole, column: string | undefined) => {
      if (column !== undefined && column !== '' && file.headers.includes(column))
        roles.set(role, column);
    };
    put('indicator', m.indicator);
    put('period', m.period);
    put('area', m.area);
    put('value', m.value);
    put('areaName', m.areaName);
    put('target', m.target);
    put('numerator', m.numerator);
    put('denominator', m.denominator);
    put('unit', m.unit);
    put('measure', m.measure?.column);
    out.set(file.fileName, roles);
  }
  return out;
}

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
  const [choices, setChoices] = useState<Choices>(() => initialRoles(files));
  const [long, setLong] = useState<ReadonlyMap<string, LongChoices>>(
    () => new Map(files.map((file) => [file.fileName, initialChoices(file)])),
  );
  const [missing, setMissing] = useState<
    readonly { href: string; text: string; message?: string }[]
  >([]);
  const [eesChoices, setEesChoices] = useState<EesChoices>(new Map());
  const eesId = (f: number, key: string) => `${id}-${String(f)}-${eesFieldSuffix(key)}`;
  const choose = (file: string, role: MappingRole, column: string) => {
    const next = new Map(choices);
    next.set(file, new Map(choices.get(file) ?? []).set(role, column));
    setChoices(next);
  };
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const problems: { href: string; text: string; message?: string }[] = [];
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
      const longChoices = long.get(file.fileName) ?? initialChoices(file);
      // Names added as new indicators: their definitions, checked field by field.
      const added = file.columns
        ? addedFromChoices(
            addedChoices(file, longChoices, pick('indicator')),
            new Set((file.indicators ?? []).map((d) => d.id)),
            (index, field) => addedFieldId(`${id}-${String(f)}`, index, field),
          )
        : { definitions: [], ids: new Map<string, string>(), problems: [] };
      for (const p of added.problems)
        problems.push({
          href: `#${p.fieldId}`,
          text: `${file.fileName}, new indicator for “${p.name}”: ${p.text}`,
          message: p.text,
        });
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
        // A file with its columns' values listed gets the long file's parts (long-mapping.ts).
        ...(file.columns
          ? longParts(
              file,
              longChoices,
              {
                indicator: pick('indicator'),
                unit: pick('unit'),
                measure: pick('measure'),
              },
              added,
            )
          : optional('unit')),
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
      {files.map((file, f) => {
        const prefix = `${id}-${String(f)}`;
        // Each field still to choose, by its id (`${prefix}-${key}`).
        const invalid = new Set(
          missing.filter((m) => m.href.startsWith(`#${prefix}-`)).map((m) => m.href.slice(1)),
        );
        return file.ees ? (
          <EesMappingFields
            key={file.fileName}
            fileName={file.fileName}
            view={file.ees}
            idPrefix={prefix}
            chosen={eesChoices.get(file.fileName) ?? new Map<string, string>()}
            invalid={new Set([...invalid].map((fieldId) => fieldId.slice(prefix.length + 1)))}
            onChoose={(key, value) => {
              const next = new Map(eesChoices);
              next.set(file.fileName, new Map(eesChoices.get(file.fileName) ?? []).set(key, value));
              setEesChoices(next);
            }}
          />
        ) : (
          <ColumnMappingFields
            key={file.fileName}
            file={file}
            idPrefix={prefix}
            roles={choices.get(file.fileName) ?? new Map<MappingRole, string>()}
            invalid={invalid}
            onChoose={(role, column) => {
              choose(file.fileName, role, column);
            }}
            long={long.get(file.fileName)}
            errors={
              new Map(
                missing
                  .filter((m) => m.message !== undefined && m.href.startsWith(`#${prefix}-`))
                  .map((m) => [m.href.slice(1), m.message ?? '']),
              )
            }
            onLongChange={(next) => {
              setLong(new Map(long).set(file.fileName, next));
            }}
          />
        );
      })}
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
