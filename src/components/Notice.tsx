import type { ReactNode } from 'react';
import './Notice.css';

/** An important message at the top of a view (GOV.UK "notification banner" style). */
export function Notice({
  title,
  children,
  tone = 'info',
}: {
  title: string;
  children: ReactNode;
  tone?: 'info' | 'problem';
}) {
  return (
    <section className={`notice notice--${tone}`} aria-label={title}>
      <h2 className="notice__title">{title}</h2>
      <div className="notice__body">{children}</div>
    </section>
  );
}
