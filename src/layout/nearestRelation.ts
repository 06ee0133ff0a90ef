import { distanceToEdge, type Point } from './edgeGeometry';
import type { SimLink } from './simulationGraph';

/** How far from a line a touch still picks it, in screen pixels beyond the line's half width (Cytoscape's touch rule). */
export const TOUCH_LINE_REACH_PX = 24;

/**
 * The drawn relation nearest a point, among those shown, if it lies within `maxDistance` (map
 * units), else null. Ties go to the relation listed first, so the choice is the same every time.
 */
export function nearestRelation(point: Point, links: readonly SimLink[], isShown: (link: SimLink) => boolean, maxDistance = Infinity): SimLink | null {
  let nearest: SimLink | null = null;
  let nearestDistance = Infinity;
  for (const link of links) {
    if (link.role !== 'relation' || !isShown(link)) continue;
    const distance = distanceToEdge(
      point,
      { x: link.source.x ?? 0, y: link.source.y ?? 0, radius: link.source.radius },
      { x: link.target.x ?? 0, y: link.target.y ?? 0, radius: link.target.radius },
      link.curveOffset,
    );
    if (distance <= maxDistance && distance < nearestDistance) {
      nearest = link;
      nearestDistance = distance;
    }
  }
  return nearest;
}

/** A touch's reach around a line of `lineWidth` map units at scale `k`: half the line, plus 24 screen pixels. */
export const touchLineReach = (lineWidth: number, k: number) => lineWidth / 2 + TOUCH_LINE_REACH_PX / k;
