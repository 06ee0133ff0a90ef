import type { DatasetIndex } from '../model/indexDataset';
import { createSimulation, settle, type StanceSimulation } from './createSimulation';
import { createSimulationGraph, type GraphOptions, type SimulationGraph } from './simulationGraph';

export interface DatasetLayout {
  graph: SimulationGraph;
  /** Stopped and settled; a drag wakes it. */
  simulation: StanceSimulation;
  ticks: number;
  milliseconds: number;
}

/** Lays a dataset out to rest before anything is drawn, and records how long that took (`stancemap:layout`). */
export function layoutDataset(index: DatasetIndex, options: GraphOptions = {}): DatasetLayout {
  const graph = createSimulationGraph(index, options);
  const simulation = createSimulation(graph);
  const started = performance.now();
  const ticks = settle(simulation);
  const milliseconds = performance.now() - started;
  performance.measure?.('stancemap:layout', { start: started, duration: milliseconds, detail: { ticks, actors: graph.nodes.length } });
  return { graph, simulation, ticks, milliseconds };
}

/**
 * Remembers where a map's actors last were, so that the next layout of an edited dataset starts
 * there and the map keeps its shape.
 */
export function createLayoutMemory() {
  let last: SimulationGraph | null = null;
  return {
    layout(index: DatasetIndex, options: Omit<GraphOptions, 'saved'> = {}): DatasetLayout {
      const saved = last ? new Map(last.nodes.map((node) => [node.id, { x: node.x ?? 0, y: node.y ?? 0 }])) : undefined;
      const result = layoutDataset(index, { ...options, ...(saved ? { saved } : {}) });
      last = result.graph;
      return result;
    },
  };
}
