/**
 * The passage a journalist meant by a quote not found word for word, and the id they meant by a
 * typo: what the error list suggests ("The closest passage … is “…”", "did you mean …?").
 */
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

describe('closestSubstring', () => {
  it('finds a one-character pattern at the very start of the text', () => {
    expect(closestSubstring('a', 'abc')).toEqual({ start: 0, end: 1, distance: 0 });
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
