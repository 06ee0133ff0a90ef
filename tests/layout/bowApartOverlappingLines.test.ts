import { describe, expect, it } from 'vitest';
import { bowApartOverlappingLines } from '../../src/layout/bowApartOverlappingLines';
import { edgeGeometry } from '../../src/layout/edgeGeometry';
import { PARALLEL_SPACING, type SimLink, type SimNode } from '../../src/layout/simulationGraph';

const node = (id: string, x: number, y: number): SimNode => ({ id, kind: 'state', radius: 10, labelLines: [id], labelWidth: 20, labelScale: 1, group: id, x, y });
const line = (id: string, source: SimNode, target: SimNode, curveOffset = 0): SimLink => ({ id, role: 'relation', relationIds: [id], source, target, curveOffset });

describe('bowApartOverlappingLines', () => {
  it('bows a straight line that lies along another line from the same actor, to the side away from it', () => {
    const pentagon = node('pentagon', 0, 0);
    const leader = node('leader', 100, 4);
    const brigade = node('brigade', 200, 0);
    const toLeader = line('to-leader', pentagon, leader);
    const toBrigade = line('to-brigade', pentagon, brigade);
    bowApartOverlappingLines([toLeader, toBrigade]);
    // One of the two is bowed (the first found lying along the other), the other stays straight.
    expect([toLeader, toBrigade].filter((link) => link.curveOffset !== 0)).toHaveLength(1);
    expect(Math.abs(toLeader.curveOffset)).toBe(PARALLEL_SPACING);
    // The leader's line now passes its middle further from the brigade's line (y = 0) than before.
    const middle = edgeGeometry({ ...pentagon, x: 0, y: 0, radius: 10 }, { ...leader, x: 100, y: 4, radius: 10 }, toLeader.curveOffset).mid;
    expect(Math.abs(middle.y)).toBeGreaterThan(PARALLEL_SPACING / 2);
  });

  it('leaves lines in different directions, and parallel lines between one pair, as they were; and starts afresh when actors move', () => {
    const a = node('a', 0, 0);
    const b = node('b', 100, 0);
    const c = node('c', 0, 100);
    const parallel = [line('p1', a, b, -13), line('p2', a, b, 13)];
    const apart = line('apart', a, c);
    bowApartOverlappingLines([...parallel, apart]);
    expect([...parallel, apart].map((link) => link.curveOffset)).toEqual([-13, 13, 0]);

    const d = node('d', 200, 1);
    const near = line('near', a, b);
    const far = line('far', a, d);
    bowApartOverlappingLines([near, far]);
    expect(near.curveOffset).not.toBe(0);
    d.y = 200;
    bowApartOverlappingLines([near, far]);
    expect(near.curveOffset).toBe(0);
  });
});
