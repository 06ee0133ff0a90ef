/**
 * The layout as it runs in a worker: a graph packed into typed arrays (nothing but numbers
 * crosses the thread boundary), the same simulation as on the main thread, ticked in slices short
 * enough to answer a drag at once, and positions sent back after each slice in a buffer that is
 * transferred, not copied.
 *
 * Pure apart from the `post` and `defer` it is given, so tests run it without a worker.
 */
import { createSimulation, type StanceSimulation } from './createSimulation';
import type { SimNode, SimulationGraph, Spring } from './simulationGraph';

export interface LayoutStart {
  type: 'start';
  radius: Float64Array;
  labelWidth: Float64Array;
  labelLineCount: Uint8Array;
  labelScale: number;
  /** x0, y0, x1, y1, …; NaN where d3 is to place the actor itself. */
  positions: Float64Array;
  /** Indices of the two ends of each spring, flattened. */
  springs: Uint32Array;
  /** 1 where the spring is a partOf tie rather than a relation. */
  memberSprings: Uint8Array;
  /** How many lines each spring's pair draws. */
  springLines: Uint8Array;
  seed: number;
}

export type LayoutCommand =
  | LayoutStart
  | { type: 'pin'; index: number; x: number; y: number }
  | { type: 'release'; index: number }
  | { type: 'wake'; alphaTarget: number }
  | { type: 'stop' }
  /** Every actor moved by the page (the drawing shaped to its box): go on from here. */
  | { type: 'place'; positions: Float64Array };

export interface LayoutFrame {
  type: 'frame';
  /** x0, y0, x1, y1, … in node order. */
  positions: Float64Array;
  ticks: number;
  settled: boolean;
}

/** The numbers of a graph the forces read, in node order; positions where nodes have them. */
export function packGraph(graph: Pick<SimulationGraph, 'nodes' | 'springs'>, seed = 1): LayoutStart {
  const { nodes, springs } = graph;
  const indexOf = new Map(nodes.map((node, i) => [node, i]));
  const positions = new Float64Array(nodes.length * 2);
  nodes.forEach((node, i) => {
    positions[2 * i] = node.x ?? NaN;
    positions[2 * i + 1] = node.y ?? NaN;
  });
  const springIndices = new Uint32Array(springs.length * 2);
  springs.forEach((spring, i) => {
    springIndices[2 * i] = indexOf.get(spring.source)!;
    springIndices[2 * i + 1] = indexOf.get(spring.target)!;
  });
  return {
    type: 'start',
    radius: Float64Array.from(nodes, (node) => node.radius),
    labelWidth: Float64Array.from(nodes, (node) => node.labelWidth),
    labelLineCount: Uint8Array.from(nodes, (node) => Math.min(255, node.labelLines.length)),
    labelScale: nodes[0]?.labelScale ?? 1,
    positions,
    springs: springIndices,
    memberSprings: Uint8Array.from(springs, (spring) => (spring.role === 'member' ? 1 : 0)),
    springLines: Uint8Array.from(springs, (spring) => Math.min(255, spring.lines)),
    seed,
  };
}

/** The graph the worker simulates: the same numbers, anonymous nodes. */
export function unpackGraph(start: LayoutStart): { nodes: SimNode[]; springs: Spring[] } {
  const nodes: SimNode[] = Array.from(start.radius, (radius, i) => {
    const x = start.positions[2 * i]!;
    const y = start.positions[2 * i + 1]!;
    return {
      id: String(i),
      kind: 'other',
      radius,
      // Only the count and width of label lines matter to the forces.
      labelLines: Array.from({ length: start.labelLineCount[i]! }, () => ''),
      labelWidth: start.labelWidth[i]!,
      labelScale: start.labelScale,
      group: String(i),
      ...(Number.isNaN(x) || Number.isNaN(y) ? {} : { x, y }),
    };
  });
  const springs: Spring[] = Array.from(start.memberSprings, (member, i) => ({
    source: nodes[start.springs[2 * i]!]!,
    target: nodes[start.springs[2 * i + 1]!]!,
    role: member ? 'member' : 'relation',
    lines: start.springLines[i]!,
  }));
  return { nodes, springs };
}

