/**
 * What moves the map after its first frame, seen from the page: the layout in a worker (here a
 * stand-in that records what it is told and answers with frames) or, where no worker starts or
 * one fails, the simulation on the page's own thread.
 */
import { describe, expect, it, vi } from 'vitest';
import { createSimulation, type StanceSimulation } from '../../src/layout/createSimulation';
import { createMainThreadEngine, createWorkerEngine } from '../../src/layout/layoutEngine';
import type { LayoutCommand, LayoutFrame } from '../../src/layout/layoutRunner';
import { createSimulationGraph, type SimulationGraph } from '../../src/layout/simulationGraph';
import { loadFixture } from '../fixtures';

/** A worker that records the commands it is sent; `answer` plays a frame back to the page. */
function standInWorker() {
  const sent: LayoutCommand[] = [];
  const transferred: Transferable[][] = [];
  const worker = {
    onmessage: null as ((event: MessageEvent<LayoutFrame>) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    postMessage: (command: LayoutCommand, transfer: Transferable[] = []) => {
      sent.push(command);
      transferred.push(transfer);
    },
    terminate: vi.fn(),
  };
  const answer = (positions: number[], settled: boolean) => worker.onmessage!({ data: { type: 'frame', positions: Float64Array.from(positions), ticks: 1, settled } } as MessageEvent<LayoutFrame>);
  return { worker, sent, transferred, answer, create: () => worker as unknown as Worker };
}

/** The small fixture's graph with every actor placed, and its simulation at rest. */
function settledGraph(): { graph: SimulationGraph; simulation: StanceSimulation } {
  const graph = createSimulationGraph(loadFixture('small'));
  const simulation = createSimulation(graph).stop();
  simulation.tick(300);
  return { graph, simulation };
}

describe('the layout in a worker', () => {
  it('sends the worker the whole graph at once, its buffers handed over rather than copied', () => {
    const { graph, simulation } = settledGraph();
    const { sent, transferred, create } = standInWorker();
    const engine = createWorkerEngine(graph, simulation, create);
    expect(engine.kind).toBe('worker');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: 'start', radius: expect.any(Float64Array) });
    expect(transferred[0]).toHaveLength(6);
    expect(engine.moving).toBe(true);
  });

  it('moves the actors to each frame’s positions, but not one held under the pointer, and says when they rest', () => {
    const { graph, simulation } = settledGraph();
    const { answer, create, sent } = standInWorker();
    const engine = createWorkerEngine(graph, simulation, create);
    const moves = vi.fn();
    const rests = vi.fn();
    engine.onMove(moves);
    engine.onRest(rests);
    const [held, ...others] = graph.nodes;
    engine.pin(held!, 5, 6);
    expect(sent.at(-1)).toEqual({ type: 'pin', index: 0, x: 5, y: 6 });
    const positions = graph.nodes.flatMap((_, i) => [i * 10, i * 20]);
    answer(positions, false);
    expect([held!.x, held!.y]).toEqual([5, 6]);
    expect(others.map((node) => [node.x, node.y])).toEqual(others.map((_, i) => [(i + 1) * 10, (i + 1) * 20]));
    expect(moves).toHaveBeenCalledTimes(1);
    expect(rests).not.toHaveBeenCalled();
    answer(positions, true);
    answer(positions, true);
    // Rest is said once, when the layout comes to rest; a frame that moves again starts it over.
    expect(rests).toHaveBeenCalledTimes(1);
    expect(engine.moving).toBe(false);
    answer(positions, false);
    expect(engine.moving).toBe(true);
    engine.release(held!);
    expect(sent.at(-1)).toEqual({ type: 'release', index: 0 });
    expect([held!.fx, held!.fy]).toEqual([null, null]);
  });

  it('passes on a drag, a stop and the places the page gave every actor', () => {
    const { graph, simulation } = settledGraph();
    const { answer, create, sent } = standInWorker();
    const engine = createWorkerEngine(graph, simulation, create);
    answer(graph.nodes.flatMap(() => [0, 0]), true);
    expect(engine.moving).toBe(false);
    engine.wake(0.3);
    expect(engine.moving).toBe(true);
    expect(sent.at(-1)).toEqual({ type: 'wake', alphaTarget: 0.3 });
    engine.rest();
    expect(sent.at(-1)).toEqual({ type: 'stop' });
    graph.nodes.forEach((node, i) => Object.assign(node, { x: i, y: -i }));
    engine.placed();
    const place = sent.at(-1) as Extract<LayoutCommand, { type: 'place' }>;
    expect(place.type).toBe('place');
    expect([...place.positions]).toEqual(graph.nodes.flatMap((_, i) => [i, -i]));
  });

  it('lays the map out on the page’s own thread when no worker starts, or when the worker fails', () => {
    for (const failure of ['cannot start', 'fails'] as const) {
      const { graph, simulation } = settledGraph();
      const stand = standInWorker();
      const engine = createWorkerEngine(graph, simulation, () => {
        if (failure === 'cannot start') throw new Error('workers are not allowed here');
        return stand.create();
      });
      const preventDefault = vi.fn();
      if (failure === 'fails') {
        stand.worker.onerror!({ preventDefault } as unknown as ErrorEvent);
        expect(stand.worker.terminate).toHaveBeenCalled();
        // The error is handled here, not reported as the page's own.
        expect(preventDefault).toHaveBeenCalled();
      }
      const sentBefore = stand.sent.length;
      // The page's simulation now runs: it is moving, and a pin holds the actor without a message.
      expect(engine.moving, failure).toBe(true);
      const [node] = graph.nodes;
      engine.pin(node!, 1, 2);
      expect([node!.fx, node!.fy]).toEqual([1, 2]);
      engine.release(node!);
      engine.wake(0.3);
      engine.placed();
      expect(stand.sent.length, failure).toBe(sentBefore);
      expect(simulation.alphaTarget()).toBe(0.3);
      const rests = vi.fn();
      engine.onRest(rests);
      engine.rest();
      expect(rests).toHaveBeenCalledTimes(1);
      expect(engine.moving).toBe(false);
      engine.wake(0.3);
      expect(engine.moving, `${failure}: woken again`).toBe(true);
      engine.destroy();
    }
  });

  it('stops the worker and forgets its listeners when destroyed', () => {
    const { graph, simulation } = settledGraph();
    const { answer, create, worker } = standInWorker();
    const engine = createWorkerEngine(graph, simulation, create);
    const moves = vi.fn();
    engine.onMove(moves);
    engine.destroy();
    expect(worker.terminate).toHaveBeenCalled();
    answer(graph.nodes.flatMap(() => [0, 0]), false);
    expect(moves).not.toHaveBeenCalled();
  });
});

