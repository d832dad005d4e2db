import type { ViewName } from '../hooks/url-state';
import './MainNav.css';

export interface NavItem {
  readonly view: ViewName;
  readonly label: string;
  readonly href: string;
}

/** The views, as links; the current one is marked for assistive technology too. */
export function MainNav({ items, current }: { items: readonly NavItem[]; current: ViewName }) {
  return (
    <nav className="main-nav" aria-label="Scorecard views">
      <ul>
        {items.map((item) => (
          <li key={item.view}>
            <a href={item.href} aria-current={item.view === current ? 'page' : undefined}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
