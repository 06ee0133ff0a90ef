/**
 * Where the arrow keys take the map's focus. The map is one tab stop; inside it:
 *   ← →  the previous / next actor (by name), or, on a relation, the previous / next relation of the same actor
 *   ↓    from an actor into its relations; from a relation on to the actor at its other end
 *   ↑    from a relation back to its actor; from an actor up to the actor it is part of
 *   Home / End  the first / last actor
 */
import type { Visibility } from '../model/filters';
import type { DatasetIndex } from '../model/indexDataset';

export type MapCursor = { kind: 'actor'; id: string } | { kind: 'relation'; id: string; from: string };

export const NAVIGATION_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'] as const;
export type NavigationKey = (typeof NAVIGATION_KEYS)[number];

export function isNavigationKey(key: string): key is NavigationKey {
  return (NAVIGATION_KEYS as readonly string[]).includes(key);
}

// Sorting thousands of names on every key press would lag; the order changes only with the filters.
const orderCache = new WeakMap<Visibility, { index: DatasetIndex; order: string[] }>();

export function actorsInKeyboardOrder(index: DatasetIndex, visibility: Visibility): string[] {
  const cached = orderCache.get(visibility);
  if (cached?.index === index) return cached.order;
  const collator = new Intl.Collator();
  const order = index.dataset.actors
    .filter((actor) => visibility.actorIds.has(actor.id))
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((actor) => actor.id);
  orderCache.set(visibility, { index, order });
  return order;
}

/** The first place the keyboard lands: the actor with the most relations. */
export function firstCursor(index: DatasetIndex, visibility: Visibility): MapCursor | null {
  let best: string | null = null;
  let bestCount = -1;
  for (const actor of index.dataset.actors) {
    if (!visibility.actorIds.has(actor.id)) continue;
    const count = (index.relationIdsByActor.get(actor.id) ?? []).filter((id) => visibility.relationIds.has(id)).length;
    if (count > bestCount) {
      best = actor.id;
      bestCount = count;
    }
  }
  return best === null ? null : { kind: 'actor', id: best };
}

const step = <T>(list: readonly T[], current: T, by: number): T | undefined => {
  if (list.length === 0) return undefined;
  const at = list.indexOf(current);
  return list[(((at === -1 ? 0 : at + by) % list.length) + list.length) % list.length];
};

export function nextCursor(index: DatasetIndex, visibility: Visibility, cursor: MapCursor | null, key: NavigationKey): MapCursor | null {
  if (!cursor) return firstCursor(index, visibility);
  const actors = actorsInKeyboardOrder(index, visibility);
  const visibleRelationsOf = (actorId: string) => (index.relationIdsByActor.get(actorId) ?? []).filter((id) => visibility.relationIds.has(id));
  const actor = (id: string | undefined): MapCursor | null => (id === undefined ? cursor : { kind: 'actor', id });

  if (key === 'Home') return actor(actors[0]);
  if (key === 'End') return actor(actors.at(-1));

  if (cursor.kind === 'actor') {
    switch (key) {
      case 'ArrowRight':
        return actor(step(actors, cursor.id, 1));
      case 'ArrowLeft':
        return actor(step(actors, cursor.id, -1));
      case 'ArrowDown': {
        const first = visibleRelationsOf(cursor.id)[0];
        return first === undefined ? cursor : { kind: 'relation', id: first, from: cursor.id };
      }
      case 'ArrowUp': {
        const parent = index.actorsById.get(cursor.id)?.partOf;
        return parent && visibility.actorIds.has(parent) ? { kind: 'actor', id: parent } : cursor;
      }
    }
  }

  if (cursor.kind === 'relation') {
    const relation = index.relationsById.get(cursor.id);
    if (!relation) return firstCursor(index, visibility);
    const siblings = visibleRelationsOf(cursor.from);
    switch (key) {
      case 'ArrowRight':
      case 'ArrowLeft': {
        const next = step(siblings, cursor.id, key === 'ArrowRight' ? 1 : -1);
        return next === undefined ? cursor : { kind: 'relation', id: next, from: cursor.from };
      }
      case 'ArrowDown':
        return { kind: 'actor', id: relation.source === cursor.from ? relation.target : relation.source };
      case 'ArrowUp':
        return { kind: 'actor', id: cursor.from };
    }
  }
  return cursor;
}
