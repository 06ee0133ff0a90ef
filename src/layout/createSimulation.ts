/**
 * The force layout: deterministic for a given graph (d3's phyllotaxis start and a seeded random
 * source), so the same dataset lays out the same way on every load. Mutates the graph's nodes.
 *
 * The constants were chosen by searching for the fewest edge crossings and edges through actors
 * on the first dataset while keeping it about one screen across at scale 1, so labels stay legible.
 */
import { forceLink, forceManyBody, forceSimulation, forceX, forceY, type Simulation } from 'd3-force';
import { forceGridCollide } from './forceGridCollide';
import { forceLabelCollide } from './forceLabelCollide';
import { forceManyBodyInline } from './forceManyBodyInline';
import { PARALLEL_SPACING, type SimNode, type SimulationGraph, type Spring } from './simulationGraph';

/**
 * Above this many actors labels are kept apart by circle collision (a grid, about linear)
 * instead of label boxes (n²): 2,000 actors would cost ~40 ms a tick in boxes. Such maps show
 * labels by level of detail anyway. Their repulsion is d3's to the last bit, computed by a
 * cheaper walk of the tree; together a 2,000-actor tick costs half of what d3's own forces did.
 */
export const LABEL_BOXES_MAX_ACTORS = 600;

export type StanceSimulation = Simulation<SimNode, Spring>;

/** A small linear congruential generator, the one d3-force itself uses, with our seed. */
export function seededRandom(seed = 1): () => number {
  let state = seed >>> 0;
  return () => {
    state = (1664525 * state + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

export function createSimulation(graph: Pick<SimulationGraph, 'nodes' | 'springs'>, seed = 1): StanceSimulation {
  const springs = forceLink<SimNode, Spring>(graph.springs)
    // Two actors joined by several lines sit further apart, so the lines bowed apart stay visible
    // beyond the actors' shapes and labels.
    .distance(({ role, source, target, lines }) =>
      role === 'member' ? 40 + source.radius + target.radius : 40 + 2 * (source.radius + target.radius) + PARALLEL_SPACING * (lines - 1),
    )
    .strength(({ role }) => (role === 'member' ? 0.7 : 0.3));
  // Actors with many relations push harder: hubs need room for their fans of arrows.
  const charge = (node: SimNode) => -40 - 1.5 * node.radius * node.radius;
  const large = graph.nodes.length > LABEL_BOXES_MAX_ACTORS;
  return forceSimulation(graph.nodes)
    .randomSource(seededRandom(seed))
    .force('springs', springs)
    .force('charge', (large ? forceManyBodyInline() : forceManyBody<SimNode>()).strength(charge).distanceMax(500))
    .force('labels', large ? forceGridCollide((node) => node.radius + 6) : forceLabelCollide())
    .force('x', forceX<SimNode>(0).strength(0.05))
    .force('y', forceY<SimNode>(0).strength(0.06))
    .stop();
}

/** Runs the layout to rest without drawing: the first frame already shows the settled map. */
export function settle(simulation: StanceSimulation, maxTicks = 600): number {
  let ticks = 0;
  while (simulation.alpha() > simulation.alphaMin() && ticks < maxTicks) {
    simulation.tick();
    ticks++;
  }
  return ticks;
}
