import { describe, expect, it } from 'vitest';
import type { SimLink, SimNode } from '../../src/layout/simulationGraph';
import { createSpatialIndex } from '../../src/layout/spatialIndex';
import { distanceToEdge } from '../../src/layout/edgeGeometry';
import { layoutDataset } from '../../src/layout/layoutDataset';
import { loadFixture } from '../fixtures';

const bundled = () => layoutDataset(loadFixture('russia-poach-rebels-2016')).graph;

/** What a hit test must find, found the slow way: every actor, then every line. */
function bruteForce(graph: { nodes: readonly SimNode[]; links: readonly SimLink[] }, point: { x: number; y: number }, tolerance: { actor: number; line: number }) {
  let actor: SimNode | null = null;
  let gap = Infinity;
  for (const node of graph.nodes) {
    const distance = Math.hypot(node.x! - point.x, node.y! - point.y) - node.radius;
    if (distance <= tolerance.actor && distance < gap) [actor, gap] = [node, distance];
  }
  if (actor) return `actor:${actor.id}`;
  let line: string | null = null;
  let best = Infinity;
  for (const link of graph.links) {
    if (link.role !== 'relation') continue;
    const distance = distanceToEdge(point, { x: link.source.x!, y: link.source.y!, radius: link.source.radius }, { x: link.target.x!, y: link.target.y!, radius: link.target.radius }, link.curveOffset);
    if (distance <= tolerance.line && distance < best) [line, best] = [link.id, distance];
  }
  return line ? `relation:${line}` : null;
}

describe('spatial index', () => {
  it('finds the same actor or line as looking at every one, all over the map and at every zoom', () => {
    const graph = bundled();
    const spatial = createSpatialIndex(graph.nodes, graph.links);
    let found = 0;
    for (const tolerance of [{ actor: 6, line: 12 }, { actor: 60, line: 120 }, { actor: 1, line: 2 }]) {
      for (let x = -500; x <= 500; x += 17) {
        for (let y = -400; y <= 400; y += 19) {
          const hit = spatial.hit({ x, y }, tolerance);
          const described = hit ? (hit.kind === 'actor' ? `actor:${hit.node.id}` : `relation:${hit.link.id}`) : null;
          expect(described, `at ${x},${y}`).toBe(bruteForce(graph, { x, y }, tolerance));
          if (hit) found++;
        }
      }
    }
    // The grid covers the map: most probes land on something, some on nothing.
    expect(found).toBeGreaterThan(500);
  });

  it('lists only the actors and lines it was given, so hidden ones cannot be hovered', () => {
    const graph = bundled();
    const russia = graph.nodeById.get('russia')!;
    const spatial = createSpatialIndex(graph.nodes.filter((node) => node.id !== 'russia'), []);
    const hit = spatial.hit({ x: russia.x!, y: russia.y! }, { actor: 0, line: 0 });
    expect(hit?.kind === 'actor' ? hit.node.id : null).not.toBe('russia');
  });

  it('finds the same as looking at every one on a map spread thousands of units each way, with long and bowed lines', () => {
    // A seeded scatter: coordinates on both sides of zero, lines crossing many cells at every slant.
    let state = 11;
    const random = () => (state = (state * 1664525 + 1013904223) % 4294967296) / 4294967296;
    const nodes: SimNode[] = Array.from({ length: 40 }, (_, i) => ({ id: `n${i}`, kind: 'state', radius: 6 + random() * 20, labelLines: [], labelWidth: 0, labelScale: 1, group: `n${i}`, x: (random() - 0.5) * 6000, y: (random() - 0.5) * 4000 }));
    // Sixty lines, no two between the same actors (those would tie for every point between them).
    const links: SimLink[] = Array.from({ length: 60 }, (_, i) => ({ id: `l${i}`, role: 'relation', relationIds: [`l${i}`], source: nodes[i % 20]!, target: nodes[20 + ((i * 7 + Math.floor(i / 20)) % 20)]!, curveOffset: [0, 26, -52][i % 3]! }));
    const spatial = createSpatialIndex(nodes, links);
    const tolerance = { actor: 4, line: 10 };
    let lines = 0;
    for (const link of links) {
      // Probes along the straight way between each line's actors, and beside it: on or near the line, or on a bowed one's inside.
      for (let t = 0.05; t < 1; t += 0.05) {
        const { x: sx, y: sy } = link.source as { x: number; y: number };
        const { x: tx, y: ty } = link.target as { x: number; y: number };
        for (const aside of [0, 7, -9]) {
          const length = Math.hypot(tx - sx, ty - sy);
          const point = { x: sx + (tx - sx) * t - ((ty - sy) / length) * aside, y: sy + (ty - sy) * t + ((tx - sx) / length) * aside };
          const hit = spatial.hit(point, tolerance);
          const described = hit ? (hit.kind === 'actor' ? `actor:${hit.node.id}` : `relation:${hit.link.id}`) : null;
          expect(described, `${link.id} at ${t.toFixed(2)}, ${aside} aside`).toBe(bruteForce({ nodes, links }, point, tolerance));
          if (hit?.kind === 'relation') lines++;
        }
      }
    }
    expect(lines).toBeGreaterThan(1000);
  });

  it('counts an actor exactly at the tolerance from its rim, and a line exactly at the tolerance from it', () => {
    const a: SimNode = { id: 'a', kind: 'state', radius: 10, labelLines: [], labelWidth: 0, labelScale: 1, group: 'a', x: 0, y: 0 };
    const b: SimNode = { ...a, id: 'b', group: 'b', x: 300, y: 0 };
    const spatial = createSpatialIndex([a, b], [{ id: 'a-b', role: 'relation', relationIds: ['a-b'], source: a, target: b, curveOffset: 0 }]);
    expect(spatial.hit({ x: 16, y: 0 }, { actor: 6, line: 0 })).toEqual({ kind: 'actor', node: a });
    expect(spatial.hit({ x: 0, y: -16 }, { actor: 6, line: 0 })).toEqual({ kind: 'actor', node: a });
    expect(spatial.hit({ x: 150, y: 12 }, { actor: 6, line: 12 })).toMatchObject({ kind: 'relation' });
    expect(spatial.hit({ x: 150, y: 12.01 }, { actor: 6, line: 12 })).toBeNull();
  });
});
