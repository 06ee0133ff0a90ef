import { describe, expect, it } from 'vitest';
import { actorFromSuggestion, openActorSuggestions, openSuggestions, relationFromSuggestion, suggestedSummary, suggestionKey } from '../../src/model/drafting/review';
import type { RelationSuggestion } from '../../src/model/drafting/suggestRelations';

// A fictional dispute: Ardenia, Belmar and the River Guard.
const TEXT = 'Ardenia armed the River Guard. Belmar condemned the River Guard. Ardenia armed the River Guard again.';
const PARTS = [{ key: 0 as const, text: TEXT }];
const NAMES: Record<string, string> = { ardenia: 'Ardenia', belmar: 'Belmar', guard: 'the River Guard' };
const nameOf = (id: string) => NAMES[id]!;

const suggestion = (overrides: Partial<RelationSuggestion>): RelationSuggestion => ({
  source: 'ardenia',
  target: 'guard',
  stance: 'support',
  status: 'ongoing',
  claimedBy: 'outlet',
  quote: 'Ardenia armed the River Guard',
  part: 0,
  start: 0,
  sentence: 'Ardenia armed the River Guard.',
  cue: 'armed',
  confidence: 0.8,
  ...overrides,
});
const ARMS = suggestion({});
const CONDEMNS = suggestion({ source: 'belmar', stance: 'hostility', quote: 'Belmar condemned the River Guard', start: 31, sentence: 'Belmar condemned the River Guard.', cue: 'condemned' });
const relation = (source: string, target: string, stance: RelationSuggestion['stance'], quote: string) => ({ source, target, stance, evidence: [{ quote }] });

describe('reviewing a suggested relation', () => {
  it('is known by its ends, its stance and where its words are, so a rejection holds across runs', () => {
    expect(suggestionKey(ARMS)).toBe('ardenia>guard:support@0:0');
    expect(suggestionKey(CONDEMNS)).toBe('belmar>guard:hostility@0:31');
    expect(suggestionKey({ ...ARMS, part: 'title' })).toBe('ardenia>guard:support@title:0');
  });

  it('stays open until it is rejected or the map has it', () => {
    expect(openSuggestions([ARMS, CONDEMNS], [], new Set())).toEqual([ARMS, CONDEMNS]);
    expect(openSuggestions([ARMS, CONDEMNS], [], new Set([suggestionKey(ARMS)]))).toEqual([CONDEMNS]);
    // A rejection of another suggestion leaves this one open.
    expect(openSuggestions([ARMS], [], new Set(['ardenia>guard:support@0:65']))).toEqual([ARMS]);
  });

  it('leaves the list once a relation on the map quotes the very same words, whatever its ends', () => {
    expect(openSuggestions([ARMS, CONDEMNS], [relation('belmar', 'ardenia', 'offer', 'Ardenia armed the River Guard')], new Set())).toEqual([CONDEMNS]);
    // Words that only contain the suggestion's, or are contained in it, are not the same words.
    expect(openSuggestions([ARMS], [relation('belmar', 'ardenia', 'offer', 'armed the River Guard')], new Set())).toEqual([ARMS]);
  });

  it('leaves the list once the same triple quotes words of its sentence, and not for another triple', () => {
    const sameTriple = relation('ardenia', 'guard', 'support', 'armed');
    expect(openSuggestions([ARMS, CONDEMNS], [sameTriple], new Set())).toEqual([CONDEMNS]);
    // The same words of the sentence, but another source, target or stance: still open.
    for (const other of [relation('belmar', 'guard', 'support', 'armed'), relation('ardenia', 'belmar', 'support', 'armed'), relation('ardenia', 'guard', 'offer', 'armed')]) {
      expect(openSuggestions([ARMS], [other], new Set())).toEqual([ARMS]);
    }
    // The same triple quoting words of another sentence: still open.
    expect(openSuggestions([ARMS], [relation('ardenia', 'guard', 'support', 'Belmar condemned')], new Set())).toEqual([ARMS]);
    // One passage of several is enough.
    expect(openSuggestions([ARMS], [{ ...sameTriple, evidence: [{ quote: 'Belmar condemned' }, { quote: 'armed' }] }], new Set())).toEqual([]);
  });

  it('is summed up for the person to reword, in the words of its stance', () => {
    expect(suggestedSummary(ARMS, nameOf)).toBe('Ardenia backs the River Guard');
    expect(suggestedSummary(CONDEMNS, nameOf)).toBe('Belmar opposes the River Guard');
    expect(suggestedSummary({ source: 'belmar', target: 'ardenia', stance: 'offer' }, nameOf)).toBe('Belmar makes an offer to Ardenia');
    expect(suggestedSummary({ source: 'ardenia', target: 'belmar', stance: 'payment' }, nameOf)).toBe('Ardenia pays Belmar');
  });

  it('becomes a relation with its ends, status, claimant, summary and its own words as the passage', () => {
    expect(relationFromSuggestion({ ...CONDEMNS, status: 'threatened', claimedBy: 'ardenia' }, nameOf, PARTS)).toEqual({
      source: 'belmar',
      target: 'guard',
      stance: 'hostility',
      status: 'threatened',
      claimedBy: 'ardenia',
      summary: 'Belmar opposes the River Guard',
      evidence: [{ quote: 'Belmar condemned the River Guard' }],
    });
    // Words the paragraph has twice: the passage says which, by the words before it.
    const again = suggestion({ start: 65, sentence: 'Ardenia armed the River Guard again.' });
    expect(relationFromSuggestion(again, nameOf, PARTS).evidence).toEqual([{ quote: 'Ardenia armed the River Guard', paragraph: 0, prefix: 'demned the River Guard. ' }]);
  });
});

describe('an actor suggestion against the map', () => {
  const suggested = (name: string, aliases: string[] = []) => ({ name, kind: 'organisation' as const, aliases, mentions: 1, sentence: '' });

  it('counts a name on the map alike with curly or straight apostrophes, accents, dots, capitals or a leading “the”', () => {
    const open = (name: string, onMap: string) => openActorSuggestions([suggested(name)], [{ name: onMap, aliases: [] }], new Set()).length;
    expect(open('Ardenia’s Guard', "Ardenia's Guard")).toBe(0);
    expect(open('Árdenia', 'ARDENIA')).toBe(0);
    expect(open('the  River Guard', 'River Guard')).toBe(0);
    expect(open('The River Guard', 'River Guard')).toBe(0);
    // “the” only at the start, as a word: another name stays open.
    expect(open('River Guard of the North', 'River Guard of North')).toBe(1);
    expect(open('Theron Guard', 'ron Guard')).toBe(1);
    expect(open('Ardenia Guard', 'Ardenias Guard')).toBe(1);
  });

  it('has no passage and no description when no part of the article names it', () => {
    expect(actorFromSuggestion(suggested('Kestria', ['the Kestrians']), [{ key: 0, text: 'Nothing here names it.' }])).toEqual({ name: 'Kestria', kind: 'organisation', aliases: ['the Kestrians'], description: '', evidence: [] });
  });

  it('takes its passage from the first part that names it, by an alias too', () => {
    const parts = [
      { key: 'title' as const, text: 'A quiet day' },
      { key: 0 as const, text: 'The Guard, as the Kestrians call it, left.' },
    ];
    const actor = actorFromSuggestion(suggested('Kestrian Guard', ['the Guard']), parts);
    expect(actor.description).toBe('Named in the article as “The Guard”.');
    expect(actor.evidence).toEqual([{ quote: 'The Guard' }]);
  });
});
