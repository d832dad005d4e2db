import type { StatusKind, StatusView } from '../hooks/view-models';
import './RagBadge.css';

/** Status as words and an icon shape; colour is only a second cue. */
export function RagBadge({
  status,
  showDetail = false,
}: {
  status: StatusView;
  showDetail?: boolean;
}) {
  return (
    <span className={`rag rag--${status.kind}`}>
      <RagIcon kind={status.kind} />
      {status.label}
      {showDetail && status.detail !== '' && (
        <span className="rag__detail">{`: ${status.detail}`}</span>
      )}
    </span>
  );
}

/** One distinct shape per status, so print in black and white still tells them apart. */
export function RagIcon({ kind }: { kind: StatusKind }) {
  return (
    <svg
      className={`rag__icon rag__icon--${kind}`}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      {kind === 'blue' && (
        <>
          <path
            d="M8 0.8l2.1 4.5 4.9.6-3.6 3.4.9 4.9L8 11.8l-4.3 2.4.9-4.9L1 5.9l4.9-.6z"
            className="rag__shape"
          />
        </>
      )}
      {kind === 'green' && (
        <>
          <circle cx="8" cy="8" r="7" className="rag__shape" />
          <path d="M4.5 8.5l2.3 2.3 4.7-5" className="rag__mark" />
        </>
      )}
      {kind === 'amber' && (
        <>
          <path d="M8 1.2L15 14.5H1z" className="rag__shape" />
          <path d="M8 5.5v4.5M8 11.6v1.2" className="rag__mark" />
        </>
      )}
      {kind === 'red' && (
        <>
          <rect x="1.5" y="1.5" width="13" height="13" className="rag__shape" />
          <path d="M5 5l6 6M11 5l-6 6" className="rag__mark" />
        </>
      )}
      {(kind === 'not-rated' || kind === 'no-target') && (
        <>
          <circle cx="8" cy="8" r="6.5" className="rag__shape rag__shape--hollow" />
          <path d="M5 8h6" className="rag__mark rag__mark--dark" />
        </>
      )}
    </svg>
  );
}
