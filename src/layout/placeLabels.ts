/**
 * Which actors' labels to show, and on which side of the shape, so that no two labels overlap and
 * no label covers an actor's shape. Pure: it works in screen pixels on what it is given (where each
 * actor is on screen, how big its shape and its label are) and returns a choice, so the SVG map,
 * the canvas map and the tests share one rule.
 *
 * Greedy, as sigma's label grid: labels that must show (the selection, its neighbours, what is
 * hovered or focused) go first, then by priority (the number of relations), ties by id, so the
 * same view always gives the same labels. Each label tries below, above, right and left of its
 * shape and takes the first side that is inside the view and free of placed labels and of every
 * actor's shape. A uniform grid of cells keeps each test local.
 */

export type LabelSide = 'below' | 'above' | 'right' | 'left';

export const LABEL_SIDES: readonly LabelSide[] = ['below', 'above', 'right', 'left'];

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelCandidate {
  id: string;
  /** The actor's centre on screen, in CSS pixels. */
  x: number;
  y: number;
  /** How far the actor's shape reaches from its centre on screen, in CSS pixels. */
  shape: { left: number; right: number; top: number; bottom: number };
  /** The label's size on screen, in CSS pixels. */
  width: number;
  height: number;
  /** Higher goes first: the actor's number of relations. */
  priority: number;
  /** Shown whatever it overlaps (selected, hovered, focused, or a neighbour of the selection). */
  forced?: boolean;
  /** The reach of the actor's pointer target, if wider than its shape: no other label goes under it, where a tap would pick this actor. */
  hitRadius?: number;
  /** The side it shows on now: kept while it is free, so labels do not jump as the view changes or under a pointer. */
  currentSide?: LabelSide;
  /** Only an obstacle: its shape is avoided, its label is not placed (a label nobody asked for). */
  shapeOnly?: boolean;
}

export interface PlaceLabelsOptions {
  /** The view, in CSS pixels from its top left corner. */
  width: number;
  height: number;
  /** Between a shape and its label, in CSS pixels. */
  gap?: number;
  /** Kept free around each label, so two labels are at least twice this apart. */
  padding?: number;
  /** Tried in this order. */
  sides?: readonly LabelSide[];
  /** Side of a grid cell, in CSS pixels. */
  cellSize?: number;
  /**
   * Whether a label that fits nowhere off the shapes may lie over a shape (still apart from other
   * labels and inside the view). For dense maps, where the shapes leave no room between them.
   */
  overShapes?: boolean;
  /**
   * Lines on screen ([x0, y0, x1, y1]): among the free sides, a label takes the one that crosses
   * the fewest, so it leaves lines' own stretches free to click.
   */
  lines?: readonly (readonly [number, number, number, number])[];
  /** Boxes drawn over the view (its buttons and key): no label goes under one, where it could not be read. */
  obstacles?: readonly Box[];
}

export interface PlacedLabel {
  side: LabelSide;
  box: Box;
}

/** The label's box on one side of its shape, in screen pixels. */
export function labelBoxAt(candidate: Pick<LabelCandidate, 'x' | 'y' | 'shape' | 'width' | 'height'>, side: LabelSide, gap: number): Box {
  const { x, y, shape, width, height } = candidate;
  switch (side) {
    case 'below':
      return { x0: x - width / 2, x1: x + width / 2, y0: y + shape.bottom + gap, y1: y + shape.bottom + gap + height };
    case 'above':
      return { x0: x - width / 2, x1: x + width / 2, y0: y - shape.top - gap - height, y1: y - shape.top - gap };
    case 'right':
      return { x0: x + shape.right + gap, x1: x + shape.right + gap + width, y0: y - height / 2, y1: y + height / 2 };
    case 'left':
      return { x0: x - shape.left - gap - width, x1: x - shape.left - gap, y0: y - height / 2, y1: y + height / 2 };
  }
}

export const boxesOverlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

const overlapArea = (a: Box, b: Box) => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

const inflate = (box: Box, by: number): Box => ({ x0: box.x0 - by, y0: box.y0 - by, x1: box.x1 + by, y1: box.y1 + by });

/**
 * Boxes bucketed by the grid cells they touch; a query reads only the cells its box touches.
 * Cells cover the view with one ring around it; anything further out falls in the ring.
 */
function createGrid(width: number, height: number, cellSize: number) {
  const columns = Math.ceil(width / cellSize) + 2;
  const rows = Math.ceil(height / cellSize) + 2;
  const cells: { box: Box; owner: string }[][] = Array.from({ length: columns * rows }, () => []);
  const clamp = (value: number, max: number) => (value < 0 ? 0 : value > max ? max : value);
  const column = (x: number) => clamp(Math.floor(x / cellSize) + 1, columns - 1);
  const row = (y: number) => clamp(Math.floor(y / cellSize) + 1, rows - 1);
  return {
    add(box: Box, owner: string) {
      const entry = { box, owner };
      for (let c = column(box.x0), c1 = column(box.x1); c <= c1; c++) {
        for (let r = row(box.y0), r1 = row(box.y1); r <= r1; r++) cells[r * columns + c]!.push(entry);
      }
    },
    /** Calls back once per distinct owner whose box meets this one. */
    visit(box: Box, callback: (owner: string) => void) {
      const seen = new Set<string>();
      for (let c = column(box.x0), c1 = column(box.x1); c <= c1; c++) {
        for (let r = row(box.y0), r1 = row(box.y1); r <= r1; r++) {
          for (const entry of cells[r * columns + c]!) {
            if (seen.has(entry.owner) || !boxesOverlap(box, entry.box)) continue;
            seen.add(entry.owner);
            callback(entry.owner);
          }
        }
      }
    },
    /** Total overlap with boxes of other owners; stops at the first one when `any` is set. */
    overlap(box: Box, except: string, any: boolean): number {
      let total = 0;
      // A box listed in several of the cells searched counts once.
      const counted = new Set<{ box: Box; owner: string }>();
      for (let c = column(box.x0), c1 = column(box.x1); c <= c1; c++) {
        for (let r = row(box.y0), r1 = row(box.y1); r <= r1; r++) {
          for (const entry of cells[r * columns + c]!) {
            if (entry.owner === except || counted.has(entry) || !boxesOverlap(box, entry.box)) continue;
            if (any) return 1;
            counted.add(entry);
            total += overlapArea(box, entry.box);
          }
        }
      }
      return total;
    },
  };
}

