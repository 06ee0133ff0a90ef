/**
 * placeLabels against a reference written the slow, plain way: every label tested against every
 * box, no grid of cells, and the crossing of a line and a box by orientation tests instead of
 * clipping. On random scenes (actors off the view, forced labels, pointer targets wider than
 * their shapes, obstacles, lines, small grid cells) both must choose the same labels on the same
 * sides: the grid and the clipping only make the rule fast, they must not change it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABEL_SIDES, labelBoxAt, placeLabels, segmentCrossesBox, type Box, type LabelCandidate, type LabelSide, type PlaceLabelsOptions, type PlacedLabel } from '../../src/layout/placeLabels';
import { runs } from '../propertyRuns';

type Segment = readonly [number, number, number, number];

/** Whether two closed boxes share any point of their insides (touching edges do not count). */
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const area = (a: Box, b: Box) => {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
};
const grow = (box: Box, by: number): Box => ({ x0: box.x0 - by, y0: box.y0 - by, x1: box.x1 + by, y1: box.y1 + by });

// Orientation tests: on whole-pixel scenes, a hair from the box's edges, their signs are exact.
const orientation = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) => Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
const onSegment = (ax: number, ay: number, bx: number, by: number, px: number, py: number) =>
  Math.min(ax, bx) <= px && px <= Math.max(ax, bx) && Math.min(ay, by) <= py && py <= Math.max(ay, by);
function segmentsMeet([ax, ay, bx, by]: Segment, [cx, cy, dx, dy]: Segment): boolean {
  const o1 = orientation(ax, ay, bx, by, cx, cy);
  const o2 = orientation(ax, ay, bx, by, dx, dy);
  const o3 = orientation(cx, cy, dx, dy, ax, ay);
  const o4 = orientation(cx, cy, dx, dy, bx, by);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && onSegment(ax, ay, bx, by, cx, cy)) ||
    (o2 === 0 && onSegment(ax, ay, bx, by, dx, dy)) ||
    (o3 === 0 && onSegment(cx, cy, dx, dy, ax, ay)) ||
    (o4 === 0 && onSegment(cx, cy, dx, dy, bx, by))
  );
}
/**
 * Whether a segment passes through the inside of a box: whether it meets the box shrunk by a hair
 * (an end inside, or meeting one of its edges). A line along an edge or through a corner does not.
 */
function segmentMeetsBox(segment: Segment, box: Box): boolean {
  const hair = 1e-6;
  const inner = { x0: box.x0 + hair, y0: box.y0 + hair, x1: box.x1 - hair, y1: box.y1 - hair };
  const inside = (x: number, y: number) => inner.x0 <= x && x <= inner.x1 && inner.y0 <= y && y <= inner.y1;
  if (inside(segment[0], segment[1]) || inside(segment[2], segment[3])) return true;
  const edges: Segment[] = [
    [inner.x0, inner.y0, inner.x1, inner.y0],
    [inner.x1, inner.y0, inner.x1, inner.y1],
    [inner.x1, inner.y1, inner.x0, inner.y1],
    [inner.x0, inner.y1, inner.x0, inner.y0],
  ];
  return edges.some((edge) => segmentsMeet(segment, edge));
}

