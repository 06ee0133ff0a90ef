import { describe, expect, it } from 'vitest';
import { uncoveredSentences } from '../../src/model/drafting/coverage';

/** A fictional dispute: three actors, one relation mapped. */
const ACTORS = [
  { id: 'osterland', name: 'Osterland', aliases: [] },
  { id: 'pilots', name: 'Harbour Pilots', aliases: ['the pilots'] },
  { id: 'council', name: 'Port Council', aliases: [] },
];
const TEXT = 'Osterland offered the Harbour Pilots new tugboats. The Port Council pays the pilots a fee. Osterland is far away. The Port Council met Osterland’s envoy and the pilots.';

describe('what a map leaves out', () => {
  it('lists sentences that name two actors and hold no relation’s words, with the actors they name', () => {
    const mapped = [{ evidence: [{ quote: 'Osterland offered the Harbour Pilots' }] }];
    const uncovered = uncoveredSentences([{ key: 0, text: TEXT }], ACTORS, mapped);
    expect(uncovered.map(({ text, actorIds }) => `${actorIds.join('+')}: ${text}`)).toEqual([
      'council+pilots: The Port Council pays the pilots a fee.',
      'council+osterland+pilots: The Port Council met Osterland’s envoy and the pilots.',
    ]);
    expect(TEXT.slice(uncovered[0]!.start).startsWith('The Port Council pays')).toBe(true);
  });

  it('counts a sentence as covered when it holds part of a quote that runs over two sentences', () => {
    const mapped = [{ evidence: [{ quote: 'Osterland offered the Harbour Pilots new tugboats. The Port Council pays the pilots' }] }];
    expect(uncoveredSentences([{ key: 0, text: TEXT }], ACTORS, mapped).map((sentence) => sentence.text)).toEqual(['The Port Council met Osterland’s envoy and the pilots.']);
  });

  it('counts a sentence as covered by a short quote inside it, a quote of exactly its words, or a quote of 24 characters or more at either end', () => {
    const covered = (...quotes: string[]) => uncoveredSentences([{ key: 0, text: TEXT }], ACTORS, [{ evidence: quotes.map((quote) => ({ quote })) }]).map((sentence) => sentence.text);
    const all = ['Osterland offered the Harbour Pilots new tugboats.', 'The Port Council pays the pilots a fee.', 'The Port Council met Osterland’s envoy and the pilots.'];
    expect(covered()).toEqual(all);
    // A short quote, anywhere in the sentence.
    expect(covered('pays the pilots')).toEqual([all[0], all[2]]);
    // A quote of the whole sentence, and a quote that is a sentence's last 24 characters and more.
    expect(covered('The Port Council pays the pilots a fee.')).toEqual([all[0], all[2]]);
    expect(covered('and the pilots.')).toEqual([all[0], all[1]]);
    // A long quote is known by its first 24 characters and by its last, not by its middle alone.
    expect(covered('Osterland offered the Harbour Pilots new tugboats, and more')).toEqual([all[1], all[2]]);
    expect(covered('so it was that Osterland offered the Harbour Pilots new tugboats.')).toEqual([all[1], all[2]]);
    expect(covered('xx Osterland offered the Harbour Pilots new xx')).toEqual(all);
    // An empty quote covers nothing.
    expect(covered('')).toEqual(all);
  });

  it('counts a sentence as covered when a quote holds the whole of it', () => {
    const quote = 'Far off. The Port Council pays the pilots a fee. Osterland is far away.';
    expect(uncoveredSentences([{ key: 0, text: TEXT }], ACTORS, [{ evidence: [{ quote }] }]).map((sentence) => sentence.text)).toEqual([
      'Osterland offered the Harbour Pilots new tugboats.',
      'The Port Council met Osterland’s envoy and the pilots.',
    ]);
  });
});
