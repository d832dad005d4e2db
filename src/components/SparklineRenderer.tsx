import { createContext, useContext, type ReactNode } from 'react';
import type { SparklineView } from '../hooks/view-models';
import { Sparkline } from './Sparkline';

export type RenderSparkline = (sparkline: SparklineView) => ReactNode;

const renderPlainSparkline: RenderSparkline = (sparkline) => <Sparkline sparkline={sparkline} />;

/**
 * How tile sparklines are drawn. Always the plain SVG path in the app; the overview benchmark
 * (`npm run bench -- overview`) swaps in a recharts sparkline (its baseline) or none (its floor)
 * by `?variant=`, so that the three pages are one build and alternate in one browser: that is
 * what checks the guard that the sparklines add under 10 ms to the overview. Kept for that (issue
 * 19, 7 December 2026): it costs one context read per tile, and swapping the module at build
 * time instead would need a build per variant and could not alternate them in one page load.
 */
export const SparklineRenderer = createContext<RenderSparkline>(renderPlainSparkline);

export function useSparklineRenderer(): RenderSparkline {
  return useContext(SparklineRenderer);
}
