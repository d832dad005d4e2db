import { useId } from 'react';
import type { Orientation } from '../hooks/url-state';
import './PrintBar.css';

/**
 * Orientation and a print button; not itself printed. On a narrow screen (a phone, where
 * nobody prints) they stay behind "Print options" until asked for; wider, they are shown.
 */
export function PrintBar({
  orientation,
  onOrientation,
  onPrint,
  label = 'Print this page',
}: {
  orientation: Orientation;
  onOrientation: (orientation: Orientation) => void;
  onPrint: () => void;
  label?: string;
}) {
  const id = useId();
  return (
    <details className="print-bar">
      <summary className="print-bar__summary">Print options</summary>
      <div className="print-bar__controls">
        <label htmlFor={`${id}-orientation`}>Paper (A4)</label>
        <select
          id={`${id}-orientation`}
          value={orientation}
          onChange={(event) => {
            onOrientation(event.target.value === 'portrait' ? 'portrait' : 'landscape');
          }}
        >
          <option value="landscape">Landscape</option>
          <option value="portrait">Portrait</option>
        </select>
        <button type="button" className="button button--secondary" onClick={onPrint}>
          {label}
        </button>
      </div>
    </details>
  );
}