/** The rule of placeLabels, read from its documentation and written without any speed-up. */
function referencePlaceLabels(candidates: readonly LabelCandidate[], options: PlaceLabelsOptions): Map<string, PlacedLabel> {
  const { width, height, gap = 3, padding = 3, sides = LABEL_SIDES, overShapes = false, lines = [], obstacles = [] } = options;
  const onScreen = (c: LabelCandidate) => c.x + c.shape.right >= 0 && c.x - c.shape.left <= width && c.y + c.shape.bottom >= 0 && c.y - c.shape.top <= height;
  const inView = (box: Box) => box.x0 >= 0 && box.y0 >= 0 && box.x1 <= width && box.y1 <= height;
  // Every actor in view keeps its shape and its pointer target, a pixel wider, free of others' labels.
  const shapes = candidates.filter(onScreen).map((c) => {
    const reach = c.hitRadius ?? 0;
    return { owner: c.id, box: { x0: c.x - Math.max(c.shape.left, reach) - 1, x1: c.x + Math.max(c.shape.right, reach) + 1, y0: c.y - Math.max(c.shape.top, reach) - 1, y1: c.y + Math.max(c.shape.bottom, reach) + 1 } };
  });
  const taken: { owner: string; box: Box }[] = obstacles.map((box, i) => ({ owner: `obstacle ${i}`, box }));
  const labelsOver = (box: Box, self: string) => taken.filter((other) => other.owner !== self && overlaps(box, other.box));
  const shapesUnder = (box: Box, self: string) => shapes.filter((other) => other.owner !== self && overlaps(box, other.box));
  const crossings = (box: Box) => lines.filter((line) => segmentMeetsBox(line, box)).length;

  const eligible = candidates.filter((c) => !c.shapeOnly && c.width > 0 && (c.forced || onScreen(c)));
  eligible.sort((a, b) => Number(Boolean(b.forced)) - Number(Boolean(a.forced)) || b.priority - a.priority || (a.id < b.id ? -1 : 1));
  const placed = new Map<string, PlacedLabel>();
  for (const c of eligible) {
    const order = c.currentSide && sides.includes(c.currentSide) ? [c.currentSide, ...sides.filter((side) => side !== c.currentSide)] : [...sides];
    const tried = order.map((side) => {
      const box = labelBoxAt(c, side, gap);
      const apart = inView(box) && labelsOver(grow(box, padding), c.id).length === 0;
      const free = apart && shapesUnder(box, c.id).length === 0;
      return { side, box, apart, free, crossed: free ? crossings(box) : Infinity };
    });
    const free = tried.filter((t) => t.free);
    let chosen = free.find((t) => t.crossed === 0) ?? null;
    // A label kept where it is stays while its side is free, even across lines.
    if (c.currentSide && tried[0]!.free) chosen = tried[0]!;
    if (!chosen && free.length > 0) chosen = free.reduce((best, t) => (t.crossed < best.crossed ? t : best));
    if (!chosen && overShapes) chosen = tried.find((t) => t.apart) ?? null;
    if (!chosen && c.forced) {
      const cost = (t: (typeof tried)[number]) =>
        labelsOver(grow(t.box, padding), c.id).reduce((sum, other) => sum + area(grow(t.box, padding), other.box), 0) +
        shapesUnder(t.box, c.id).reduce((sum, other) => sum + area(t.box, other.box), 0) +
        (inView(t.box) ? 0 : (t.box.x1 - t.box.x0) * (t.box.y1 - t.box.y0));
      chosen = tried.reduce((best, t) => (cost(t) < cost(best) ? t : best));
    }
    if (!chosen) continue;
    placed.set(c.id, { side: chosen.side, box: chosen.box });
    taken.push({ owner: c.id, box: grow(chosen.box, padding) });
  }
  return placed;
}

