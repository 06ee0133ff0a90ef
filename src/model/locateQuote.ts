/**
 * Finds an evidence quote in the article, the way a reader's highlighter would: verbatim,
 * in the title, the dek or one paragraph. When a quote is not there verbatim, finds the span a
 * journalist most likely meant, first ignoring typography (curly quotes, dashes, spacing,
 * capitals), then allowing a few edits.
 */
import type { Evidence } from './datasetSchema';

export { articleParts, describePart, partAt, spanText, type ArticlePart, type ArticlePartKey, type ArticleSpan } from './articleParts';
import { findQuoteSpans, spanText, type ArticlePart, type ArticleSpan } from './articleParts';
import { closestPassage } from './closestPassage';
export { normalizeForMatching } from './typography';

export type QuoteLookup =
  | { found: 'once'; span: ArticleSpan }
  | { found: 'several'; span: ArticleSpan; others: ArticleSpan[] }
  | { found: 'none'; suggestion?: QuoteSuggestion };

export interface QuoteSuggestion {
  span: ArticleSpan;
  text: string;
  /**
   * `context`: the quote is there word for word, but not next to the given prefix or suffix;
   * `typography`: the same words with other quote marks, dashes, spacing or capitals;
   * `approximate`: a near passage.
   */
  closeness: 'context' | 'typography' | 'approximate';
}

/** The lookup for the places a quote was found, or null when there are none. */
export function foundAt([first, ...others]: readonly ArticleSpan[]): QuoteLookup | null {
  if (!first) return null;
  return others.length === 0 ? { found: 'once', span: first } : { found: 'several', span: first, others };
}

export function locateQuote(parts: readonly ArticlePart[], evidence: Evidence): QuoteLookup {
  const { quote, paragraph, prefix, suffix } = evidence;
  const searched = paragraph === undefined ? parts : parts.filter((part) => part.key === paragraph);
  const found = foundAt(findQuoteSpans(parts, evidence));
  if (!found) {
    if (prefix !== undefined || suffix !== undefined) {
      // Stryker disable next-line ConditionalExpression: a paragraph given as undefined searches every part, as one not given
      const withoutContext = locateQuote(parts, { quote, ...(paragraph !== undefined ? { paragraph } : {}) });
      if (withoutContext.found !== 'none') {
        const { span } = withoutContext;
        return { found: 'none', suggestion: { span, text: spanText(parts, span), closeness: 'context' } };
      }
    }
    const suggestion = closestPassage(searched, quote);
    return suggestion ? { found: 'none', suggestion } : { found: 'none' };
  }
  return found;
}