export interface RunnerOptions {
  /** How long one slice of ticks may take before positions go back. */
  sliceMilliseconds?: number;
  /**
   * How often a slice may start. On a two-core machine a worker ticking flat out takes the core
   * the painting needs: at 2,000 actors (one tick ~7 ms) the map drew 34–38 frames a second
   * while the layout ran flat out, 41–44 with a slice every 16.7 ms or every 11 ms. Every 11 ms
   * is a little faster than the display, so each frame has new positions to show, and settles
   * sooner (5.4–5.8 s against 6.7–7.4 s).
   */
  periodMilliseconds?: number;
  now?: () => number;
  /** Runs `next` after `delay` milliseconds. */
  defer?: (next: () => void, delay: number) => void;
}

export interface LayoutRunner {
  command(command: Exclude<LayoutCommand, LayoutStart>): void;
  readonly simulation: StanceSimulation;
}

export function createLayoutRunner(
  start: LayoutStart,
  post: (frame: LayoutFrame) => void,
  { sliceMilliseconds = 4, periodMilliseconds = 11, now = () => performance.now(), defer = (next, delay) => setTimeout(next, delay) }: RunnerOptions = {},
): LayoutRunner {
  const graph = unpackGraph(start);
  const simulation = createSimulation(graph, start.seed);
  let ticks = 0;
  let scheduled = false;
  let resting = false;
  let sliceBegan = -Infinity;

  // d3's own rule: a drag's target holds alpha above alphaMin, so a drag keeps it moving.
  const moving = () => simulation.alpha() > simulation.alphaMin();
  const send = () => {
    const positions = new Float64Array(graph.nodes.length * 2);
    graph.nodes.forEach((node, i) => {
      positions[2 * i] = node.x!;
      positions[2 * i + 1] = node.y!;
    });
    post({ type: 'frame', positions, ticks, settled: resting || !moving() });
  };
  const slice = () => {
    scheduled = false;
    if (resting) return;
    const began = (sliceBegan = now());
    // At least one tick a slice, however long a tick takes (10,000 actors: ~60 ms).
    do {
      simulation.tick();
      ticks++;
    } while (moving() && now() - began < sliceMilliseconds);
    send();
    schedule();
  };
  const schedule = () => {
    if (scheduled || resting || !moving()) return;
    scheduled = true;
    defer(slice, Math.max(0, sliceBegan + periodMilliseconds - now()));
  };

  // d3 places unplaced nodes when the simulation starts; the first frame shows them there.
  send();
  schedule();

  return {
    simulation,
    command(command) {
      if (command.type === 'pin') {
        const node = graph.nodes[command.index];
        if (node) {
          node.fx = node.x = command.x;
          node.fy = node.y = command.y;
        }
      } else if (command.type === 'release') {
        const node = graph.nodes[command.index];
        if (node) node.fx = node.fy = null;
      } else if (command.type === 'wake') {
        resting = false;
        simulation.alphaTarget(command.alphaTarget);
        if (command.alphaTarget > 0 || simulation.alpha() < simulation.alphaMin()) simulation.alpha(Math.max(simulation.alpha(), 0.3));
        schedule();
      } else if (command.type === 'place') {
        graph.nodes.forEach((node, i) => {
          node.x = command.positions[2 * i]!;
          node.y = command.positions[2 * i + 1]!;
          if (node.fx != null) [node.fx, node.fy] = [node.x, node.y];
        });
        // Stryker disable next-line ConditionalExpression: the last kind of command left.
      } else if (command.type === 'stop') {
        resting = true;
        simulation.alphaTarget(0);
        send();
      }
    },
  };
}
