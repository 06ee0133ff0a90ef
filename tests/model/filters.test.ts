import { describe, expect, it } from 'vitest';
import { computeVisibility, focusOn, NO_FILTERS, toggleKind, toggleStance, type Filters } from '../../src/model/filters';
import { loadFixture } from '../fixtures';

const small = loadFixture('small');
const ALL_ACTORS = ['northland', 'southland', 'southland-navy', 'harbour-militia', 'mara-vell', 'raiders'];
const ALL_RELATIONS = [
  'northland-offers-boats',
  'southland-pays-stipend',
  'militia-fights-raiders',
  'navy-shells-raiders',
  'navy-supports-militia',
  'northland-rivals-southland',
  'northland-disparages-southland',
  'militia-supports-southland',
];

function visible(filters: Partial<Filters>) {
  const { actorIds, relationIds } = computeVisibility(small, { ...NO_FILTERS, ...filters });
  return { actors: [...actorIds].sort(), relations: [...relationIds].sort() };
}

describe('computeVisibility', () => {
  it('shows every actor and relation when nothing is filtered', () => {
    expect(visible({})).toEqual({ actors: [...ALL_ACTORS].sort(), relations: [...ALL_RELATIONS].sort() });
  });

  it('hides the relations of a hidden stance and keeps every actor', () => {
    expect(visible({ hiddenStances: ['hostility'] })).toEqual({
      actors: [...ALL_ACTORS].sort(),
      relations: ['militia-supports-southland', 'navy-supports-militia', 'northland-offers-boats', 'southland-pays-stipend'],
    });
    expect(visible({ hiddenStances: ['support', 'hostility', 'offer', 'payment'] }).relations).toEqual([]);
  });

  it('hides the actors of a hidden kind and every relation that touches them', () => {
    expect(visible({ hiddenKinds: ['government-body'] })).toEqual({
      actors: ['harbour-militia', 'mara-vell', 'northland', 'raiders', 'southland'],
      relations: ALL_RELATIONS.filter((id) => id !== 'navy-shells-raiders' && id !== 'navy-supports-militia').sort(),
    });
    expect(visible({ hiddenKinds: ['person'] })).toEqual({
      actors: ALL_ACTORS.filter((id) => id !== 'mara-vell').sort(),
      relations: [...ALL_RELATIONS].sort(),
    });
  });

  it('shows only the focused actor, its relations and the actors at their other ends', () => {
    expect(visible({ focusActorId: 'raiders' })).toEqual({
      actors: ['harbour-militia', 'raiders', 'southland-navy'],
      relations: ['militia-fights-raiders', 'navy-shells-raiders'],
    });
  });

  it('keeps a focused actor with no relations on the map alone', () => {
    expect(visible({ focusActorId: 'mara-vell' })).toEqual({ actors: ['mara-vell'], relations: [] });
  });

  it('combines a focus with hidden stances', () => {
    expect(visible({ focusActorId: 'northland', hiddenStances: ['hostility'] })).toEqual({
      actors: ['harbour-militia', 'northland'],
      relations: ['northland-offers-boats'],
    });
  });

  it('shows nothing when the focused actor’s own kind is hidden', () => {
    expect(visible({ focusActorId: 'southland-navy', hiddenKinds: ['government-body'] })).toEqual({ actors: [], relations: [] });
  });

  it('ignores a focus on an actor the dataset does not have', () => {
    expect(visible({ focusActorId: 'atlantis' })).toEqual(visible({}));
  });
});

describe('filter transitions', () => {
  it('toggleStance hides a stance, and shows it again on a second toggle', () => {
    const hidden = toggleStance(NO_FILTERS, 'offer');
    expect(hidden).toEqual({ ...NO_FILTERS, hiddenStances: ['offer'] });
    expect(toggleStance(hidden, 'offer')).toEqual(NO_FILTERS);
    expect(toggleStance(toggleStance(hidden, 'payment'), 'offer')).toEqual({ ...NO_FILTERS, hiddenStances: ['payment'] });
  });

  it('toggleStance leaves the filters it was given untouched', () => {
    const before: Filters = { hiddenStances: ['support'], hiddenKinds: ['person'], focusActorId: 'northland' };
    const snapshot = structuredClone(before);
    const after = toggleStance(before, 'support');
    expect(before).toEqual(snapshot);
    expect(after).not.toBe(before);
    expect(after).toEqual({ hiddenStances: [], hiddenKinds: ['person'], focusActorId: 'northland' });
  });

  it('toggleKind and focusOn change only their own field', () => {
    const before: Filters = { hiddenStances: ['support'], hiddenKinds: [], focusActorId: null };
    expect(toggleKind(before, 'person')).toEqual({ ...before, hiddenKinds: ['person'] });
    expect(toggleKind(toggleKind(before, 'person'), 'person')).toEqual(before);
    expect(focusOn(before, 'raiders')).toEqual({ ...before, focusActorId: 'raiders' });
    expect(focusOn(focusOn(before, 'raiders'), null)).toEqual(before);
    expect(before).toEqual({ hiddenStances: ['support'], hiddenKinds: [], focusActorId: null });
  });

  it('limits what is drawn to what read-along has revealed: its actors, and its relations whose two ends are revealed', () => {
    const revealed = { actorIds: new Set(['northland', 'harbour-militia', 'southland']), relationIds: new Set(['northland-offers-boats', 'militia-fights-raiders', 'southland-pays-stipend']) };
    const { actorIds, relationIds } = computeVisibility(small, NO_FILTERS, revealed);
    expect([...actorIds].sort()).toEqual(['harbour-militia', 'northland', 'southland']);
    // The militia's fight with the Raiders is revealed, but the Raiders are not yet.
    expect([...relationIds].sort()).toEqual(['northland-offers-boats', 'southland-pays-stipend']);
  });
});

