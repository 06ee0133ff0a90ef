import { describe, expect, it } from 'vitest';
import { boxesOverlap, labelBoxAt, placeLabels, segmentCrossesBox, type Box, type LabelCandidate } from '../../src/layout/placeLabels';

const shape = (r: number) => ({ left: r, right: r, top: r, bottom: r });
const actor = (id: string, x: number, y: number, priority: number, extra: Partial<LabelCandidate> = {}): LabelCandidate => ({
  id,
  x,
  y,
  shape: shape(10),
  width: 60,
  height: 14,
  priority,
  ...extra,
});
const VIEW = { width: 400, height: 300 };

/** A seeded crowd: many actors packed in a small view, so that not every label fits. */
function crowd(count: number, seed = 1): LabelCandidate[] {
  let state = seed;
  const random = () => ((state = (state * 1664525 + 1013904223) % 4294967296) / 4294967296);
  return Array.from({ length: count }, (_, i) => actor(`a${i}`, 20 + random() * 360, 20 + random() * 260, Math.floor(random() * 8), { width: 30 + random() * 80, height: random() < 0.3 ? 28 : 14 }));
}

const shapeBox = (c: LabelCandidate): Box => ({ x0: c.x - c.shape.left, x1: c.x + c.shape.right, y0: c.y - c.shape.top, y1: c.y + c.shape.bottom });

