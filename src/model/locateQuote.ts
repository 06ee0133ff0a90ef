/**
 * Finds an evidence quote in the article, the way a reader's highlighter would: verbatim,
 * in the title, the dek or one paragraph. When a quote is not there verbatim, finds the span a
 * journalist most likely meant, first ignoring typography (curly quotes, dashes, spacing,
 * capitals), then allowing a few edits.
 */
import type { Article, Evidence } from './datasetSchema';
import { createMultiSearch } from './multiSearch';

/** Where a span lies: the title, the dek, or a paragraph by its index. */
export type ArticlePartKey = 'title' | 'dek' | number;

export interface ArticleSpan {
  part: ArticlePartKey;
  start: number;
  end: number;
}

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

export interface ArticlePart {
  key: ArticlePartKey;
  text: string;
}

export function articleParts(article: Pick<Article, 'title' | 'dek' | 'paragraphs'>): ArticlePart[] {
  return [
    { key: 'title', text: article.title },
    { key: 'dek', text: article.dek },
    ...article.paragraphs.map((text, index) => ({ key: index, text })),
  ];
}

export function describePart(part: ArticlePartKey): string {
  return typeof part === 'number' ? `article.paragraphs[${part}]` : `the ${part}`;
}

export function spanText(parts: readonly ArticlePart[], span: ArticleSpan): string {
  const part = parts.find((candidate) => candidate.key === span.part);
  return part ? part.text.slice(span.start, span.end) : '';
}

export function locateQuote(parts: readonly ArticlePart[], evidence: Evidence): QuoteLookup {
  const { quote, paragraph, prefix, suffix } = evidence;
  const searched = paragraph === undefined ? parts : parts.filter((part) => part.key === paragraph);
  const spans: ArticleSpan[] = [];
  for (const part of searched) {
    for (let start = part.text.indexOf(quote); start !== -1; start = part.text.indexOf(quote, start + 1)) {
      const end = start + quote.length;
      if (prefix !== undefined && part.text.slice(Math.max(0, start - prefix.length), start) !== prefix) continue;
      if (suffix !== undefined && part.text.slice(end, end + suffix.length) !== suffix) continue;
      spans.push({ part: part.key, start, end });
    }
  }
  const [first, ...others] = spans;
  if (!first) {
    if (prefix !== undefined || suffix !== undefined) {
      const withoutContext = locateQuote(parts, { quote, ...(paragraph !== undefined ? { paragraph } : {}) });
      if (withoutContext.found !== 'none') {
        const { span } = withoutContext;
        return { found: 'none', suggestion: { span, text: spanText(parts, span), closeness: 'context' } };
      }
    }
    return { found: 'none', suggestion: suggestSpan(searched, quote) };
  }
  return others.length === 0 ? { found: 'once', span: first } : { found: 'several', span: first, others };
}

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
    const { quote, paragraph, prefix, suffix } = evidence;
    const pattern = patternOf.get(quote);
    if (pattern === undefined) return locateQuote(parts, evidence);
    const found = places[pattern]!;
    const spans: ArticleSpan[] = [];
    for (let i = 0; i < found.length; i += 2) {
      const part = parts[found[i]!]!;
      if (paragraph !== undefined && part.key !== paragraph) continue;
      const start = found[i + 1]!;
      const end = start + quote.length;
      if (prefix !== undefined && part.text.slice(Math.max(0, start - prefix.length), start) !== prefix) continue;
      if (suffix !== undefined && part.text.slice(end, end + suffix.length) !== suffix) continue;
      spans.push({ part: part.key, start, end });
    }
    const [first, ...others] = spans;
    // Not there as given: locateQuote finds what the author may have meant.
    if (!first) return locateQuote(parts, evidence);
    return others.length === 0 ? { found: 'once', span: first } : { found: 'several', span: first, others };
  };
}

// ---- suggestions -------------------------------------------------------------------------

const SINGLE_QUOTES = /[‘’‚‛′`´]/;
const DOUBLE_QUOTES = /[“”„‟″«»]/;
const DASHES = /[‐‑‒–—―−]/;
// Soft hyphen, zero-width space, non-joiner, joiner and byte-order mark.
const INVISIBLE = /\u00ad|\u200b|\u200c|\u200d|\ufeff/;

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
    const code = original.charCodeAt(i);
    // Printable ASCII but the backtick (a quote mark): itself, lower-cased. The fast path for long texts.
    if (code > 32 && code < 127 && code !== 96) {
      text += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
      origin.push(i);
      lastWasSpace = false;
      continue;
    }
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

const SURROGATES = /[\uD800-\uDFFF]/;

/**
 * `normalizeForMatching(original).text`, without the map back to the original: the same rules
 * applied to the whole string at once, for long texts (an article searched for every alias).
 */
export function normalizedText(original: string): string {
  // Whole-string lower-casing differs from one character at a time for astral letters and a
  // final sigma: astral text takes the careful path, and sigma is lowered before its context counts.
  if (SURROGATES.test(original)) return normalizeForMatching(original).text;
  return original
    .replace(ALL_INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .replace(/Σ/g, 'σ')
    .replace(ALL_SINGLE_QUOTES, "'")
    .replace(ALL_DOUBLE_QUOTES, '"')
    .replace(ALL_DASHES, '-')
    .replace(/…/g, '...')
    .toLowerCase();
}
const ALL_INVISIBLE = new RegExp(INVISIBLE.source, 'g');
const ALL_SINGLE_QUOTES = new RegExp(SINGLE_QUOTES.source, 'g');
const ALL_DOUBLE_QUOTES = new RegExp(DOUBLE_QUOTES.source, 'g');
const ALL_DASHES = new RegExp(DASHES.source, 'g');

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
