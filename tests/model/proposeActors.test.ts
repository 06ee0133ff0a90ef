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
