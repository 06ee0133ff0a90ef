import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitPadding, MAX_FIT_SCALE, MIN_FIT_SCALE } from '../../src/layout/edgeGeometry';
import { layoutDataset } from '../../src/layout/layoutDataset';
import { applyShape, coverage, fitScale, IDENTITY_SHAPE, MAX_SPREAD, MAX_STRETCH, shapeNode, shapeToBox, type FitBox, type ShapeNode } from '../../src/layout/shapeToBox';
import { LABEL_LINE_HEIGHT } from '../../src/layout/labelLines';
import { indexDataset } from '../../src/model/indexDataset';
import { loadFixture, parseFixture } from '../fixtures';

const box = (width: number, height: number): FitBox => ({ width, height, padding: fitPadding(width, height), maxScale: MAX_FIT_SCALE, minScale: MIN_FIT_SCALE });
const node = (x: number, y: number, extent = 10): ShapeNode => ({ x, y, halfWidth: extent, above: extent, below: extent });

/** The four screens' map boxes as measured in the app (phone, embed, laptop, desktop), then a square and a wider one. */
const BOXES: [number, number][] = [[390, 488], [702, 444], [610, 378], [770, 577], [500, 500], [1200, 700]];

const fictional = (file: string) => indexDataset(parseFixture(JSON.parse(readFileSync(new URL(`../../data/fixtures/${file}`, import.meta.url), 'utf8'))));
const DATASETS = {
  'the bundled dataset': () => loadFixture('russia-poach-rebels-2016'),
  'the six-actor dispute': () => loadFixture('small'),
  'a fifteen-actor dispute with a lone actor': () => fictional('valley.json'),
  'a chain of eight': () => fictional('chain.json'),
};

describe('applyShape', () => {
  it('turns about the centre, then spreads along the box’s axes', () => {
    const shape = { centre: { x: 10, y: 10 }, angle: Math.PI / 2, stretchX: 2, stretchY: 3 };
    // (20, 10) is 10 right of the centre; a quarter turn puts it 10 below; the y spread makes that 30.
    const { x, y } = applyShape({ x: 20, y: 10 }, shape);
    expect(x).toBeCloseTo(10, 10);
    expect(y).toBeCloseTo(40, 10);
    // Unturned, spread alone: 10 right of the centre becomes 20 right, 5 above becomes 15 above.
    expect(applyShape({ x: 20, y: 5 }, { ...shape, angle: 0 })).toEqual({ x: 30, y: -5 });
  });
});

describe('fitScale', () => {
  it('is the largest scale at which shapes and labels fit inside the padding', () => {
    // 100 apart, each 10 either side: 120k wide in 260 − 2 × 10 = 240 px, so k = 2 (the height, 20k in 80, allows 4).
    const nodes = [node(0, 0), node(100, 0)];
    expect(fitScale(nodes, nodes, { width: 260, height: 100, padding: 10, maxScale: 5, minScale: 0.05 })).toBeCloseTo(2, 6);
  });

  it('counts labels that keep their screen size at their size in pixels, whatever the scale', () => {
    // Labels 30 px either side: 100k + 60 = 240, so k = 1.8.
    const nodes = [0, 100].map((x) => ({ ...node(x, 0), screenHalfWidth: 30 }));
    expect(fitScale(nodes, nodes, { width: 260, height: 100, padding: 10, maxScale: 5, minScale: 0.05 })).toBeCloseTo(1.8, 6);
  });
});

describe('fitScale and coverage at their edges', () => {
  const wide = { width: 140, height: 1000, padding: 10, maxScale: 1, minScale: 0.05 };
  it('takes the largest scale when the drawing fills the box exactly there', () => {
    // 100 apart, 10 either side: 120 px at scale 1, exactly the 140 − 2 × 10 the box has.
    const nodes = [node(0, 0), node(100, 0)];
    expect(fitScale(nodes, nodes, wide)).toBe(1);
    expect(fitScale(nodes, nodes, { ...wide, width: 139 })).toBeLessThan(1);
  });

  it('counts labels that keep their screen height above and below the actors', () => {
    // 100 apart upright, 10 above and below at scale k, plus 20 px above the top one and 30 px under the bottom one: 120k + 50 = 240.
    const nodes = [{ ...node(0, 0), screenAbove: 20 }, { ...node(0, 100), screenBelow: 30 }];
    expect(fitScale(nodes, nodes, { width: 1000, height: 260, padding: 10, maxScale: 5, minScale: 0.05 })).toBeCloseTo(190 / 120, 6);
  });

  it('measures the share of the box a fitted drawing covers, and nothing for an empty map', () => {
    // A 120 × 20 drawing at scale 1 in a 140 × 1000 box.
    const nodes = [node(0, 0), node(100, 0)];
    expect(coverage(nodes, nodes, wide)).toBeCloseTo((120 * 20) / (140 * 1000), 12);
    expect(coverage([], [], wide)).toBe(0);
  });
});

