import { forceSimulation } from 'd3-force';
import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../scripts/bench/generateGraph';
import { createSimulation, LABEL_BOXES_MAX_ACTORS, seededRandom, settle } from '../../src/layout/createSimulation';
import { createSimulationGraph, PARALLEL_SPACING, type SimulationGraph } from '../../src/layout/simulationGraph';
import { indexDataset } from '../../src/model/indexDataset';
import { parseDataset } from '../../src/model/parseDataset';
import { loadFixture, parseFixture, readFixtureJson, type FixtureName } from '../fixtures';

function settledGraph(name: FixtureName, prepare?: (graph: SimulationGraph) => void) {
  const graph = createSimulationGraph(loadFixture(name));
  prepare?.(graph);
  const simulation = createSimulation(graph);
  const ticks = settle(simulation);
  return { graph, simulation, ticks };
}

const positions = (graph: SimulationGraph) => graph.nodes.map(({ id, x, y }) => ({ id, x, y }));

describe('seededRandom', () => {
  it('gives the same numbers for the same seed, other numbers for another, all in [0, 1)', () => {
    const draw = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 50 }, () => random());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    for (const value of draw(1)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it('is the generator d3-force itself uses: from seed 1, its very numbers', () => {
    const ours = seededRandom(1);
    const d3s = forceSimulation([]).stop().randomSource();
    expect(Array.from({ length: 1000 }, () => ours())).toEqual(Array.from({ length: 1000 }, () => d3s()));
  });
});

describe('the force layout', () => {
  for (const name of ['small', 'russia-poach-rebels-2016'] as const) {
    it(`comes to rest on ${name} with every actor at a finite position`, () => {
      const { graph, simulation, ticks } = settledGraph(name);
      expect(simulation.alpha()).toBeLessThanOrEqual(simulation.alphaMin());
      expect(ticks).toBeLessThan(600);
      for (const node of graph.nodes) {
        expect(Number.isFinite(node.x), node.id).toBe(true);
        expect(Number.isFinite(node.y), node.id).toBe(true);
      }
    });
  }

  it('is the same on every run', () => {
    const first = settledGraph('russia-poach-rebels-2016');
    const second = settledGraph('russia-poach-rebels-2016');
    expect(positions(second.graph)).toEqual(positions(first.graph));
    expect(second.ticks).toBe(first.ticks);
  });

  it('stops after maxTicks even if the layout has not come to rest', () => {
    const graph = createSimulationGraph(loadFixture('small'));
    const simulation = createSimulation(graph);
    expect(settle(simulation, 10)).toBe(10);
    expect(simulation.alpha()).toBeGreaterThan(simulation.alphaMin());
  });

  it('places actors linked by a relation nearer each other than unlinked ones, on average', () => {
    const { graph } = settledGraph('russia-poach-rebels-2016');
    const pairKey = (a: string, b: string) => [a, b].sort().join('|');
    const linked = new Set(graph.links.filter((link) => link.role === 'relation').map((link) => pairKey(link.source.id, link.target.id)));
    const distances = { linked: [] as number[], unlinked: [] as number[] };
    for (const [i, a] of graph.nodes.entries()) {
      for (const b of graph.nodes.slice(i + 1)) {
        const distance = Math.hypot(a.x! - b.x!, a.y! - b.y!);
        distances[linked.has(pairKey(a.id, b.id)) ? 'linked' : 'unlinked'].push(distance);
      }
    }
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(distances.linked.length).toBeGreaterThan(20);
    expect(mean(distances.linked)).toBeLessThan(mean(distances.unlinked));
  });

  it('keeps two actors joined by several lines further apart than two joined by one, and counts lines as grouped', () => {
    // Two fictional pairs, alike but for their lines: A and B have three stances between them, C and D one.
    const json = readFixtureJson('small');
    const actor = (id: string) => ({ id, name: id.toUpperCase(), kind: 'state', aliases: [], description: id, evidence: [{ quote: 'Northland has offered the Harbour Militia' }] });
    const relation = (id: string, source: string, target: string, stance: string) => ({ id, source, target, stance, summary: id, status: 'ongoing', claimedBy: source, evidence: [{ quote: 'Northland has offered the Harbour Militia' }] });
    json.actors = ['a', 'b', 'c', 'd'].map(actor);
    json.relations = [relation('a-helps-b', 'a', 'b', 'support'), relation('a-again-helps-b', 'a', 'b', 'support'), relation('a-fights-b', 'a', 'b', 'hostility'), relation('b-offers-a', 'b', 'a', 'offer'), relation('c-helps-d', 'c', 'd', 'support')];
    json.story = [];
    const index = indexDataset(parseFixture(json));
    for (const lines of ['grouped', 'all'] as const) {
      const graph = createSimulationGraph(index, { lines });
      expect(graph.springs.map((spring) => spring.lines), lines).toEqual([3, 1]);
      settle(createSimulation(graph));
      const apart = (one: string, other: string) => Math.hypot(graph.nodeById.get(one)!.x! - graph.nodeById.get(other)!.x!, graph.nodeById.get(one)!.y! - graph.nodeById.get(other)!.y!);
      expect(apart('a', 'b') - apart('c', 'd'), lines).toBeGreaterThan(PARALLEL_SPACING);
    }
  });

  it('draws members near the actor they are part of', () => {
    const { graph } = settledGraph('russia-poach-rebels-2016');
    const distance = (a: { x?: number; y?: number }, b: { x?: number; y?: number }) => Math.hypot(a.x! - b.x!, a.y! - b.y!);
    const members = graph.links.filter((link) => link.role === 'member');
    const memberMean = members.reduce((sum, link) => sum + distance(link.source, link.target), 0) / members.length;
    let sum = 0;
    let count = 0;
    for (const [i, a] of graph.nodes.entries()) {
      for (const b of graph.nodes.slice(i + 1)) {
        sum += distance(a, b);
        count++;
      }
    }
    expect(members.length).toBeGreaterThan(5);
    expect(memberMean).toBeLessThan(sum / count);
  });

  it('keeps a pinned actor exactly where it was pinned', () => {
    const { graph } = settledGraph('russia-poach-rebels-2016', (g) => {
      const russia = g.nodeById.get('russia')!;
      russia.fx = 250;
      russia.fy = -120;
    });
    const russia = graph.nodeById.get('russia')!;
    expect({ x: russia.x, y: russia.y }).toEqual({ x: 250, y: -120 });
    for (const node of graph.nodes) expect(Number.isFinite(node.x) && Number.isFinite(node.y), node.id).toBe(true);
  });

  it('keeps a pinned actor in place when a drag wakes the settled layout', () => {
    const { graph, simulation } = settledGraph('small');
    const militia = graph.nodeById.get('harbour-militia')!;
    militia.fx = militia.x! + 80;
    militia.fy = militia.y! - 40;
    const pinned = { x: militia.fx, y: militia.fy };
    simulation.alpha(0.3);
    settle(simulation);
    expect({ x: militia.x, y: militia.y }).toEqual(pinned);
  });
});

describe('the force layout of a large map', () => {
  const graphOf = (actors: number) => {
    const parsed = parseDataset(generateGraph({ actors }));
    if (!parsed.ok) throw new Error('the generated graph does not validate');
    return createSimulationGraph(indexDataset(parsed.dataset));
  };

  it('keeps actors apart and comes to rest, the same on every run', () => {
    const settleLarge = () => {
      const graph = graphOf(LABEL_BOXES_MAX_ACTORS + 200);
      const ticks = settle(createSimulation(graph));
      return { graph, ticks };
    };
    const { graph, ticks } = settleLarge();
    expect(ticks).toBeLessThan(600);
    let overlapping = 0;
    for (const [i, a] of graph.nodes.entries()) {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y), a.id).toBe(true);
      for (const b of graph.nodes.slice(i + 1)) if (Math.hypot(a.x! - b.x!, a.y! - b.y!) < a.radius + b.radius) overlapping++;
    }
    expect(overlapping).toBeLessThanOrEqual(2);
    expect(positions(settleLarge().graph)).toEqual(positions(graph));
  });
});
