import { describe, expect, it } from 'vitest';
import { curvePoints, distanceToEdge, edgeGeometry, fitTransform, nodeBounds, nodesInView } from '../../src/layout/edgeGeometry';
import { LABEL_LINE_HEIGHT } from '../../src/layout/labelLines';

// Two actors on a horizontal line: the source of radius 10 at the origin, the target of radius 20 at x = 100.
const source = { x: 0, y: 0, radius: 10 };
const target = { x: 100, y: 0, radius: 20 };

describe('edgeGeometry', () => {
  it('draws a straight arrow from the source’s rim to 3px short of the target’s rim', () => {
    // 10 = the source’s radius; 77 = 100 − 20 (target radius) − 3 (the gap before the arrowhead).
    expect(edgeGeometry(source, target, 0)).toEqual({ path: 'M10,0L77,0', mid: { x: 46.75, y: 0 } });
  });

  it('draws the same arrow backwards when the relation runs the other way', () => {
    // 80 = 100 − 20; 13 = 10 + 3.
    expect(edgeGeometry(target, source, 0)).toEqual({ path: 'M80,0L13,0', mid: { x: 48.25, y: 0 } });
  });

  it('bends an arrow with an offset through a control point twice the offset from the line', () => {
    // Control point (50, 20); the ends are trimmed along the lines to it, whose length is √2900.
    const length = Math.sqrt(50 * 50 + 20 * 20);
    const start = { x: (50 / length) * 10, y: (20 / length) * 10 };
    const end = { x: 100 - (50 / length) * 23, y: (20 / length) * 23 };
    const { path, mid } = edgeGeometry(source, target, 10);
    expect(path).toBe('M9.3,3.7Q50,20 78.6,8.5');
    expect(mid.x).toBeCloseTo(0.25 * start.x + 0.5 * 50 + 0.25 * end.x, 10);
    expect(mid.y).toBeCloseTo(0.25 * start.y + 0.5 * 20 + 0.25 * end.y, 10);
  });

  it('bends to the other side with a negative offset', () => {
    const { path, mid } = edgeGeometry(source, target, -10);
    expect(path).toBe('M9.3,-3.7Q50,-20 78.6,-8.5');
    expect(mid.y).toBeLessThan(0);
  });

  it('draws a finite path when both actors sit on the same spot', () => {
    const { path, mid } = edgeGeometry({ x: 5, y: 5, radius: 10 }, { x: 5, y: 5, radius: 10 }, 13);
    expect(path).not.toMatch(/NaN|Infinity/);
    expect(Number.isFinite(mid.x) && Number.isFinite(mid.y)).toBe(true);
  });
});

/** Two actors 180 apart in each of 24 directions, away from the origin, so no coordinate is zero. */
const DIRECTIONS = Array.from({ length: 24 }, (_, i) => {
  const angle = (i * 15 + 7) * (Math.PI / 180);
  const from = { x: 40, y: -30, radius: 10 };
  return { from, to: { x: from.x + 180 * Math.cos(angle), y: from.y + 180 * Math.sin(angle), radius: 20 }, angle };
});

