import { describe, expect, it } from 'vitest';
import { forceSimulation } from 'd3-force';
import { createSimulation, settle } from '../../src/layout/createSimulation';
import { forceLabelCollide, labelBox } from '../../src/layout/forceLabelCollide';
import { LABEL_LINE_HEIGHT } from '../../src/layout/labelLines';
import { createSimulationGraph, type SimNode } from '../../src/layout/simulationGraph';
import { loadFixture } from '../fixtures';

function node(id: string, x: number, y: number, lines = ['Label']): SimNode {
  return { id, kind: 'state', radius: 10, labelLines: lines, labelWidth: 60, labelScale: 1, group: id, x, y, vx: 0, vy: 0 };
}

/** How far two actors’ boxes overlap along the axis where they overlap least; 0 when apart. */
function overlap(a: SimNode, b: SimNode): number {
  const boxA = labelBox(a);
  const boxB = labelBox(b);
  const overlapX = boxA.halfWidth + boxB.halfWidth - Math.abs(a.x! - b.x!);
  const [upper, boxUpper, lower, boxLower] = a.y! <= b.y! ? [a, boxA, b, boxB] : [b, boxB, a, boxA];
  const overlapY = upper.y! + boxUpper.bottom - (lower.y! - boxLower.top);
  return Math.max(0, Math.min(overlapX, overlapY));
}

describe('labelBox', () => {
  it('holds the shape and hangs the label below it, a line per label line', () => {
    const one = labelBox(node('a', 0, 0, ['Russia']));
    const two = labelBox(node('b', 0, 0, ['Commander of the', 'New Syrian Forces’']));
    expect(one.top).toBeGreaterThanOrEqual(10);
    expect(one.bottom).toBeGreaterThan(10 + LABEL_LINE_HEIGHT);
    expect(two.bottom - one.bottom).toBe(LABEL_LINE_HEIGHT);
    expect(one.halfWidth).toBeGreaterThanOrEqual(30);
  });

  it('makes room for larger labels', () => {
    const normal = labelBox(node('a', 0, 0));
    const large = labelBox({ ...node('a', 0, 0), labelScale: 1.5 });
    expect(large.bottom - large.top).toBeGreaterThan(normal.bottom - normal.top);
  });
});

describe('forceLabelCollide', () => {
  it('pushes apart sideways two actors whose labels overlap a little side by side', () => {
    const a = node('a', 0, 0);
    const b = node('b', 50, 0);
    expect(overlap(a, b)).toBeGreaterThan(0);
    const simulation = forceSimulation([a, b]).force('labels', forceLabelCollide()).stop();
    simulation.tick(50);
    expect(overlap(a, b)).toBeLessThan(0.5);
    expect(a.x!).toBeLessThan(b.x!);
    expect(a.y).toBeCloseTo(b.y!, 10);
  });

  it('pushes apart vertically when that is the shorter way out', () => {
    const a = node('a', 0, 0);
    const b = node('b', 2, 30);
    expect(overlap(a, b)).toBeGreaterThan(0);
    const simulation = forceSimulation([a, b]).force('labels', forceLabelCollide()).stop();
    simulation.tick(50);
    expect(overlap(a, b)).toBeLessThan(0.5);
    expect(a.y!).toBeLessThan(b.y!);
    expect(b.x! - a.x!).toBeCloseTo(2, 10);
  });

  it('leaves no two labels of the bundled dataset overlapping once the layout settles', () => {
    const graph = createSimulationGraph(loadFixture('russia-poach-rebels-2016'));
    settle(createSimulation(graph));
    const overlapping: string[] = [];
    for (const [i, a] of graph.nodes.entries()) {
      for (const b of graph.nodes.slice(i + 1)) {
        // Half a pixel of slack: boxes come to rest touching, which is not a visible overlap.
        if (overlap(a, b) > 0.5) overlapping.push(`${a.id} / ${b.id}: ${overlap(a, b).toFixed(1)}px`);
      }
    }
    expect(overlapping).toEqual([]);
  });
});
