import type { MappingFileView } from '../../hooks/data-page-models';
import { MAPPING_ROLES, type MappingRole } from '../../hooks/useDataPage';
import { FileReportPanel } from './FileReportPanel';
import { initialChoices, LongMappingStep, type LongChoices } from './LongMappingStep';

/**
 * The mapping step for a file in a layout the scorecard does not know (or a tidy-looking file
 * whose lines were mostly rejected): which column holds each thing and, for a long file, what
 * its measure values, unit words and indicator names mean. Controlled: MappingForm keeps the
 * choices and reads them on submit. A DfE EES file gets EesMappingFields instead.
 */
export function ColumnMappingFields({
  file,
  idPrefix,
  roles,
  invalid,
  onChoose,
  long,
  onLongChange,
  errors,
}: {
  file: MappingFileView;
  idPrefix: string;
  roles: ReadonlyMap<MappingRole, string>;
  /** The ids of the fields to mark as still to choose. */
  invalid: ReadonlySet<string>;
  onChoose: (role: MappingRole, column: string) => void;
  long: LongChoices | undefined;
  onLongChange: (next: LongChoices) => void;
  /** Problems with the fields of new indicators, by field id. */
  errors: ReadonlyMap<string, string>;
}) {
  return (
    <fieldset className="mapping">
      <legend>{file.fileName}</legend>
      {file.why === 'mostly-rejected' ? (
        <p>
          This file looks like the scorecard&rsquo;s own layout, but most of its lines were rejected
          (its report is below). It is most likely a long export with its own names, measures and
          units: say which column holds each thing and what its values mean. No editing of the file
          is needed; the choice is remembered for files with the same columns.
        </p>
      ) : (
        <p>
          The scorecard does not recognise this file&rsquo;s layout. Say which column holds each
          thing; the choice is remembered for files with the same columns.
        </p>
      )}
      {file.changing && (
        <p>These are the columns chosen last time. Change what you need and read it again.</p>
      )}
      <div className="mapping__fields">
        {MAPPING_ROLES.map((role) => {
          const fieldId = `${idPrefix}-${role.key}`;
          const bad = invalid.has(fieldId);
          return (
            <div className="mapping__field" key={role.key}>
              <label htmlFor={fieldId}>
                {role.label}
                {role.required ? '' : ' (optional)'}
              </label>
              {bad && (
                <p className="field-error" id={`${fieldId}-error`}>
                  <span className="visually-hidden">Error: </span>Choose a column
                </p>
              )}
              <select
                id={fieldId}
                value={roles.get(role.key) ?? ''}
                aria-invalid={bad || undefined}
                aria-describedby={bad ? `${fieldId}-error` : undefined}
                onChange={(event) => {
                  onChoose(role.key, event.target.value);
                }}
              >
                <option value="">{role.required ? 'Choose a column' : 'None (leave out)'}</option>
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
      {file.columns && (
        <LongMappingStep
          file={file}
          indicatorColumn={roles.get('indicator') ?? ''}
          unitColumn={roles.get('unit') ?? ''}
          measureColumn={roles.get('measure') ?? ''}
          choices={long ?? initialChoices(file)}
          onChange={onLongChange}
          idPrefix={idPrefix}
          errors={errors}
        />
      )}
      {file.report && <FileReportPanel report={file.report} />}
    </fieldset>
  );
}
