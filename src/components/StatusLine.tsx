import { useStatusText, type StatusMessage } from '../hooks/useStatusMessage';

/** A status message's text in a polite live region, not shown on screen. */
export function StatusLine({ message }: { message: StatusMessage }) {
  const text = useStatusText(message);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {text}
    </p>
  );
}
