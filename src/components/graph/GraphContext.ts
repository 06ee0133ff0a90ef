import { createContext, useContext } from 'react';
import type { SimulationGraph } from '../../layout/simulationGraph';
import type { TickPainter } from './createTickPainter';

export interface GraphContextValue {
  graph: SimulationGraph;
  painter: TickPainter;
  tints: ReadonlyMap<string, string>;
  /** False for a static map (print, AMP, screenshots): elements are images, not buttons. */
  interactive: boolean;
}

export const GraphContext = createContext<GraphContextValue | null>(null);

export function useGraphContext(): GraphContextValue {
  const value = useContext(GraphContext);
  if (!value) throw new Error('graph elements need the StanceMap around them');
  return value;
}
