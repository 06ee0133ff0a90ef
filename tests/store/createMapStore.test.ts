import { describe, expect, it } from 'vitest';
import { parseViewState } from '../../src/embed/urlState';
import { NO_FILTERS } from '../../src/model/filters';
import { createMapStore } from '../../src/store/createMapStore';
import { applyStepView } from '../../src/model/stepView';
import {
  selectActorEmphasis,
  selectFilters,
  selectIsActorCursor,
  selectIsActorSelected,
  selectIsActorVisible,
  selectIsRelationSelected,
  selectIsRelationVisible,
  selectNeighbourhood,
  selectRelationEmphasis,
  selectSelection,
} from '../../src/store/selectors';
import { loadFixture } from '../fixtures';

const small = loadFixture('small');
const ACTORS = small.dataset.actors.map((actor) => actor.id);
const RELATIONS = small.dataset.relations.map((relation) => relation.id);

function emphasisOfActors(store: ReturnType<typeof createMapStore>) {
  const state = store.getState();
  return Object.fromEntries(ACTORS.map((id) => [id, selectActorEmphasis(id)(state)]));
}

describe('a new map store', () => {
  it('starts with nothing selected, nothing hovered and everything shown', () => {
    const state = createMapStore(small).getState();
    expect(state.selection).toBeNull();
    expect(state.hover).toBeNull();
    expect(state.filters).toEqual(NO_FILTERS);
    expect([...state.visibility.actorIds]).toEqual(ACTORS);
    expect([...state.visibility.relationIds]).toEqual(RELATIONS);
    expect(state.keyboardCursor).toBeNull();
    expect(state.panelTab).toBe('map');
  });

  it('opens on the selection and filters of a link', () => {
    const state = createMapStore(small, parseViewState('?select=relation:northland-offers-boats&hideStances=hostility')).getState();
    expect(state.selection).toEqual({ kind: 'relation', id: 'northland-offers-boats' });
    expect(state.keyboardCursor).toEqual({ kind: 'relation', id: 'northland-offers-boats', from: 'northland' });
    expect(state.visibility.relationIds.has('militia-fights-raiders')).toBe(false);
    expect(state.visibility.relationIds.has('northland-offers-boats')).toBe(true);
  });

  it('ignores ids from a link that the dataset does not have', () => {
    for (const search of ['?select=actor:atlantis', '?select=relation:northland-invades-atlantis']) {
      const state = createMapStore(small, parseViewState(search)).getState();
      expect(state.selection, search).toBeNull();
      expect(state.keyboardCursor, search).toBeNull();
    }
    const focused = createMapStore(small, parseViewState('?focus=atlantis')).getState();
    expect(focused.visibility.actorIds.size).toBe(6);
    expect(focused.visibility.relationIds.size).toBe(8);
  });

  it('keeps two stores apart', () => {
    const first = createMapStore(small);
    const second = createMapStore(small);
    first.getState().selectActor('northland');
    first.getState().toggleStance('offer');
    expect(second.getState().selection).toBeNull();
    expect(second.getState().filters).toEqual(NO_FILTERS);
    expect(second.getState().visibility.relationIds.has('northland-offers-boats')).toBe(true);
  });
});

describe('selection', () => {
  it('selects an actor and moves the keyboard there', () => {
    const store = createMapStore(small);
    store.getState().selectActor('northland');
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'northland' });
    expect(store.getState().keyboardCursor).toEqual({ kind: 'actor', id: 'northland' });
  });

  it('selects a relation, entered from its source', () => {
    const store = createMapStore(small);
    store.getState().selectRelation('navy-shells-raiders');
    expect(store.getState().selection).toEqual({ kind: 'relation', id: 'navy-shells-raiders' });
    expect(store.getState().keyboardCursor).toEqual({ kind: 'relation', id: 'navy-shells-raiders', from: 'southland-navy' });
    expect(store.getState().currentPassage).toBeNull();
  });

  it('enters a relation from the selected actor when it is the relation’s target', () => {
    const store = createMapStore(small);
    store.getState().selectActor('raiders');
    store.getState().selectRelation('navy-shells-raiders');
    expect(store.getState().keyboardCursor).toEqual({ kind: 'relation', id: 'navy-shells-raiders', from: 'raiders' });
  });

  it('remembers the passage a relation was selected from', () => {
    const store = createMapStore(small);
    const passage = { relationId: 'southland-pays-stipend', evidenceIndex: 1 };
    store.getState().selectRelation('southland-pays-stipend', passage);
    expect(store.getState().currentPassage).toBe(passage);
    store.getState().selectActor('southland');
    expect(store.getState().currentPassage).toBeNull();
  });

  it('clears the selection and leaves the keyboard where it was', () => {
    const store = createMapStore(small);
    store.getState().selectActor('raiders');
    store.getState().clearSelection();
    expect(store.getState().selection).toBeNull();
    expect(store.getState().keyboardCursor).toEqual({ kind: 'actor', id: 'raiders' });
  });

  it('ignores an id the dataset does not have', () => {
    const store = createMapStore(small);
    store.getState().selectActor('northland');
    store.getState().selectActor('atlantis');
    store.getState().selectRelation('northland-invades-atlantis');
    store.getState().select({ kind: 'actor', id: 'northland-offers-boats' });
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'northland' });
  });

  it('does not notify subscribers when the same thing is selected again', () => {
    const store = createMapStore(small);
    let changes = 0;
    store.subscribe(() => changes++);
    store.getState().selectActor('northland');
    store.getState().selectActor('northland');
    store.getState().setHover({ kind: 'actor', id: 'raiders' });
    store.getState().setHover({ kind: 'actor', id: 'raiders' });
    store.getState().clearSelection();
    store.getState().clearSelection();
    expect(changes).toBe(3);
  });

  it('shows a passage in the article: selects its relation and switches the narrow view to the article', () => {
    const store = createMapStore(small);
    const passage = { relationId: 'southland-pays-stipend', evidenceIndex: 1 };
    store.getState().showPassage(passage);
    expect(store.getState().selection).toEqual({ kind: 'relation', id: 'southland-pays-stipend' });
    expect(store.getState().currentPassage).toEqual(passage);
    expect(store.getState().panelTab).toBe('article');
    store.getState().setPanelTab('map');
    expect(store.getState().panelTab).toBe('map');
  });
});

