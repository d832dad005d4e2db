import { createContext, useContext, type ComponentType } from 'react';
import type { SparklineView } from '../data/view-models';
import { Sparkline } from './Sparkline';

/**
 * Which component draws tile sparklines. Always the plain SVG path in the app; the overview
 * benchmark swaps in a chart-library sparkline as its baseline, with everything else the same.
 */
export const SparklineRenderer =
  createContext<ComponentType<{ sparkline: SparklineView }>>(Sparkline);

export function useSparklineRenderer() {
  return useContext(SparklineRenderer);
}
