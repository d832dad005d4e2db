/**
 * The part of the mapping step for a council's long file: what each value of the measure column
 * is used for, what each unit word means, and which scorecard indicator each of the file's
 * indicator names is. Controlled: the form keeps the choices and reads them on submit.
 */
import { useId } from 'react';
import type { AddedDefinition, AddedDefinitionDraft, MeasureUse } from '../../domain/import';
import type { Unit } from '../../domain/model';
import {
  ADD_NEW_INDICATOR,
  ADDED_UNIT_OPTIONS,
  blankDraft,
  draftOf,
} from '../../hooks/added-definition-view';
import type { MappingColumnView, MappingFileView } from '../../hooks/data-page-models';
import { AddedDefinitionFields } from './AddedDefinitionFields';

/**
 * Each choice by the value it is for. An indicator name maps to an id, '' (its own name), null
 * (left out) or ADD_NEW_INDICATOR, with its new definition's draft in `added`.
 */
export interface LongChoices {
  readonly uses: ReadonlyMap<string, MeasureUse>;
  readonly units: ReadonlyMap<string, Unit | null>;
  readonly names: ReadonlyMap<string, string | null>;
  readonly added: ReadonlyMap<string, AddedDefinitionDraft>;
}

/** The id of a field of the new indicator for the name at `index` (for the error summary). */
export const addedFieldId = (idPrefix: string, index: number, field: string) =>
  `${idPrefix}-add-${String(index)}-${field}`;

const USES: readonly { value: MeasureUse; label: string }[] = [
  { value: 'figure', label: 'the figure' },
  { value: 'numerator', label: 'the numerator of the figure beside it' },
  { value: 'skip', label: 'leave these rows out' },
];

const UNITS: readonly { value: Unit | ''; label: string }[] = [
  { value: '', label: 'ignore it' },
  ...ADDED_UNIT_OPTIONS,
];

const LEAVE_OUT = '\u0000leave-out';

/** The choices the form starts with, from its first guess or the remembered mapping. */
export function initialChoices(file: MappingFileView): LongChoices {
  const initial = file.initial;
  const added = new Map((initial?.addedDefinitions ?? []).map((d) => [d.id, d]));
  const names = new Map<string, string | null>();
  const drafts = new Map<string, AddedDefinitionDraft>();
  for (const [name, id] of initial?.indicatorNames ?? []) {
    const definition = id === null ? undefined : added.get(id);
    names.set(name, definition ? ADD_NEW_INDICATOR : id);
    if (definition) drafts.set(name, draftOf(definition));
  }
  return {
    uses: new Map(initial?.measure?.values ?? []),
    units: new Map(initial?.unitWords ?? []),
    names,
    added: drafts,
  };
}

function columnOf(file: MappingFileView, name: string): MappingColumnView | undefined {
  return file.columns?.find((c) => c.name === name);
}

