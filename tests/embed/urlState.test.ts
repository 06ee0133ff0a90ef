import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetQuery, mapQuery, parseMapParam, parseStepParams, parseViewState, serializeViewState, stepQuery, type UrlViewState } from '../../src/embed/urlState';
import { NO_FILTERS } from '../../src/model/filters';
import { ACTOR_KINDS, STANCES } from '../../src/model/vocabulary';

const NOTHING: UrlViewState = { selection: null, filters: NO_FILTERS, lines: 'grouped' };

describe('parseViewState', () => {
  it('reads the selection, hidden stances and kinds, and the focus', () => {
    expect(parseViewState('?select=actor:russia&hideStances=offer,payment&hideKinds=person&focus=turkey')).toEqual({
      selection: { kind: 'actor', id: 'russia' },
      filters: { hiddenStances: ['offer', 'payment'], hiddenKinds: ['person'], focusActorId: 'turkey' },
      lines: 'grouped',
    });
    expect(parseViewState('?select=relation:russia-offers-weapons').selection).toEqual({ kind: 'relation', id: 'russia-offers-weapons' });
  });

  it('reads an empty query, or one without view parameters, as the plain map', () => {
    expect(parseViewState('')).toEqual(NOTHING);
    expect(parseViewState('?embed=1&theme=dark')).toEqual(NOTHING);
  });

  it('drops stances and kinds it does not know, and tolerates spaces and empty items', () => {
    expect(parseViewState('?hideStances=offer,bribe,,%20support%20&hideKinds=militia,person').filters).toEqual({
      hiddenStances: ['support', 'offer'],
      hiddenKinds: ['person'],
      focusActorId: null,
    });
    expect(parseViewState('?hideStances=OFFER&hideKinds=').filters).toEqual(NO_FILTERS);
  });

  it('reads a colon written as %3A, as some tools encode it', () => {
    expect(parseViewState('?select=relation%3Arussia-offers-weapons').selection).toEqual({ kind: 'relation', id: 'russia-offers-weapons' });
  });

  it('ignores a selection without a known kind or an id', () => {
    for (const select of ['russia', 'country:russia', 'actor:', ':russia']) {
      expect(parseViewState(`?select=${select}`).selection, select).toBeNull();
    }
  });
});

describe('serializeViewState', () => {
  it('writes the view with the colon and commas readable', () => {
    const view: UrlViewState = {
      selection: { kind: 'relation', id: 'russia-offers-weapons' },
      filters: { hiddenStances: ['offer', 'payment'], hiddenKinds: ['person', 'other'], focusActorId: 'russia' },
    };
    expect(serializeViewState(view)).toBe('?select=relation:russia-offers-weapons&hideStances=offer,payment&hideKinds=person,other&focus=russia');
  });

  it('writes stances and kinds in the legend’s order, whatever order they were hidden in', () => {
    const view: UrlViewState = { selection: null, filters: { hiddenStances: ['payment', 'support'], hiddenKinds: ['other', 'state'], focusActorId: null } };
    expect(serializeViewState(view)).toBe('?hideStances=support,payment&hideKinds=state,other');
  });

  it('writes nothing for the plain map', () => {
    expect(serializeViewState(NOTHING)).toBe('');
    expect(serializeViewState(NOTHING, '?select=actor:russia&focus=russia')).toBe('');
  });

  it('keeps every other parameter, such as the embed flags, as it was', () => {
    const view: UrlViewState = { selection: { kind: 'actor', id: 'turkey' }, filters: NO_FILTERS };
    expect(serializeViewState(view, '?embed=1&theme=dark')).toBe('?embed=1&theme=dark&select=actor:turkey');
    expect(serializeViewState(NOTHING, '?embed=1&select=actor:russia&hideStances=offer')).toBe('?embed=1');
  });

  it('keeps the meaning of other parameters whose values need escaping', () => {
    const search = `?data=${encodeURIComponent('https://example.org/maps/a b.json')}&note=${encodeURIComponent('a&b=c,d:e')}`;
    const params = new URLSearchParams(serializeViewState({ selection: { kind: 'actor', id: 'turkey' }, filters: NO_FILTERS }, search));
    expect(params.get('data')).toBe('https://example.org/maps/a b.json');
    expect(params.get('note')).toBe('a&b=c,d:e');
    expect(params.get('select')).toBe('actor:turkey');
  });

  it('reads ?lines=all, and anything else as the default, grouped lines; writes only all', () => {
    expect(parseViewState('?lines=all').lines).toBe('all');
    expect(parseViewState('?lines=grouped').lines).toBe('grouped');
    expect(parseViewState('?lines=every').lines).toBe('grouped');
    expect(serializeViewState({ ...NOTHING, lines: 'all' }, '?embed=1')).toBe('?embed=1&lines=all');
    expect(serializeViewState({ ...NOTHING, lines: 'grouped' }, '?lines=all')).toBe('');
  });

  it('reads back every view it writes', () => {
    const id = fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const view = fc.record({
      selection: fc.option(fc.record({ kind: fc.constantFrom('actor' as const, 'relation' as const), id }), { nil: null }),
      filters: fc.record({
        hiddenStances: fc.subarray([...STANCES]),
        hiddenKinds: fc.subarray([...ACTOR_KINDS]),
        focusActorId: fc.option(id, { nil: null }),
      }),
      lines: fc.constantFrom('grouped' as const, 'all' as const),
      // Left out: as the view's size has it.
      blocs: fc.option(fc.oneof(fc.constantFrom('all', 'none'), fc.array(id, { minLength: 1, maxLength: 3 }).map((ids) => ids.join(','))), { nil: undefined }),
    });
    fc.assert(
      fc.property(view, fc.constantFrom('', '?embed=1', '?theme=dark&plain=1'), (original, search) => {
        const written = serializeViewState(original, search);
        expect(parseViewState(written)).toEqual(original);
        expect(serializeViewState(parseViewState(written), written)).toBe(written);
      }),
    );
  });
});

