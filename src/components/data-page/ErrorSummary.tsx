import type { MouseEvent } from 'react';

/**
 * Follows an in-page link without touching the URL hash (the hash holds the view state): the
 * target is scrolled to and focused, as GOV.UK's error summary does.
 */
export function focusTarget(event: MouseEvent<HTMLAnchorElement>): void {
  const id = event.currentTarget.getAttribute('href')?.slice(1) ?? '';
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  if (typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'center' });
  target.focus();
}

/** GOV.UK-style error summary: what is wrong, each item a link to where it is explained. */
export function ErrorSummary({
  title,
  items,
}: {
  title: string;
  items: readonly { readonly href: string; readonly text: string }[];
}) {
  if (items.length === 0) return null;
  return (
    <div className="error-summary" aria-labelledby="error-summary-title">
      <h2 className="error-summary__title" id="error-summary-title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {items.map((item) => (
          <li key={item.href + item.text}>
            <a href={item.href} onClick={focusTarget}>
              {item.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