describe('filters', () => {
  it('hides a stance’s relations, and shows them again on a second toggle', () => {
    const store = createMapStore(small);
    store.getState().toggleStance('hostility');
    const { visibility, filters } = store.getState();
    expect(filters.hiddenStances).toEqual(['hostility']);
    expect([...visibility.relationIds]).toEqual(['northland-offers-boats', 'southland-pays-stipend', 'navy-supports-militia', 'militia-supports-southland']);
    expect(visibility.actorIds.size).toBe(6);
    store.getState().toggleStance('hostility');
    expect(store.getState().visibility.relationIds.size).toBe(8);
  });

  it('hides a kind of actor with its relations', () => {
    const store = createMapStore(small);
    store.getState().toggleKind('government-body');
    expect(selectIsActorVisible('southland-navy')(store.getState())).toBe(false);
    expect(selectIsRelationVisible('navy-shells-raiders')(store.getState())).toBe(false);
    expect(selectIsRelationVisible('militia-fights-raiders')(store.getState())).toBe(true);
  });

  it('focuses on an actor and its neighbours, and back on everything', () => {
    const store = createMapStore(small);
    store.getState().focusActor('raiders');
    expect(store.getState().filters.focusActorId).toBe('raiders');
    expect([...store.getState().visibility.actorIds].sort()).toEqual(['harbour-militia', 'raiders', 'southland-navy']);
    expect([...store.getState().visibility.relationIds].sort()).toEqual(['militia-fights-raiders', 'navy-shells-raiders']);
    store.getState().focusActor(null);
    expect(store.getState().visibility.actorIds.size).toBe(6);
  });

  it('replaces all filters at once', () => {
    const store = createMapStore(small);
    store.getState().setFilters({ hiddenStances: ['offer'], hiddenKinds: ['person'], focusActorId: 'northland' });
    expect([...store.getState().visibility.relationIds].sort()).toEqual(['northland-disparages-southland', 'northland-rivals-southland']);
    expect([...store.getState().visibility.actorIds].sort()).toEqual(['northland', 'southland']);
  });
});

describe('emphasis', () => {
  it('leaves every actor and relation normal when nothing is hovered or selected', () => {
    const store = createMapStore(small);
    expect(new Set(Object.values(emphasisOfActors(store)))).toEqual(new Set(['normal']));
    expect(selectRelationEmphasis('northland-offers-boats')(store.getState())).toBe('normal');
  });

  it('highlights a hovered actor and its neighbours, and dims the rest', () => {
    const store = createMapStore(small);
    store.getState().setHover({ kind: 'actor', id: 'raiders' });
    expect(emphasisOfActors(store)).toEqual({
      northland: 'dimmed',
      southland: 'dimmed',
      'southland-navy': 'highlighted',
      'harbour-militia': 'highlighted',
      'mara-vell': 'dimmed',
      raiders: 'highlighted',
    });
    const state = store.getState();
    expect(selectRelationEmphasis('militia-fights-raiders')(state)).toBe('highlighted');
    expect(selectRelationEmphasis('navy-shells-raiders')(state)).toBe('highlighted');
    expect(selectRelationEmphasis('navy-supports-militia')(state)).toBe('dimmed');
  });

  it('highlights a hovered relation and the two actors it joins', () => {
    const store = createMapStore(small);
    store.getState().setHover({ kind: 'relation', id: 'northland-offers-boats' });
    const highlighted = Object.entries(emphasisOfActors(store)).filter(([, emphasis]) => emphasis === 'highlighted').map(([id]) => id);
    expect(highlighted).toEqual(['northland', 'harbour-militia']);
    expect(selectRelationEmphasis('northland-offers-boats')(store.getState())).toBe('highlighted');
    expect(selectRelationEmphasis('southland-pays-stipend')(store.getState())).toBe('dimmed');
  });

  it('lets the hover win over the selection, and falls back to the selection when the pointer leaves', () => {
    const store = createMapStore(small);
    store.getState().selectActor('northland');
    store.getState().setHover({ kind: 'actor', id: 'raiders' });
    expect(selectActorEmphasis('northland')(store.getState())).toBe('dimmed');
    expect(selectActorEmphasis('raiders')(store.getState())).toBe('highlighted');
    store.getState().setHover(null);
    expect(selectActorEmphasis('northland')(store.getState())).toBe('highlighted');
    expect(selectActorEmphasis('southland')(store.getState())).toBe('highlighted');
    expect(selectActorEmphasis('raiders')(store.getState())).toBe('dimmed');
  });

  it('does not count hidden relations as ties', () => {
    const store = createMapStore(small);
    store.getState().toggleStance('hostility');
    store.getState().setHover({ kind: 'actor', id: 'raiders' });
    expect(selectActorEmphasis('raiders')(store.getState())).toBe('highlighted');
    expect(selectActorEmphasis('harbour-militia')(store.getState())).toBe('dimmed');
  });
});

