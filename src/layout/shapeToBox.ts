/**
 * A settled drawing shaped like the box it is shown in: turned so that its long side lies along
 * the box's long side, then spread along its short side until it fills the box. Turning keeps
 * every distance; spreading along one axis only ever moves actors apart. So a wide map gets a
 * wide drawing and a phone a tall one, from the same layout, without running the layout again.
 *
 * Pure and deterministic: the same drawing and box give the same shape on every load.
 */
import type { Point } from './edgeGeometry';
import { LABEL_LINE_HEIGHT } from './labelLines';

/** Between an actor's shape and the label under it, as nodeBounds counts it. */
const LABEL_GAP = 4;

/**
 * One actor as a fit sees it: its centre, and how far its shape and label reach around it, in map
 * units (they grow with the zoom) and in screen pixels (labels that keep their size on screen).
 */
export interface ShapeNode extends Point {
  /** Half width, and reach above and below the centre, in map units. */
  halfWidth: number;
  above: number;
  below: number;
  /** The same in screen pixels, for parts drawn at a constant size whatever the zoom. */
  screenHalfWidth?: number;
  screenAbove?: number;
  screenBelow?: number;
}

export interface FitBox {
  width: number;
  height: number;
  /** Screen pixels kept free on each side. */
  padding: number;
  /** The largest scale a fit uses. */
  maxScale: number;
  minScale: number;
}

/** How a drawing is turned and spread: about `centre`, by `angle` radians, then `stretchX`/`stretchY` along the box's axes. */
export interface DrawingShape {
  centre: Point;
  angle: number;
  stretchX: number;
  stretchY: number;
}

export const IDENTITY_SHAPE: DrawingShape = { centre: { x: 0, y: 0 }, angle: 0, stretchX: 1, stretchY: 1 };

/** Turns tried, in degrees: a drawing is turned no more than it gains from. */
const ANGLES = [0, 15, -15, 30, -30, 45, -45, 60, -60, 75, -75, 90];
/** A turn must make the drawing this much larger on screen than the turn before it in ANGLES to be taken. */
const TURN_GAIN = 1.08;
/** Spreading stops here: beyond it lines along the spread axis grow long for little gain. */
export const MAX_STRETCH = 2.5;
/** A small map shown at the largest scale is spread out evenly by up to this much. */
export const MAX_SPREAD = 3;

export function applyShape(point: Point, { centre, angle, stretchX, stretchY }: DrawingShape): Point {
  const dx = point.x - centre.x;
  const dy = point.y - centre.y;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return { x: centre.x + (dx * cos - dy * sin) * stretchX, y: centre.y + (dx * sin + dy * cos) * stretchY };
}