describe('the layout on the page’s thread', () => {
  it('starts at rest, and a drag wakes it to at least 0.3 and holds it at the drag’s target', () => {
    const { simulation } = settledGraph();
    const engine = createMainThreadEngine(simulation);
    expect(engine.kind).toBe('main-thread');
    expect(engine.moving).toBe(false);
    engine.wake(0.25);
    expect(engine.moving).toBe(true);
    expect(simulation.alpha()).toBeGreaterThanOrEqual(0.3);
    expect(simulation.alphaTarget()).toBe(0.25);
    engine.destroy();
  });

  it('wakes at rest for a change without a drag, and leaves a running layout’s heat alone', () => {
    const { simulation } = settledGraph();
    const engine = createMainThreadEngine(simulation);
    engine.wake(0);
    expect(engine.moving).toBe(true);
    expect(simulation.alpha()).toBe(0.3);
    simulation.alpha(0.1);
    engine.wake(0);
    expect(simulation.alpha()).toBe(0.1);
    engine.destroy();
  });

  it('tells its listeners of every tick and of the rest, and nothing once destroyed', () => {
    const { simulation } = settledGraph();
    const engine = createMainThreadEngine(simulation);
    const moves = vi.fn();
    const rests = vi.fn();
    engine.onMove(moves);
    engine.onRest(rests);
    simulation.on('tick.engine')!.call(simulation);
    expect(moves).toHaveBeenCalledTimes(1);
    engine.wake(0);
    simulation.on('end.engine')!.call(simulation);
    expect(rests).toHaveBeenCalledTimes(1);
    expect(engine.moving).toBe(false);
    engine.destroy();
    expect(simulation.on('tick.engine')).toBeUndefined();
    expect(simulation.on('end.engine')).toBeUndefined();
  });

  it('holds a dragged actor at the pointer and lets it go after; a running start animates at once', () => {
    const { graph, simulation } = settledGraph();
    const engine = createMainThreadEngine(simulation);
    const [node] = graph.nodes;
    engine.pin(node!, 40, -40);
    expect([node!.x, node!.y, node!.fx, node!.fy]).toEqual([40, -40, 40, -40]);
    engine.release(node!);
    expect([node!.fx, node!.fy]).toEqual([null, null]);
    engine.rest();
    engine.destroy();
    const running = createMainThreadEngine(settledGraph().simulation, { running: true });
    expect(running.moving).toBe(true);
    running.destroy();
  });
});