describe('placeLabels', () => {
  it('puts a lone label below its shape, inside the view', () => {
    const placed = placeLabels([actor('a', 200, 150, 1)], { ...VIEW, gap: 3 });
    expect(placed.get('a')).toEqual({ side: 'below', box: { x0: 170, x1: 230, y0: 163, y1: 177 } });
  });

  it('tries above, then right, then left when below is taken', () => {
    // b sits right under a, so a's label cannot go below a.
    const placed = placeLabels([actor('a', 200, 100, 5), actor('b', 200, 130, 1)], VIEW);
    expect(placed.get('a')!.side).toBe('above');
    expect(placed.get('b')!.side).toBe('below');
  });

  it('keeps labels from under the buttons and key drawn over the view', () => {
    // A column of zoom buttons at the right edge covers the space below an actor beside it.
    const buttons: Box = { x0: 340, y0: 150, x1: 390, y1: 290 };
    const nearButtons = actor('a', 350, 130, 1);
    expect(placeLabels([nearButtons], VIEW).get('a')!.side, 'without the obstacle').toBe('below');
    const placed = placeLabels([nearButtons], { ...VIEW, obstacles: [buttons] }).get('a')!;
    expect(placed.side).toBe('above');
    expect(boxesOverlap(placed.box, buttons)).toBe(false);
    // Where every side is under an overlay, the label is not shown (but for a forced one).
    const everywhere: Box = { x0: 0, y0: 0, x1: 400, y1: 300 };
    expect(placeLabels([actor('b', 200, 150, 1)], { ...VIEW, obstacles: [everywhere] }).has('b')).toBe(false);
    expect(placeLabels([actor('b', 200, 150, 1, { forced: true })], { ...VIEW, obstacles: [everywhere] }).has('b')).toBe(true);
  });

  it('keeps a label inside the view: at the bottom edge it goes above', () => {
    const placed = placeLabels([actor('a', 200, 290, 1)], VIEW);
    expect(placed.get('a')!.side).toBe('above');
  });

  it('lets a label reach the very edge of the view, on each side', () => {
    // Shape 10, gap 3, label 60 × 14: each box ends exactly on an edge of the 400 × 300 view.
    expect(placeLabels([actor('a', 200, 273, 1)], VIEW).get('a')!.box.y1).toBe(300);
    expect(placeLabels([actor('a', 200, 27, 1)], { ...VIEW, sides: ['above'] }).get('a')!.box.y0).toBe(0);
    expect(placeLabels([actor('a', 327, 150, 1)], { ...VIEW, sides: ['right'] }).get('a')!.box.x1).toBe(400);
    expect(placeLabels([actor('a', 73, 150, 1)], { ...VIEW, sides: ['left'] }).get('a')!.box.x0).toBe(0);
  });

  it('shows no label for an actor outside the view, unless forced', () => {
    expect(placeLabels([actor('a', 600, 100, 9)], VIEW).has('a')).toBe(false);
  });

  it('never lets two labels overlap or keep less than twice the padding apart, nor cover any shape', () => {
    const candidates = crowd(120);
    const placed = placeLabels(candidates, { ...VIEW, padding: 3 });
    expect(placed.size).toBeGreaterThan(10);
    expect(placed.size).toBeLessThan(120);
    const boxes = [...placed.entries()];
    for (const [i, [idA, a]] of boxes.entries()) {
      for (const [idB, b] of boxes.slice(i + 1)) {
        const grown = { x0: a.box.x0 - 6, x1: a.box.x1 + 6, y0: a.box.y0 - 6, y1: a.box.y1 + 6 };
        // Separated by at least 6 px on one axis.
        expect(boxesOverlap({ x0: grown.x0 + 0.001, x1: grown.x1 - 0.001, y0: grown.y0 + 0.001, y1: grown.y1 - 0.001 }, b.box), `${idA} and ${idB}`).toBe(false);
      }
      for (const other of candidates) expect(boxesOverlap(a.box, shapeBox(other)), `${idA}'s label on ${other.id}`).toBe(false);
      expect(a.box.x0 >= 0 && a.box.y0 >= 0 && a.box.x1 <= VIEW.width && a.box.y1 <= VIEW.height).toBe(true);
    }
  });

  it('labels the most connected actors first', () => {
    // Three actors in a row, each label wide enough to reach its neighbours' sides: only one can go below.
    const candidates = [actor('low', 100, 150, 1, { width: 200 }), actor('high', 130, 150, 9, { width: 200 }), actor('mid', 160, 150, 4, { width: 200 })];
    expect([...placeLabels(candidates, { ...VIEW, sides: ['below'] }).keys()]).toEqual(['high']);
    // With every side open, the next two take above and (no room left or right) none.
    const placed = placeLabels(candidates, VIEW);
    expect([...placed.keys()]).toEqual(['high', 'mid']);
    expect(placed.get('mid')!.side).toBe('above');
  });

  it('breaks ties by id, whatever the input order', () => {
    const a = actor('a', 200, 150, 3, { width: 300 });
    const b = actor('b', 210, 150, 3, { width: 300 });
    expect([...placeLabels([a, b], { ...VIEW, sides: ['below'] }).keys()]).toEqual(['a']);
    expect([...placeLabels([b, a], { ...VIEW, sides: ['below'] }).keys()]).toEqual(['a']);
  });

  it('is deterministic: the same input gives the same labels and sides', () => {
    const first = placeLabels(crowd(200, 7), VIEW);
    const second = placeLabels([...crowd(200, 7)].reverse(), VIEW);
    expect([...second.entries()].sort()).toEqual([...first.entries()].sort());
  });

  it('always labels forced actors (a selection and its neighbours), before more connected ones', () => {
    const candidates = [actor('hub', 200, 150, 20, { width: 200 }), actor('neighbour', 210, 150, 1, { width: 200, forced: true })];
    const placed = placeLabels(candidates, { ...VIEW, sides: ['below'] });
    expect(placed.has('neighbour')).toBe(true);
    expect(placed.has('hub')).toBe(false);
  });

  it('still shows a forced label that fits nowhere, where it overlaps least', () => {
    const candidates = [actor('a', 200, 150, 1, { forced: true, width: 900 }), actor('b', 200, 150, 1, { forced: true, width: 900 })];
    const placed = placeLabels(candidates, VIEW);
    expect(placed.size).toBe(2);
  });

  it('weighs a forced label’s overlap with a box by its area, however many grid cells the box spans', () => {
    // Below, the label covers 7 px² of a key drawn over the map's corner; above, all its 12 px² lie outside the view.
    const key: Box = { x0: 0, y0: 0, x1: 4, y1: 9 };
    const forced = actor('a', 1, 0, 1, { forced: true, shape: shape(2), width: 1, height: 12 });
    for (const cellSize of [4, 8, 64]) {
      expect(placeLabels([forced], { ...VIEW, gap: 0, padding: 0, cellSize, obstacles: [key] }).get('a')!.side, `cells of ${cellSize} px`).toBe('below');
    }
  });

  it('avoids the shapes of actors that show no label', () => {
    const placed = placeLabels([actor('a', 200, 100, 1), actor('b', 200, 125, 0, { shapeOnly: true })], VIEW);
    expect(placed.get('a')!.side).toBe('above');
    expect(placed.has('b')).toBe(false);
  });

  it('keeps labels off another actor’s pointer target, wider than its shape', () => {
    // b's shape ends 10 px above its centre, its target 20 px: a's label below would fall in it.
    const placed = placeLabels([actor('a', 200, 100, 5), actor('b', 200, 140, 1, { hitRadius: 20 })], VIEW);
    expect(placed.get('a')!.side).toBe('above');
  });

  it('lays a label over shapes only when asked to, and then still apart from other labels', () => {
    // A ring of actors around a: every side of a's shape is on a neighbour.
    const ring = [actor('n', 200, 115, 0, { shapeOnly: true }), actor('s', 200, 185, 0, { shapeOnly: true }), actor('e', 255, 150, 0, { shapeOnly: true }), actor('w', 145, 150, 0, { shapeOnly: true })];
    const crowded = [actor('a', 200, 150, 5), ...ring];
    expect(placeLabels(crowded, VIEW).has('a')).toBe(false);
    expect(placeLabels(crowded, { ...VIEW, overShapes: true }).get('a')!.side).toBe('below');
    const rival = actor('b', 200, 190, 9, { width: 200 });
    const placed = placeLabels([...crowded, rival], { ...VIEW, overShapes: true });
    expect(boxesOverlap(placed.get('a')!.box, placed.get('b')!.box)).toBe(false);
  });

  it('takes the free side that crosses the fewest lines', () => {
    // A line runs just under a: its label goes above, where nothing crosses.
    const line = [0, 170, 400, 170] as const;
    expect(placeLabels([actor('a', 200, 150, 1)], VIEW).get('a')!.side).toBe('below');
    expect(placeLabels([actor('a', 200, 150, 1)], { ...VIEW, lines: [line] }).get('a')!.side).toBe('above');
    expect(segmentCrossesBox(0, 0, 10, 10, { x0: 4, y0: 4, x1: 6, y1: 6 })).toBe(true);
    expect(segmentCrossesBox(0, 10, 10, 20, { x0: 4, y0: 4, x1: 6, y1: 6 })).toBe(false);
  });

  it('keeps a label on its current side while that side is free', () => {
    expect(placeLabels([actor('a', 200, 150, 1, { currentSide: 'left' })], VIEW).get('a')!.side).toBe('left');
    // Not when it is taken.
    expect(placeLabels([actor('a', 200, 150, 1, { currentSide: 'left' }), actor('b', 140, 150, 0, { shapeOnly: true })], VIEW).get('a')!.side).toBe('below');
  });

  it('measures boxes on each side from the shape’s own extent', () => {
    const candidate = { x: 0, y: 0, shape: { left: 5, right: 6, top: 7, bottom: 8 }, width: 20, height: 10 };
    expect(labelBoxAt(candidate, 'below', 2)).toEqual({ x0: -10, x1: 10, y0: 10, y1: 20 });
    expect(labelBoxAt(candidate, 'above', 2)).toEqual({ x0: -10, x1: 10, y0: -19, y1: -9 });
    expect(labelBoxAt(candidate, 'right', 2)).toEqual({ x0: 8, x1: 28, y0: -5, y1: 5 });
    expect(labelBoxAt(candidate, 'left', 2)).toEqual({ x0: -27, x1: -7, y0: -5, y1: 5 });
  });
});
