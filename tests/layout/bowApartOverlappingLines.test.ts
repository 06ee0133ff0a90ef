import { describe, expect, it } from 'vitest';
import { bowApartOverlappingLines } from '../../src/layout/bowApartOverlappingLines';
import { distanceToEdge, edgeGeometry } from '../../src/layout/edgeGeometry';
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

  it('bows to the side away from the other line, in every direction and with the other line on either side', () => {
    const at = (link: SimLink) => [{ x: link.source.x!, y: link.source.y!, radius: link.source.radius }, { x: link.target.x!, y: link.target.y!, radius: link.target.radius }] as const;
    for (let degrees = 5; degrees < 360; degrees += 20) {
      const angle = (degrees * Math.PI) / 180;
      const [along, across] = [{ x: Math.cos(angle), y: Math.sin(angle) }, { x: -Math.sin(angle), y: Math.cos(angle) }];
      for (const aside of [5, -5]) {
        const hub = node('hub', 30, -20);
        const far = node('far', hub.x! + along.x * 220, hub.y! + along.y * 220);
        const near = node('near', hub.x! + along.x * 110 + across.x * aside, hub.y! + along.y * 110 + across.y * aside);
        const links = [line('to-near', hub, near), line('to-far', hub, far)];
        bowApartOverlappingLines(links);
        const bowed = links.filter((link) => link.curveOffset !== 0);
        const where = `at ${degrees}°, the near actor ${aside} px aside`;
        expect(bowed, where).toHaveLength(1);
        const [moved, still] = [bowed[0]!, links.find((link) => link.curveOffset === 0)!];
        // The middle of the bowed line, as drawn, lies further from the other line than the other bow would put it, and apart from it.
        const middleAway = (offset: number) => distanceToEdge(edgeGeometry(...at(moved), offset).mid, ...at(still), 0);
        expect(middleAway(moved.curveOffset), where).toBeGreaterThan(middleAway(-moved.curveOffset));
        expect(middleAway(moved.curveOffset), where).toBeGreaterThan(8);
      }
    }
  });

  it('leaves a line alone with nothing along it, and lines that part soon after leaving their actor', () => {
    const hub = node('hub', 0, 0);
    const lone = line('lone', hub, node('x', 200, 0));
    bowApartOverlappingLines([lone]);
    expect(lone.curveOffset).toBe(0);
    // 30 px apart at their far ends: within 8 px of each other only near the hub.
    const parting = [line('east', hub, node('east', 200, 0)), line('east-south-east', hub, node('ese', 200, 30))];
    bowApartOverlappingLines(parting);
    expect(parting.map((link) => link.curveOffset)).toEqual([0, 0]);
  });

  it('leaves straight lines between one pair of actors, either way round, to the spacing of parallel lines', () => {
    const a = node('a', 0, 0);
    const b = node('b', 200, 10);
    const sameWay = [line('one', a, b), line('two', a, b)];
    bowApartOverlappingLines(sameWay);
    expect(sameWay.map((link) => link.curveOffset)).toEqual([0, 0]);
    const bothWays = [line('there', a, b), line('back', b, a)];
    bowApartOverlappingLines(bothWays);
    expect(bothWays.map((link) => link.curveOffset)).toEqual([0, 0]);
  });

  it('neither bows a membership line nor bows a line away from one', () => {
    const bloc = node('bloc', 0, 0);
    const member = node('member', 100, 3);
    const ally = node('ally', 200, 0);
    const membership: SimLink = { ...line('member-of', member, bloc), role: 'member', relationIds: [] };
    const relation = line('to-ally', bloc, ally);
    const alongIt = line('to-member', bloc, member);
    bowApartOverlappingLines([membership, relation]);
    expect([membership.curveOffset, relation.curveOffset]).toEqual([0, 0]);
    // The same relation does bow away from a relation line lying there.
    bowApartOverlappingLines([alongIt, relation]);
    expect([alongIt.curveOffset, relation.curveOffset].filter((offset) => offset !== 0)).toHaveLength(1);
  });
});