/**
 * Whether the segment from (x0, y0) to (x1, y1) passes through the inside of the box (Liang–Barsky
 * clipping). A line that only runs along an edge or touches a corner does not cross it, as boxes
 * that only touch do not overlap.
 */
export function segmentCrossesBox(x0: number, y0: number, x1: number, y1: number, box: Box): boolean {
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, x0 - box.x0],
    [dx, box.x1 - x0],
    [-dy, y0 - box.y0],
    [dy, box.y1 - y0],
  ] as const) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}

/** Orders candidates: forced first, then by priority, then by id. */
export function labelOrder(a: LabelCandidate, b: LabelCandidate): number {
  if (Boolean(a.forced) !== Boolean(b.forced)) return a.forced ? -1 : 1;
  if (a.priority !== b.priority) return b.priority - a.priority;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Chooses the labels to show and their sides. Returns the placed labels by actor id; an actor
 * not in the result shows no label. A forced label that fits nowhere still shows, on the side
 * where it overlaps least.
 */
export function placeLabels(candidates: readonly LabelCandidate[], options: PlaceLabelsOptions): Map<string, PlacedLabel> {
  const { width, height, gap = 3, padding = 3, sides = LABEL_SIDES, cellSize = 64, overShapes = false, lines = [], obstacles = [] } = options;
  const shapes = createGrid(width, height, cellSize);
  const labels = createGrid(width, height, cellSize);
  // An obstacle is kept free as a placed label is: no actor's id can be its owner.
  // Stryker disable next-line StringLiteral: any owner that is no actor's id does; an empty one too.
  obstacles.forEach((box, i) => labels.add(box, `\u0000obstacle ${i}`));
  const onScreen = (c: LabelCandidate) => c.x + c.shape.right >= 0 && c.x - c.shape.left <= width && c.y + c.shape.bottom >= 0 && c.y - c.shape.top <= height;
  for (const candidate of candidates) {
    if (!onScreen(candidate)) continue;
    // Other labels keep a pixel off the shape and its pointer target; its own label sits by the shape.
    const { shape, x, y } = candidate;
    const reach = candidate.hitRadius ?? 0;
    shapes.add({ x0: x - Math.max(shape.left, reach) - 1, x1: x + Math.max(shape.right, reach) + 1, y0: y - Math.max(shape.top, reach) - 1, y1: y + Math.max(shape.bottom, reach) + 1 }, candidate.id);
  }
  const lineGrid = createGrid(width, height, cellSize);
  lines.forEach(([x0, y0, x1, y1], i) => lineGrid.add({ x0: Math.min(x0, x1), y0: Math.min(y0, y1), x1: Math.max(x0, x1), y1: Math.max(y0, y1) }, String(i)));
  const crossings = (box: Box) => {
    if (lines.length === 0) return 0;
    let count = 0;
    lineGrid.visit(box, (owner) => {
      const [x0, y0, x1, y1] = lines[Number(owner)]!;
      if (segmentCrossesBox(x0, y0, x1, y1, box)) count++;
    });
    return count;
  };
  const placed = new Map<string, PlacedLabel>();
  const inView = (box: Box) => box.x0 >= 0 && box.y0 >= 0 && box.x1 <= width && box.y1 <= height;
  const ordered = candidates.filter((c) => !c.shapeOnly && c.width > 0 && (c.forced || onScreen(c))).sort(labelOrder);
  for (const candidate of ordered) {
    let chosen: PlacedLabel | null = null;
    let chosenCrossings = Infinity;
    let overShape: PlacedLabel | null = null;
    let best: { placed: PlacedLabel; cost: number } | null = null;
    const order = candidate.currentSide && sides.includes(candidate.currentSide) ? [candidate.currentSide, ...sides.filter((side) => side !== candidate.currentSide)] : sides;
    for (const [attempt, side] of order.entries()) {
      const box = labelBoxAt(candidate, side, gap);
      const padded = inflate(box, padding);
      const apart = inView(box) && labels.overlap(padded, candidate.id, true) === 0;
      if (apart && shapes.overlap(box, candidate.id, true) === 0) {
        const crossed = crossings(box);
        if (!chosen || crossed < chosenCrossings) {
          chosen = { side, box };
          chosenCrossings = crossed;
        }
        if (crossed === 0 || (attempt === 0 && candidate.currentSide)) break;
        continue;
      }
      if (apart && overShapes && !overShape) overShape = { side, box };
      if (candidate.forced) {
        // Outside the view counts as much as covering its own area.
        const outside = inView(box) ? 0 : (box.x1 - box.x0) * (box.y1 - box.y0);
        const cost = labels.overlap(padded, candidate.id, false) + shapes.overlap(box, candidate.id, false) + outside;
        if (!best || cost < best.cost) best = { placed: { side, box }, cost };
      }
    }
    const result = chosen ?? overShape ?? best?.placed;
    if (!result) continue;
    placed.set(candidate.id, result);
    labels.add(inflate(result.box, padding), candidate.id);
  }
  return placed;
}
