import { describe, expect, it } from 'vitest';
import { actorFromSuggestion, aliasesFromText, mergedAliases, openActorSuggestions } from '../../src/model/drafting/review';

const PARTS = [{ key: 0 as const, text: 'Minister Ines Tal met the Belmari envoy in Corvia. Tal said little.' }];

describe('reviewing a suggested actor', () => {
  it('merges names once each, without the actor’s own name, alike with or without accents, dots or “the”', () => {
    expect(mergedAliases({ name: 'Ardenia', aliases: ['the Ardenians'] }, { name: 'Ardenian government', aliases: ['Ardenians', 'ARDENIA', 'Árdenia'] })).toEqual(['the Ardenians', 'Ardenian government']);
    expect(mergedAliases({ name: 'U.S.', aliases: [] }, { name: 'US', aliases: ['Washington'] })).toEqual(['Washington']);
  });

  it('reads other names typed as a list, split at commas or semicolons, none empty', () => {
    expect(aliasesFromText(' Tal,  Minister Tal ;; the minister, ')).toEqual(['Tal', 'Minister Tal', 'the minister']);
    expect(aliasesFromText('')).toEqual([]);
  });

  it('becomes an actor with the edited names, its larger actor, and the first words that name it as its passage', () => {
    const actor = actorFromSuggestion({ name: 'Ines Tal', kind: 'person', aliases: ['Tal'], mentions: 2, sentence: '', partOf: 'corvia' }, PARTS);
    expect(actor).toMatchObject({ name: 'Ines Tal', kind: 'person', aliases: ['Tal'], partOf: 'corvia', description: 'Named in the article as “Ines Tal”.' });
    expect(actor.evidence[0]).toMatchObject({ quote: 'Ines Tal' });
    // No larger actor: no partOf at all, not an empty one.
    expect('partOf' in actorFromSuggestion({ name: 'Corvia', kind: 'state', aliases: [], mentions: 1, sentence: '' }, PARTS)).toBe(false);
  });

  it('leaves the list once the map has it under any of its names', () => {
    const suggestions = [
      { name: 'Ines Tal', kind: 'person' as const, aliases: ['Tal'], mentions: 2, sentence: '' },
      { name: 'Corvia', kind: 'state' as const, aliases: [], mentions: 1, sentence: '' },
    ];
    expect(openActorSuggestions(suggestions, [{ name: 'Minister Tal', aliases: ['Tal'] }], new Set()).map(({ name }) => name)).toEqual(['Corvia']);
    expect(openActorSuggestions(suggestions, [], new Set(['actor:Corvia'])).map(({ name }) => name)).toEqual(['Ines Tal']);
  });
});
