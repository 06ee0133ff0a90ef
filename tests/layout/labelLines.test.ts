import { describe, expect, it } from 'vitest';
import { labelLines } from '../../src/layout/labelLines';

describe('labelLines', () => {
  it('keeps a short name on one line', () => {
    expect(labelLines('Russia')).toEqual(['Russia']);
    expect(labelLines('Southland’s navy')).toEqual(['Southland’s navy']);
  });

  it('wraps a long name at spaces, each line at most 18 characters', () => {
    expect(labelLines('Commander of the New Syrian Forces’ second class')).toEqual(['Commander of the', 'New Syrian Forces’', 'second class']);
    expect(labelLines('U.S. assets in the Third World (Cold War)')).toEqual(['U.S. assets in the', 'Third World (Cold', 'War)']);
  });

  it('wraps at the width it is given', () => {
    expect(labelLines('a bb ccc dddd', 6)).toEqual(['a bb', 'ccc', 'dddd']);
  });

  it('never breaks inside a word, even one longer than a line', () => {
    expect(labelLines('Jabhat-Fatah-al-Sham-Coalition forces')).toEqual(['Jabhat-Fatah-al-Sham-Coalition', 'forces']);
  });

  it('collapses runs of spaces and ignores spaces at the ends', () => {
    expect(labelLines('  Harbour \n  Militia ')).toEqual(['Harbour Militia']);
  });

  it('keeps a name of nothing but spaces as it is, so the actor still has a label line', () => {
    expect(labelLines('   ')).toEqual(['   ']);
  });
});
