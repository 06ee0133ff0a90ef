import { describe, expect, it } from 'vitest';
import { proposeActors } from '../../src/model/proposeActors';

const ACTORS = [
  { id: 'northland', name: 'Northland', aliases: ['Northland’s envoy'] },
  { id: 'southland', name: 'Southland', aliases: [] },
  { id: 'southland-navy', name: 'Southland’s navy', aliases: [] },
  { id: 'harbour-militia', name: 'Harbour Militia', aliases: ['the militia'] },
  { id: 'mara-vell', name: 'Mara Vell', aliases: ['Vell'] },
  { id: 'erdos-guard', name: 'Erdős Guard', aliases: [] },
  { id: 'united-states', name: 'United States', aliases: ['US'] },
];

const ids = (words: string) => proposeActors(words, ACTORS).named.map((item) => item.actorId);

describe('proposeActors', () => {
  it('finds actors by name and alias, in the order the words name them', () => {
    expect(ids('Southland has paid the militia a monthly stipend')).toEqual(['southland', 'harbour-militia']);
    expect(ids('the militia says Southland has paid')).toEqual(['harbour-militia', 'southland']);
  });

  it('ignores capitals, accents and apostrophe shapes, and keeps the words as written', () => {
    expect(proposeActors('HARBOUR MILITIA fighters met the erdos guard', ACTORS).named).toEqual([
      { actorId: 'harbour-militia', text: 'HARBOUR MILITIA' },
      { actorId: 'erdos-guard', text: 'erdos guard' },
    ]);
    expect(ids("Southland's navy shelled the camps")).toEqual(['southland-navy']);
  });

  it('prefers the longest name at one place, and names each actor once', () => {
    expect(ids('Southland’s navy, not Southland itself, and Southland again')).toEqual(['southland-navy', 'southland']);
    expect(ids('Northland’s envoy met Vell')).toEqual(['northland', 'mara-vell']);
  });

  it('matches whole words only, and short acronyms only in capitals', () => {
    expect(ids('Northlanders and Southlandish')).toEqual([]);
    expect(ids('they told us the US would pay')).toEqual(['united-states']);
  });

  it('offers capitalised names that no actor has as new actors', () => {
    const proposals = proposeActors('According to Vell, the Harbour Militia met Tomas Brand of the Coast Guard and Liwa al-Qamar’s commander.', ACTORS);
    expect(proposals.named.map((item) => item.actorId)).toEqual(['mara-vell', 'harbour-militia']);
    expect(proposals.newNames).toEqual(['Tomas Brand', 'Coast Guard', 'Liwa al-Qamar']);
  });

  it('does not offer sentence openers, or a part of a name already on the map', () => {
    expect(proposeActors('The Raiders fled. Yesterday Mara said nothing.', ACTORS).newNames).toEqual(['Raiders']);
    expect(proposeActors('It was quiet. Vell left.', ACTORS).newNames).toEqual([]);
  });
});

describe('proposeActors, in any spelling', () => {
  it('folds capitals in a text that also has letters outside ASCII, and gives back the words as written', () => {
    expect(proposeActors('Über alles: HARBOUR MILITIA and Southland`s navy', ACTORS).named).toEqual([
      { actorId: 'harbour-militia', text: 'HARBOUR MILITIA' },
      { actorId: 'southland-navy', text: 'Southland`s navy' },
    ]);
    expect(proposeActors('Ärger in Erdős Guard country', ACTORS).named).toEqual([{ actorId: 'erdos-guard', text: 'Erdős Guard' }]);
  });

  it('names an actor by an alias without its “the” only when four letters or more are left', () => {
    const actors = [
      { id: 'reds', name: 'Red Brigade', aliases: ['the Reds'] },
      { id: 'ox', name: 'Ox Company', aliases: ['the Ox'] },
    ];
    expect(proposeActors('a few Reds and an ox', actors).named.map((item) => item.actorId)).toEqual(['reds']);
    expect(proposeActors('the Ox met the Reds', actors).named.map((item) => item.text)).toEqual(['the Ox', 'the Reds']);
  });

  it('gives a name several actors share to the first listed, and trims the names it looks for', () => {
    const actors = [
      { id: 'first', name: 'Port Board', aliases: [' US '] },
      { id: 'second', name: 'Harbour Board', aliases: ['Port Board'] },
    ];
    expect(proposeActors('the Port Board and the US', actors).named).toEqual([
      { actorId: 'first', text: 'Port Board' },
    ]);
    expect(proposeActors('the Harbour Board', actors).named).toEqual([{ actorId: 'second', text: 'Harbour Board' }]);
  });

  it('offers each new name once, none inside a name found, and none made only of words of names on the map', () => {
    const proposals = proposeActors('Tomas Brand met Tomas Brand. Harbour Militia Youth and Mara Vell, then Vell Harbour.', ACTORS);
    expect(proposals.newNames).toEqual(['Tomas Brand']);
  });

  it('keeps a possessive inside a name, a plural’s too', () => {
    expect(proposeActors('The Delta Farmers’ Union and Vessaland’s Army met the Pilots’ union.', ACTORS).newNames).toEqual(['Delta Farmers’ Union', 'Vessaland’s Army', 'Pilots']);
  });

  it('takes an initial’s full stop into a name, and ends a name at other punctuation', () => {
    expect(proposeActors('Nicholas A. Heras met Brand, Coast Guard chief, and the O’Neill family.', ACTORS).newNames).toEqual(['Nicholas A. Heras', 'Brand', 'Coast Guard', 'O’Neill']);
  });

  it('folds every capital, Z too, and finds no name inside a longer word, even at the text’s very start', () => {
    const actors = [
      { id: 'zealand', name: 'Zealand', aliases: [] },
      { id: 'ardenia', name: 'Ardenia', aliases: [] },
    ];
    expect(proposeActors('ZEALAND’s port', actors).named).toEqual([{ actorId: 'zealand', text: 'ZEALAND' }]);
    expect(proposeActors('XArdenia’s envoy', actors).named).toEqual([]);
  });

  it('gives back the words as written where folding changes the text’s length', () => {
    // “ﬁ” folds to two letters: the names after it are still cut from the words at their own places.
    const actors = [
      { id: 'ardenia', name: 'Ardenia', aliases: [] },
      { id: 'belmar', name: 'Belmar', aliases: [] },
    ];
    expect(proposeActors('The ﬁrst envoy of Ardenia met Belmar’s.', actors).named).toEqual([
      { actorId: 'ardenia', text: 'Ardenia' },
      { actorId: 'belmar', text: 'Belmar' },
    ]);
  });

  it('keeps a name whole across two spaces, takes only an initial’s full stop into it, and leaves out a sentence’s opening “Then”', () => {
    expect(proposeActors('Then Tomas  Brand spoke.', ACTORS).newNames).toEqual(['Tomas  Brand']);
    expect(proposeActors('They met at the UN. Heras said so. Then Tal. Brand left.', ACTORS).newNames).toEqual(['UN', 'Heras', 'Tal', 'Brand']);
  });
});

