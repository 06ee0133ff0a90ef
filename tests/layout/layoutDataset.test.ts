import { describe, expect, it } from 'vitest';
import { layoutDataset } from '../../src/layout/layoutDataset';
import { loadFixture } from '../fixtures';

describe('layoutDataset', () => {
  it('settles the bundled dataset the same way on every load', () => {
    const first = layoutDataset(loadFixture('russia-poach-rebels-2016'));
    const second = layoutDataset(loadFixture('russia-poach-rebels-2016'));
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
