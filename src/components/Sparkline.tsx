import type { SparklineView } from '../hooks/view-models';

/** A small trend line drawn as one SVG path; its label says what it shows in words. */
export function Sparkline({ sparkline }: { sparkline: SparklineView }) {
  return (
    <svg
      className="sparkline"
      viewBox="-3 -1 106 34"
      width="106"
      height="34"
      role="img"
      aria-label={sparkline.label}
      preserveAspectRatio="none"
    >
      <path d={sparkline.path} className="sparkline__line" vectorEffect="non-scaling-stroke" />
      {sparkline.last && (
        <circle cx={sparkline.last.x} cy={sparkline.last.y} r="2.5" className="sparkline__last" />
      )}
    </svg>
  );
}
