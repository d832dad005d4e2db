import type { StatusKind } from '../hooks/view-models';
import { SPC_KEY } from '../hooks/views/spc-icons';
import { RagIcon } from './RagBadge';
import { SpcIcon } from './SpcIcons';
import './StatusKey.css';

const KEY: readonly { kind: StatusKind; label: string; meaning: string }[] = [
  { kind: 'green', label: 'Green', meaning: 'on target or better' },
  { kind: 'amber', label: 'Amber', meaning: 'short of target, within the tolerance' },
  { kind: 'red', label: 'Red', meaning: 'short of target by more than the tolerance' },
  { kind: 'not-rated', label: 'Not rated', meaning: 'no figure, or a context measure' },
  { kind: 'no-target', label: 'No target set', meaning: 'a figure with no target' },
];

/**
 * What each status shape means: on screen and on every printed view (read in black and white).
 * `collapsible` puts it behind its title on screen (next to the status summary, where every
 * badge already says its status in words); printed, it is always open.
 */
export function StatusKey({
  withBlue = false,
  collapsible = false,
}: {
  withBlue?: boolean;
  collapsible?: boolean;
}) {
  const items = withBlue
    ? [
        { kind: 'blue' as const, label: 'Well above target', meaning: 'better than the blue line' },
        ...KEY,
      ]
    : KEY;
  const list = (
    <>
      <ul className="status-key__list">
        {items.map((item) => (
          <li key={item.kind} className={`rag--${item.kind}`}>
            <RagIcon kind={item.kind} />
            <strong>{item.label}</strong>: {item.meaning}
          </li>
        ))}
      </ul>
      <h3 className="status-key__title">Key to the variation and assurance icons</h3>
      <ul className="status-key__list">
        {SPC_KEY.map((item) => (
          <li key={`${item.kind}-${item.side ?? ''}`} className={`spc--${item.kind}`}>
            <SpcIcon kind={item.kind} side={item.side} />
            <strong>{item.label}</strong>: {item.key}
          </li>
        ))}
      </ul>
    </>
  );
  if (collapsible)
    return (
      <details className="status-key status-key--collapsible">
        <summary className="status-key__title">Key to the statuses</summary>
        {list}
      </details>
    );
  return (
    <div className="status-key">
      <h2 className="status-key__title">Key to the statuses</h2>
      {list}
    </div>
  );
}
