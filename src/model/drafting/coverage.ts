/**
 * What a map leaves out: the article's sentences that name two of its actors (by name or alias)
 * but hold none of its relations' words, for an author to check for omissions. Pure.
 */
import type { Actor, Relation } from '../datasetSchema';
import type { ArticlePart, ArticlePartKey } from '../locateQuote';
import { findMentions } from '../proposeActors';
import { splitSentences } from './suggestRelations';

export interface UncoveredSentence {
  part: ArticlePartKey;
  /** Where the sentence starts in its part's text. */
  start: number;
  text: string;
  /** The actors it names, each once, in order. */
  actorIds: string[];
}

// Enough of a quote to know it where a sentence holds only part of it (a quote across two sentences).
const QUOTE_EDGE = 24;

export function uncoveredSentences(parts: readonly ArticlePart[], actors: readonly Pick<Actor, 'id' | 'name' | 'aliases'>[], relations: readonly Pick<Relation, 'evidence'>[]): UncoveredSentence[] {
  const quotes = relations.flatMap((relation) => relation.evidence.map((evidence) => evidence.quote)).filter(Boolean);
  const holdsWords = (sentence: string) =>
    quotes.some((quote) => sentence.includes(quote) || quote.includes(sentence) || sentence.includes(quote.slice(0, QUOTE_EDGE)) || sentence.includes(quote.slice(-QUOTE_EDGE)));
  const uncovered: UncoveredSentence[] = [];
  for (const part of parts) {
    for (const span of splitSentences(part.text)) {
      const text = part.text.slice(span.start, span.end);
      const actorIds = [...new Set(findMentions(text, actors).map((mention) => mention.actorId))];
      if (actorIds.length >= 2 && !holdsWords(text)) uncovered.push({ part: part.key, start: span.start, text, actorIds });
    }
  }
  return uncovered;
}
