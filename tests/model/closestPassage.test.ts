/**
 * The passage a journalist meant by a quote not found word for word, and the id they meant by a
 * typo: what the error list suggests ("The closest passage … is “…”", "did you mean …?").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticlePart } from '../../src/model/articleParts';
import { closestMatch } from '../../src/model/closestMatch';
import { closestPassage, closestSubstring } from '../../src/model/closestPassage';

const paragraph = (text: string, key = 0): ArticlePart => ({ key, text });
const shipment = [paragraph('Officials said the shipment arrived on Tuesday morning.')];
const suggested = (parts: ArticlePart[], quote: string) => closestPassage(parts, quote)?.text;

describe('closestPassage', () => {
  it('suggests whole words when the near match starts inside a word', () => {
    expect(closestPassage(shipment, 'hipment arrivd on Tuesday')).toEqual({ span: { part: 0, start: 19, end: 46 }, text: 'shipment arrived on Tuesday', closeness: 'approximate' });
  });

  it('counts hyphens, apostrophes, digits and letters of any alphabet as parts of a word', () => {
    const brigade = [paragraph("They said the al-Mu'tasim brigade was trained in Jordan.")];
    expect(suggested(brigade, "u'tasm brigade")).toBe("al-Mu'tasim brigade");
    expect(suggested([paragraph('The brigade received 1200 rifles last year.')], 'recieved 12')).toBe('received 1200');
    expect(suggested([paragraph('Die Lieferung kam aus Österreich am Dienstag.')], 'aus Östereich am Diens')).toBe('aus Österreich am Dienstag');
  });

  it('does not reach back into the word before when the near match starts at a space', () => {
    // “xsaid” matches “ said”, the x read as the space before it.
    expect(suggested([paragraph('Officials said: the shipment arrived')], 'xsaid: the shipment')).toBe('said: the shipment');
  });

  it('widens to the words the match cuts into, and not to the punctuation around them', () => {
    expect(suggested([paragraph('They said (shipment arrived) on Tuesday')], 'hipment arrivd')).toBe('shipment arrived');
    // The match starts after the apostrophe, inside the word.
    expect(suggested([paragraph("They said the al-Mu'tasim brigade was trained in Jordan.")], 'tasm brigade')).toBe("al-Mu'tasim brigade");
  });

  it('suggests a number alone as a passage, but nothing made of spaces and punctuation alone', () => {
    expect(suggested([paragraph('rifles: 1200 in all')], '1201')).toBe('1200');
    // The quote's space matches the text's; a bracket is no passage.
    expect(closestPassage([paragraph('( )')], 'a b')).toBeUndefined();
    // Words elsewhere in the paragraph do not make the bracket a passage.
    expect(closestPassage([paragraph('( ) xyz')], 'a b')).toBeUndefined();
  });

  it('suggests no space at either end of the passage', () => {
    expect(suggested(shipment, 'arrived on Z')).toBe('arrived on');
  });

  it('reads a quote with stray spaces at its ends as the words between them', () => {
    expect(closestPassage(shipment, '  arrived on Tuesday  ')).toEqual({ span: { part: 0, start: 28, end: 46 }, text: 'arrived on Tuesday', closeness: 'typography' });
  });

  it('suggests nothing for a quote of spaces alone', () => {
    expect(closestPassage(shipment, '   ')).toBeUndefined();
  });

  it('suggests a passage as many edits away as it allows, and none one edit further', () => {
    const parts = [paragraph('one two three four')];
    // Seven characters allow three edits (a third of a longer quote would allow more).
    expect(suggested(parts, 'oxe txx')).toBe('one two');
    expect(suggested(parts, 'oxx txx')).toBeUndefined();
  });

  it('of two passages equally near, suggests the first in the article', () => {
    const parts = [paragraph('The ferry left at noon.', 0), paragraph('The ferry left at noon!', 1)];
    expect(closestPassage(parts, 'the ferry lefts at noon')?.span.part).toBe(0);
  });

  it('searches quotes of up to 1,200 characters for a near passage, and no longer ones', () => {
    // No spaces, so that a quote's length is not trimmed.
    const text = 'convoys-waited-'.repeat(100);
    const misquote = (length: number) => `X${text.slice(1, length)}`;
    expect(closestPassage([paragraph(text)], misquote(1200))?.closeness).toBe('approximate');
    expect(closestPassage([paragraph(text)], misquote(1201))).toBeUndefined();
  });
});

/** Levenshtein distance, written the plain way as the reference the tracked search is held to. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** Every substring tried: the fewest edits any of them needs, and the first end at which one needs so few. */
function bruteForceClosest(pattern: string, text: string): { end: number; distance: number } | undefined {
  let best: { end: number; distance: number } | undefined;
  for (let end = 1; end <= text.length; end++) {
    for (let start = 0; start < end; start++) {
      const distance = editDistance(pattern, text.slice(start, end));
      if (!best || distance < best.distance) best = { end, distance };
    }
  }
  // A substring no nearer than deleting the whole pattern is no match.
  return best && best.distance < pattern.length ? best : undefined;
}

describe('closestSubstring', () => {
  it('finds a one-character pattern at the very start of the text', () => {
    expect(closestSubstring('a', 'abc')).toEqual({ start: 0, end: 1, distance: 0 });
  });

  it('finds the substring with the fewest edits that every substring tried one by one finds, and the span it gives is that near', () => {
    const letters = (maxLength: number, minLength = 0) => fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), minLength, maxLength });
    let matched = 0;
    fc.assert(
      fc.property(letters(6, 1), letters(10), (pattern, text) => {
        const found = closestSubstring(pattern, text);
        const reference = bruteForceClosest(pattern, text);
        if (reference === undefined) return found === undefined;
        matched++;
        return found !== undefined && found.distance === reference.distance && found.end === reference.end && editDistance(pattern, text.slice(found.start, found.end)) === found.distance;
      }),
      { numRuns: 2000, seed: 22 },
    );
    // Most random pairs share a letter, so the comparison above is not mostly of two undefineds.
    expect(matched).toBeGreaterThan(1000);
  });
});

describe('closestMatch: the id or word a typo meant', () => {
  it('suggests a candidate two edits away from a short word', () => {
    expect(closestMatch('abcdef', ['abcdxy'])).toBe('abcdxy');
    expect(closestMatch('abcdef', ['abcxyz'])).toBeUndefined();
  });

  it('allows a long id a third of its length in edits', () => {
    expect(closestMatch('harbour-militia', ['harbor-milisha'])).toBe('harbor-milisha');
  });

  it('of two candidates equally near, suggests the first', () => {
    expect(closestMatch('ab', ['ac', 'ad'])).toBe('ac');
  });
});
