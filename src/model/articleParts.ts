/**
 * The article as parts a quote can lie in (the title, the dek, each paragraph) and a quote's
 * exact places in them: what the explorer's first load needs to mark passages. Finding what an
 * author meant by a quote that is not there word for word is locateQuote.ts's, loaded with the
 * validator and the authoring tools.
 */
import { t } from '../i18n/translate';
import type { Article, Evidence } from './datasetSchema';

/** Where a span lies: the title, the dek, or a paragraph by its index. */
export type ArticlePartKey = 'title' | 'dek' | number;

export interface ArticleSpan {
  part: ArticlePartKey;
  start: number;
  end: number;
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
  if (typeof part === 'number') return `article.paragraphs[${part}]`;
  return part === 'title' ? t('the title') : t('the dek');
}

/** A part by its key: where articleParts puts it (title, dek, then paragraph n at n + 2), else searched for. */
export function partAt(parts: readonly ArticlePart[], key: ArticlePartKey): ArticlePart | undefined {
  // Stryker disable next-line ArithmeticOperator: a shortcut; a wrong guess falls back to the search below.
  const expected = parts[key === 'title' ? 0 : key === 'dek' ? 1 : key + 2];
  // Stryker disable next-line ConditionalExpression: the same shortcut.
  return expected?.key === key ? expected : parts.find((candidate) => candidate.key === key);
}

export function spanText(parts: readonly ArticlePart[], span: ArticleSpan): string {
  const part = partAt(parts, span.part);
  return part ? part.text.slice(span.start, span.end) : '';
}

/** The span of the quote found at `start` of `part`, if it stands there as the evidence asks: in its paragraph, next to its prefix and suffix. */
export function quoteSpanAt(part: ArticlePart, start: number, { quote, paragraph, prefix, suffix }: Evidence): ArticleSpan | null {
  if (paragraph !== undefined && part.key !== paragraph) return null;
  const end = start + quote.length;
  if (prefix !== undefined && part.text.slice(Math.max(0, start - prefix.length), start) !== prefix) return null;
  if (suffix !== undefined && part.text.slice(end, end + suffix.length) !== suffix) return null;
  return { part: part.key, start, end };
}

/** Every place the quote lies word for word, next to its prefix and suffix if given, in its paragraph if given; in text order. */
export function findQuoteSpans(parts: readonly ArticlePart[], evidence: Evidence): ArticleSpan[] {
  const { quote, paragraph } = evidence;
  // Stryker disable next-line MethodExpression,ConditionalExpression: a shortcut; quoteSpanAt refuses another paragraph's place anyway.
  const searched = paragraph === undefined ? parts : parts.filter((part) => part.key === paragraph);
  const spans: ArticleSpan[] = [];
  for (const part of searched) {
    for (let start = part.text.indexOf(quote); start !== -1; start = part.text.indexOf(quote, start + 1)) {
      const span = quoteSpanAt(part, start, evidence);
      if (span) spans.push(span);
    }
  }
  return spans;
}
