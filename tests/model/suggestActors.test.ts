import { describe, expect, it } from 'vitest';
import { suggestActors } from '../../src/model/drafting/suggestActors';
import { scoreActors } from '../../src/model/drafting/scoreDraft';

/** Fictional disputes written for these tests, naming no actor of the bundled article. */
const suggest = (body: string, title = 'A dispute', outlet = 'The Valley Courier') =>
  suggestActors(
    [
      { key: 'title', text: title },
      ...body.split('\n\n').map((text, key) => ({ key, text })),
    ],
    outlet,
  ).map(({ name, kind, aliases }) => `${name} (${kind})${aliases.length ? `: ${aliases.join(', ')}` : ''}`);

describe('suggestActors', () => {
  it('joins a country’s demonym, capital and seat of government to the country', () => {
    expect(suggest('Norwegian envoys met in Oslo. Norway then asked Brazil for help, and the Brazilians agreed.')).toEqual([
      'Norwegian envoys (organisation)',
      'Norway (state): Norwegian, Oslo',
      'Brazil (state): Brazilians',
    ]);
  });

  it('strips titles, joins a surname to the full name and an acronym in brackets to what it abbreviates', () => {
    expect(suggest('President Ines Tal spoke to the Harbour Workers Federation (HWF). Tal said the HWF would strike.')).toEqual([
      'Ines Tal (person): Tal',
      'Harbour Workers Federation (organisation): HWF',
    ]);
  });

  it('guesses kinds from the words of a name, and reads people and groups named by their role', () => {
    expect(suggest('The River Guard Brigade fought the Ministry of Water. A Norwegian commander and the anti-Tarn coalition watched.')).toEqual([
      'River Guard Brigade (armed-group)',
      'Ministry of Water (government-body)',
      // Within a sentence, people and groups named by their role come first.
      'Norwegian commander (person)',
      'anti-Tarn coalition (organisation)',
      'Norway (state): Norwegian',
    ]);
  });

  it('leaves out places, the outlet, compounds’ modifiers and words that only open sentences', () => {
    expect(
      suggest('Based in Vessa, the Dam Company-backed militia told The Valley Courier it was ready. Honestly, nobody expected it. Furthermore, the Dam Company paid.', 'Dam deal'),
    ).toEqual(['Dam Company (organisation)']);
  });

  it('scores against a reference one to one, by name, alias or whole words held', () => {
    const reference = [{ name: 'U.S. Central Command', aliases: ['CENTCOM'] }, { name: 'Ines Tal' }, { name: 'Corvia' }];
    // Two suggestions for one actor count once; an actor suggested under a shorter name is found.
    const score = scoreActors([{ name: 'Central Command' }, { name: 'CENTCOM' }, { name: 'Tal' }, { name: 'Aleppo' }], reference);
    expect(score).toEqual({ precision: 0.5, recall: 0.67, correct: 2, found: 2, suggested: 4, expected: 3 });
  });
});
