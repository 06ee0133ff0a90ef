import { LABEL_LINE_HEIGHT } from './labelLines';

/** Where an arrow is drawn between two node circles; pure arithmetic, called for every painted frame. */

export interface Point {
  x: number;
  y: number;
}

export interface EdgeGeometry {
  path: string;
  /** The curve's midpoint, where a status mark sits. */
  mid: Point;
}

const ARROW_GAP = 3;

export function edgeGeometry(source: Point & { radius: number }, target: Point & { radius: number }, curveOffset: number): EdgeGeometry {
  const { start, control, end } = curvePoints(source, target, curveOffset);
  const mid = {
    x: 0.25 * start.x + 0.5 * control.x + 0.25 * end.x,
    y: 0.25 * start.y + 0.5 * control.y + 0.25 * end.y,
  };
  const path =
    curveOffset === 0
      ? `M${round(start.x)},${round(start.y)}L${round(end.x)},${round(end.y)}`
      : `M${round(start.x)},${round(start.y)}Q${round(control.x)},${round(control.y)} ${round(end.x)},${round(end.y)}`;
  return { path, mid };
}

/** The quadratic curve from the edge of one node to just short of the other, bowed by `curveOffset`. */
export function curvePoints(source: Point & { radius: number }, target: Point & { radius: number }, curveOffset: number) {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  // Math.sqrt, not Math.hypot: hypot guards against overflow no map coordinate reaches, and costs
  // several times more, six times per line per frame.
  const length = Math.sqrt(dx * dx + dy * dy) || 1;
  // The control point sits on the perpendicular through the middle, twice the offset away, so the
  // curve itself passes `curveOffset` from the straight line.
  const control = {
    x: (source.x + target.x) / 2 - (dy / length) * curveOffset * 2,
    y: (source.y + target.y) / 2 + (dx / length) * curveOffset * 2,
  };
  return { start: towards(source, control, source.radius), control, end: towards(target, control, target.radius + ARROW_GAP) };
}

function towards(from: Point, to: Point, distance: number): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.sqrt(dx * dx + dy * dy) || 1;
  return { x: from.x + (dx / length) * distance, y: from.y + (dy / length) * distance };
}

const round = (value: number) => Math.round(value * 10) / 10;

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The box that holds every node with the label under it. */
export function nodeBounds(nodes: readonly (Point & { radius: number; labelWidth: number; labelLineCount: number; labelScale?: number })[]): Bounds {
  if (nodes.length === 0) return { minX: -50, minY: -50, maxX: 50, maxY: 50 };
  const bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const node of nodes) {
    const halfWidth = Math.max(node.radius, node.labelWidth / 2);
    bounds.minX = Math.min(bounds.minX, node.x - halfWidth);
    bounds.maxX = Math.max(bounds.maxX, node.x + halfWidth);
    bounds.minY = Math.min(bounds.minY, node.y - node.radius);
    bounds.maxY = Math.max(bounds.maxY, node.y + node.radius + 4 + LABEL_LINE_HEIGHT * (node.labelScale ?? 1) * node.labelLineCount);
  }
  return bounds;
}

/** The smallest scale a fit uses; zoom's own scale extent starts here too. */
export const MIN_FIT_SCALE = 0.05;

/** The largest scale a fit uses, so that a small map's actors are not drawn huge. */
export const MAX_FIT_SCALE = 1.6;

/** Screen pixels kept free around the map when it is fitted to its box. */
export const FIT_PADDING = 24;

/** FIT_PADDING, or less on a phone, where 24 px on each side would cost a fifth of the map. */
export function fitPadding(width: number, height: number): number {
  return Math.min(FIT_PADDING, Math.round(Math.min(width, height) * 0.04));
}

/** The zoom transform that shows `bounds` whole and centred in a viewport, never enlarged past `maxScale`. */
export function fitTransform(bounds: Bounds, width: number, height: number, padding = 16, maxScale = MAX_FIT_SCALE): { x: number; y: number; k: number } {
  const boundsWidth = Math.max(1, bounds.maxX - bounds.minX);
  const boundsHeight = Math.max(1, bounds.maxY - bounds.minY);
  const k = Math.max(MIN_FIT_SCALE, Math.min(maxScale, (width - padding * 2) / boundsWidth, (height - padding * 2) / boundsHeight));
  return { x: width / 2 - k * (bounds.minX + boundsWidth / 2), y: height / 2 - k * (bounds.minY + boundsHeight / 2), k };
}

const CURVE_SAMPLES = 16;

/**
 * How far a point lies from an edge as drawn (the same trimmed curve as edgeGeometry), so the
 * nearest line under the pointer can win over one merely drawn later.
 */
export function distanceToEdge(point: Point, source: Point & { radius: number }, target: Point & { radius: number }, curveOffset: number): number {
  const { start, control, end } = curvePoints(source, target, curveOffset);
  let best = Infinity;
  let previous = start;
  for (let i = 1; i <= CURVE_SAMPLES; i++) {
    const t = i / CURVE_SAMPLES;
    const u = 1 - t;
    const next = {
      x: u * u * start.x + 2 * u * t * control.x + t * t * end.x,
      y: u * u * start.y + 2 * u * t * control.y + t * t * end.y,
    };
    best = Math.min(best, distanceToSegment(point, previous, next));
    previous = next;
  }
  return best;
}

function distanceToSegment(point: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / lengthSquared));
  return Math.hypot(point.x - (a.x + t * dx), point.y - (a.y + t * dy));
}

/** The ids of the nodes whose centres a view shows: what a story step keeps as its camera. */
export function nodesInView(nodes: readonly (Point & { id: string })[], view: { x: number; y: number; k: number }, width: number, height: number): string[] {
  return nodes
    .filter((node) => {
      const screenX = view.x + view.k * node.x;
      const screenY = view.y + view.k * node.y;
      return screenX >= 0 && screenX <= width && screenY >= 0 && screenY <= height;
    })
    .map((node) => node.id);
}
