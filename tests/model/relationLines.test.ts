import { describe, expect, it } from 'vitest';
import { groupLineId, lineOfRelation, lineWidth, relationLines } from '../../src/model/relationLines';

const relation = (id: string, source: string, target: string, stance: 'support' | 'hostility' | 'offer' | 'payment') => ({ id, source, target, stance });
const RELATIONS = [
  relation('a1', 'a', 'b', 'hostility'),
  relation('a2', 'a', 'b', 'support'),
  relation('a3', 'a', 'b', 'hostility'),
  relation('b1', 'b', 'a', 'hostility'),
  relation('a4', 'a', 'b', 'hostility'),
  relation('c1', 'a', 'c', 'offer'),
];

describe('relationLines', () => {
  it('groups by ends, direction and stance, in the dataset’s order, and keeps a lone relation’s own id', () => {
    expect(relationLines(RELATIONS, 'grouped')).toEqual([
      { id: groupLineId('a', 'b', 'hostility'), source: 'a', target: 'b', stance: 'hostility', relationIds: ['a1', 'a3', 'a4'] },
      { id: 'a2', source: 'a', target: 'b', stance: 'support', relationIds: ['a2'] },
      { id: 'b1', source: 'b', target: 'a', stance: 'hostility', relationIds: ['b1'] },
      { id: 'c1', source: 'a', target: 'c', stance: 'offer', relationIds: ['c1'] },
    ]);
  });

  it('draws every relation apart in the mode all', () => {
    expect(relationLines(RELATIONS, 'all').map((line) => line.relationIds)).toEqual(RELATIONS.map((r) => [r.id]));
  });

  it('knows which line draws each relation', () => {
    const byRelation = lineOfRelation(relationLines(RELATIONS, 'grouped'));
    expect(byRelation.get('a3')!.id).toBe(groupLineId('a', 'b', 'hostility'));
    expect(byRelation.get('b1')!.id).toBe('b1');
    expect(byRelation.size).toBe(RELATIONS.length);
  });

  it('widens a line with each doubling of its count', () => {
    expect(lineWidth(1)).toBe(2.2);
    expect(lineWidth(2)).toBe(3.8);
    expect(lineWidth(4)).toBe(5.4);
    expect(lineWidth(3)).toBeGreaterThan(lineWidth(2));
  });
});
