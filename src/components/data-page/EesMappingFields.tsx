import {
  EES_INDICATOR,
  EES_VALUE,
  eesChoice,
  eesFieldSuffix,
  eesFilterKey,
  type EesMappingView,
} from '../../hooks/ees-mapping-view';

/**
 * The mapping step for a DfE Explore Education Statistics file the scorecard has no mapping
 * for: the column holding the figure, the rows that hold it (one value of each filter
 * column), and the scorecard indicator it feeds.
 */
export function EesMappingFields({
  fileName,
  view,
  idPrefix,
  chosen,
  invalid,
  onChoose,
}: {
  fileName: string;
  view: EesMappingView;
  idPrefix: string;
  chosen: ReadonlyMap<string, string>;
  /** The fields to mark as still to choose (by eesFieldSuffix of their key). */
  invalid: ReadonlySet<string>;
  onChoose: (key: string, value: string) => void;
}) {
  const field = (
    key: string,
    label: string,
    placeholder: string,
    options: readonly { value: string; label: string }[],
  ) => {
    const fieldId = `${idPrefix}-${eesFieldSuffix(key)}`;
    const bad = invalid.has(eesFieldSuffix(key));
    return (
      <div className="mapping__field" key={key}>
        <label htmlFor={fieldId}>{label}</label>
        {bad && (
          <p className="field-error" id={`${fieldId}-error`}>
            <span className="visually-hidden">Error: </span>Choose one
          </p>
        )}
        <select
          id={fieldId}
          value={eesChoice(view, chosen, key)}
          aria-invalid={bad || undefined}
          aria-describedby={bad ? `${fieldId}-error` : undefined}
          onChange={(event) => {
            onChoose(key, event.target.value);
          }}
        >
          <option value="">{placeholder}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    );
  };
  const plain = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));
  return (
    <fieldset className="mapping">
      <legend>{fileName}</legend>
      <p>
        This is a DfE Explore Education Statistics file the scorecard has no mapping for. Choose the
        column that holds the figure, which rows hold it, and the scorecard indicator it feeds; the
        choice is remembered for files with the same columns.
      </p>
      <div className="mapping__fields">
        {field(
          EES_VALUE,
          'Column that holds the figure',
          'Choose a column',
          plain(view.indicatorColumns),
        )}
        {view.filters.map((filter) =>
          field(
            eesFilterKey(filter.column),
            `Rows where ${filter.column} is`,
            'Choose a value',
            plain(filter.values),
          ),
        )}
        {field(
          EES_INDICATOR,
          'Scorecard indicator it feeds',
          'Choose an indicator',
          view.scorecard.map((s) => ({ value: s.id, label: s.label })),
        )}
      </div>
    </fieldset>
  );
}
