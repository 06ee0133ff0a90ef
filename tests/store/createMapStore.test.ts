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
  selectCursorOnLine,
  selectLineEmphasis,
  selectNeighbourhood,
  selectSelectedOnLine,
  selectVisibleCount,
  selectRelationEmphasis,
  selectSelection,
} from '../../src/store/selectors';
import { indexDataset } from '../../src/model/indexDataset';
import { loadFixture, parseFixture, readFixtureJson } from '../fixtures';

const small = loadFixture('small');
const ACTORS = small.dataset.actors.map((actor) => actor.id);
const RELATIONS = small.dataset.relations.map((relation) => relation.id);

/** The small fixture after an edit to its JSON, indexed as the app indexes a dataset. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function editedIndex(edit: (json: Record<string, any>) => void) {
  const json = readFixtureJson('small');
  edit(json);
  return indexDataset(parseFixture(json));
}

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

  it('enters a relation from its source when the keyboard is on the source or on an actor it does not join', () => {
    for (const [from, expected] of [['southland-navy', 'southland-navy'], ['northland', 'southland-navy']] as const) {
      const store = createMapStore(small);
      store.getState().moveKeyboardCursor({ kind: 'actor', id: from });
      store.getState().selectRelation('navy-shells-raiders');
      expect(store.getState().keyboardCursor, from).toEqual({ kind: 'relation', id: 'navy-shells-raiders', from: expected });
    }
  });

  it('keeps the end the keyboard entered a relation from when that relation is selected again', () => {
    const store = createMapStore(small);
    store.getState().moveKeyboardCursor({ kind: 'relation', id: 'navy-shells-raiders', from: 'raiders' });
    store.getState().selectRelation('navy-shells-raiders');
    expect(store.getState().keyboardCursor).toEqual({ kind: 'relation', id: 'navy-shells-raiders', from: 'raiders' });
  });

  it('moves the keyboard to a newly selected relation, not the one it was on', () => {
    const store = createMapStore(small);
    store.getState().moveKeyboardCursor({ kind: 'relation', id: 'militia-fights-raiders', from: 'raiders' });
    store.getState().selectRelation('navy-shells-raiders');
    expect(store.getState().keyboardCursor).toEqual({ kind: 'relation', id: 'navy-shells-raiders', from: 'southland-navy' });
  });

  it('remembers which passage of the selected relation was chosen last', () => {
    const store = createMapStore(small);
    const first = { relationId: 'southland-pays-stipend', evidenceIndex: 0 };
    const second = { relationId: 'southland-pays-stipend', evidenceIndex: 1 };
    store.getState().selectRelation('southland-pays-stipend', first);
    store.getState().selectRelation('southland-pays-stipend', second);
    expect(store.getState().currentPassage).toBe(second);
  });

  it('selects what select is given, and nothing with null', () => {
    const store = createMapStore(small);
    store.getState().select({ kind: 'relation', id: 'northland-offers-boats' });
    expect(store.getState().selection).toEqual({ kind: 'relation', id: 'northland-offers-boats' });
    store.getState().select(null);
    expect(store.getState().selection).toBeNull();
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

describe('the keyboard’s place', () => {
  it('moves to an actor or a relation, and tells subscribers only when it moved', () => {
    const store = createMapStore(small);
    let changes = 0;
    store.subscribe(() => changes++);
    store.getState().moveKeyboardCursor({ kind: 'actor', id: 'northland' });
    store.getState().moveKeyboardCursor({ kind: 'actor', id: 'northland' });
    expect(store.getState().keyboardCursor).toEqual({ kind: 'actor', id: 'northland' });
    store.getState().moveKeyboardCursor({ kind: 'actor', id: 'raiders' });
    expect(store.getState().keyboardCursor).toEqual({ kind: 'actor', id: 'raiders' });
    store.getState().moveKeyboardCursor({ kind: 'relation', id: 'militia-fights-raiders', from: 'raiders' });
    expect(store.getState().keyboardCursor).toEqual({ kind: 'relation', id: 'militia-fights-raiders', from: 'raiders' });
    store.getState().moveKeyboardCursor(null);
    expect(store.getState().keyboardCursor).toBeNull();
    expect(changes).toBe(4);
  });

  it('tells an actor from a relation of the same id (ids are unique within each list only)', () => {
    const store = createMapStore(editedIndex((json) => json.relations.push({ ...json.relations.find((relation: { id: string }) => relation.id === 'militia-fights-raiders'), id: 'raiders' })));
    store.getState().moveKeyboardCursor({ kind: 'actor', id: 'raiders' });
    store.getState().moveKeyboardCursor({ kind: 'relation', id: 'raiders', from: 'harbour-militia' });
    expect(store.getState().keyboardCursor).toEqual({ kind: 'relation', id: 'raiders', from: 'harbour-militia' });
  });
});

describe('a link to what the map lacks', () => {
  it('says so in a notice naming the kind and the id, cut short, until the reader dismisses it', () => {
    const store = createMapStore(small, parseViewState('?select=actor:atlantis'));
    expect(store.getState().notice).toBe('This map has no actor “atlantis”: the link may be old, or meant for another dataset.');
    store.getState().dismissNotice();
    expect(store.getState().notice).toBeNull();
    const long = createMapStore(small, { selection: { kind: 'relation', id: 'x'.repeat(200) } });
    expect(long.getState().notice).toBe(`This map has no relation “${'x'.repeat(80)}”: the link may be old, or meant for another dataset.`);
    expect(createMapStore(small, parseViewState('?select=actor:northland')).getState().notice).toBeNull();
  });
});

describe('blocs', () => {
  // In the small fixture, Southland holds its navy and the harbour militia holds Mara Vell.
  it('closes and opens a bloc: what it holds is drawn as the bloc while it is closed', () => {
    const store = createMapStore(small);
    expect(store.getState().drawn.get('southland-navy')).toBe('southland-navy');
    store.getState().toggleBloc('southland');
    expect([...store.getState().closedBlocs]).toEqual(['southland']);
    expect(store.getState().drawn.get('southland-navy')).toBe('southland');
    store.getState().toggleBloc('harbour-militia');
    expect([...store.getState().closedBlocs].sort()).toEqual(['harbour-militia', 'southland']);
    store.getState().toggleBloc('southland');
    expect([...store.getState().closedBlocs]).toEqual(['harbour-militia']);
    expect(store.getState().drawn.get('southland-navy')).toBe('southland-navy');
  });

  it('chooses the bloc when the selected actor is folded into it', () => {
    const store = createMapStore(small);
    store.getState().selectActor('mara-vell');
    store.getState().setClosedBlocs(['harbour-militia']);
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'harbour-militia' });
    // The bloc itself selected stays as it is, the same selection, when its bloc closes.
    store.getState().setClosedBlocs([]);
    const bloc = store.getState().selection;
    store.getState().setClosedBlocs(['harbour-militia']);
    expect(store.getState().selection).toBe(bloc);
  });

  it('closes a new set of blocs of the same size as the one before', () => {
    // A third bloc: the Raiders hold their captain.
    const store = createMapStore(editedIndex((json) => json.actors.push({ ...json.actors.find((actor: { id: string }) => actor.id === 'mara-vell'), id: 'raider-captain', name: 'the Raider captain', aliases: [], partOf: 'raiders' })));
    store.getState().setClosedBlocs(['southland', 'harbour-militia']);
    store.getState().setClosedBlocs(['southland', 'raiders']);
    expect([...store.getState().closedBlocs].sort()).toEqual(['raiders', 'southland']);
    expect(store.getState().drawn.get('mara-vell')).toBe('mara-vell');
    expect(store.getState().drawn.get('raider-captain')).toBe('raiders');
  });

  it('opens a closed bloc when what it holds is chosen, or when a link selects it', () => {
    const store = createMapStore(small, { blocs: 'all' });
    expect([...store.getState().closedBlocs].sort()).toEqual(['harbour-militia', 'southland']);
    store.getState().selectRelation('navy-shells-raiders');
    expect([...store.getState().closedBlocs]).toEqual(['harbour-militia']);
    const linked = createMapStore(small, { blocs: 'all', selection: { kind: 'actor', id: 'mara-vell' } });
    expect([...linked.getState().closedBlocs]).toEqual(['southland']);
  });

  it('leaves the store as it is when the same blocs are closed again', () => {
    const store = createMapStore(small, { blocs: 'southland' });
    let changes = 0;
    store.subscribe(() => changes++);
    store.getState().setClosedBlocs(['southland']);
    expect(changes).toBe(0);
    store.getState().setClosedBlocs(['harbour-militia']);
    expect(changes).toBe(1);
    expect([...store.getState().closedBlocs]).toEqual(['harbour-militia']);
  });
});

describe('after an edit', () => {
  it('keeps the selection and filters that still apply, and drops a selection the edit removed', () => {
    const store = createMapStore(small);
    store.getState().selectRelation('militia-supports-southland');
    store.getState().toggleStance('hostility');
    store.getState().setHover({ kind: 'actor', id: 'raiders' });
    const renamed = editedIndex((json) => (json.title = 'Harbour dispute, revised'));
    store.getState().replaceIndex(renamed);
    expect(store.getState().index).toBe(renamed);
    expect(store.getState().selection).toEqual({ kind: 'relation', id: 'militia-supports-southland' });
    expect(store.getState().hover).toBeNull();
    expect(store.getState().visibility.relationIds.has('militia-fights-raiders')).toBe(false);
    expect(store.getState().visibility.relationIds.has('militia-supports-southland')).toBe(true);
    const removed = editedIndex((json) => (json.relations = json.relations.filter((relation: { id: string }) => relation.id !== 'militia-supports-southland')));
    store.getState().replaceIndex(removed);
    expect(store.getState().selection).toBeNull();
    expect(store.getState().visibility.relationIds.has('militia-supports-southland')).toBe(false);
    expect(store.getState().visibility.relationIds.has('militia-fights-raiders')).toBe(false);
  });

  it('selects what an edit adds once it arrives, and what exists at once', () => {
    const store = createMapStore(small);
    store.getState().selectAfterEdit({ kind: 'actor', id: 'northland' });
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'northland' });
    store.getState().selectAfterEdit({ kind: 'actor', id: 'eastland' });
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'northland' });
    const added = editedIndex((json) => json.actors.push({ ...json.actors[0], id: 'eastland', name: 'Eastland', aliases: [] }));
    store.getState().replaceIndex(added);
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'eastland' });
    // Once: a later edit keeps the reader's own selection.
    store.getState().selectActor('raiders');
    store.getState().replaceIndex(editedIndex((json) => (json.title = 'Again')));
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'raiders' });
  });
});

describe('what the reader sets', () => {
  it('keeps the line mode, the side panel and the narrow view’s tab', () => {
    const store = createMapStore(small, { lines: 'all' });
    expect(store.getState().lineMode).toBe('all');
    store.getState().setLineMode('grouped');
    expect(store.getState().lineMode).toBe('grouped');
    store.getState().setSidePanel('story');
    expect(store.getState().sidePanel).toBe('story');
    store.getState().setPanelTab('article');
    expect(store.getState().panelTab).toBe('article');
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

  it('answer for a drawn line: how many of its relations show, its emphasis, and the selected or keyboard relation on it', () => {
    const store = createMapStore(small);
    const line = ['northland-rivals-southland', 'northland-disparages-southland'];
    expect(selectVisibleCount(line)(store.getState())).toBe(2);
    expect(selectLineEmphasis(line)(store.getState())).toBe('normal');
    expect(selectSelectedOnLine(line)(store.getState())).toBeNull();
    store.getState().selectRelation('northland-disparages-southland');
    expect(selectSelectedOnLine(line)(store.getState())).toBe('northland-disparages-southland');
    expect(selectCursorOnLine(line)(store.getState())).toBe('northland-disparages-southland');
    expect(selectIsRelationSelected('northland-disparages-southland')(store.getState())).toBe(true);
    expect(selectIsRelationSelected('northland-rivals-southland')(store.getState())).toBe(false);
    expect(selectLineEmphasis(line)(store.getState())).toBe('highlighted');
    expect(selectLineEmphasis(['militia-fights-raiders'])(store.getState())).toBe('dimmed');
    store.getState().selectActor('northland');
    expect(selectSelectedOnLine(line)(store.getState())).toBeNull();
    expect(selectCursorOnLine(line)(store.getState())).toBeNull();
    expect(selectIsActorCursor('northland')(store.getState())).toBe(true);
    expect(selectIsActorCursor('southland')(store.getState())).toBe(false);
    store.getState().toggleStance('hostility');
    expect(selectVisibleCount(line)(store.getState())).toBe(0);
    expect(selectVisibleCount([...line, 'northland-offers-boats'])(store.getState())).toBe(1);
  });

  it('highlight only an actor without relations when it is hovered', () => {
    const store = createMapStore(editedIndex((json) => json.actors.push({ ...json.actors[0], id: 'hermit', name: 'Hermit', aliases: [] })));
    store.getState().setHover({ kind: 'actor', id: 'hermit' });
    expect(selectActorEmphasis('hermit')(store.getState())).toBe('highlighted');
    expect(selectActorEmphasis('northland')(store.getState())).toBe('dimmed');
    expect(selectNeighbourhood(store.getState())!.relations.size).toBe(0);
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
    // The keyboard goes where the step's selection is.
    expect(state.keyboardCursor).toEqual({ kind: 'relation', id: 'northland-offers-boats', from: 'northland' });

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
