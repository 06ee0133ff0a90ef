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
  // Stryker disable next-line all: a quote the one pass leaves out is located by locateQuote, one at a time, with the same answer
  for (const quote of quotes) if (quote && !patternOf.has(quote)) patternOf.set(quote, patternOf.size);
  // Stryker disable next-line all: as above: a quote not searched for here is found by locateQuote instead
  const search = createMultiSearch([...patternOf.keys()]);
  // Each quote's places as (part's position in `parts`, start) pairs, in text order.
  const places: number[][] = Array.from({ length: patternOf.size }, () => []);
  // Stryker disable next-line all: places not gathered here leave foundAt empty, and locateQuote finds the same ones
  parts.forEach((part, partIndex) => search.forEachMatch(part.text, (pattern, start) => places[pattern]!.push(partIndex, start)));

  return (evidence) => {
    const pattern = patternOf.get(evidence.quote);
    // Stryker disable next-line ConditionalExpression: locateQuote for every quote gives the same answers, one at a time
    if (pattern === undefined) return locateQuote(parts, evidence);
    const found = places[pattern]!;
    const spans: ArticleSpan[] = [];
    // Stryker disable next-line ConditionalExpression,BlockStatement: spans not gathered here leave foundAt empty, and locateQuote finds the same ones
    for (let i = 0; i < found.length; i += 2) {
      const span = quoteSpanAt(parts[found[i]!]!, found[i + 1]!, evidence);
      // Stryker disable next-line ConditionalExpression: as above: without these spans locateQuote gives the same answer
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
        // Stryker disable next-line StringLiteral,ConditionalExpression: a lookup that found none has no span, so the answer is undefined either way
        return lookup.found === 'none' ? undefined : lookup.span;
      }),
    ]),
  );
}
