import { generateGraph } from '../../../scripts/bench/generateGraph';
import { parseDataset } from '../../../src/model/parseDataset';

describe('generateGraph', () => {
  it('gives the same dataset for the same seed, and another for another seed', () => {
    expect(JSON.stringify(generateGraph({ actors: 300, seed: 7 }))).toBe(JSON.stringify(generateGraph({ actors: 300, seed: 7 })));
    expect(JSON.stringify(generateGraph({ actors: 300, seed: 8 }))).not.toBe(JSON.stringify(generateGraph({ actors: 300, seed: 7 })));
  });

  it.each([100, 500, 2000])('makes %i actors with about three relations each', (actors) => {
    const dataset = generateGraph({ actors });
    expect(dataset.actors).toHaveLength(actors);
    expect(dataset.relations.length / actors).toBeGreaterThanOrEqual(2.9);
    expect(dataset.relations.length / actors).toBeLessThanOrEqual(3.1);
  });

  it('clusters: most relations stay inside a community, some actors belong to others, every kind and stance occurs', () => {
    const dataset = generateGraph({ actors: 2000 });
    const community = new Map(dataset.actors.map((actor) => [actor.id, /community (\d+)/.exec(actor.description)![1]]));
    const inside = dataset.relations.filter((relation) => community.get(relation.source) === community.get(relation.target)).length;
    expect(inside / dataset.relations.length).toBeGreaterThan(0.7);
    expect(inside / dataset.relations.length).toBeLessThan(0.95);
    expect(dataset.actors.filter((actor) => actor.partOf).length).toBeGreaterThan(20);
    expect(new Set(dataset.actors.map((actor) => actor.kind)).size).toBe(6);
    expect(new Set(dataset.relations.map((relation) => relation.stance)).size).toBe(4);
    expect(new Set(dataset.actors.map((actor) => actor.name)).size).toBe(2000);
  });

  it.each([100, 2000])('passes validation at %i actors with no error and no warning', (actors) => {
    const result = parseDataset(JSON.parse(JSON.stringify(generateGraph({ actors }))));
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('keeps 10,000 actors inside the 10 MB file limit', () => {
    expect(JSON.stringify(generateGraph({ actors: 10_000 })).length).toBeLessThan(10 * 1024 * 1024);
  });
});