export function LongMappingStep({
  file,
  indicatorColumn,
  unitColumn,
  measureColumn,
  choices,
  onChange,
  idPrefix,
  errors = new Map<string, string>(),
}: {
  file: MappingFileView;
  indicatorColumn: string;
  unitColumn: string;
  measureColumn: string;
  choices: LongChoices;
  onChange: (next: LongChoices) => void;
  /** For the fields of new indicators, which the form's error summary links to. */
  idPrefix?: string;
  /** Problems with those fields, by field id. */
  errors?: ReadonlyMap<string, string>;
}) {
  const id = useId();
  const addPrefix = idPrefix ?? id;
  const measure = measureColumn === '' ? undefined : columnOf(file, measureColumn);
  const unit = unitColumn === '' ? undefined : columnOf(file, unitColumn);
  const indicator = indicatorColumn === '' ? undefined : columnOf(file, indicatorColumn);
  const indicators = file.indicators ?? [];
  return (
    <div className="long-mapping">
      {measure && !measure.more && (
        <fieldset className="long-mapping__group">
          <legend>Rows by their &ldquo;{measure.name}&rdquo;</legend>
          {measure.values.map((value, i) => {
            const fieldId = `${id}-use-${String(i)}`;
            return (
              <div className="mapping__field" key={value}>
                <label htmlFor={fieldId}>
                  Use rows where {measure.name} is &ldquo;{value}&rdquo; as
                </label>
                <select
                  id={fieldId}
                  value={choices.uses.get(value) ?? measure.uses[i] ?? 'figure'}
                  onChange={(event) => {
                    onChange({
                      ...choices,
                      uses: new Map(choices.uses).set(value, event.target.value as MeasureUse),
                    });
                  }}
                >
                  {USES.map((use) => (
                    <option key={use.value} value={use.value}>
                      {use.label}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
        </fieldset>
      )}
      {unit && !unit.more && (
        <fieldset className="long-mapping__group">
          <legend>Words in &ldquo;{unit.name}&rdquo;</legend>
          {unit.values.map((word, i) => {
            const fieldId = `${id}-unit-${String(i)}`;
            const chosen = choices.units.has(word) ? choices.units.get(word) : unit.units[i];
            return (
              <div className="mapping__field" key={word}>
                <label htmlFor={fieldId}>&ldquo;{word}&rdquo; means</label>
                <select
                  id={fieldId}
                  value={chosen ?? ''}
                  onChange={(event) => {
                    const next = event.target.value;
                    onChange({
                      ...choices,
                      units: new Map(choices.units).set(word, next === '' ? null : (next as Unit)),
                    });
                  }}
                >
                  {UNITS.map((u) => (
                    <option key={u.value} value={u.value}>
                      {u.label}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
        </fieldset>
      )}
      {indicator && !indicator.more && (
        <fieldset className="long-mapping__group">
          <legend>The file&rsquo;s indicators</legend>
          <p>
            Each name in &ldquo;{indicator.name}&rdquo; is matched to the scorecard indicator with
            the most alike name. Check each one: figures left out are not loaded, figures kept under
            the file&rsquo;s own name are shown nowhere until a definition is loaded, and a name
            added as a new indicator is shown once you have filled in its definition.
          </p>
          {indicator.values.map((name, i) => {
            const fieldId = `${id}-name-${String(i)}`;
            const suggested = indicator.suggested[i] ?? null;
            const chosen = choices.names.has(name) ? choices.names.get(name) : suggested;
            const draft = choices.added.get(name) ?? blankDraft(name);
            return (
              <div className="mapping__field mapping__field--wide" key={name}>
                <label htmlFor={fieldId}>Scorecard indicator for &ldquo;{name}&rdquo;</label>
                {suggested !== null && chosen === suggested && (
                  <p className="hint" id={`${fieldId}-hint`}>
                    Suggested from the names
                  </p>
                )}
                <select
                  id={fieldId}
                  value={chosen === null ? LEAVE_OUT : (chosen ?? '')}
                  aria-describedby={
                    suggested !== null && chosen === suggested ? `${fieldId}-hint` : undefined
                  }
                  onChange={(event) => {
                    const next = event.target.value;
                    onChange({
                      ...choices,
                      names: new Map(choices.names).set(name, next === LEAVE_OUT ? null : next),
                      added:
                        next === ADD_NEW_INDICATOR && !choices.added.has(name)
                          ? new Map(choices.added).set(name, draft)
                          : choices.added,
                    });
                  }}
                >
                  <option value={LEAVE_OUT}>Leave out: not loaded, shown nowhere</option>
                  <option value="">Keep the file&rsquo;s name: shown nowhere until defined</option>
                  <option value={ADD_NEW_INDICATOR}>Add as a new indicator</option>
                  {indicators.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.label}
                    </option>
                  ))}
                </select>
                {chosen === ADD_NEW_INDICATOR && (
                  <AddedDefinitionFields
                    name={name}
                    idPrefix={addedFieldId(addPrefix, i, '').slice(0, -1)}
                    draft={draft}
                    errors={errors}
                    onChange={(next) => {
                      onChange({ ...choices, added: new Map(choices.added).set(name, next) });
                    }}
                  />
                )}
              </div>
            );
          })}
        </fieldset>
      )}
    </div>
  );
}

/** The names chosen "Add as a new indicator", with their place in the list and their drafts. */
export function addedChoices(
  file: MappingFileView,
  choices: LongChoices,
  indicatorColumn: string,
): [name: string, index: number, draft: AddedDefinitionDraft][] {
  const indicator = indicatorColumn === '' ? undefined : columnOf(file, indicatorColumn);
  if (!indicator || indicator.more) return [];
  const out: [string, number, AddedDefinitionDraft][] = [];
  indicator.values.forEach((name, i) => {
    if (choices.names.get(name) === ADD_NEW_INDICATOR)
      out.push([name, i, choices.added.get(name) ?? blankDraft(name)]);
  });
  return out;
}

/** The long parts of a mapping from the choices, for the columns chosen. */
export function longParts(
  file: MappingFileView,
  choices: LongChoices,
  columns: { indicator: string; unit: string; measure: string },
  added: {
    readonly ids: ReadonlyMap<string, string>;
    readonly definitions: readonly AddedDefinition[];
  } = { ids: new Map(), definitions: [] },
) {
  const measure = columns.measure === '' ? undefined : columnOf(file, columns.measure);
  const unit = columns.unit === '' ? undefined : columnOf(file, columns.unit);
  const indicator = columns.indicator === '' ? undefined : columnOf(file, columns.indicator);
  return {
    unit: columns.unit,
    unitWords: (unit?.values ?? []).map(
      (word, i) =>
        [
          word,
          choices.units.has(word) ? (choices.units.get(word) ?? null) : (unit?.units[i] ?? null),
        ] as const,
    ),
    ...(measure
      ? {
          measure: {
            column: measure.name,
            values: measure.values.map(
              (value, i) =>
                [value, choices.uses.get(value) ?? measure.uses[i] ?? 'figure'] as const,
            ),
          },
        }
      : {}),
    indicatorNames: (indicator?.values ?? []).flatMap((name, i) => {
      const chosen = choices.names.has(name)
        ? choices.names.get(name)
        : (indicator?.suggested[i] ?? null);
      if (chosen === ADD_NEW_INDICATOR) {
        const newId = added.ids.get(name);
        return newId === undefined ? [] : [[name, newId] as const];
      }
      // '' keeps the file's own name: nothing to translate.
      return chosen === '' || chosen === undefined ? [] : [[name, chosen] as const];
    }),
    ...(added.definitions.length > 0 ? { addedDefinitions: added.definitions } : {}),
  };
}
