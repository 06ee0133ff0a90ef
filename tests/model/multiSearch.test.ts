import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleParts, locateQuote, normalizeForMatching, type ArticlePart } from '../../src/model/locateQuote';
import { normalizedText } from '../../src/model/normalizedText';
import { anchorRelations, createQuoteLocator } from '../../src/model/quoteLocator';
import { createMultiSearch } from '../../src/model/multiSearch';
import { loadDataset } from '../fixtures';
import { runs } from '../propertyRuns';

/** Every occurrence of every pattern, the slow way: indexOf from each place after the last. */
function byIndexOf(text: string, patterns: string[]): string[] {
  const found: string[] = [];
  patterns.forEach((pattern, index) => {
    if (!pattern) return;
    for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) found.push(`${index}@${at}`);
  });
  return found.sort();
}

function byMultiSearch(text: string, patterns: string[]): string[] {
  const found: string[] = [];
  createMultiSearch(patterns).forEachMatch(text, (pattern, start) => found.push(`${pattern}@${start}`));
  return found.sort();
}

// A small alphabet makes shared prefixes, suffixes that are other patterns' prefixes, and
// overlapping occurrences: the cases where failure links matter.
const smallText = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'é'), maxLength: 60 });

describe('createMultiSearch', () => {
  it('finds what indexOf finds, overlapping occurrences and repeated patterns included', () => {
    expect(byMultiSearch('abababa', ['aba', 'bab', 'aba', 'a'])).toEqual(byIndexOf('abababa', ['aba', 'bab', 'aba', 'a']));
    expect(byMultiSearch('abababa', ['aba'])).toEqual(['0@0', '0@2', '0@4']);
  });

  it('reports each occurrence where it ends, so a pattern inside another is found too', () => {
    const seen: [string, number][] = [];
    const search = createMultiSearch(['she', 'he', 'hers']);
    search.forEachMatch('ushers', (pattern, start) => seen.push([search.patterns[pattern]!, start]));
    expect(seen).toEqual([['she', 1], ['he', 2], ['hers', 2]]);
  });

  it('ignores empty patterns and finds nothing in an empty text', () => {
    expect(byMultiSearch('abc', ['', 'b'])).toEqual(['1@1']);
    expect(byMultiSearch('', ['a'])).toEqual([]);
  });

  it('agrees with indexOf on random texts and patterns', () => {
    fc.assert(
      fc.property(smallText, fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'é'), maxLength: 6 }), { maxLength: 12 }), (text, patterns) => {
        expect(byMultiSearch(text, patterns)).toEqual(byIndexOf(text, patterns));
      }),
      runs(400),
    );
  });

  it('agrees with indexOf when a node has many children and on a large trie', () => {
    // "x" followed by every letter: a dense node; 5,000 patterns: the large trie's root table.
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const dense = [...letters].map((letter) => `x${letter}y`);
    const many = Array.from({ length: 5000 }, (_, n) => `w${n.toString(36)}.`);
    const text = `${dense.join(' ')} xqz ${many.filter((_, n) => n % 7 === 0).join(' ')}`;
    expect(byMultiSearch(text, [...dense, ...many])).toEqual(byIndexOf(text, [...dense, ...many]));
  });
});

describe('createQuoteLocator', () => {
  const parts = articleParts(loadDataset('small').article);
  const quotes = loadDataset('small').relations.flatMap((relation) => relation.evidence);

  it('locates every quote of a dataset as locateQuote does', () => {
    const locate = createQuoteLocator(parts, quotes.map((evidence) => evidence.quote));
    expect(quotes.length).toBeGreaterThan(5);
    for (const evidence of quotes) expect(locate(evidence)).toEqual(locateQuote(parts, evidence));
  });

  it('locates a quote it was not given as locateQuote does', () => {
    const locate = createQuoteLocator(parts, []);
    for (const evidence of quotes) expect(locate(evidence)).toEqual(locateQuote(parts, evidence));
  });

  it('anchors each relation’s evidence by the relation’s id, and leaves a quote the article lacks without a place', () => {
    const dataset = loadDataset('small');
    const missing = { ...dataset.relations[0]!, id: 'missing', evidence: [{ quote: 'words the article never says' }, dataset.relations[0]!.evidence[0]!] };
    const relations = [...dataset.relations, missing];
    const anchors = anchorRelations({ relations }, createQuoteLocator(parts, relations.flatMap((relation) => relation.evidence.map((evidence) => evidence.quote))));
    expect([...anchors.keys()]).toEqual(relations.map((relation) => relation.id));
    for (const relation of dataset.relations) {
      expect(anchors.get(relation.id)).toEqual(relation.evidence.map((evidence) => {
        const lookup = locateQuote(parts, evidence);
        return lookup.found === 'none' ? undefined : lookup.span;
      }));
    }
    expect(anchors.get('missing')).toEqual([undefined, anchors.get(dataset.relations[0]!.id)![0]]);
    expect(anchors.get('missing')![1]).toMatchObject({ part: expect.anything(), start: expect.any(Number) });
  });

  it('gives the same spans, order, paragraph and prefix choice, and suggestions, on random articles', () => {
    const word = fc.constantFrom('the', 'brigade', 'armed', 'Northland', 'paid', '“rebels”', 'rebels', '—', 'and');
    const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 1, maxLength: 5 }),
        fc.array(fc.record({ quote: sentence, paragraph: fc.option(fc.nat(5), { nil: undefined }), prefix: fc.option(word.map((w) => `${w} `), { nil: undefined }) }), { minLength: 1, maxLength: 8 }),
        (paragraphs, wanted) => {
          const articleParts_: ArticlePart[] = articleParts({ title: 'Northland armed the brigade', dek: 'and paid rebels', paragraphs });
          const evidence = wanted.map(({ quote, paragraph, prefix }) => ({ quote, ...(paragraph !== undefined ? { paragraph } : {}), ...(prefix !== undefined ? { prefix } : {}) }));
          const locate = createQuoteLocator(articleParts_, evidence.map((item) => item.quote));
          for (const item of evidence) expect(locate(item)).toEqual(locateQuote(articleParts_, item));
        },
      ),
      runs(300),
    );
  });
});

describe('normalizedText', () => {
  it('equals normalizeForMatching’s text on any string', () => {
    const unit = fc.constantFrom('A', 'z', 'Σ', 'ς', 'İ', '’', '`', '“', '—', '…', ' ', '\n', '\u00a0', '\u200b', '\ufeff', 'É', '𐐀', 'x', 'ي', 'ی', 'ك', 'ک', 'أ', 'ا', 'ـ', 'َ', '،', '٢', '۷', '\u200f', '\u2067', '״', '־', '‹', 'ְ');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
        expect(normalizedText(text)).toBe(normalizeForMatching(text).text);
      }),
      runs(500),
    );
  });
});
