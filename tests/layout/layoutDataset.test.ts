import { describe, expect, it } from 'vitest';
import { createLayoutMemory, layoutDataset, withSavedPositions } from '../../src/layout/layoutDataset';
import { indexDataset } from '../../src/model/indexDataset';
import { loadFixture, parseFixture, readFixtureJson } from '../fixtures';

/** The bundled dataset as if it carried no saved positions, so that the layout runs. */
function bundledWithoutPositions() {
  const json = readFixtureJson('russia-poach-rebels-2016');
  for (const actor of json.actors) delete actor.position;
  return indexDataset(parseFixture(json));
}

describe('layoutDataset', () => {
  it('settles the bundled dataset the same way on every load', () => {
    const first = layoutDataset(bundledWithoutPositions());
    const second = layoutDataset(bundledWithoutPositions());
    const positions = (layout: typeof first) => layout.graph.nodes.map(({ id, x, y }) => [id, x, y]);
    expect(positions(second)).toEqual(positions(first));
    expect(first.graph.nodes).toHaveLength(29);
    expect(first.ticks).toBeGreaterThan(0);
    expect(first.simulation.alpha()).toBeLessThanOrEqual(first.simulation.alphaMin());
  });

  it('records how long the layout took as a performance measure', () => {
    performance.clearMeasures('stancemap:layout');
    const layout = layoutDataset(loadFixture('small'));
    const [measure] = performance.getEntriesByName('stancemap:layout', 'measure') as PerformanceMeasure[];
    expect(measure?.detail).toEqual({ ticks: layout.ticks, actors: 6 });
    expect(layout.milliseconds).toBeGreaterThanOrEqual(0);
  });
});

describe('saved positions', () => {
  const withPositions = (positions: Record<string, { x: number; y: number }>) => {
    const json = readFixtureJson('small');
    for (const actor of json.actors) if (positions[actor.id]) actor.position = positions[actor.id];
    return indexDataset(parseFixture(json));
  };
  const everywhere = () => Object.fromEntries(readFixtureJson('small').actors.map((actor: { id: string }, i: number) => [actor.id, { x: i * 100, y: -i * 50 }]));

  it('draws a dataset whose actors all carry positions exactly there, with no layout run', () => {
    const layout = layoutDataset(withPositions(everywhere()));
    expect(layout.ticks).toBe(0);
    // At rest: a drag later wakes it from there, nothing moves before.
    expect(layout.settled).toBe(true);
    expect(layout.simulation.alpha()).toBe(0);
    expect(layout.graph.nodes.map(({ x, y }) => [x, y])).toEqual(layout.graph.nodes.map((_, i) => [i * 100, -i * 50]));
  });

  it('lays out the rest when only some actors carry positions, starting from those', () => {
    const [first] = readFixtureJson('small').actors;
    const layout = layoutDataset(withPositions({ [first.id]: { x: 5000, y: 5000 } }));
    expect(layout.ticks).toBeGreaterThan(0);
    // The start shapes the result, and the same start gives the same map.
    const unplaced = layoutDataset(withPositions({})).graph.nodeById.get(first.id)!;
    const placed = layout.graph.nodeById.get(first.id)!;
    expect(Math.hypot(placed.x! - unplaced.x!, placed.y! - unplaced.y!)).toBeGreaterThan(10);
    const again = layoutDataset(withPositions({ [first.id]: { x: 5000, y: 5000 } })).graph.nodeById.get(first.id)!;
    expect([again.x, again.y]).toEqual([placed.x, placed.y]);
  });

  it('gives presentation mode, with its larger labels, its own layout from there', () => {
    const layout = layoutDataset(withPositions(everywhere()), { labelScale: 1.5 });
    expect(layout.ticks).toBeGreaterThan(0);
  });
});

describe('the bundled dataset', () => {
  it('carries the positions its layout settles to, so its first frame needs no layout and shows the same map', () => {
    // When the forces change, `npm run layout -- data/russia-poach-rebels-2016.json` writes them anew.
    const saved = layoutDataset(loadFixture('russia-poach-rebels-2016'));
    expect(saved.ticks).toBe(0);
    const computed = layoutDataset(bundledWithoutPositions());
    for (const node of computed.graph.nodes) {
      const at = saved.graph.nodeById.get(node.id)!;
      expect(Math.abs(at.x! - node.x!), node.id).toBeLessThanOrEqual(0.05);
      expect(Math.abs(at.y! - node.y!), node.id).toBeLessThanOrEqual(0.05);
    }
  });
});

describe('settling up to a size', () => {
  it('settles a map of exactly as many actors as the limit, and leaves a larger one to move', () => {
    const small = loadFixture('small');
    expect(layoutDataset(small, { settleUpTo: 6 })).toMatchObject({ settled: true });
    const larger = layoutDataset(small, { settleUpTo: 5 });
    expect(larger).toMatchObject({ settled: false, ticks: 0 });
  });
});

describe('layout memory', () => {
  it('starts the next layout of an edited map where its actors last were, so the map keeps its shape', () => {
    const memory = createLayoutMemory();
    const json = readFixtureJson('small');
    const first = memory.layout(indexDataset(parseFixture(json)));
    // The edit: a new actor, in a new relation. A layout from scratch reshuffles the map (its actors
    // move up to 179 units); one from where they were moves them half as far.
    json.actors.unshift({ ...json.actors[0], id: 'eastland', name: 'Eastland', aliases: [], partOf: undefined });
    json.relations.push({ ...json.relations[0], id: 'eastland-offers', source: 'eastland' });
    const edited = indexDataset(parseFixture(json));
    const next = memory.layout(edited);
    const fresh = layoutDataset(edited);
    const moved = (layout: typeof first) => Math.max(...first.graph.nodes.map((node) => Math.hypot(layout.graph.nodeById.get(node.id)!.x! - node.x!, layout.graph.nodeById.get(node.id)!.y! - node.y!)));
    expect(moved(next)).toBeLessThan(moved(fresh));
  });
});

describe('withSavedPositions', () => {
  it('writes each actor’s settled position into the raw JSON, to a tenth, leaving every other field as it was', () => {
    const raw = readFixtureJson('small');
    raw.actors.push({ id: 'not-in-the-dataset', name: 'Elsewhere' });
    const written = withSavedPositions(raw as { actors: Record<string, unknown>[] }, loadFixture('small'));
    const settled = layoutDataset(loadFixture('small')).graph;
    for (const actor of written.actors.slice(0, -1)) {
      const node = settled.nodeById.get(String(actor.id))!;
      const position = actor.position as { x: number; y: number };
      expect(Math.abs(position.x - node.x!), String(actor.id)).toBeLessThanOrEqual(0.05);
      expect(Math.abs(position.y - node.y!), String(actor.id)).toBeLessThanOrEqual(0.05);
      expect(Math.round(position.x * 10) / 10).toBe(position.x);
    }
    expect(written.actors.at(-1)).toEqual({ id: 'not-in-the-dataset', name: 'Elsewhere' });
    expect(written.actors[0]).toMatchObject({ id: raw.actors[0].id, name: raw.actors[0].name, kind: raw.actors[0].kind });
    expect((written as Record<string, unknown>).relations).toEqual(raw.relations);
  });
});

