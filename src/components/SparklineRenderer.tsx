import { createContext, useContext, type ReactNode } from 'react';
import type { SparklineView } from '../hooks/view-models';
import { Sparkline } from './Sparkline';

export type RenderSparkline = (sparkline: SparklineView) => ReactNode;

const renderPlainSparkline: RenderSparkline = (sparkline) => <Sparkline sparkline={sparkline} />;

/**
 * How tile sparklines are drawn. Always the plain SVG path in the app; the overview benchmark
 * swaps in a chart-library sparkline as its baseline, with everything else the same.
 */
export const SparklineRenderer = createContext<RenderSparkline>(renderPlainSparkline);

export function useSparklineRenderer(): RenderSparkline {
  return useContext(SparklineRenderer);
}
