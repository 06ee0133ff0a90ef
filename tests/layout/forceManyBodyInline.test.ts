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

  it("moves actors exactly as d3's forceManyBody does with its own default strength, on a lattice and on clusters within clusters", () => {
    const actor = (id: string, x: number, y: number): SimNode => ({ id, kind: 'state', radius: 4, labelLines: ['A'], labelWidth: 10, labelScale: 1, group: id, x, y });
    const scenes: Record<string, () => SimNode[]> = {
      // A lattice puts cells' centres level with actors: the approximation's own jiggle runs.
      lattice: () => [...Array.from({ length: 64 }, (_, i) => actor(`l${i}`, (i % 8) * 10, Math.floor(i / 8) * 10)), actor('far', 1e6, 1e6), actor('near', 30 + 1e-9, 30)],
      // Three actors beside the origin at each of 24 halvings of the distance: the walk from the
      // origin keeps three cells a level waiting, more than its first 64 places hold.
      'clusters within clusters': () => [actor('origin', 0, 0), ...Array.from({ length: 24 }, (_, k) => 2 ** (10 - k)).flatMap((size, k) => [actor(`${k}e`, size, 0), actor(`${k}s`, 0, size), actor(`${k}se`, size, size)])],
    };
    for (const [name, scene] of Object.entries(scenes)) {
      const ours = scene();
      const theirs = scene();
      const a = forceSimulation(ours).randomSource(seededRandom(2)).force('charge', forceManyBodyInline()).stop();
      const b = forceSimulation(theirs).randomSource(seededRandom(2)).force('charge', forceManyBody<SimNode>()).stop();
      for (let tick = 0; tick < 3; tick++) {
        a.tick();
        b.tick();
        expect(ours.map(({ x, y, vx, vy }) => [x, y, vx, vy]), `${name}, tick ${tick + 1}`).toEqual(theirs.map(({ x, y, vx, vy }) => [x, y, vx, vy]));
      }
    }
  });
});
