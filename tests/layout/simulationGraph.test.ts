import { describe, expect, it } from 'vitest';
import { createSimulation, settle } from '../../src/layout/createSimulation';
import { edgeGeometry } from '../../src/layout/edgeGeometry';
import { createSimulationGraph, PARALLEL_SPACING, withLineMode, type SimLink, type SimNode } from '../../src/layout/simulationGraph';
import { drawnAs } from '../../src/model/blocs';
import { indexDataset } from '../../src/model/indexDataset';
import { groupLineId } from '../../src/model/relationLines';
import { loadFixture } from '../fixtures';

const small = loadFixture('small');

describe('createSimulationGraph', () => {
  it('makes one node per actor, tinted by the group at the top of its partOf chain', () => {
    const graph = createSimulationGraph(small);
    expect(graph.nodes.map((node) => [node.id, node.kind, node.group])).toEqual([
      ['northland', 'state', 'northland'],
      ['southland', 'state', 'southland'],
      ['southland-navy', 'government-body', 'southland'],
      ['harbour-militia', 'armed-group', 'harbour-militia'],
      ['mara-vell', 'person', 'harbour-militia'],
      ['raiders', 'armed-group', 'raiders'],
    ]);
  });

  it('gives the simulation its own objects, so settling never writes into the dataset', () => {
    const index = loadFixture('small');
    const graph = createSimulationGraph(index);
    settle(createSimulation(graph));
    for (const actor of index.dataset.actors) {
      expect(actor).not.toHaveProperty('x');
      expect(actor).not.toHaveProperty('vx');
      expect(graph.nodeById.get(actor.id)).not.toBe(actor);
    }
  });

  it('draws actors with more relations larger', () => {
    const { nodeById } = createSimulationGraph(small);
    const radius = (id: string) => nodeById.get(id)!.radius;
    expect(radius('mara-vell')).toBeLessThan(radius('raiders'));
    expect(radius('raiders')).toBeLessThan(radius('northland'));
    expect(radius('northland')).toBeLessThan(radius('southland'));
    expect(radius('southland')).toBeLessThan(radius('harbour-militia'));
    expect(radius('mara-vell')).toBeGreaterThan(0);
  });

  it('wraps long names and makes room for the longest line of the label', () => {
    const { nodeById } = createSimulationGraph(loadFixture('russia-poach-rebels-2016'));
    const commander = nodeById.get('nsf-second-class-commander')!;
    expect(commander.labelLines).toEqual(['Commander of the', 'New Syrian Forces’', 'second class']);
    expect(nodeById.get('russia')!.labelLines).toEqual(['Russia']);
    expect(commander.labelWidth).toBeGreaterThan(nodeById.get('russia')!.labelWidth);
  });

  it('starts from saved positions where it has them', () => {
    const graph = createSimulationGraph(small, { saved: new Map([['northland', { x: 10, y: -20 }]]) });
    expect(graph.nodeById.get('northland')).toMatchObject({ x: 10, y: -20 });
    expect(graph.nodeById.get('southland')!.x).toBeUndefined();
  });

  it('draws every relation and every partOf tie, with one spring per pair of actors', () => {
    const graph = createSimulationGraph(small);
    expect(graph.links.filter((link) => link.role === 'relation').map((link) => link.id)).toEqual(small.dataset.relations.map((relation) => relation.id));
    expect(graph.links.filter((link) => link.role === 'member').map((link) => [link.id, link.source.id, link.target.id])).toEqual([
      ['member:southland-navy', 'southland-navy', 'southland'],
      ['member:mara-vell', 'mara-vell', 'harbour-militia'],
    ]);
    // Six pairs of actors have relations (Northland–Southland twice, Southland–militia both ways), plus two ties.
    expect(graph.springs).toHaveLength(8);
    expect(graph.linkById.get('navy-shells-raiders')).toMatchObject({ stance: 'hostility', source: { id: 'southland-navy' }, target: { id: 'raiders' } });
  });

  it('gives a partOf tie no relation and a spring of its own, apart from a relation between the same two actors', () => {
    // The navy, part of Southland, also supports it.
    const dataset = structuredClone(small.dataset);
    dataset.relations.push({ ...dataset.relations.find((relation) => relation.id === 'navy-supports-militia')!, id: 'navy-supports-southland', target: 'southland' });
    const graph = createSimulationGraph(indexDataset(dataset));
    expect(graph.linkById.get('member:southland-navy')!.relationIds).toEqual([]);
    const navySprings = graph.springs.filter((spring) => [spring.source.id, spring.target.id].sort().join(' ') === 'southland southland-navy');
    expect(navySprings.map((spring) => [spring.role, spring.lines])).toEqual([
      ['relation', 1],
      ['member', 1],
    ]);
  });

  it('sizes labels drawn larger in proportion', () => {
    const plain = createSimulationGraph(small).nodeById.get('harbour-militia')!;
    const large = createSimulationGraph(small, { labelScale: 1.5 }).nodeById.get('harbour-militia')!;
    expect(large.labelWidth).toBeCloseTo(plain.labelWidth * 1.5, 9);
    expect(large.labelScale).toBe(1.5);
  });

  it('draws no partOf tie inside a closed bloc, and keeps those of open blocs', () => {
    const graph = createSimulationGraph(small);
    // Southland closed: the navy is drawn as Southland; the militia stays open.
    const closed = withLineMode(graph, small, 'all', drawnAs(small, new Set(['southland'])));
    expect(closed.links.filter((link) => link.role === 'member').map((link) => link.id)).toEqual(['member:mara-vell']);
    // The navy's relations now run from Southland.
    expect(closed.links.find((link) => link.relationIds.includes('navy-shells-raiders'))).toMatchObject({ source: { id: 'southland' }, target: { id: 'raiders' } });
    const open = withLineMode(graph, small, 'all', drawnAs(small, new Set()));
    expect(open.links.filter((link) => link.role === 'member').map((link) => link.id)).toEqual(['member:southland-navy', 'member:mara-vell']);
  });

  it('draws a relation that is alone between its two actors straight', () => {
    const { linkById } = createSimulationGraph(small);
    const a = { x: 0, y: 0, radius: 10 };
    const b = { x: 120, y: 50, radius: 10 };
    for (const id of ['northland-offers-boats', 'member:mara-vell']) {
      expect(edgeGeometry(a, b, linkById.get(id)!.curveOffset).path, id).toMatch(/^M[-\d.]+,[-\d.]+L[-\d.]+,[-\d.]+$/);
    }
  });

  it('bends parallel relations between the same actors apart, evenly around the straight line', () => {
    const { linkById } = createSimulationGraph(small);
    const rivals = linkById.get('northland-rivals-southland')!.curveOffset;
    const disparages = linkById.get('northland-disparages-southland')!.curveOffset;
    expect(Math.abs(rivals - disparages)).toBe(PARALLEL_SPACING);
    expect(rivals + disparages).toBe(0);
  });

  it('draws grouped lines over the same actors and springs: one line for a pair’s relations of one stance and direction', () => {
    const graph = createSimulationGraph(small);
    const grouped = withLineMode(graph, small, 'grouped');
    expect(grouped.nodes).toBe(graph.nodes);
    expect(grouped.springs).toBe(graph.springs);
    const line = grouped.linkById.get(groupLineId('northland', 'southland', 'hostility'))!;
    expect(line.relationIds).toEqual(['northland-rivals-southland', 'northland-disparages-southland']);
    expect(line.curveOffset).toBe(0);
    expect(grouped.lineByRelation.get('northland-disparages-southland')).toBe(line);
    expect(grouped.links.filter((link) => link.role === 'relation')).toHaveLength(7);
    expect(grouped.links.filter((link) => link.role === 'member')).toEqual(graph.links.filter((link) => link.role === 'member'));
    expect(withLineMode(grouped, small, 'all').links.filter((link) => link.role === 'relation')).toHaveLength(8);
  });

  it('draws A → B and B → A on different sides of the line between them', () => {
    const graph = createSimulationGraph(small);
    const at = { southland: { x: 0, y: 0 }, 'harbour-militia': { x: 200, y: 0 } } as Record<string, { x: number; y: number }>;
    const drawn = (link: SimLink) =>
      edgeGeometry({ ...at[link.source.id]!, radius: 10 }, { ...at[link.target.id]!, radius: 10 }, link.curveOffset);
    const pays = drawn(graph.linkById.get('southland-pays-stipend')!);
    const supports = drawn(graph.linkById.get('militia-supports-southland')!);
    expect(Math.abs(pays.mid.y)).toBeGreaterThan(5);
    expect(Math.abs(supports.mid.y)).toBeGreaterThan(5);
    expect(Math.sign(pays.mid.y)).toBe(-Math.sign(supports.mid.y));
  });

  it('keeps every parallel relation of the bundled dataset apart once laid out', () => {
    const graph = createSimulationGraph(loadFixture('russia-poach-rebels-2016'));
    settle(createSimulation(graph));
    const byPair = new Map<string, SimLink[]>();
    for (const link of graph.links) {
      if (link.role !== 'relation') continue;
      const key = [link.source.id, link.target.id].sort().join('|');
      byPair.set(key, [...(byPair.get(key) ?? []), link]);
    }
    const parallel = [...byPair.values()].filter((links) => links.length > 1);
    expect(parallel.length).toBeGreaterThan(5);
    expect(parallel.some((links) => new Set(links.map((link) => link.source.id)).size === 2)).toBe(true);
    for (const links of parallel) {
      const at = (node: SimNode) => ({ x: node.x!, y: node.y!, radius: node.radius });
      const mids = links.map((link) => ({ id: link.id, ...edgeGeometry(at(link.source), at(link.target), link.curveOffset).mid }));
      for (const [i, a] of mids.entries()) {
        for (const b of mids.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id} / ${b.id}`).toBeGreaterThan(PARALLEL_SPACING / 2);
      }
    }
  });
});