describe('the map of one’s own in the address', () => {
  it('reads ?map= beside the view parameters, which keep their names', () => {
    expect(parseMapParam('?map=k3x9q2a7&select=relation:navy-leaves&lines=all')).toBe('k3x9q2a7');
    expect(parseViewState('?map=k3x9q2a7&select=relation:navy-leaves&lines=all')).toMatchObject({ selection: { kind: 'relation', id: 'navy-leaves' }, lines: 'all' });
    expect(parseMapParam('?select=actor:russia')).toBeNull();
    expect(parseMapParam('?map=')).toBeNull();
    expect(parseMapParam('?map=../../etc')).toBeNull();
    // Lower-case letters and digits only, 40 at most, to the end.
    expect(parseMapParam('?map=k3x9q2a7/../../etc')).toBeNull();
    expect(parseMapParam(`?map=${'a'.repeat(41)}`)).toBeNull();
    expect(parseMapParam(`?map=${'a'.repeat(40)}`)).toBe('a'.repeat(40));
  });

  it('keeps ?map= when the view changes', () => {
    expect(serializeViewState({ selection: { kind: 'actor', id: 'navy' }, filters: NO_FILTERS }, '?map=k3x9q2a7')).toBe('?map=k3x9q2a7&select=actor:navy');
  });

  it('moves to another map with a fresh view, leaving other parameters as they were', () => {
    expect(mapQuery('?select=actor:russia&hideStances=offer&theme=dark', 'k3x9q2a7')).toBe('?theme=dark&map=k3x9q2a7');
    expect(mapQuery('?map=k3x9q2a7&select=actor:navy', null)).toBe('');
    expect(mapQuery('?data=https://example.org/a.json&select=actor:navy', 'abc')).toBe('?map=abc');
  });
});

describe('datasetQuery', () => {
  it('keeps only what chooses the dataset, for a link to another mode of the same map', () => {
    expect(datasetQuery('?map=k3x9&select=actor:navy&hideStances=offer')).toBe('?map=k3x9');
    expect(datasetQuery('?present=1&data=https%3A%2F%2Fnews.example%2Fa.json&step=3')).toBe('?data=https%3A%2F%2Fnews.example%2Fa.json');
    expect(datasetQuery('?select=actor:navy')).toBe('');
  });
});

describe('presentation and read-along in the address', () => {
  it('reads the mode, the step counted from 1, and the presenter’s window', () => {
    expect(parseStepParams('?present=1&step=4')).toEqual({ mode: 'present', step: 3, presenter: false });
    expect(parseStepParams('?read=1&step=2')).toEqual({ mode: 'read', step: 1, presenter: false });
    expect(parseStepParams('?present=1&presenter=1&step=1')).toEqual({ mode: 'present', step: 0, presenter: true });
    // present wins over read; the presenter's window is one of a presentation only.
    expect(parseStepParams('?present=1&read=1')).toEqual({ mode: 'present', step: 0, presenter: false });
    expect(parseStepParams('?read=1&presenter=1')).toEqual({ mode: 'read', step: 0, presenter: false });
  });

  it('opens at the first step when the step is missing, below 1 or not a number, and outside a mode on the map', () => {
    for (const search of ['?present=1', '?present=1&step=0', '?present=1&step=-3', '?present=1&step=two', '?present=1&step=']) expect(parseStepParams(search), search).toEqual({ mode: 'present', step: 0, presenter: false });
    expect(parseStepParams('')).toEqual({ mode: null, step: 0, presenter: false });
    expect(parseStepParams('?present=yes&read=0&step=3')).toEqual({ mode: null, step: 2, presenter: false });
  });

  it('writes the mode and the step counted from 1, keeping the other parameters, and leaves them all out for the map', () => {
    expect(stepQuery('?theme=dark&select=actor:russia', 'present', 0)).toBe('?theme=dark&select=actor:russia&present=1&step=1');
    expect(stepQuery('?present=1&step=3&theme=dark', 'read', 4)).toBe('?theme=dark&read=1&step=5');
    expect(stepQuery('?read=1&step=2&hideStances=payment,offer', null)).toBe('?hideStances=payment,offer');
    expect(stepQuery('?present=1&step=2', null)).toBe('');
  });

  it('keeps the presenter’s window through a presentation, and drops it on leaving', () => {
    expect(stepQuery('?present=1&presenter=1&step=1', 'present', 1)).toBe('?presenter=1&present=1&step=2');
    expect(stepQuery('?present=1&presenter=1&step=1', null)).toBe('');
    expect(stepQuery('?present=1&presenter=1&step=1', 'read', 0)).toBe('?read=1&step=1');
  });

  it('reads back every step it writes', () => {
    for (const mode of ['present', 'read'] as const) for (const step of [0, 1, 9]) expect(parseStepParams(stepQuery('?lang=fr', mode, step))).toEqual({ mode, step, presenter: false });
  });
});
