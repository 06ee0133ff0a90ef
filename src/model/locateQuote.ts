/**
 * Finds an evidence quote in the article, the way a reader's highlighter would: verbatim,
 * in the title, the dek or one paragraph. When a quote is not there verbatim, finds the span a
 * journalist most likely meant, first ignoring typography (curly quotes, dashes, spacing,
 * capitals), then allowing a few edits.
 */
import type { Evidence } from './datasetSchema';

export { articleParts, describePart, partAt, spanText, type ArticlePart, type ArticlePartKey, type ArticleSpan } from './articleParts';
import { findQuoteSpans, spanText, type ArticlePart, type ArticleSpan } from './articleParts';

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
      const withoutContext = locateQuote(parts, { quote, ...(paragraph !== undefined ? { paragraph } : {}) });
      if (withoutContext.found !== 'none') {
        const { span } = withoutContext;
        return { found: 'none', suggestion: { span, text: spanText(parts, span), closeness: 'context' } };
      }
    }
    // embed.html, a reader's page, says that a quote is missing; the search for the passage a
    // journalist meant (~0.75 kB gzip of its one file) is left to the explorer and the validator.
    if (import.meta.env.EMBED_PAGE) return { found: 'none' };
    return { found: 'none', suggestion: suggestSpan(searched, quote) };
  }
  return found;
}

// ---- suggestions -------------------------------------------------------------------------

export const SINGLE_QUOTES = /[‘’‚‛′`´]/;
export const DOUBLE_QUOTES = /[“”„‟″«»]/;
export const DASHES = /[‐‑‒–—―−]/;
// Soft hyphen, zero-width space, non-joiner, joiner and byte-order mark.
export const INVISIBLE = /\u00ad|\u200b|\u200c|\u200d|\ufeff/;

interface NormalizedText {
  text: string;
  /** For each character of `text`, the index of the character of the original it came from. */
  origin: number[];
}

/** Lower case, plain quote marks and hyphens, single spaces: what a journalist's eye ignores. */
export function normalizeForMatching(original: string): NormalizedText {
  let text = '';
  const origin: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (INVISIBLE.test(ch)) continue;
    if (/\s/.test(ch)) {
      if (!lastWasSpace) {
        text += ' ';
        origin.push(i);
      }
      lastWasSpace = true;
      continue;
    }
    lastWasSpace = false;
    let replacement = ch.toLowerCase();
    if (SINGLE_QUOTES.test(ch)) replacement = "'";
    else if (DOUBLE_QUOTES.test(ch)) replacement = '"';
    else if (DASHES.test(ch)) replacement = '-';
    else if (ch === '…') replacement = '...';
    for (const out of replacement) {
      text += out;
      origin.push(i);
    }
  }
  return { text, origin };
}

function originalSpan(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  return { start: normalized.origin[start]!, end: normalized.origin[end - 1]! + 1 };
}

const LONGEST_QUOTE_FOR_APPROXIMATE_SEARCH = 1200;

function suggestSpan(parts: readonly ArticlePart[], quote: string): QuoteSuggestion | undefined {
  const wanted = normalizeForMatching(quote).text.trim();
  if (!wanted) return undefined;
  const normalizedParts = parts.map((part) => ({ part, normalized: normalizeForMatching(part.text) }));

  for (const { part, normalized } of normalizedParts) {
    const start = normalized.text.indexOf(wanted);
    if (start === -1) continue;
    const span = { part: part.key, ...originalSpan(normalized, start, start + wanted.length) };
    return { span, text: part.text.slice(span.start, span.end), closeness: 'typography' };
  }

  if (wanted.length > LONGEST_QUOTE_FOR_APPROXIMATE_SEARCH) return undefined;
  let best: { part: ArticlePart; normalized: NormalizedText; start: number; end: number; distance: number } | undefined;
  for (const { part, normalized } of normalizedParts) {
    const match = closestSubstring(wanted, normalized.text);
    if (match && (!best || match.distance < best.distance)) best = { part, normalized, ...match };
  }
  if (!best || best.distance > Math.max(3, wanted.length * 0.35)) return undefined;
  const { start, end } = expandToWords(best.normalized.text, best.start, best.end);
  const span = { part: best.part.key, ...originalSpan(best.normalized, start, end) };
  return { span, text: best.part.text.slice(span.start, span.end), closeness: 'approximate' };
}

/**
 * The substring of `text` with the fewest edits from `pattern` (Sellers' algorithm), with its
 * start tracked alongside the cost. O(pattern × text): used only to explain an error.
 */
export function closestSubstring(pattern: string, text: string): { start: number; end: number; distance: number } | undefined {
  const m = pattern.length;
  if (m === 0 || text.length === 0) return undefined;
  let cost = Array.from({ length: m + 1 }, (_, i) => i);
  let from = new Array<number>(m + 1).fill(0);
  let best = { start: 0, end: 0, distance: cost[m]! };
  for (let j = 1; j <= text.length; j++) {
    const nextCost = [0];
    const nextFrom = [j];
    for (let i = 1; i <= m; i++) {
      const substitute = cost[i - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      const skipText = cost[i]! + 1;
      const skipPattern = nextCost[i - 1]! + 1;
      if (substitute <= skipText && substitute <= skipPattern) {
        nextCost[i] = substitute;
        nextFrom[i] = from[i - 1]!;
      } else if (skipText <= skipPattern) {
        nextCost[i] = skipText;
        nextFrom[i] = from[i]!;
      } else {
        nextCost[i] = skipPattern;
        nextFrom[i] = nextFrom[i - 1]!;
      }
    }
    cost = nextCost;
    from = nextFrom;
    if (cost[m]! < best.distance) best = { start: from[m]!, end: j, distance: cost[m]! };
  }
  return best.end > best.start ? best : undefined;
}

function expandToWords(text: string, start: number, end: number): { start: number; end: number } {
  const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}'-]/u.test(ch);
  while (start > 0 && isWordChar(text[start - 1]) && isWordChar(text[start])) start--;
  while (end < text.length && isWordChar(text[end]) && isWordChar(text[end - 1])) end++;
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  return { start, end };
}
