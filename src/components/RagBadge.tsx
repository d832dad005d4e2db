import type { RagStatus } from '../domain/rag';
import './RagBadge.css';

const LABELS: Record<RagStatus, string> = {
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
  'not-rated': 'Not rated',
  'no-target': 'No target set',
};

/** Status as words and an icon shape; colour is only a second cue. */
export function RagBadge({ status }: { status: RagStatus }) {
  return (
    <span className={`rag rag--${status}`}>
      <RagIcon status={status} />
      <span className="rag__label">{LABELS[status]}</span>
    </span>
  );
}

function RagIcon({ status }: { status: RagStatus }) {
  return (
    <svg
      className="rag__icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      {status === 'green' && (
        <>
          <circle cx="8" cy="8" r="7" className="rag__shape" />
          <path d="M4.5 8.5l2.3 2.3 4.7-5" className="rag__mark" />
        </>
      )}
      {status === 'amber' && (
        <>
          <path d="M8 1.2L15 14.5H1z" className="rag__shape" />
          <path d="M8 5.5v4.5M8 11.6v1.2" className="rag__mark" />
        </>
      )}
      {status === 'red' && (
        <>
          <rect x="1.5" y="1.5" width="13" height="13" className="rag__shape" />
          <path d="M5 5l6 6M11 5l-6 6" className="rag__mark" />
        </>
      )}
      {(status === 'not-rated' || status === 'no-target') && (
        <>
          <circle cx="8" cy="8" r="6.5" className="rag__shape rag__shape--hollow" />
          <path d="M5 8h6" className="rag__mark rag__mark--dark" />
        </>
      )}
    </svg>
  );
}
