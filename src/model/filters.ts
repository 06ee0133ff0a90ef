/** What the reader chose to see. Transitions are pure: `(filters, arg) → filters`. */
import type { DatasetIndex } from './indexDataset';
import type { ActorKind, Stance } from './vocabulary';

export interface Filters {
  hiddenStances: readonly Stance[];
  hiddenKinds: readonly ActorKind[];
  /** Show only this actor and the actors it has relations with. */
  focusActorId: string | null;
}

export const NO_FILTERS: Filters = { hiddenStances: [], hiddenKinds: [], focusActorId: null };

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export const toggleStance = (filters: Filters, stance: Stance): Filters => ({ ...filters, hiddenStances: toggle(filters.hiddenStances, stance) });
export const toggleKind = (filters: Filters, kind: ActorKind): Filters => ({ ...filters, hiddenKinds: toggle(filters.hiddenKinds, kind) });
export const focusOn = (filters: Filters, actorId: string | null): Filters => ({ ...filters, focusActorId: actorId });

export interface Visibility {
  actorIds: ReadonlySet<string>;
  relationIds: ReadonlySet<string>;
}

/**
 * Which actors and relations are drawn. `revealed`, when given, limits them further (read-along);
 * `drawn` says where each actor is drawn when blocs are closed.
 */
export function computeVisibility(index: DatasetIndex, filters: Filters, revealed: Visibility | null = null, drawn: ReadonlyMap<string, string> | null = null): Visibility {
  // With blocs closed (blocs.ts), an actor inside one is drawn as the bloc; its relations stay, on the bloc's lines.
  const drawnAs = (actorId: string) => drawn?.get(actorId) ?? actorId;
  const kindShown = (actorId: string) => {
    const actor = index.actorsById.get(actorId);
    return actor !== undefined && !filters.hiddenKinds.includes(actor.kind) && (revealed === null || revealed.actorIds.has(actorId));
  };
  const focus = filters.focusActorId !== null && index.actorsById.has(filters.focusActorId) ? filters.focusActorId : null;
  const relationIds = new Set<string>();
  for (const relation of index.dataset.relations) {
    if (filters.hiddenStances.includes(relation.stance)) continue;
    if (revealed !== null && !revealed.relationIds.has(relation.id)) continue;
    if (!kindShown(relation.source) || !kindShown(relation.target)) continue;
    if (focus !== null && relation.source !== focus && relation.target !== focus) continue;
    relationIds.add(relation.id);
  }
  const actorIds = new Set<string>();
  if (focus === null) {
    // A closed bloc is drawn while it, or anything it holds, is shown (read-along may reveal a member first).
    for (const actor of index.dataset.actors) if (kindShown(actor.id)) actorIds.add(drawnAs(actor.id));
  } else {
    if (kindShown(focus)) actorIds.add(drawnAs(focus));
    for (const id of relationIds) {
      const relation = index.relationsById.get(id)!;
      actorIds.add(drawnAs(relation.source));
      actorIds.add(drawnAs(relation.target));
    }
  }
  return { actorIds, relationIds };
}
