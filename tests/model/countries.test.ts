import { describe, expect, it } from 'vitest';
import { COUNTRY_BY_KEY, keyOf, withCountryNames } from '../../src/model/drafting/countries';

describe('keyOf', () => {
  it('reads names alike whatever their dots, accents, apostrophes, case and leading “the”', () => {
    expect(keyOf('U.S.')).toBe(keyOf('US'));
    expect(keyOf('Erdoğan')).toBe('erdogan');
    expect(keyOf('Mu’tasim')).toBe("mu'tasim");
    expect(keyOf('the Kremlin')).toBe('kremlin');
    expect(keyOf('  The  Kremlin ')).toBe('kremlin');
    // Only a leading “the” as a word: not the letters of “Thessaly”, nor a “the” inside a name.
    expect(keyOf('Thessaly')).toBe('thessaly');
    expect(keyOf('Over the Top')).toBe('over the top');
  });

  it('finds each country by any of its names', () => {
    expect(COUNTRY_BY_KEY.get(keyOf('Norwegians'))).toBe('Norway');
    expect(COUNTRY_BY_KEY.get(keyOf('the Kremlin'))).toBe('Russia');
    expect(COUNTRY_BY_KEY.get(keyOf('Westmark'))).toBeUndefined();
  });
});

describe('withCountryNames', () => {
  it('gives a state its country’s other names as aliases, each once, after its own', () => {
    const [norway] = withCountryNames([{ id: 'norway', name: 'Norway', aliases: ['Oslo', 'the Norwegians'] }]);
    expect(norway!.aliases).toEqual(['Oslo', 'the Norwegians', 'Norwegian']);
  });

  it('finds the country by an alias too, and keeps the actor’s own name', () => {
    const [kingdom] = withCountryNames([{ id: 'norway', name: 'Kingdom of Norway', aliases: ['Norway'] }]);
    expect(kingdom).toEqual({ id: 'norway', name: 'Kingdom of Norway', aliases: ['Norway', 'Norwegian', 'Norwegians', 'Oslo'] });
  });

  it('leaves an actor that is no country, or has every name already, as it is', () => {
    const guard = { id: 'river-guard', name: 'River Guard', aliases: ['the militia'] };
    const finland = { id: 'finland', name: 'Finland', aliases: ['Finnish', 'Finns', 'Helsinki'] };
    const [first, second] = withCountryNames([guard, finland]);
    expect(first).toBe(guard);
    expect(second).toBe(finland);
  });
});