describe('shapeNode', () => {
  it('reaches as far as the wider of the shape and its label, and under the shape by its label lines', () => {
    expect(shapeNode({ x: 3, y: 4, radius: 12, labelWidth: 60, labelLines: ['Harbour', 'Militia'], labelScale: 1.5 })).toEqual({
      x: 3,
      y: 4,
      halfWidth: 30,
      above: 12,
      below: 12 + 4 + LABEL_LINE_HEIGHT * 1.5 * 2,
    });
    expect(shapeNode({ radius: 12, labelWidth: 10, labelLines: ['N'], labelScale: 1 })).toMatchObject({ x: 0, y: 0, halfWidth: 12 });
  });
});

describe('shapeToBox', () => {
  it('leaves a lone actor as it is', () => {
    expect(shapeToBox([node(40, 50)], box(390, 488))).toEqual(IDENTITY_SHAPE);
  });

  it('turns a wide row of actors to stand along a tall box, and then fills it', () => {
    const row = [0, 100, 200, 300, 400].map((x) => node(x, (x / 100) % 2 === 0 ? 0 : 30));
    const tall = box(300, 600);
    const shape = shapeToBox(row, tall);
    expect(Math.abs(shape.angle)).toBeGreaterThan(Math.PI / 4);
    const shaped = row.map((point) => applyShape(point, shape));
    expect(coverage(row, row, tall)).toBeLessThan(0.4);
    expect(coverage(row, shaped, tall)).toBeGreaterThan(0.85);
    expect(fitScale(row, shaped, tall)).toBeGreaterThan(fitScale(row, row, tall));
  });

  it('leaves a drawing already shaped like its box as it is', () => {
    const grid = [0, 1, 2, 3].flatMap((column) => [0, 1].map((row) => node(column * 200, row * 200, 20)));
    // 640 × 240 of drawing in 700 × 300 less 12 px padding each side: it fills the box at scale 1.
    expect(shapeToBox(grid, { width: 664, height: 264, padding: 12, maxScale: 1, minScale: 0.05 })).toEqual({ centre: { x: 300, y: 100 }, angle: 0, stretchX: 1, stretchY: 1 });
  });

  it('spreads a small drawing evenly by up to MAX_SPREAD, then one axis by up to MAX_STRETCH more', () => {
    // Two actors 10 apart at the largest scale (1) in a box 1000 tall: both limits are reached.
    const pair = [node(0, 0), node(0, 10)];
    const shape = shapeToBox(pair, { width: 100, height: 1000, padding: 0, maxScale: 1, minScale: 0.05 });
    expect(shape).toEqual({ centre: { x: 0, y: 5 }, angle: 0, stretchX: MAX_SPREAD, stretchY: MAX_SPREAD * MAX_STRETCH });
  });

  it('is the same on every run', () => {
    const nodes = layoutDataset(loadFixture('russia-poach-rebels-2016')).graph.nodes.map(shapeNode);
    expect(shapeToBox(nodes, box(390, 488))).toEqual(shapeToBox(nodes, box(390, 488)));
  });

  it('never brings two actors closer together', () => {
    const nodes = layoutDataset(loadFixture('russia-poach-rebels-2016')).graph.nodes.map(shapeNode);
    for (const [width, height] of BOXES) {
      const shape = shapeToBox(nodes, box(width, height));
      const shaped = nodes.map((point) => applyShape(point, shape));
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          const before = Math.hypot(nodes[i]!.x - nodes[j]!.x, nodes[i]!.y - nodes[j]!.y);
          const after = Math.hypot(shaped[i]!.x - shaped[j]!.x, shaped[i]!.y - shaped[j]!.y);
          expect(after).toBeGreaterThanOrEqual(before - 1e-9);
        }
      }
    }
  });

  for (const [name, load] of Object.entries(DATASETS)) {
    it(`fills at least 75 % of boxes of every shape with ${name}`, () => {
      const nodes = layoutDataset(load()).graph.nodes.map(shapeNode);
      for (const [width, height] of BOXES) {
        const shaped = nodes.map((point) => applyShape(point, shapeToBox(nodes, box(width, height))));
        expect(coverage(nodes, shaped, box(width, height)), `${width}×${height}`).toBeGreaterThanOrEqual(0.75);
      }
    });
  }

  it('does not let a lone actor shrink the rest into a corner', () => {
    const { graph } = layoutDataset(fictional('valley.json'));
    const nodes = graph.nodes.map(shapeNode);
    const core = graph.nodes.map((actor, i) => [actor.id, i] as const).filter(([id]) => id !== 'lone-hermit').map(([, i]) => i);
    for (const [width, height] of BOXES) {
      const fitBox = box(width, height);
      const shaped = nodes.map((point) => applyShape(point, shapeToBox(nodes, fitBox)));
      const k = fitScale(nodes, shaped, fitBox);
      const span = (axis: 'x' | 'y') => k * (Math.max(...core.map((i) => shaped[i]![axis])) - Math.min(...core.map((i) => shaped[i]![axis])));
      // The centres of the other fourteen actors span most of the box both ways.
      expect(span('x') / width, `${width}×${height}`).toBeGreaterThan(0.5);
      expect(span('y') / height, `${width}×${height}`).toBeGreaterThan(0.5);
    }
  });
});
