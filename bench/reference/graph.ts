/**
 * What every reference page shares: reading a stancemap dataset into nodes and springs, and
 * stancemap's forces (src/layout/createSimulation.ts, src/layout/simulationGraph.ts) replicated
 * on plain d3-force, so each page lays out the same graph the same way. stancemap's label
 * collision force is its own and is left out. A test (tests/scripts/benchReference.test.ts)
 * keeps the radius formula and the random source equal to stancemap's.
 */
import { forceLink, forceManyBody, forceX, forceY, type Simulation, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';

export interface RefNode extends SimulationNodeDatum {
  id: string;
  name: string;
  radius: number;
}

export interface RefSpring extends SimulationLinkDatum<RefNode> {
  source: RefNode;
  target: RefNode;
  role: 'relation' | 'member';
}

interface DatasetLike {
  actors: { id: string; name: string; partOf?: string }[];
  relations: { source: string; target: string }[];
}

export function nodeRadius(relationCount: number): number {
  return 9 + 3.2 * Math.sqrt(relationCount);
}

export function seededRandom(seed = 1): () => number {
  let state = seed >>> 0;
  return () => {
    state = (1664525 * state + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** One spring per pair of actors however many relations join them, and one per partOf, as in stancemap. */
export function toGraph(dataset: DatasetLike): { nodes: RefNode[]; springs: RefSpring[] } {
  const counts = new Map<string, number>();
  for (const relation of dataset.relations) {
    counts.set(relation.source, (counts.get(relation.source) ?? 0) + 1);
    if (relation.target !== relation.source) counts.set(relation.target, (counts.get(relation.target) ?? 0) + 1);
  }
  const nodes = dataset.actors.map((actor) => ({ id: actor.id, name: actor.name, radius: nodeRadius(counts.get(actor.id) ?? 0) }));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const springs = new Map<string, RefSpring>();
  for (const relation of dataset.relations) {
    const source = byId.get(relation.source);
    const target = byId.get(relation.target);
    const key = relation.source < relation.target ? `${relation.source}\u0000${relation.target}` : `${relation.target}\u0000${relation.source}`;
    if (source && target && !springs.has(key)) springs.set(key, { source, target, role: 'relation' });
  }
  for (const actor of dataset.actors) {
    const source = byId.get(actor.id);
    const target = actor.partOf ? byId.get(actor.partOf) : undefined;
    if (source && target) springs.set(`member:${actor.id}`, { source, target, role: 'member' });
  }
  return { nodes, springs: [...springs.values()] };
}

export const springDistance = ({ role, source, target }: RefSpring) =>
  role === 'member' ? 40 + source.radius + target.radius : 40 + 2 * (source.radius + target.radius);
export const springStrength = ({ role }: RefSpring) => (role === 'member' ? 0.7 : 0.3);
export const chargeStrength = (node: RefNode) => -40 - 1.5 * node.radius * node.radius;

/** stancemap's forces on a d3 simulation (d3-force's own, or the one force-graph runs). */
export function applyForces(simulation: Simulation<RefNode, RefSpring>, springs: RefSpring[]) {
  return simulation
    .randomSource(seededRandom(1))
    .force('springs', forceLink<RefNode, RefSpring>(springs).distance(springDistance).strength(springStrength))
    .force('charge', forceManyBody<RefNode>().strength(chargeStrength).distanceMax(500))
    .force('x', forceX<RefNode>(0).strength(0.05))
    .force('y', forceY<RefNode>(0).strength(0.06));
}

/** The dataset named by `?data=`, fetched like stancemap fetches it. */
export async function loadDataset(): Promise<DatasetLike> {
  const address = new URLSearchParams(location.search).get('data');
  if (!address) throw new Error('give the dataset as ?data=');
  const response = await fetch(new URL(address, location.href));
  return (await response.json()) as DatasetLike;
}

/** A scale that shows a graph of this many nodes whole before it is laid out (it is fitted exactly once settled). */
export function initialScale(nodeCount: number, width: number, height: number): number {
  return Math.min(1, (0.9 * Math.min(width, height)) / (2 * 28 * Math.sqrt(Math.max(nodeCount, 1))));
}

export function bounds(nodes: RefNode[]) {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const { x = 0, y = 0, radius } of nodes) {
    minX = Math.min(minX, x - radius);
    minY = Math.min(minY, y - radius);
    maxX = Math.max(maxX, x + radius);
    maxY = Math.max(maxY, y + radius);
  }
  return { minX, minY, maxX, maxY };
}

declare global {
  interface Window {
    /** The bench stops a layout that has not settled in time, so that panning is measured on a still graph. */
    benchStopLayout?: () => void;
    /** Whether a node lies under a point of the page, for pages whose nodes are not elements (canvas). */
    benchHitAt?: (x: number, y: number) => boolean;
  }
}
