import { describe, expect, it } from 'vitest';
import { forceManyBody, forceSimulation } from 'd3-force';
import { seededRandom } from '../../src/layout/createSimulation';
import { forceManyBodyInline } from '../../src/layout/forceManyBodyInline';
import type { SimNode } from '../../src/layout/simulationGraph';

/** Actors in clumps, some on the very same spot, so that d3's jiggle runs too. */
function clumps(count: number): SimNode[] {
  const random = seededRandom(3);
  return Array.from({ length: count }, (_, i) => {
    const clump = i % 7;
    const x = i % 11 === 0 ? clump * 90 : clump * 90 + random() * 60;
    const y = i % 11 === 0 ? 0 : random() * 60;
    return { id: String(i), kind: 'state', radius: 4 + (i % 5) * 3, labelLines: ['A'], labelWidth: 10, labelScale: 1, group: String(i), x, y };
  });
}

const strength = (node: SimNode) => -40 - 1.5 * node.radius * node.radius;

describe('forceManyBodyInline', () => {
  it("moves every actor exactly as d3's forceManyBody does, tick after tick", () => {
    const ours = clumps(400);
    const theirs = clumps(400);
    const simulate = (nodes: SimNode[], charge: ReturnType<typeof forceManyBodyInline> | ReturnType<typeof forceManyBody<SimNode>>) =>
      forceSimulation(nodes).randomSource(seededRandom(1)).force('charge', charge).stop();
    const a = simulate(ours, forceManyBodyInline().strength(strength).distanceMax(200));
    const b = simulate(theirs, forceManyBody<SimNode>().strength(strength).distanceMax(200));
    for (let tick = 0; tick < 30; tick++) {
      a.tick();
      b.tick();
      expect(ours.map(({ x, y, vx, vy }) => [x, y, vx, vy])).toEqual(theirs.map(({ x, y, vx, vy }) => [x, y, vx, vy]));
    }
    expect(ours[0]!.x).not.toBe(0);
  });
});
