/**
 * Which lines the map draws for the relations. By default relations that share both ends, the
 * direction and the stance are one line (`grouped`), so a pair with five hostile statements reads
 * as one thick hostile arrow with a count, not a knot of five; `all` draws each relation apart.
 * Every relation stays reachable: a grouped line lists its relations in a chooser.
 */
import type { Relation } from './datasetSchema';
import type { Stance } from './vocabulary';

export type LineMode = 'grouped' | 'all';
export const LINE_MODES: readonly LineMode[] = ['grouped', 'all'];

export interface RelationLine {
  /** A single relation's line keeps the relation's id; a group's id names its ends and stance. */
  id: string;
  source: string;
  target: string;
  stance: Stance;
  /** In the dataset's order; one id for a single relation. */
  relationIds: string[];
}

/** The id of the grouped line from `source` to `target` of `stance` (never a relation's id: it starts with `lines:`). */
export const groupLineId = (source: string, target: string, stance: Stance) => `lines:${source}>${target}:${stance}`;

export function relationLines(relations: readonly Pick<Relation, 'id' | 'source' | 'target' | 'stance'>[], mode: LineMode): RelationLine[] {
  if (mode === 'all') return relations.map(({ id, source, target, stance }) => ({ id, source, target, stance, relationIds: [id] }));
  const byKey = new Map<string, RelationLine>();
  for (const { id, source, target, stance } of relations) {
    const key = groupLineId(source, target, stance);
    const line = byKey.get(key);
    if (line) line.relationIds.push(id);
    else byKey.set(key, { id: key, source, target, stance, relationIds: [id] });
  }
  return [...byKey.values()].map((line) => (line.relationIds.length === 1 ? { ...line, id: line.relationIds[0]! } : line));
}

/** Which line draws each relation (of any list of lines that name their relations). */
export function lineOfRelation<Line extends { relationIds: readonly string[] }>(lines: readonly Line[]): Map<string, Line> {
  const byRelation = new Map<string, Line>();
  for (const line of lines) for (const id of line.relationIds) byRelation.set(id, line);
  return byRelation;
}

/** A grouped line's width in pixels: a single line's, plus a little for each doubling of its count. */
export function lineWidth(count: number, base = 2.2): number {
  return Math.round((base + 1.6 * Math.log2(Math.max(1, count))) * 10) / 10;
}