describe('edgeGeometry in every direction', () => {
  it('starts on the source’s rim and ends 3px short of the target’s rim, straight or bowed through a control point on the perpendicular', () => {
    for (const { from, to, angle } of DIRECTIONS) {
      for (const offset of [0, 26, -13]) {
        const { start, control, end } = curvePoints(from, to, offset);
        // The control point: on the perpendicular through the middle, twice the offset away.
        const fromMiddle = { x: control.x - (from.x + to.x) / 2, y: control.y - (from.y + to.y) / 2 };
        expect(fromMiddle.x * (to.x - from.x) + fromMiddle.y * (to.y - from.y), `control at ${angle.toFixed(2)} rad, offset ${offset}`).toBeCloseTo(0, 9);
        expect(Math.hypot(fromMiddle.x, fromMiddle.y), `control at ${angle.toFixed(2)} rad, offset ${offset}`).toBeCloseTo(2 * Math.abs(offset), 9);
        expect(Math.hypot(start.x - from.x, start.y - from.y), `start at ${angle.toFixed(2)} rad, offset ${offset}`).toBeCloseTo(10, 9);
        expect(Math.hypot(end.x - to.x, end.y - to.y), `end at ${angle.toFixed(2)} rad, offset ${offset}`).toBeCloseTo(23, 9);
      }
    }
  });

  it('bows to the left of its direction for a positive offset, to the right for a negative one, by about the offset', () => {
    for (const { from, to, angle } of DIRECTIONS) {
      for (const offset of [26, -26]) {
        const { mid } = edgeGeometry(from, to, offset);
        // The signed distance of the curve's middle from the straight line, positive to the left (y grows downward on screen).
        const side = ((to.x - from.x) * (mid.y - from.y) - (to.y - from.y) * (mid.x - from.x)) / 180;
        expect(Math.sign(side), `at ${angle.toFixed(2)} rad, offset ${offset}`).toBe(Math.sign(offset));
        expect(Math.abs(side), `at ${angle.toFixed(2)} rad, offset ${offset}`).toBeGreaterThan(Math.abs(offset) * 0.9);
        expect(Math.abs(side), `at ${angle.toFixed(2)} rad, offset ${offset}`).toBeLessThan(Math.abs(offset) * 1.2);
      }
    }
  });

  it('measures from a point to a straight arrow as the distance to the segment drawn, in every direction', () => {
    for (const { from, to, angle } of DIRECTIONS) {
      const { start, end } = curvePoints(from, to, 0);
      const length = Math.hypot(end.x - start.x, end.y - start.y);
      const along = { x: (end.x - start.x) / length, y: (end.y - start.y) / length };
      // Points beside the arrow, before its start, at its very end and past it.
      for (const [t, aside] of [[0.5, 17], [0.1, -9], [-0.2, 4], [1, 0], [1.3, 6], [0.97, 1]] as const) {
        const point = { x: start.x + along.x * t * length - along.y * aside, y: start.y + along.y * t * length + along.x * aside };
        const expected = t < 0 ? Math.hypot(point.x - start.x, point.y - start.y) : t > 1 ? Math.hypot(point.x - end.x, point.y - end.y) : Math.abs(aside);
        expect(distanceToEdge(point, from, to, 0), `t ${t}, ${aside} aside, at ${angle.toFixed(2)} rad`).toBeCloseTo(expected, 6);
      }
    }
  });

  it('measures from a point to a line between two actors on the same spot as the distance to that spot', () => {
    const spot = { x: 5, y: 5, radius: 0 };
    expect(distanceToEdge({ x: 8, y: 9 }, spot, { ...spot }, 0)).toBeCloseTo(5, 9);
  });
});

describe('nodesInView', () => {
  it('lists the actors whose centres a view shows, its edges included', () => {
    // Scale 2, moved 100 right and 50 down: map (0, 0) is on screen at (100, 50).
    const view = { x: 100, y: 50, k: 2 };
    const nodes = [
      { id: 'centre', x: 50, y: 50 },
      { id: 'top-left corner', x: -50, y: -25 },
      { id: 'bottom-right corner', x: 100, y: 100 },
      { id: 'just left', x: -50.5, y: 0 },
      { id: 'just right', x: 100.5, y: 0 },
      { id: 'just above', x: 0, y: -25.5 },
      { id: 'just below', x: 0, y: 100.5 },
    ];
    expect(nodesInView(nodes, view, 300, 250)).toEqual(['centre', 'top-left corner', 'bottom-right corner']);
  });
});

