/**
 * Blocs: an actor that has members (`partOf`, nested) drawn as one shape standing for itself and
 * all of them. With some blocs closed, every relation is drawn between the blocs that hold its two
 * ends (so a bloc's lines are its members' relations to the outside, and grouped lines count
 * them), and a relation whose ends are both in one closed bloc is counted inside it. No relation
 * is lost: each is on exactly one drawn line or inside exactly one bloc. Pure.
 */
import type { Relation } from './datasetSchema';
import type { DatasetIndex } from './indexDataset';

/** Each actor that has members, with every actor it holds (members, their members…), in the dataset's order. */
export function blocMembers(index: DatasetIndex): Map<string, string[]> {
  const blocs = new Map<string, string[]>();
  for (const actor of index.dataset.actors) {
    if ((index.memberIdsByActor.get(actor.id)?.length ?? 0) === 0) continue;
    const held = new Set<string>();
    const pending = [...(index.memberIdsByActor.get(actor.id) ?? [])];
    while (pending.length) {
      const id = pending.pop()!;
      // The validator refuses partOf cycles; a cycle here would only stop the walk.
      if (held.has(id) || id === actor.id) continue;
      held.add(id);
      pending.push(...(index.memberIdsByActor.get(id) ?? []));
    }
    blocs.set(
      actor.id,
      index.dataset.actors.map((candidate) => candidate.id).filter((id) => held.has(id)),
    );
  }
  return blocs;
}

/**
 * Where each actor is drawn with these blocs closed: in the outermost closed bloc that holds it,
 * else as itself. Ids in `closed` that are no bloc are ignored.
 */
export function drawnAs(index: DatasetIndex, closed: ReadonlySet<string>): Map<string, string> {
  const drawn = new Map<string, string>();
  for (const actor of index.dataset.actors) {
    let at = actor.id;
    const seen = new Set<string>();
    for (let current = index.actorsById.get(actor.id)?.partOf; current && !seen.has(current); current = index.actorsById.get(current)?.partOf) {
      seen.add(current);
      if (closed.has(current)) at = current;
    }
    drawn.set(actor.id, at);
  }
  return drawn;
}

export type DrawnRelation = Pick<Relation, 'id' | 'source' | 'target' | 'stance'>;

export interface Aggregation {
  /** The relations between what is drawn, ends moved to the blocs that hold them, in the given order. */
  between: DrawnRelation[];
  /** For each closed bloc, the relations with both ends inside it. */
  inside: Map<string, string[]>;
}

/** The relations as the map draws them, given where each actor is drawn (`drawnAs`). */
export function aggregateRelations(relations: readonly DrawnRelation[], drawn: ReadonlyMap<string, string>): Aggregation {
  const between: DrawnRelation[] = [];
  const inside = new Map<string, string[]>();
  for (const { id, source, target, stance } of relations) {
    const from = drawn.get(source) ?? source;
    const to = drawn.get(target) ?? target;
    if (from === to && (from !== source || to !== target)) {
      const list = inside.get(from);
      if (list) list.push(id);
      else inside.set(from, [id]);
    } else between.push({ id, source: from, target: to, stance });
  }
  return { between, inside };
}

/**
 * `?blocs=`: `all` closes every bloc, `none` (or nothing) none, else the listed ids that are blocs.
 * @example parseBlocs('united-states,russia', blocs) // Set { 'united-states', 'russia' }
 */
export function parseBlocs(value: string | null, blocs: ReadonlyMap<string, readonly string[]>): Set<string> | null {
  if (value === null) return null;
  if (value === 'all') return new Set(blocs.keys());
  // Stryker disable next-line ConditionalExpression,StringLiteral: '' alone would reach the list below and give the same empty set.
  if (value === 'none' || value === '') return new Set();
  return new Set(value.split(',').filter((id) => blocs.has(id)));
}

/** The `?blocs=` value for these closed blocs: `all`, `none`, or their ids in the dataset's order. */
export function formatBlocs(closed: ReadonlySet<string>, blocs: ReadonlyMap<string, readonly string[]>): string {
  const shut = [...blocs.keys()].filter((id) => closed.has(id));
  if (shut.length === 0) return 'none';
  if (shut.length === blocs.size) return 'all';
  return shut.join(',');
}

/** The bloc an actor is in: the outermost actor that holds it (through `partOf`), or null for an actor no other holds. */
export function outermostBloc(index: DatasetIndex, actorId: string): string | null {
  let bloc: string | null = null;
  const seen = new Set<string>();
  for (let current = index.actorsById.get(actorId)?.partOf; current && !seen.has(current); current = index.actorsById.get(current)?.partOf) {
    seen.add(current);
    bloc = current;
  }
  return bloc;
}

export interface BlocView {
  /** The blocs drawn closed: one shape for the bloc and all it holds. */
  closedBlocs: ReadonlySet<string>;
  /** Where each actor is drawn: itself, or the outermost closed bloc that holds it. */
  drawn: ReadonlyMap<string, string>;
  /** For each closed bloc, the relations with both ends inside it. */
  blocInside: ReadonlyMap<string, readonly string[]>;
}

/**
 * The map with these blocs closed, but for any bloc that is, or holds, one of `shown` (what is
 * selected, or linked to): what a reader asked to see is never folded away.
 */
// Stryker disable next-line ArrayDeclaration: a default of any ids no bloc holds shows the same map as none.
export function blocView(index: DatasetIndex, blocs: ReadonlyMap<string, readonly string[]>, closed: Iterable<string>, shown: readonly string[] = []): BlocView {
  const closedBlocs = new Set([...closed].filter((id) => blocs.has(id) && !shown.some((end) => end === id || blocs.get(id)!.includes(end))));
  const drawn = drawnAs(index, closedBlocs);
  return { closedBlocs, drawn, blocInside: aggregateRelations(index.dataset.relations, drawn).inside };
}

/** The actors a selection shows: the actor, or the relation's two ends. */
export function actorsOf(index: DatasetIndex, selection: { kind: 'actor' | 'relation'; id: string } | null): string[] {
  if (!selection) return [];
  if (selection.kind === 'actor') return [selection.id];
  const relation = index.relationsById.get(selection.id);
  return relation ? [relation.source, relation.target] : [];
}
