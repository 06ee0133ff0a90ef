/**
 * What moves the map after its first frame: the d3 simulation on this thread for small maps
 * (already settled; a drag wakes it), or the layout worker for large ones (it starts unsettled
 * and streams positions back). Both write positions into the graph's nodes and then tell their
 * listeners, so the renderers do not know which one runs.
 */
import type { StanceSimulation } from './createSimulation';
import { packGraph, type LayoutCommand, type LayoutFrame } from './layoutRunner';
import type { SimNode, SimulationGraph } from './simulationGraph';

export interface LayoutEngine {
  readonly kind: 'main-thread' | 'worker';
  /** Positions in the graph changed: paint. */
  onMove(listener: () => void): void;
  /** The layout came to rest. */
  onRest(listener: () => void): void;
  readonly moving: boolean;
  /** Run while something is dragged (target above 0); come to rest after (0). */
  wake(alphaTarget: number): void;
  /** Stop where everything is now. */
  rest(): void;
  pin(node: SimNode, x: number, y: number): void;
  release(node: SimNode): void;
  /** The page moved every actor in the graph (the drawing shaped to its box): the layout goes on from there. */
  placed(): void;
  destroy(): void;
}

function listeners() {
  const all = new Set<() => void>();
  return { add: (listener: () => void) => void all.add(listener), call: () => all.forEach((listener) => listener()), clear: () => all.clear() };
}

/**
 * The simulation on this thread. `running` starts it animating (a large map where no worker can
 * start); otherwise it is taken as settled.
 */
export function createMainThreadEngine(simulation: StanceSimulation, { running = false } = {}): LayoutEngine {
  const moved = listeners();
  const rested = listeners();
  let moving = running;
  simulation.on('tick.engine', moved.call);
  simulation.on('end.engine', () => {
    moving = false;
    rested.call();
  });
  if (running) simulation.restart();
  return {
    kind: 'main-thread',
    onMove: moved.add,
    onRest: rested.add,
    get moving() {
      return moving;
    },
    wake(alphaTarget) {
      simulation.alphaTarget(alphaTarget);
      if (alphaTarget > 0 || simulation.alpha() < simulation.alphaMin()) {
        moving = true;
        simulation.alpha(Math.max(simulation.alpha(), 0.3)).restart();
      }
    },
    rest() {
      simulation.stop();
      moving = false;
      rested.call();
    },
    pin(node, x, y) {
      node.fx = node.x = x;
      node.fy = node.y = y;
    },
    release(node) {
      node.fx = node.fy = null;
    },
    // The simulation moves the graph's own nodes: it has them already.
    placed() {},
    destroy() {
      simulation.on('tick.engine', null).on('end.engine', null).stop();
      moved.clear();
      rested.clear();
    },
  };
}

/**
 * The layout in a worker. The simulation given is this thread's copy, already initialised (so the
 * first frame has positions); it ticks here only if the worker cannot start or fails.
 */
export function createWorkerEngine(graph: SimulationGraph, simulation: StanceSimulation, createWorker: () => Worker): LayoutEngine {
  const moved = listeners();
  const rested = listeners();
  const indexOf = new Map(graph.nodes.map((node, i) => [node, i]));
  let moving = true;
  let fallback: LayoutEngine | null = null;
  let worker: Worker | null = null;

  const takeOver = () => {
    worker?.terminate();
    worker = null;
    fallback = createMainThreadEngine(simulation, { running: true });
    fallback.onMove(moved.call);
    fallback.onRest(() => {
      moving = false;
      rested.call();
    });
  };
  const send = (command: LayoutCommand, transfer: Transferable[] = []) => worker?.postMessage(command, transfer);

  try {
    worker = createWorker();
  } catch {
    takeOver();
  }
  if (worker) {
    worker.onmessage = (event: MessageEvent<LayoutFrame>) => {
      const { positions, settled } = event.data;
      graph.nodes.forEach((node, i) => {
        // An actor under the pointer stays where the pointer is, not where the last frame had it.
        if (node.fx != null) return;
        node.x = positions[2 * i]!;
        node.y = positions[2 * i + 1]!;
      });
      moved.call();
      if (settled && moving) {
        moving = false;
        rested.call();
      } else if (!settled) moving = true;
    };
    worker.onerror = (event) => {
      event.preventDefault();
      takeOver();
    };
    const start = packGraph(graph);
    send(start, [start.radius.buffer, start.labelWidth.buffer, start.labelLineCount.buffer, start.positions.buffer, start.springs.buffer, start.memberSprings.buffer]);
  }

  return {
    kind: 'worker',
    onMove: moved.add,
    onRest: rested.add,
    get moving() {
      return fallback ? fallback.moving : moving;
    },
    wake(alphaTarget) {
      if (fallback) return fallback.wake(alphaTarget);
      moving = true;
      send({ type: 'wake', alphaTarget });
    },
    rest() {
      if (fallback) return fallback.rest();
      send({ type: 'stop' });
    },
    pin(node, x, y) {
      node.fx = node.x = x;
      node.fy = node.y = y;
      if (fallback) return;
      send({ type: 'pin', index: indexOf.get(node)!, x, y });
    },
    release(node) {
      node.fx = node.fy = null;
      if (fallback) return;
      send({ type: 'release', index: indexOf.get(node)! });
    },
    placed() {
      if (fallback) return;
      const positions = new Float64Array(graph.nodes.length * 2);
      graph.nodes.forEach((node, i) => {
        positions[2 * i] = node.x ?? 0;
        positions[2 * i + 1] = node.y ?? 0;
      });
      send({ type: 'place', positions }, [positions.buffer]);
    },
    destroy() {
      worker?.terminate();
      fallback?.destroy();
      simulation.stop();
      moved.clear();
      rested.clear();
    },
  };
}
