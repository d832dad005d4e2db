import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A confirmation in the page (not a pop-up): what will be lost, then a button to go ahead and one
 * to go back. Focus moves to its heading when it opens, and back when it closes.
 */
export function Confirm({
  title,
  children,
  confirm,
  onConfirm,
  onCancel,
}: {
  title: string;
  children: ReactNode;
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="confirm" role="alertdialog" aria-labelledby={id} aria-modal="false">
      <h3 id={id} ref={heading} tabIndex={-1}>
        {title}
      </h3>
      {children}
      <div className="button-group">
        <button type="button" className="button button--warning" onClick={onConfirm}>
          {confirm}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
