import { describe, expect, it } from 'vitest';
import { actorsInKeyboardOrder, firstCursor, isNavigationKey, nextCursor, type MapCursor, type NavigationKey } from '../../src/interaction/keyboardNavigation';
import { computeVisibility, NO_FILTERS, type Filters } from '../../src/model/filters';
import { loadFixture } from '../fixtures';

const small = loadFixture('small');
const visibility = (filters: Partial<Filters> = {}) => computeVisibility(small, { ...NO_FILTERS, ...filters });
const everything = visibility();

const actor = (id: string): MapCursor => ({ kind: 'actor', id });
const relation = (id: string, from: string): MapCursor => ({ kind: 'relation', id, from });

/** Presses keys one after another from `start`, returning where the cursor ends up. */
function press(start: MapCursor | null, keys: NavigationKey[], filters: Partial<Filters> = {}): MapCursor | null {
  const shown = visibility(filters);
  return keys.reduce<MapCursor | null>((cursor, key) => nextCursor(small, shown, cursor, key), start);
}

describe('the first cursor', () => {
  it('lands on the actor with the most visible relations', () => {
    expect(firstCursor(small, everything)).toEqual(actor('harbour-militia'));
  });

  it('counts only relations that are shown', () => {
    // With the focus on the Raiders, the militia keeps one shown relation and the Raiders two.
    expect(firstCursor(small, visibility({ focusActorId: 'raiders' }))).toEqual(actor('raiders'));
  });

  it('is nowhere when no actor is shown', () => {
    const none = { actorIds: new Set<string>(), relationIds: new Set<string>() };
    expect(firstCursor(small, none)).toBeNull();
    expect(nextCursor(small, none, null, 'ArrowRight')).toBeNull();
  });

  it('is where any key first takes the keyboard', () => {
    expect(press(null, ['ArrowLeft'])).toEqual(actor('harbour-militia'));
    expect(press(null, ['End'])).toEqual(actor('harbour-militia'));
  });
});

describe('moving between actors', () => {
  it('orders actors by name', () => {
    expect(actorsInKeyboardOrder(small, everything)).toEqual(['harbour-militia', 'mara-vell', 'northland', 'southland', 'southland-navy', 'raiders']);
  });

  it('goes to the next and previous actor by name with → and ←', () => {
    expect(press(actor('northland'), ['ArrowRight'])).toEqual(actor('southland'));
    expect(press(actor('northland'), ['ArrowLeft'])).toEqual(actor('mara-vell'));
    expect(press(actor('northland'), ['ArrowRight', 'ArrowRight', 'ArrowLeft'])).toEqual(actor('southland'));
  });

  it('wraps around at either end', () => {
    expect(press(actor('raiders'), ['ArrowRight'])).toEqual(actor('harbour-militia'));
    expect(press(actor('harbour-militia'), ['ArrowLeft'])).toEqual(actor('raiders'));
    const sixSteps = Array<NavigationKey>(6).fill('ArrowRight');
    expect(press(actor('southland'), sixSteps)).toEqual(actor('southland'));
  });

  it('jumps to the first and last actor with Home and End, from an actor or a relation', () => {
    expect(press(actor('southland'), ['Home'])).toEqual(actor('harbour-militia'));
    expect(press(actor('southland'), ['End'])).toEqual(actor('raiders'));
    expect(press(relation('navy-shells-raiders', 'southland-navy'), ['Home'])).toEqual(actor('harbour-militia'));
  });

  it('skips hidden actors', () => {
    expect(press(actor('harbour-militia'), ['ArrowRight'], { hiddenKinds: ['person'] })).toEqual(actor('northland'));
    expect(press(actor('southland'), ['End'], { hiddenKinds: ['armed-group'] })).toEqual(actor('southland-navy'));
    expect(press(actor('northland'), ['Home'], { hiddenKinds: ['armed-group'] })).toEqual(actor('mara-vell'));
  });

  it('goes up from an actor to the actor it is part of, and nowhere from the top', () => {
    expect(press(actor('mara-vell'), ['ArrowUp'])).toEqual(actor('harbour-militia'));
    expect(press(actor('southland-navy'), ['ArrowUp'])).toEqual(actor('southland'));
    expect(press(actor('northland'), ['ArrowUp'])).toEqual(actor('northland'));
  });

  it('does not go up to a group that is hidden', () => {
    expect(press(actor('mara-vell'), ['ArrowUp'], { hiddenKinds: ['armed-group'] })).toEqual(actor('mara-vell'));
  });
});

describe('moving along relations', () => {
  it('enters an actor’s first relation with ↓', () => {
    expect(press(actor('harbour-militia'), ['ArrowDown'])).toEqual(relation('northland-offers-boats', 'harbour-militia'));
  });

  it('cycles through the actor’s relations with → and ←, wrapping', () => {
    expect(press(actor('harbour-militia'), ['ArrowDown', 'ArrowRight'])).toEqual(relation('southland-pays-stipend', 'harbour-militia'));
    expect(press(actor('harbour-militia'), ['ArrowDown', 'ArrowLeft'])).toEqual(relation('militia-supports-southland', 'harbour-militia'));
    expect(press(actor('raiders'), ['ArrowDown', 'ArrowRight', 'ArrowRight'])).toEqual(relation('militia-fights-raiders', 'raiders'));
  });

  it('goes on to the actor at the other end with ↓, whichever end it came from', () => {
    expect(press(actor('harbour-militia'), ['ArrowDown', 'ArrowDown'])).toEqual(actor('northland'));
    expect(press(actor('northland'), ['ArrowDown', 'ArrowDown'])).toEqual(actor('harbour-militia'));
  });

  it('returns to the actor it came from with ↑', () => {
    expect(press(actor('harbour-militia'), ['ArrowDown', 'ArrowRight', 'ArrowUp'])).toEqual(actor('harbour-militia'));
    expect(press(actor('raiders'), ['ArrowDown', 'ArrowUp'])).toEqual(actor('raiders'));
  });

  it('skips hidden relations', () => {
    expect(press(actor('harbour-militia'), ['ArrowDown', 'ArrowRight'], { hiddenStances: ['payment'] })).toEqual(
      relation('militia-fights-raiders', 'harbour-militia'),
    );
    expect(press(actor('harbour-militia'), ['ArrowDown'], { hiddenStances: ['offer'] })).toEqual(relation('southland-pays-stipend', 'harbour-militia'));
  });

  it('stays on an actor with no shown relations when ↓ is pressed', () => {
    expect(press(actor('mara-vell'), ['ArrowDown'])).toEqual(actor('mara-vell'));
    expect(press(actor('raiders'), ['ArrowDown'], { hiddenStances: ['hostility'] })).toEqual(actor('raiders'));
  });

  it('starts over from the first cursor when its relation is not in the dataset', () => {
    expect(press(relation('no-such-relation', 'northland'), ['ArrowRight'])).toEqual(actor('harbour-militia'));
  });
});

describe('isNavigationKey', () => {
  it('recognises the arrows, Home and End, and nothing else', () => {
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']) expect(isNavigationKey(key), key).toBe(true);
    for (const key of ['Enter', ' ', 'Tab', 'Escape', 'PageDown', 'arrowleft']) expect(isNavigationKey(key), key).toBe(false);
  });
});
