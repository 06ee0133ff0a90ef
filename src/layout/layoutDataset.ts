import type { DatasetIndex } from '../model/indexDataset';
import { createSimulation, settle, type StanceSimulation } from './createSimulation';
import { createSimulationGraph, type GraphOptions, type SimulationGraph } from './simulationGraph';

export interface DatasetLayout {
  graph: SimulationGraph;
  /** Stopped; settled unless `settled` is false, and then only initialised (for a worker to run). */
  simulation: StanceSimulation;
  settled: boolean;
  ticks: number;
  milliseconds: number;
}

export interface LayoutOptions extends GraphOptions {
  /**
   * Maps with more actors than this are not settled here but left for a worker, so the page is
   * never blocked for long; their first frame shows d3's starting positions.
   */
  settleUpTo?: number;
}

/** The positions a dataset carries (`actors[].position`), by actor id. */
function savedPositions(index: DatasetIndex): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  for (const actor of index.dataset.actors) if (actor.position) positions.set(actor.id, { x: actor.position.x, y: actor.position.y });
  return positions;
}

/**
 * Where the layout starts: the dataset's saved positions, overridden by `options.saved` (where the
 * map last was). Whether every actor has a place decides whether a layout runs at all.
 */
function startingPositions(index: DatasetIndex, options: GraphOptions = {}) {
  const saved = savedPositions(index);
  for (const [id, position] of options.saved ?? []) saved.set(id, position);
  const complete = index.dataset.actors.length > 0 && index.dataset.actors.every((actor) => saved.has(actor.id));
  return { saved, complete };
}

/**
 * Lays a dataset out to rest before anything is drawn, and records how long that took
 * (`stancemap:layout`). A dataset whose actors all carry saved positions is drawn there as it is:
 * no tick runs, so its first frame costs no layout.
 */
export function layoutDataset(index: DatasetIndex, options: LayoutOptions = {}): DatasetLayout {
  const { saved, complete } = startingPositions(index, options);
  const graph = createSimulationGraph(index, { ...options, saved });
  const simulation = createSimulation(graph);
  const started = performance.now();
  // Saved positions are for the map as authored; a presentation's larger labels need their own room.
  const fromDataset = complete && !options.saved && (options.labelScale ?? 1) === 1;
  if (fromDataset) simulation.alpha(0);
  const settled = fromDataset || graph.nodes.length <= (options.settleUpTo ?? Infinity);
  const ticks = fromDataset || !settled ? 0 : settle(simulation);
  const milliseconds = performance.now() - started;
  performance.measure?.('stancemap:layout', { start: started, duration: milliseconds, detail: { ticks, actors: graph.nodes.length } });
  return { graph, simulation, settled, ticks, milliseconds };
}

/**
 * Remembers where a map's actors last were, so that the next layout of an edited dataset starts
 * there and the map keeps its shape.
 */
export function createLayoutMemory() {
  let last: SimulationGraph | null = null;
  return {
    layout(index: DatasetIndex, options: Omit<LayoutOptions, 'saved'> = {}): DatasetLayout {
      const saved = last ? new Map(last.nodes.map((node) => [node.id, { x: node.x ?? 0, y: node.y ?? 0 }])) : undefined;
      const result = layoutDataset(index, { ...options, ...(saved ? { saved } : {}) });
      last = result.graph;
      return result;
    },
  };
}

/**
 * The dataset's raw JSON with every actor's settled position written in (`actors[].position`),
 * rounded to a tenth of a unit; everything else as it was. The layout is computed afresh, not
 * read from positions the file may already carry.
 */
export function withSavedPositions(raw: { actors: Record<string, unknown>[] }, index: DatasetIndex): { actors: Record<string, unknown>[] } {
  const withoutPositions = { ...index, dataset: { ...index.dataset, actors: index.dataset.actors.map(({ position: _position, ...actor }) => actor) } };
  const { graph } = layoutDataset(withoutPositions);
  const round = (value: number | undefined) => Math.round((value ?? 0) * 10) / 10;
  return {
    ...raw,
    actors: raw.actors.map((actor) => {
      const node = graph.nodeById.get(String(actor.id));
      return node ? { ...actor, position: { x: round(node.x), y: round(node.y) } } : actor;
    }),
  };
}
