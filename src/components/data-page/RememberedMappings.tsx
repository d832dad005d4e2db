import type { RememberedMappingView } from '../../hooks/data-page-models';

/** The column mappings remembered in this browser, each with a button to forget it. */
export function RememberedMappings({
  mappings,
  onForget,
  disabled,
}: {
  mappings: readonly RememberedMappingView[];
  onForget: (signature: string) => void;
  disabled: boolean;
}) {
  if (mappings.length === 0)
    return (
      <p>No column mappings are remembered: files in an unknown layout ask for their columns.</p>
    );
  return (
    <ul className="remembered-mappings">
      {mappings.map((m) => (
        <li key={m.signature}>
          <p>
            <strong>Files with the columns {m.columns}</strong>: {m.summary}
          </p>
          <button
            type="button"
            className="button button--secondary"
            disabled={disabled}
            aria-label={`Forget the columns chosen for files with the columns ${m.columns}`}
            onClick={() => {
              onForget(m.signature);
            }}
          >
            Forget these columns
          </button>
        </li>
      ))}
    </ul>
  );
}
