import { describe, expect, it } from 'vitest';
import { nearestRelation, touchLineReach } from '../../src/layout/nearestRelation';
import type { SimLink, SimNode } from '../../src/layout/simulationGraph';

const actor = (id: string, x: number, y: number): SimNode => ({ id, x, y, kind: 'state', radius: 10, labelLines: [id], labelWidth: 40, labelScale: 1, group: id });
const relation = (id: string, source: SimNode, target: SimNode): SimLink => ({ id, source, target, role: 'relation', curveOffset: 0, relationIds: [id] });

// Two horizontal lines 30 apart: y = 0 and y = 30, from x = 0 to x = 200.
const upper = relation('upper', actor('a', 0, 0), actor('b', 200, 0));
const lower = relation('lower', actor('c', 0, 30), actor('d', 200, 30));
const shown = () => true;

describe('nearestRelation', () => {
  it('picks the nearer of two lines', () => {
    expect(nearestRelation({ x: 100, y: 12 }, [upper, lower], shown)?.id).toBe('upper');
    expect(nearestRelation({ x: 100, y: 18 }, [upper, lower], shown)?.id).toBe('lower');
  });

  it('picks nothing beyond the reach, and no line that is hidden', () => {
    expect(nearestRelation({ x: 100, y: -40 }, [upper, lower], shown, 25)).toBeNull();
    expect(nearestRelation({ x: 100, y: 12 }, [upper, lower], (link) => link.id !== 'upper')?.id).toBe('lower');
  });

  it('reaches half the line plus 24 screen pixels, in map units', () => {
    // A 2.2-unit line at scale 0.5: 1.1 + 48 units.
    expect(touchLineReach(2.2, 0.5)).toBeCloseTo(49.1, 10);
  });

  it('picks a line exactly at the reach, the first of two equally near, and never a partOf tie', () => {
    expect(nearestRelation({ x: 100, y: -25 }, [upper, lower], shown, 25)?.id).toBe('upper');
    // Halfway between the two lines: the one listed first, whichever it is.
    expect(nearestRelation({ x: 100, y: 15 }, [upper, lower], shown)?.id).toBe('upper');
    expect(nearestRelation({ x: 100, y: 15 }, [lower, upper], shown)?.id).toBe('lower');
    const tie: SimLink = { ...relation('member:c', actor('c', 0, 10), actor('e', 200, 10)), role: 'member', relationIds: [] };
    expect(nearestRelation({ x: 100, y: 10 }, [tie, upper, lower], shown)?.id).toBe('upper');
  });
});
