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
