import type { AddedDefinitionDraft, AddedDefinitionField } from '../../domain/import';
import {
  ADDED_POLARITY_OPTIONS,
  ADDED_SECTION_OPTIONS,
  ADDED_UNIT_OPTIONS,
} from '../../hooks/added-definition-view';

const LABELS: Readonly<Record<AddedDefinitionField, string>> = {
  id: 'Id',
  title: 'Title',
  unit: 'Unit',
  polarity: 'Good is',
  decimals: 'Decimal places shown',
  section: 'Section',
};

const HINTS: Partial<Readonly<Record<AddedDefinitionField, string>>> = {
  id: 'A short code used in links and files, for example REFERRALS (letters, digits, - _ .)',
  decimals: 'From 0 to 3',
};

/**
 * The minimum definition of a new indicator for one of the file's indicator names: id, title,
 * unit, whether higher or lower is better (or a context measure, not rated), decimals and
 * section. Controlled; each field's error (by its id) comes from the form.
 */
export function AddedDefinitionFields({
  name,
  idPrefix,
  draft,
  errors,
  onChange,
}: {
  name: string;
  idPrefix: string;
  draft: AddedDefinitionDraft;
  errors: ReadonlyMap<string, string>;
  onChange: (next: AddedDefinitionDraft) => void;
}) {
  const field = (key: AddedDefinitionField) => {
    const fieldId = `${idPrefix}-${key}`;
    const error = errors.get(fieldId);
    const hint = HINTS[key];
    const described =
      [hint ? `${fieldId}-hint` : '', error ? `${fieldId}-error` : ''].filter(Boolean).join(' ') ||
      undefined;
    const common = {
      id: fieldId,
      value: draft[key],
      'aria-invalid': error ? true : undefined,
      'aria-describedby': described,
    };
    const set = (value: string) => {
      onChange({ ...draft, [key]: value });
    };
    const options =
      key === 'unit'
        ? ADDED_UNIT_OPTIONS
        : key === 'polarity'
          ? ADDED_POLARITY_OPTIONS
          : key === 'section'
            ? ADDED_SECTION_OPTIONS
            : null;
    return (
      <div className="mapping__field" key={key}>
        <label htmlFor={fieldId}>{LABELS[key]}</label>
        {hint && (
          <p className="hint" id={`${fieldId}-hint`}>
            {hint}
          </p>
        )}
        {error && (
          <p className="field-error" id={`${fieldId}-error`}>
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        )}
        {options ? (
          <select
            {...common}
            onChange={(event) => {
              set(event.target.value);
            }}
          >
            <option value="">Choose</option>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ) : (
          <input
            {...common}
            type="text"
            inputMode={key === 'decimals' ? 'numeric' : undefined}
            spellCheck={false}
            onChange={(event) => {
              set(event.target.value);
            }}
          />
        )}
      </div>
    );
  };
  return (
    <fieldset className="long-mapping__group">
      <legend>New indicator for &ldquo;{name}&rdquo;</legend>
      <p>
        Its figures are shown once the import is applied. The new definition is listed field by
        field before Apply and needs its own confirmation; targets and a full description can be
        added later with a definitions file.
      </p>
      <div className="mapping__fields">
        {(['id', 'title', 'unit', 'polarity', 'decimals', 'section'] as const).map(field)}
      </div>
    </fieldset>
  );
}