describe('distanceToEdge', () => {
  it('measures from a point to the arrow as drawn', () => {
    expect(distanceToEdge({ x: 50, y: 0 }, source, target, 0)).toBeCloseTo(0, 10);
    expect(distanceToEdge({ x: 50, y: 30 }, source, target, 0)).toBeCloseTo(30, 10);
    // Beyond the trimmed start (10, 0), the nearest point is that start.
    expect(distanceToEdge({ x: 0, y: 0 }, source, target, 0)).toBeCloseTo(10, 10);
  });

  it('finds the bowed curve nearer than the straight line where it passes', () => {
    const onCurve = edgeGeometry(source, target, 10).mid;
    expect(distanceToEdge(onCurve, source, target, 10)).toBeLessThan(0.5);
    expect(distanceToEdge(onCurve, source, target, 0)).toBeGreaterThan(10);
  });
});

describe('nodeBounds', () => {
  it('holds each actor with the label under it', () => {
    expect(nodeBounds([{ x: 0, y: 0, radius: 10, labelWidth: 60, labelLineCount: 2 }])).toEqual({
      minX: -30,
      maxX: 30,
      minY: -10,
      maxY: 10 + 4 + 2 * LABEL_LINE_HEIGHT,
    });
    expect(nodeBounds([
      { x: -100, y: 0, radius: 20, labelWidth: 10, labelLineCount: 1 },
      { x: 100, y: 50, radius: 10, labelWidth: 40, labelLineCount: 1 },
    ])).toEqual({ minX: -120, maxX: 120, minY: -20, maxY: 50 + 10 + 4 + LABEL_LINE_HEIGHT });
    // A label drawn at twice the size reaches twice as far down.
    expect(nodeBounds([{ x: 0, y: 0, radius: 10, labelWidth: 60, labelLineCount: 2, labelScale: 2 }]).maxY).toBe(10 + 4 + 2 * 2 * LABEL_LINE_HEIGHT);
  });

  it('gives an empty map a small box around the origin', () => {
    expect(nodeBounds([])).toEqual({ minX: -50, minY: -50, maxX: 50, maxY: 50 });
  });
});

describe('fitTransform', () => {
  const centreOf = (bounds: { minX: number; minY: number; maxX: number; maxY: number }, t: { x: number; y: number; k: number }) => ({
    x: t.x + t.k * (bounds.minX + bounds.maxX) / 2,
    y: t.y + t.k * (bounds.minY + bounds.maxY) / 2,
  });

  it('centres a small map without enlarging it past the largest scale', () => {
    const bounds = { minX: 0, minY: 0, maxX: 100, maxY: 50 };
    // The viewport could take 3.68×, but the scale stops at 1.6.
    expect(fitTransform(bounds, 400, 300)).toEqual({ x: 120, y: 110, k: 1.6 });
    expect(fitTransform(bounds, 400, 300, 16, 2)).toEqual({ x: 100, y: 100, k: 2 });
  });

  it('shrinks a large map to fit inside the padding, centred', () => {
    const bounds = { minX: -500, minY: -200, maxX: 500, maxY: 300 };
    const t = fitTransform(bounds, 400, 300);
    // Width limits: (400 − 2 × 16) / 1000.
    expect(t.k).toBeCloseTo(0.368, 10);
    expect(centreOf(bounds, t).x).toBeCloseTo(200, 10);
    expect(centreOf(bounds, t).y).toBeCloseTo(150, 10);
    expect(t.x + t.k * bounds.minX).toBeCloseTo(16, 10);
  });

  it('fits by height when the map is tall', () => {
    const bounds = { minX: 0, minY: 0, maxX: 100, maxY: 1000 };
    const t = fitTransform(bounds, 400, 300, 10);
    expect(t.k).toBeCloseTo(0.28, 10);
    expect(t.y + t.k * bounds.minY).toBeCloseTo(10, 10);
    expect(t.y + t.k * bounds.maxY).toBeCloseTo(290, 10);
  });

  it('keeps the map centred when the scale reaches its smallest value', () => {
    const bounds = { minX: 0, minY: 0, maxX: 100_000, maxY: 100_000 };
    const t = fitTransform(bounds, 400, 300);
    expect(t.k).toBe(0.05);
    expect(centreOf(bounds, t).x).toBeCloseTo(200, 6);
    expect(centreOf(bounds, t).y).toBeCloseTo(150, 6);
  });
});
