import { describe, expect, it } from 'vitest';
import { layoutDataset } from '../../src/layout/layoutDataset';
import { createLayoutRunner, packGraph, unpackGraph, type LayoutFrame } from '../../src/layout/layoutRunner';
import { createSimulationGraph } from '../../src/layout/simulationGraph';
import { indexDataset } from '../../src/model/indexDataset';
import { loadFixture, parseFixture, readFixtureJson } from '../fixtures';

/** Runs the worker's side in this thread: slices run when `drain` is called. */
function runInline(graph: Parameters<typeof packGraph>[0]) {
  const frames: LayoutFrame[] = [];
  const queue: (() => void)[] = [];
  const runner = createLayoutRunner(packGraph(graph), (frame) => frames.push(frame), { defer: (next) => queue.push(next), sliceMilliseconds: 5 });
  // Runs slices until the layout rests, or at most `limit` of them (a drag never rests by itself).
  const drain = (limit = 10_000) => {
    for (let i = 0; i < limit && queue.length; i++) queue.shift()!();
  };
  return { runner, frames, drain };
}

describe('the layout worker', () => {
  it('settles to the very positions the main thread computes, sending frames as it goes', () => {
    // Without its saved positions, so that both sides lay it out from d3's start.
    const json = readFixtureJson('russia-poach-rebels-2016');
    for (const actor of json.actors) delete actor.position;
    const index = indexDataset(parseFixture(json));
    const expected = layoutDataset(index).graph;
    const { frames, drain } = runInline(createSimulationGraph(index));
    drain();
    const last = frames.at(-1)!;
    expect(last.settled).toBe(true);
    expect(last.ticks).toBeGreaterThan(100);
    expect(frames.length).toBeGreaterThan(2);
    expect(frames.slice(0, -1).every((frame) => !frame.settled)).toBe(true);
    expected.nodes.forEach((node, i) => {
      expect(last.positions[2 * i]).toBeCloseTo(node.x!, 6);
      expect(last.positions[2 * i + 1]).toBeCloseTo(node.y!, 6);
    });
  });

  it('holds a pinned actor where it was put, wakes for a drag and rests when told', () => {
    const { runner, frames, drain } = runInline(createSimulationGraph(loadFixture('small')));
    drain();
    runner.command({ type: 'pin', index: 0, x: 400, y: -300 });
    runner.command({ type: 'wake', alphaTarget: 0.25 });
    // While dragged it keeps running; draining a few slices shows it moving and unsettled.
    drain(5);
    const dragged = frames.at(-1)!;
    expect(dragged.settled).toBe(false);
    expect([dragged.positions[0], dragged.positions[1]]).toEqual([400, -300]);
    runner.command({ type: 'stop' });
    expect(frames.at(-1)!.settled).toBe(true);
    const count = frames.length;
    drain();
    expect(frames.length).toBe(count);
    runner.command({ type: 'release', index: 0 });
    runner.command({ type: 'wake', alphaTarget: 0 });
    drain();
    expect(frames.at(-1)!.settled).toBe(true);
    expect(frames.at(-1)!.positions[0]).not.toBe(400);
  });

  it('starts a slice at most every 11 ms, leaving the rest of the core to the painting', () => {
    let clock = 0;
    const delays: number[] = [];
    const queue: (() => void)[] = [];
    const frames: LayoutFrame[] = [];
    // Every tick costs 3 ms of the fake clock: a slice of 4 ms holds two of them.
    const graph = createSimulationGraph(loadFixture('small'));
    const runner = createLayoutRunner(packGraph(graph), (frame) => frames.push(frame), {
      now: () => clock,
      defer: (next, delay) => {
        delays.push(delay);
        queue.push(next);
      },
    });
    const tick = runner.simulation.tick.bind(runner.simulation);
    runner.simulation.tick = (count) => {
      clock += 3;
      return tick(count);
    };
    for (let i = 0; i < 4; i++) queue.shift()!();
    // The first slice starts at once; each later one 11 ms after the one before began.
    expect(delays[0]).toBe(0);
    for (const delay of delays.slice(1, 4)) expect(delay).toBeCloseTo(11 - 6, 6);
    expect(frames.slice(1, 5).map((frame) => frame.ticks)).toEqual([2, 4, 6, 8]);
  });

  it('ticks at least once a slice, however long a tick takes', () => {
    let clock = 0;
    const queue: (() => void)[] = [];
    const frames: LayoutFrame[] = [];
    const runner = createLayoutRunner(packGraph(createSimulationGraph(loadFixture('small'))), (frame) => frames.push(frame), { now: () => clock, defer: (next) => queue.push(next) });
    const tick = runner.simulation.tick.bind(runner.simulation);
    runner.simulation.tick = (count) => {
      clock += 60;
      return tick(count);
    };
    for (let i = 0; i < 3; i++) queue.shift()!();
    expect(frames.slice(1, 4).map((frame) => frame.ticks)).toEqual([1, 2, 3]);
  });

  it('sends positions in a buffer of its own each time, so it can be transferred', () => {
    const { frames, drain } = runInline(createSimulationGraph(loadFixture('small')));
    drain();
    expect(new Set(frames.map((frame) => frame.positions.buffer)).size).toBe(frames.length);
  });

  it('hands the worker each actor’s place, size and label, and its springs, in the graph’s order', () => {
    const graph = createSimulationGraph(loadFixture('small'), { saved: new Map([['northland', { x: 10, y: -20 }], ['raiders', { x: -5, y: 7 }]]), labelScale: 1.5 });
    const unpacked = unpackGraph(packGraph(graph));
    expect(unpacked.nodes.map((node) => [node.x, node.y])).toEqual(graph.nodes.map((node) => [node.x, node.y]));
    expect(unpacked.nodes.filter((node) => node.x !== undefined)).toHaveLength(2);
    expect(unpacked.nodes.map((node) => [node.radius, node.labelWidth, node.labelLines.length, node.labelScale])).toEqual(
      graph.nodes.map((node) => [node.radius, node.labelWidth, node.labelLines.length, 1.5]),
    );
    const order = (nodes: readonly { x?: number }[], node: { x?: number }) => nodes.indexOf(node);
    expect(unpacked.springs.map((spring) => [order(unpacked.nodes, spring.source), order(unpacked.nodes, spring.target), spring.role, spring.lines])).toEqual(
      graph.springs.map((spring) => [order(graph.nodes, spring.source), order(graph.nodes, spring.target), spring.role, spring.lines]),
    );
    // An actor with only half a position is placed by the layout, as one with none.
    const half = unpackGraph({ ...packGraph(graph), positions: Float64Array.from([1, Number.NaN, ...new Array(graph.nodes.length * 2 - 2).fill(Number.NaN)]) });
    expect(half.nodes[0]).not.toHaveProperty('x');
  });

  it('takes the places the page gives every actor, and keeps a held actor held at its new place', () => {
    const graph = createSimulationGraph(loadFixture('small'));
    const { runner, drain } = runInline(graph);
    drain();
    runner.command({ type: 'pin', index: 1, x: 0, y: 0 });
    const positions = Float64Array.from(graph.nodes.flatMap((_, i) => [i * 100, -i * 50]));
    runner.command({ type: 'place', positions });
    const nodes = runner.simulation.nodes();
    expect(nodes.map((node) => [node.x, node.y])).toEqual(graph.nodes.map((_, i) => [i * 100, -i * 50]));
    expect([nodes[1]!.fx, nodes[1]!.fy]).toEqual([100, -50]);
    expect(nodes[0]!.fx ?? null).toBeNull();
  });

  it('wakes a resting layout gently, and a drag at least to 0.3, without cooling one that runs', () => {
    const { runner, drain } = runInline(createSimulationGraph(loadFixture('small')));
    drain();
    expect(runner.simulation.alpha()).toBeLessThan(runner.simulation.alphaMin());
    // Woken at rest (the page moved the actors): it runs again from 0.3.
    runner.command({ type: 'wake', alphaTarget: 0 });
    expect(runner.simulation.alpha()).toBe(0.3);
    runner.simulation.alpha(0.8);
    // A drag while it runs hot keeps its heat; a wake without a drag while it runs changes nothing.
    runner.command({ type: 'wake', alphaTarget: 0.25 });
    expect(runner.simulation.alpha()).toBe(0.8);
    runner.command({ type: 'wake', alphaTarget: 0 });
    expect(runner.simulation.alpha()).toBe(0.8);
    runner.simulation.alpha(0.1);
    runner.command({ type: 'wake', alphaTarget: 0 });
    expect(runner.simulation.alpha()).toBe(0.1);
    runner.command({ type: 'wake', alphaTarget: 0.25 });
    expect(runner.simulation.alpha()).toBe(0.3);
  });

  it('keeps running during a drag however cool it gets, and schedules one slice at a time', () => {
    const queue: (() => void)[] = [];
    const frames: LayoutFrame[] = [];
    const runner = createLayoutRunner(packGraph(createSimulationGraph(loadFixture('small'))), (frame) => frames.push(frame), { defer: (next) => queue.push(next) });
    while (queue.length) queue.shift()!();
    runner.command({ type: 'wake', alphaTarget: 0.25 });
    runner.command({ type: 'wake', alphaTarget: 0.25 });
    expect(queue).toHaveLength(1);
    for (let i = 0; i < 400 && queue.length; i++) queue.shift()!();
    // Its heat sits at the drag's target, above the point where it would rest.
    expect(queue).toHaveLength(1);
    expect(frames.at(-1)!.settled).toBe(false);
  });
});
