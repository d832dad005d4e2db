import type { SpcIconsView, SpcIconView } from '../hooks/view-models';
import './SpcIcons.css';

/**
 * The XmR (statistical process control) icons of a series: the variation of the latest point
 * and, when there is a target, the assurance. Each is a shape and words: variation icons are
 * circles (a thin ring with a wave for common cause; solid, thick-ringed or dashed-ringed with
 * an arrow up or down for special causes), assurance icons are squares (solid with a tick, ringed
 * with a cross, half-filled for hit and miss). The shapes differ in black and white and in
 * forced colours; colour is only a second cue.
 */
export function SpcIcons({
  spc,
  showNote = false,
}: {
  spc: SpcIconsView | null | undefined;
  /** Say why there are no icons (too few points) instead of showing nothing. */
  showNote?: boolean;
}) {
  if (!spc) return null;
  if (spc.variation === null && spc.assurance === null) {
    return showNote && spc.note !== null ? <span className="spc-note">{spc.note}</span> : null;
  }
  return (
    <span className="spc-icons">
      {spc.variation && <SpcBadge icon={spc.variation} prefix="Variation: " />}
      {spc.assurance && <SpcBadge icon={spc.assurance} prefix="Assurance: " />}
    </span>
  );
}

function SpcBadge({ icon, prefix }: { icon: SpcIconView; prefix: string }) {
  return (
    <span className={`spc spc--${icon.kind}`}>
      <SpcIcon kind={icon.kind} side={icon.side} />
      <span className="visually-hidden">{prefix}</span>
      {icon.label}
    </span>
  );
}

/** The icon alone (the status key and the chart legend use it too). */
export function SpcIcon({ kind, side }: Pick<SpcIconView, 'kind' | 'side'>) {
  const arrow =
    side === 'high'
      ? 'M10 5v9M6.5 8.5L10 5l3.5 3.5'
      : side === 'low'
        ? 'M10 5v9M6.5 10.5L10 14l3.5-3.5'
        : '';
  return (
    <svg
      className="spc__icon"
      viewBox="0 0 20 20"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
    >
      {kind === 'common-cause' && (
        <>
          <circle cx="10" cy="10" r="8.5" className="spc__ring" />
          <path d="M4.5 10.5q1.4-3 2.8 0t2.8 0 2.8 0 2.6 0" className="spc__line" />
        </>
      )}
      {kind === 'special-cause-improvement' && (
        <>
          <circle cx="10" cy="10" r="9" className="spc__solid" />
          <path d={arrow} className="spc__mark" />
        </>
      )}
      {kind === 'special-cause-concern' && (
        <>
          <circle cx="10" cy="10" r="8" className="spc__ring spc__ring--thick" />
          <path d={arrow} className="spc__line spc__line--bold" />
        </>
      )}
      {kind === 'special-cause-neither' && (
        <>
          <circle cx="10" cy="10" r="8.5" className="spc__ring spc__ring--dashed" />
          <path d={arrow} className="spc__line spc__line--bold" />
        </>
      )}
      {kind === 'pass' && (
        <>
          <rect x="1" y="1" width="18" height="18" rx="2" className="spc__solid" />
          <path d="M5 10.5l3.2 3.2L15 6.5" className="spc__mark" />
        </>
      )}
      {kind === 'fail' && (
        <>
          <rect x="2" y="2" width="16" height="16" rx="2" className="spc__ring spc__ring--thick" />
          <path d="M6.5 6.5l7 7M13.5 6.5l-7 7" className="spc__line spc__line--bold" />
        </>
      )}
      {kind === 'hit-and-miss' && (
        <>
          <rect x="1.5" y="1.5" width="17" height="17" rx="2" className="spc__ring" />
          <path d="M2 18L18 2V16a2 2 0 0 1-2 2z" className="spc__half" />
        </>
      )}
    </svg>
  );
}
