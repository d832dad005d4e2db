import { useId, useState, type DragEvent } from 'react';

/**
 * Where files come in: dropped onto the zone, or picked with the "Choose files" button (the
 * same thing without dragging, WCAG 2.5.7). Several files at once.
 */
export function DropZone({
  onFiles,
  disabled = false,
}: {
  onFiles: (files: File[]) => void;
  disabled?: boolean;
}) {
  const id = useId();
  const [over, setOver] = useState(false);
  const take = (list: FileList | null) => {
    const files = list ? [...list] : [];
    if (files.length > 0) onFiles(files);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    if (!disabled) take(event.dataTransfer.files);
  };
  return (
    // Dropping is an extra way in: the button below does the same without dragging (WCAG 2.5.7).
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      className={`drop-zone${over ? ' drop-zone--over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => {
        setOver(false);
      }}
      onDrop={onDrop}
      data-testid="drop-zone"
    >
      <p className="drop-zone__text" id={`${id}-hint`}>
        Drag and drop CSV files here, or
      </p>
      <input
        id={id}
        className="drop-zone__input"
        type="file"
        multiple
        accept=".csv,.txt,.tsv,text/csv"
        disabled={disabled}
        aria-describedby={`${id}-hint ${id}-kinds`}
        onChange={(event) => {
          take(event.target.files);
          event.target.value = '';
        }}
      />
      <label htmlFor={id} className="button drop-zone__button">
        Choose files
      </label>
      <p className="drop-zone__kinds" id={`${id}-kinds`}>
        Local quarterly figures, indicator definitions and targets, DfE files (Explore Education
        Statistics, LAIT), statistical neighbour lists, or your own layout (you choose the columns).
        Files stay on this computer.
      </p>
    </div>
  );
}