describe('selectors', () => {
  it('answer with the selection, the cursor and what is shown', () => {
    const store = createMapStore(small);
    store.getState().selectActor('southland');
    const state = store.getState();
    expect(selectSelection(state)).toEqual({ kind: 'actor', id: 'southland' });
    expect(selectIsActorSelected('southland')(state)).toBe(true);
    expect(selectIsActorSelected('northland')(state)).toBe(false);
    expect(selectIsRelationSelected('northland-rivals-southland')(state)).toBe(false);
    expect(selectIsActorCursor('southland')(state)).toBe(true);
  });

  it('return the same value while their part of the state is unchanged', () => {
    const store = createMapStore(small);
    store.getState().setHover({ kind: 'actor', id: 'raiders' });
    const before = store.getState();
    const neighbourhood = selectNeighbourhood(before);
    const filters = selectFilters(before);
    expect(selectNeighbourhood(before)).toBe(neighbourhood);

    store.getState().setPanelTab('article');
    store.getState().moveKeyboardCursor({ kind: 'actor', id: 'northland' });
    const after = store.getState();
    expect(after).not.toBe(before);
    expect(selectNeighbourhood(after)).toBe(neighbourhood);
    expect(selectFilters(after)).toBe(filters);
    expect(selectActorEmphasis('raiders')(after)).toBe(selectActorEmphasis('raiders')(before));
  });

  it('compute a new neighbourhood when the filters change what is shown', () => {
    const store = createMapStore(small);
    store.getState().setHover({ kind: 'actor', id: 'raiders' });
    const before = selectNeighbourhood(store.getState());
    store.getState().toggleStance('support');
    expect(selectNeighbourhood(store.getState())).not.toBe(before);
  });
});

describe('showStep', () => {
  it('applies a step’s view: its selection, filters and camera frame, and a step without one clears them', () => {
    const index = loadFixture('small');
    const store = createMapStore(index);
    const spotlight = { actorIds: new Set(['northland', 'harbour-militia']), relationIds: new Set(['northland-offers-boats']) };
    const view = applyStepView({ select: 'relation:northland-offers-boats', hiddenStances: ['payment'], frame: ['northland', 'harbour-militia'] }, index);
    store.getState().showStep({ spotlight, revealed: null, view });
    const state = store.getState();
    expect(state.selection).toEqual({ kind: 'relation', id: 'northland-offers-boats' });
    expect(state.filters.hiddenStances).toEqual(['payment']);
    expect(state.visibility.relationIds.has('southland-pays-stipend')).toBe(false);
    expect([...state.frame!]).toEqual(['northland', 'harbour-militia']);
    expect(state.spotlight).toBe(spotlight);

    store.getState().showStep({ spotlight, revealed: null });
    expect(store.getState().selection).toBeNull();
    expect(store.getState().frame).toBeNull();
  });

  it('calls for the camera at every showing, even of the same step, with the motion asked for', () => {
    const index = loadFixture('small');
    const store = createMapStore(index);
    const step = { spotlight: { actorIds: new Set(['northland']), relationIds: new Set<string>() }, revealed: null };
    store.getState().showStep(step);
    const first = store.getState().stepCamera;
    expect(first).toEqual({ motion: 'glide' });
    // "Back to step N": the same step again is a new call, which the map obeys though the reader moved it.
    store.getState().showStep(step, 'cut');
    expect(store.getState().stepCamera).toEqual({ motion: 'cut' });
    expect(store.getState().stepCamera).not.toBe(first);
    store.getState().leaveStep();
    expect(store.getState().stepCamera).toBeNull();
  });
});
