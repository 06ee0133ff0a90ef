/**
 * Named selectors. Each returns a primitive or a stable object, so a component re-renders only
 * when its own answer changes: hovering one actor re-renders the actors whose emphasis changes,
 * not the whole map.
 */
import type { MapState } from './createMapStore';

export type Emphasis = 'normal' | 'highlighted' | 'dimmed';

interface Neighbourhood {
  actors: ReadonlySet<string>;
  relations: ReadonlySet<string>;
}

// The neighbourhood of what is hovered (or else selected), computed once per visibility and
// active element, and shared by every node's selector.
const neighbourhoodCache = new WeakMap<object, Map<string, Neighbourhood>>();

export function selectNeighbourhood(state: MapState): Neighbourhood | null {
  const active = state.hover ?? state.selection;
  if (!active) return state.spotlight ? { actors: state.spotlight.actorIds, relations: state.spotlight.relationIds } : null;
  let byActive = neighbourhoodCache.get(state.visibility);
  if (!byActive) neighbourhoodCache.set(state.visibility, (byActive = new Map()));
  const key = `${active.kind}:${active.id}`;
  let neighbourhood = byActive.get(key);
  if (!neighbourhood) byActive.set(key, (neighbourhood = neighbourhoodOf(state, active.kind, active.id)));
  return neighbourhood;
}

function neighbourhoodOf(state: MapState, kind: 'actor' | 'relation', id: string): Neighbourhood {
  const { index, visibility } = state;
  const actors = new Set<string>();
  const relations = new Set<string>();
  if (kind === 'relation') {
    const relation = index.relationsById.get(id);
    if (relation) {
      relations.add(id);
      actors.add(relation.source).add(relation.target);
    }
  } else {
    actors.add(id);
    // Stryker disable next-line ArrayDeclaration: only an id the dataset lacks has no list, and no relation of such an id is shown
    for (const relationId of index.relationIdsByActor.get(id) ?? []) {
      if (!visibility.relationIds.has(relationId)) continue;
      const relation = index.relationsById.get(relationId)!;
      relations.add(relationId);
      actors.add(relation.source).add(relation.target);
    }
  }
  return { actors, relations };
}

const selectEmphasis =
  (members: keyof Neighbourhood, id: string) =>
  (state: MapState): Emphasis => {
    const neighbourhood = selectNeighbourhood(state);
    if (!neighbourhood) return 'normal';
    return neighbourhood[members].has(id) ? 'highlighted' : 'dimmed';
  };
export const selectActorEmphasis = (id: string) => selectEmphasis('actors', id);
export const selectRelationEmphasis = (id: string) => selectEmphasis('relations', id);

export const selectIsActorSelected = (id: string) => (state: MapState) => state.selection?.kind === 'actor' && state.selection.id === id;
export const selectIsRelationSelected = (id: string) => (state: MapState) => state.selection?.kind === 'relation' && state.selection.id === id;
export const selectIsActorVisible = (id: string) => (state: MapState) => state.visibility.actorIds.has(id);
export const selectIsRelationVisible = (id: string) => (state: MapState) => state.visibility.relationIds.has(id);
export const selectIsActorCursor = (id: string) => (state: MapState) => state.keyboardCursor?.kind === 'actor' && state.keyboardCursor.id === id;
export const selectSelection = (state: MapState) => state.selection;
export const selectFilters = (state: MapState) => state.filters;
export const selectIndex = (state: MapState) => state.index;

/*
 * A drawn line stands for one relation or a group of them (model/relationLines.ts). Its answers
 * are primitives computed over its relations, so a line re-renders only when its own answer changes.
 */
export const selectVisibleCount = (ids: readonly string[]) => (state: MapState) => ids.reduce((count, id) => count + (state.visibility.relationIds.has(id) ? 1 : 0), 0);
export const selectLineEmphasis =
  (ids: readonly string[]) =>
  (state: MapState): Emphasis => {
    const neighbourhood = selectNeighbourhood(state);
    if (!neighbourhood) return 'normal';
    return ids.some((id) => neighbourhood.relations.has(id)) ? 'highlighted' : 'dimmed';
  };
/** The selected relation, if this line draws it. */
export const selectSelectedOnLine = (ids: readonly string[]) => (state: MapState) =>
  state.selection?.kind === 'relation' && ids.includes(state.selection.id) ? state.selection.id : null;
/** The relation holding the keyboard's place, if this line draws it. */
export const selectCursorOnLine = (ids: readonly string[]) => (state: MapState) =>
  state.keyboardCursor?.kind === 'relation' && ids.includes(state.keyboardCursor.id) ? state.keyboardCursor.id : null;
