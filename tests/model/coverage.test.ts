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
});
