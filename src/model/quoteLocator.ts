/**
 * Every quote of a dataset located at once, for the validator: one pass over the text for all of
 * them (multiSearch.ts), then each evidence read from that, with the answers `locateQuote` gives.
 * It is the validator's, so the explorer's first load does not carry it; the index takes the
 * spans it found (`anchorRelations`).
 */
import type { Dataset, Evidence } from './datasetSchema';
import { quoteSpanAt } from './articleParts';
import { foundAt, locateQuote, type ArticlePart, type ArticleSpan, type QuoteLookup } from './locateQuote';
import { createMultiSearch } from './multiSearch';

/**
 * `locateQuote` for a whole dataset's quotes at once: every quote's occurrences found in one pass
 * over the text, then each evidence read from them, with the same spans, the same order and the
 * same answer as `locateQuote`. Quotes not found verbatim (few) get their suggestion from
 * `locateQuote` itself; a quote not given here is located as `locateQuote` does.
 */
export function createQuoteLocator(parts: readonly ArticlePart[], quotes: Iterable<string>): (evidence: Evidence) => QuoteLookup {
  const patternOf = new Map<string, number>();
  for (const quote of quotes) if (quote && !patternOf.has(quote)) patternOf.set(quote, patternOf.size);
  const search = createMultiSearch([...patternOf.keys()]);
  // Each quote's places as (part's position in `parts`, start) pairs, in text order.
  const places: number[][] = Array.from({ length: patternOf.size }, () => []);
  parts.forEach((part, partIndex) => search.forEachMatch(part.text, (pattern, start) => places[pattern]!.push(partIndex, start)));

  return (evidence) => {
    const pattern = patternOf.get(evidence.quote);
    if (pattern === undefined) return locateQuote(parts, evidence);
    const found = places[pattern]!;
    const spans: ArticleSpan[] = [];
    for (let i = 0; i < found.length; i += 2) {
      const span = quoteSpanAt(parts[found[i]!]!, found[i + 1]!, evidence);
      if (span) spans.push(span);
    }
    // Not there as given: locateQuote finds what the author may have meant.
    return foundAt(spans) ?? locateQuote(parts, evidence);
  };
}

/** Where each relation's evidence lies (undefined where a quote is not found), by relation id. */
export type RelationAnchors = Map<string, (ArticleSpan | undefined)[]>;

export function anchorRelations(dataset: Pick<Dataset, 'relations'>, locate: (evidence: Evidence) => QuoteLookup): RelationAnchors {
  return new Map(
    dataset.relations.map((relation) => [
      relation.id,
      relation.evidence.map((evidence) => {
        const lookup = locate(evidence);
        return lookup.found === 'none' ? undefined : lookup.span;
      }),
    ]),
  );
}
