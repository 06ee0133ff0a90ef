/**
 * A straight line can lie along another line that leaves the same actor (the Pentagon's line to a
 * brigade's leader runs under its curved line to the brigade when the leader sits beside it):
 * the one underneath cannot be seen or clicked. Such a straight line is bowed, to the side where
 * it lies furthest from the other, as parallel lines between one pair already are. Mutates the
 * links' `curveOffset`; run again whenever the actors have moved (it starts each time from the
 * offsets the links were made with).
 */
import { distanceToEdge } from './edgeGeometry';
import type { SimLink } from './simulationGraph';
import { PARALLEL_SPACING } from './simulationGraph';

/** Map units within which two lines are drawn over each other (both are a few pixels wide). */
export const OVERLAP_DISTANCE = 8;
const SAMPLES = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];

const madeWith = new WeakMap<SimLink, number>();

const at = (node: SimLink['source']) => ({ x: node.x ?? 0, y: node.y ?? 0, radius: node.radius });
const distanceTo = (point: { x: number; y: number }, link: SimLink) => distanceToEdge(point, at(link.source), at(link.target), link.curveOffset);

/** How much of `line`, drawn with `offset`, lies within OVERLAP_DISTANCE of `other`, and how near it comes at most. */
function overlap(line: SimLink, offset: number, other: SimLink): { share: number; nearest: number } {
  const { x: sx, y: sy } = at(line.source);
  const { x: tx, y: ty } = at(line.target);
  const length = Math.hypot(tx - sx, ty - sy) || 1;
  // Points of the quadratic curve with its control point at twice the offset, as edgeGeometry draws it.
  const cx = (sx + tx) / 2 - ((ty - sy) / length) * offset * 2;
  const cy = (sy + ty) / 2 + ((tx - sx) / length) * offset * 2;
  let near = 0;
  let nearest = Infinity;
  for (const t of SAMPLES) {
    const u = 1 - t;
    const point = { x: u * u * sx + 2 * u * t * cx + t * t * tx, y: u * u * sy + 2 * u * t * cy + t * t * ty };
    const distance = distanceTo(point, other);
    nearest = Math.min(nearest, distance);
    if (distance < OVERLAP_DISTANCE) near++;
  }
  return { share: near / SAMPLES.length, nearest };
}

export function bowApartOverlappingLines(links: readonly SimLink[]): void {
  const byActor = new Map<string, SimLink[]>();
  for (const link of links) {
    if (link.role !== 'relation') continue;
    if (!madeWith.has(link)) madeWith.set(link, link.curveOffset);
    link.curveOffset = madeWith.get(link)!;
    for (const end of [link.source.id, link.target.id]) {
      const list = byActor.get(end);
      if (list) list.push(link);
      else byActor.set(end, [link]);
    }
  }
  for (const incident of byActor.values()) {
    for (const line of incident) {
      if (madeWith.get(line) !== 0 || line.curveOffset !== 0) continue;
      for (const other of incident) {
        // Lines between the same two actors (the line itself among them) are spaced as parallel lines already.
        if ((other.source === line.source && other.target === line.target) || (other.source === line.target && other.target === line.source)) continue;
        if (overlap(line, 0, other).share < 0.5) continue;
        const left = overlap(line, PARALLEL_SPACING, other).nearest;
        const right = overlap(line, -PARALLEL_SPACING, other).nearest;
        line.curveOffset = left >= right ? PARALLEL_SPACING : -PARALLEL_SPACING;
        break;
      }
    }
  }
}
