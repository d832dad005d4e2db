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
            <a href={item.href}>{item.text}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
