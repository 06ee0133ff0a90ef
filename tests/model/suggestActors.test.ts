import { describe, expect, it } from 'vitest';
import { suggestActors } from '../../src/model/drafting/suggestActors';
import { scoreActors } from '../../src/model/drafting/scoreDraft';

/** Fictional disputes written for these tests, naming no actor of the bundled article. */
const suggestedIn = (body: string, title = 'A dispute', outlet = 'The Valley Courier') =>
  suggestActors([{ key: 'title', text: title }, ...body.split('\n\n').map((text, key) => ({ key, text }))], outlet);
const aliasesOf = (aliases: string[]) => (aliases.length ? `: ${aliases.join(', ')}` : '');
/** `Ines Tal (person): Tal` */
const suggest = (body: string, title?: string, outlet?: string) => suggestedIn(body, title, outlet).map(({ name, kind, aliases }) => `${name} (${kind})${aliasesOf(aliases)}`);
/** With how many times the text names it: `Ines Tal (person) ×3: Tal`. */
const counted = (body: string, title?: string) => suggestedIn(body, title).map(({ name, kind, aliases, mentions }) => `${name} (${kind}) ×${mentions}${aliasesOf(aliases)}`);

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

describe('suggestActors, rule by rule', () => {
  it('keeps “al-” and “al ” with the name that follows, and drops a role named by its article alone', () => {
    expect(counted('The fighters of al-Marra Front met leaders of al Tarik Brigade. Later al-Marra Front left.')).toEqual(['al-Marra Front (armed-group) ×2', 'al Tarik Brigade (armed-group) ×1']);
  });

  it('drops a quantifier before a role: “Some Belmari envoys” are the Belmari envoys', () => {
    expect(counted('Some Belmari envoys came. Belmari envoys spoke. The Belmari government agreed.')).toEqual(['Belmari (organisation) ×3: Belmari envoys']);
  });

  it('drops a title and a country’s word before it, and takes a name after a title for a person', () => {
    expect(counted('Norwegian President Ines Tal met Finnish Defense Minister Olli Varo. Tal and Varo talked.')).toEqual(['Ines Tal (person) ×2: Tal', 'Olli Varo (person) ×2: Varo']);
    expect(counted('Minister Tal spoke. Tal left. The Foreign Minister agreed. Minister left.')).toEqual(['Tal (person) ×2']);
    expect(counted('Mayor Ines Tal met the Corvian Harbour Board. Tal left.')).toEqual(['Ines Tal (person) ×2: Tal', 'Corvian Harbour Board (organisation) ×1']);
  });

  it('counts every mention of a name and its shorter forms: a surname, the last words of an institution', () => {
    expect(counted('Ines Tal met Olli Varo. Tal spoke and Tal left. Varo stayed.')).toEqual(['Ines Tal (person) ×3: Tal', 'Olli Varo (person) ×2: Varo']);
    expect(counted('Officials of the Tarn Delta Water Authority said so. The Water Authority agreed. Tarn Delta Water Authority staff left.')).toEqual([
      'Tarn Delta Water Authority (government-body) ×3: Water Authority',
    ]);
  });

  it('takes a singular and its plural for one actor, under the form named most', () => {
    expect(counted('Raider patrols went out. The Raiders came. The Raiders left. A Raider stayed.')).toEqual(['Raiders (organisation) ×4: Raider']);
    expect(counted('The Tarn Rangers and the Tarn Ranger met. The Tarn Ranger left.')).toEqual(['Tarn Ranger (armed-group) ×3: Tarn Rangers']);
  });

  it('reads no contraction, adverb or number as a name, and keeps a word only capitalised at a sentence’s start when the headline says it', () => {
    expect(counted('They’re sure the Tarn Legion won. We’d seen the Tarn Legion. Tarn Legion fighters stayed.')).toEqual(['Tarn Legion (armed-group) ×3: Tarn Legion fighters']);
    expect(counted('Quietly the Kestrel Union grew. Kestrel Union members agreed. Quietly, nothing changed.')).toEqual(['Kestrel Union (organisation) ×2']);
    const body = 'Bravo said nothing about the deal. The deal was signed by the Kestrel Union and the Kestrel Union paid.';
    expect(counted(body)).toEqual(['Kestrel Union (organisation) ×2']);
    expect(counted(body, 'Bravo and the deal')).toEqual(['Bravo (organisation) ×1', 'Kestrel Union (organisation) ×2']);
  });

  it('splits names a hyphen joins when the first is a country’s, and keeps the others whole', () => {
    expect(counted('Norway and the US-Finnish talks failed. Norwegian-Finnish ties grew.')).toEqual(['Norway (state) ×2: Norwegian', 'United States (state) ×1: US', 'Finland (state) ×2: Finnish']);
    expect(counted('The Ardenia-based Tarn Fund paid. The Tarn Fund-backed militia fought the Vessa-Corvia Alliance.')).toEqual(['Tarn Fund (organisation) ×2', 'Vessa-Corvia Alliance (organisation) ×1']);
  });

  it('joins an acronym in brackets right after a name to it, and no acronym further on', () => {
    expect(counted('Vessa Shipping Line (VSL) sailed. VSL paid. The UNHCR (U.N.H.C.R.) watched.')).toEqual(['Vessa Shipping Line (organisation) ×3: VSL', 'UNHCR (organisation) ×2']);
    expect(counted('The Harbour Workers Federation struck, (HWF) said. The HWF struck again.')).toEqual(['Harbour Workers Federation (organisation) ×1', 'HWF (organisation) ×2']);
  });

  it('takes two to four capitalised words for a person, with particles and hyphenated first names', () => {
    expect(counted('Commander Yusuf bin Tarik met Dr. Ana de Souza and Ali al-Marri. Ana de Souza left.')).toEqual([
      'Yusuf bin Tarik (person) ×1',
      'Ana de Souza (person) ×2',
      'Ali al-Marri (person) ×1',
    ]);
    expect(counted('Jean-Luc Mora met John Smith Jones. Mora left. Jean-Luc Mora stayed.')).toEqual(['Jean-Luc Mora (person) ×3: Mora', 'John Smith Jones (person) ×1']);
    // Six capitalised words are no one’s name.
    expect(counted('Kofi Annan Ama Mensah Bello Dre met. Kofi Annan left.')).toEqual(['Kofi Annan Ama Mensah Bello Dre (organisation) ×2: Kofi Annan']);
  });

  it('leaves out a place only when every mention of it reads as one', () => {
    expect(counted('In Corvia the Corvian Navy sailed. The Corvian Navy sailed again.')).toEqual(['Corvian Navy (government-body) ×2']);
    expect(counted('The Tarn Guard fought in Vessa and near Vessa. Vessa fell. Vessa burned.')).toEqual(['Tarn Guard (armed-group) ×1', 'Vessa (organisation) ×4']);
  });

  it('keeps a name an apostrophe is part of, and a name of several words that only opens a sentence once', () => {
    expect(counted('Sean O’Mara met the Tarn Legion. O’Mara left.')).toEqual(['Sean O’Mara (person) ×2: O’Mara', 'Tarn Legion (armed-group) ×1']);
    expect(counted('Kestrel Union grew. Nothing else happened.')).toEqual(['Kestrel Union (organisation) ×1']);
    // A single word that opens sentences: no adverb, however it is spelled.
    expect(counted('Lyra spoke. Lyra left.')).toEqual(['Lyra (organisation) ×2']);
  });

  it('drops a word at a sentence’s start that the text, in any paragraph, also writes in lower case', () => {
    expect(counted('Rebels attacked the Tarn Legion.\n\nSome rebels left.')).toEqual(['Tarn Legion (armed-group) ×1']);
    expect(counted('Rebels attacked the Tarn Legion. Rebels left.')).toEqual(['Rebels (armed-group) ×2', 'Tarn Legion (armed-group) ×1']);
  });

  it('leaves out every part of the outlet’s name', () => {
    expect(counted('The Valley Courier reported that Valley staff left. Courier editors agreed. Ines Tal met the Tarn Legion.')).toEqual(['Ines Tal (person) ×1', 'Tarn Legion (armed-group) ×1']);
  });

  it('takes an acronym for no place, and joins one written right after its name without a space', () => {
    expect(counted('Ines Tal spoke at the HWF and later at the HWF again.')).toEqual(['Ines Tal (person) ×1', 'HWF (organisation) ×2']);
    expect(counted('The Harbour Workers Federation(HWF) struck. The HWF struck again.')).toEqual(['Harbour Workers Federation (organisation) ×3: HWF']);
  });

  it('takes four capitalised words for a person’s name, and five for none', () => {
    expect(counted('Ali Hassan Omar Farouk met the Tarn Legion. Farouk left.')).toEqual(['Ali Hassan Omar Farouk (person) ×2: Farouk', 'Tarn Legion (armed-group) ×1']);
    expect(counted('Ali Hassan Omar Farouk Bey met the Tarn Legion.')).toEqual(['Ali Hassan Omar Farouk Bey (organisation) ×1', 'Tarn Legion (armed-group) ×1']);
  });

  it('keeps a plural’s possessive inside a name, and splits a run at a title inside it into the name before and a person after', () => {
    expect(counted('The Delta Farmers’ Union sued. Hana Deles spoke.')).toEqual(['Delta Farmers’ Union (organisation) ×1', 'Hana Deles (person) ×1']);
    expect(counted('Tarn Republic Foreign Minister Ilio Brask accused Vessaland. The Tarn Republic said so.')).toEqual([
      'Tarn Republic (state) ×2',
      'Ilio Brask (person) ×1',
      'Vessaland (organisation) ×1',
    ]);
    expect(counted('Vessa Power paid the Kerro Construction Group.')).toEqual(['Vessa Power (organisation) ×1', 'Kerro Construction Group (organisation) ×1']);
  });
});