const SIDE = fc.constantFrom<LabelSide>(...LABEL_SIDES);
const VIEW = { width: 240, height: 180 };
/** A crowded scene on whole pixels, so that edges touch exactly as often as they miss. */
const scene = fc.record({
  candidates: fc.uniqueArray(
    fc.record({
      id: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split('')),
      x: fc.integer({ min: -40, max: VIEW.width + 40 }),
      y: fc.integer({ min: -40, max: VIEW.height + 40 }),
      shape: fc.record({ left: fc.integer({ min: 2, max: 14 }), right: fc.integer({ min: 2, max: 14 }), top: fc.integer({ min: 2, max: 14 }), bottom: fc.integer({ min: 2, max: 14 }) }),
      width: fc.integer({ min: 0, max: 90 }),
      height: fc.constantFrom(12, 14, 28),
      priority: fc.integer({ min: 0, max: 4 }),
      hitRadius: fc.option(fc.integer({ min: 4, max: 24 }), { nil: undefined }),
      currentSide: fc.option(SIDE, { nil: undefined }),
      shapeOnly: fc.boolean(),
    }),
    { selector: (c) => c.id, minLength: 1, maxLength: 24 },
  ),
  forcedIds: fc.uniqueArray(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split('')), { maxLength: 4 }),
  gap: fc.integer({ min: 0, max: 6 }),
  padding: fc.integer({ min: 0, max: 5 }),
  cellSize: fc.constantFrom(8, 24, 64, 500),
  overShapes: fc.boolean(),
  sides: fc.constantFrom<readonly LabelSide[]>(LABEL_SIDES, ['right', 'below'], ['left']),
  lines: fc.array(
    fc.oneof(
      fc.tuple(fc.integer({ min: -20, max: 260 }), fc.integer({ min: -20, max: 200 }), fc.integer({ min: -20, max: 260 }), fc.integer({ min: -20, max: 200 })),
      // Level and upright lines, which the clipping treats apart.
      fc.tuple(fc.integer({ min: -20, max: 260 }), fc.integer({ min: -20, max: 200 }), fc.integer({ min: -20, max: 260 })).map(([x0, y, x1]): Segment => [x0, y, x1, y]),
      fc.tuple(fc.integer({ min: -20, max: 260 }), fc.integer({ min: -20, max: 200 }), fc.integer({ min: -20, max: 200 })).map(([x, y0, y1]): Segment => [x, y0, x, y1]),
    ),
    { maxLength: 8 },
  ),
  obstacles: fc.array(
    fc.tuple(fc.integer({ min: -10, max: 230 }), fc.integer({ min: -10, max: 170 }), fc.integer({ min: 4, max: 60 }), fc.integer({ min: 4, max: 60 })).map(([x0, y0, w, h]): Box => ({ x0, y0, x1: x0 + w, y1: y0 + h })),
    { maxLength: 3 },
  ),
});

describe('placeLabels, against a plain reference of its rule', () => {
  it('chooses the same labels on the same sides as testing every box against every other, on random crowded scenes', () => {
    let forcedPlaced = 0;
    let dropped = 0;
    let overLines = 0;
    fc.assert(
      fc.property(scene, ({ candidates: drawn, forcedIds, lines, ...options }) => {
        const candidates: LabelCandidate[] = drawn.map((c) => ({ ...c, forced: forcedIds.includes(c.id) }));
        const full = { ...VIEW, ...options, lines: lines as Segment[] };
        const expected = referencePlaceLabels(candidates, full);
        expect(placeLabels(candidates, full)).toEqual(expected);
        // The same labels whatever order the actors come in.
        expect(placeLabels([...candidates].reverse(), full)).toEqual(expected);
        forcedPlaced += candidates.filter((c) => c.forced && expected.has(c.id)).length;
        dropped += candidates.filter((c) => !c.shapeOnly && c.width > 0 && !expected.has(c.id)).length;
        overLines += [...expected.values()].filter(({ box }) => lines.some((line) => segmentMeetsBox(line, box))).length;
      }),
      runs(300),
    );
    // The scenes reach each rule: forced labels, labels left out for want of room, labels on lines.
    expect(forcedPlaced).toBeGreaterThan(0);
    expect(dropped).toBeGreaterThan(0);
    expect(overLines).toBeGreaterThan(0);
  });

  it('counts a line as crossing a box when it passes through its inside, not along an edge or through a corner', () => {
    let met = 0;
    let missed = 0;
    const coordinate = fc.integer({ min: 0, max: 12 });
    fc.assert(
      fc.property(
        fc.oneof(fc.tuple(coordinate, coordinate, coordinate, coordinate), fc.tuple(coordinate, coordinate, coordinate).map(([x0, y, x1]): Segment => [x0, y, x1, y]), fc.tuple(coordinate, coordinate, coordinate).map(([x, y0, y1]): Segment => [x, y0, x, y1])),
        fc.tuple(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 2, max: 6 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })),
        (segment, [x0, y0, w, h]) => {
          const box = { x0, y0, x1: x0 + w, y1: y0 + h };
          const expected = segmentMeetsBox(segment, box);
          if (expected) met++;
          else missed++;
          expect(segmentCrossesBox(segment[0], segment[1], segment[2], segment[3], box), `[${segment.join(', ')}] and ${JSON.stringify(box)}`).toBe(expected);
        },
      ),
      runs(1000),
    );
    expect(met).toBeGreaterThan(0);
    expect(missed).toBeGreaterThan(0);
  });
});
