import { describe, expect, it } from 'vitest';
import { layoutDataset } from '../../src/layout/layoutDataset';
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