interface Extent {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** Where the drawing reaches at scale k, in screen pixels relative to the map's origin. */
function screenExtent(nodes: readonly ShapeNode[], points: readonly Point[], k: number): Extent {
  const extent = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  nodes.forEach((node, i) => {
    const { x, y } = points[i]!;
    const halfWidth = Math.max(k * node.halfWidth, node.screenHalfWidth ?? 0);
    extent.minX = Math.min(extent.minX, k * x - halfWidth);
    extent.maxX = Math.max(extent.maxX, k * x + halfWidth);
    extent.minY = Math.min(extent.minY, k * y - k * node.above - (node.screenAbove ?? 0));
    extent.maxY = Math.max(extent.maxY, k * y + k * node.below + (node.screenBelow ?? 0));
  });
  return extent;
}

/** Whether the drawing at scale k fits inside the box's padding. */
function fitsAt(nodes: readonly ShapeNode[], points: readonly Point[], k: number, box: FitBox): boolean {
  const extent = screenExtent(nodes, points, k);
  // Stryker disable next-line EqualityOperator: with a billionth of slack, < and <= differ only by rounding.
  return extent.maxX - extent.minX <= box.width - 2 * box.padding + 1e-9 && extent.maxY - extent.minY <= box.height - 2 * box.padding + 1e-9;
}

/**
 * The largest scale at which the drawing fits the box: a drawing's reach grows with the scale
 * (less than in proportion when labels keep their screen size), so halving the interval finds it.
 */
export function fitScale(nodes: readonly ShapeNode[], points: readonly Point[] = nodes, box: FitBox): number {
  // Stryker disable next-line ConditionalExpression: a shortcut; an empty drawing fits at any scale.
  if (nodes.length === 0) return box.maxScale;
  if (fitsAt(nodes, points, box.maxScale, box)) return box.maxScale;
  // Stryker disable next-line ConditionalExpression: a shortcut; halving never leaves the smallest scale if nothing larger fits.
  if (!fitsAt(nodes, points, box.minScale, box)) return box.minScale;
  let low = box.minScale;
  let high = box.maxScale;
  // Stryker disable next-line EqualityOperator: one halving more or less changes the scale by less than a millionth.
  for (let i = 0; i < 40; i++) {
    const middle = (low + high) / 2;
    if (fitsAt(nodes, points, middle, box)) low = middle;
    else high = middle;
  }
  return low;
}

/** The share of the box's area that the drawing's bounding box covers once fitted (0–1). */
export function coverage(nodes: readonly ShapeNode[], points: readonly Point[], box: FitBox): number {
  if (nodes.length === 0) return 0;
  const k = fitScale(nodes, points, box);
  const extent = screenExtent(nodes, points, k);
  return (Math.min(box.width, extent.maxX - extent.minX) * Math.min(box.height, extent.maxY - extent.minY)) / (box.width * box.height);
}

const shaped = (nodes: readonly ShapeNode[], shape: DrawingShape) => nodes.map((node) => applyShape(node, shape));

/**
 * The turn and spread that show the drawing largest in the box, and then fill it. Among turns the
 * smallest that gains is kept, so a drawing already shaped like its box stays as it is (and a
 * drawing shaped here once is not turned again).
 */
export function shapeToBox(nodes: readonly ShapeNode[], box: FitBox): DrawingShape {
  if (nodes.length < 2) return IDENTITY_SHAPE;
  const centre = {
    x: nodes.reduce((sum, node) => sum + node.x, 0) / nodes.length,
    y: nodes.reduce((sum, node) => sum + node.y, 0) / nodes.length,
  };
  let best = { ...IDENTITY_SHAPE, centre };
  let bestScale = fitScale(nodes, nodes, box);
  // Stryker disable next-line MethodExpression: turning by 0 again gains nothing, so it is never taken.
  for (const degrees of ANGLES.slice(1)) {
    const shape = { ...IDENTITY_SHAPE, centre, angle: (degrees * Math.PI) / 180 };
    const scale = fitScale(nodes, shaped(nodes, shape), box);
    if (scale > bestScale * TURN_GAIN) {
      best = shape;
      bestScale = scale;
    }
  }
  // A small drawing shown at the largest scale still leaves room: spread it out evenly first.
  // Stryker disable next-line ConditionalExpression: a shortcut; a drawing that does not fit at the largest scale spreads by 1.
  if (bestScale >= box.maxScale) {
    const spreadFits = (spread: number) => fitsAt(nodes, shaped(nodes, { ...best, stretchX: spread, stretchY: spread }), box.maxScale, box);
    const spread = largest(spreadFits, MAX_SPREAD);
    best = { ...best, stretchX: spread, stretchY: spread };
  }
  // At the best turn's scale one axis is full; spread the other until it is full too.
  const extent = screenExtent(nodes, shaped(nodes, best), bestScale);
  const spareX = box.width - 2 * box.padding - (extent.maxX - extent.minX);
  const spareY = box.height - 2 * box.padding - (extent.maxY - extent.minY);
  const axis = spareX > spareY ? 'stretchX' : 'stretchY';
  const stretch = largest((factor) => fitScale(nodes, shaped(nodes, { ...best, [axis]: best[axis] * factor }), box) >= bestScale * (1 - 1e-6), MAX_STRETCH);
  return { ...best, [axis]: Math.round(best[axis] * stretch * 1000) / 1000 };
}

/** The largest factor in [1, max] that `fits`, to three decimals, given that `fits` holds up to some point and not after. */
function largest(fits: (factor: number) => boolean, max: number): number {
  if (fits(max)) return max;
  let low = 1;
  let high = max;
  // Stryker disable next-line EqualityOperator: one halving more changes nothing at three decimals.
  for (let i = 0; i < 30; i++) {
    const middle = (low + high) / 2;
    if (fits(middle)) low = middle;
    else high = middle;
  }
  return Math.floor(low * 1000) / 1000;
}

/** An actor of the simulation as a fit sees it: its shape, and its label under it, both in map units. */
export function shapeNode(node: { x?: number; y?: number; radius: number; labelWidth: number; labelLines: readonly string[]; labelScale: number }): ShapeNode {
  return {
    x: node.x ?? 0,
    y: node.y ?? 0,
    halfWidth: Math.max(node.radius, node.labelWidth / 2),
    above: node.radius,
    below: node.radius + LABEL_GAP + LABEL_LINE_HEIGHT * node.labelScale * node.labelLines.length,
  };
}
