import { describe, expect, it } from 'vitest';
import { forceCollide, forceSimulation } from 'd3-force';
import { seededRandom } from '../../src/layout/createSimulation';
import { forceGridCollide } from '../../src/layout/forceGridCollide';
import type { SimNode } from '../../src/layout/simulationGraph';

function node(id: string, x: number, y: number, radius: number): SimNode {
  return { id, kind: 'state', radius, labelLines: ['A'], labelWidth: 10, labelScale: 1, group: id, x, y };
}

const radius = (node: SimNode) => node.radius + 6;

function overlapping(nodes: SimNode[]): number {
  let count = 0;
  for (const [i, a] of nodes.entries()) {
    for (const b of nodes.slice(i + 1)) if (Math.hypot(a.x! - b.x!, a.y! - b.y!) < radius(a) + radius(b) - 0.5) count++;
  }
  return count;
}

describe('forceGridCollide', () => {
  it("pushes one overlapping pair exactly as d3's forceCollide does", () => {
    const ours = [node('a', 0, 0, 10), node('b', 12, 5, 20), node('c', 300, 300, 4)];
    const theirs = [node('a', 0, 0, 10), node('b', 12, 5, 20), node('c', 300, 300, 4)];
    forceSimulation(ours).force('labels', forceGridCollide(radius)).stop().tick(3);
    forceSimulation(theirs).force('labels', forceCollide<SimNode>(radius)).stop().tick(3);
    expect(ours.map(({ x, y }) => [x, y])).toEqual(theirs.map(({ x, y }) => [x, y]));
  });

  it("pushes pairs level with each other, upright, or on one spot exactly as d3's forceCollide does, with the same random numbers", () => {
    const pairs = () => [node('a', 0, 0, 10), node('b', 8, 0, 10), node('c', 100, 0, 10), node('d', 100, 9, 10), node('e', 200, 50, 10), node('f', 200, 50, 10)];
    const ours = pairs();
    const theirs = pairs();
    forceSimulation(ours).randomSource(seededRandom(4)).force('labels', forceGridCollide(radius)).stop().tick(2);
    forceSimulation(theirs).randomSource(seededRandom(4)).force('labels', forceCollide<SimNode>(radius)).stop().tick(2);
    expect(ours.map(({ x, y }) => [x, y])).toEqual(theirs.map(({ x, y }) => [x, y]));
    // The pair on one spot is apart after all.
    expect(ours[4]!.x !== ours[5]!.x || ours[4]!.y !== ours[5]!.y).toBe(true);
  });

  it("separates a heap of circles of many sizes, some on the very same spot, as well as d3's forceCollide", () => {
    const heap = () => {
      const random = seededRandom(5);
      return Array.from({ length: 300 }, (_, i) =>
        i % 10 === 0 ? node(String(i), 0, 0, 3 + (i % 4) * 8) : node(String(i), random() * 200, random() * 200, 3 + (i % 4) * 8),
      );
    };
    const ours = heap();
    const theirs = heap();
    expect(overlapping(ours)).toBeGreaterThan(1000);
    forceSimulation(ours).randomSource(seededRandom(1)).force('labels', forceGridCollide(radius)).stop().tick(300);
    forceSimulation(theirs).randomSource(seededRandom(1)).force('labels', forceCollide<SimNode>(radius)).stop().tick(300);
    expect(overlapping(ours)).toBeLessThanOrEqual(Math.max(3, overlapping(theirs)));
    for (const { x, y } of ours) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
  });

  it('finds the pairs that touch across a cell edge, however far the map is spread', () => {
    const nodes = [node('a', 0, 0, 10), node('b', 31, 0, 10), node('far', 100_000, 100_000, 10)];
    forceSimulation(nodes).force('labels', forceGridCollide(radius)).stop().tick(1);
    expect(nodes[0]!.x).toBeLessThan(0);
    expect(nodes[1]!.x).toBeGreaterThan(31);
  });
});
