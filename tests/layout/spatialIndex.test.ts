import { describe, expect, it } from 'vitest';
import type { SimNode } from '../../src/layout/simulationGraph';
import { createSpatialIndex } from '../../src/layout/spatialIndex';
import { distanceToEdge } from '../../src/layout/edgeGeometry';
import { layoutDataset } from '../../src/layout/layoutDataset';
import { loadFixture } from '../fixtures';

const bundled = () => layoutDataset(loadFixture('russia-poach-rebels-2016')).graph;

/** What a hit test must find, found the slow way: every actor, then every line. */
function bruteForce(graph: ReturnType<typeof bundled>, point: { x: number; y: number }, tolerance: { actor: number; line: number }) {
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
});
