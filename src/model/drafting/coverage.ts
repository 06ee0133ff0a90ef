/**
 * What a map leaves out: the article's sentences that name two of its actors (by name or alias)
 * but hold none of its relations' words, for an author to check for omissions. Pure.
 */
import type { Actor, Relation } from '../datasetSchema';
import type { ArticlePart, ArticlePartKey } from '../locateQuote';
import { createMultiSearch } from '../multiSearch';
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
  const naming: UncoveredSentence[] = [];
  for (const part of parts) {
    for (const span of splitSentences(part.text)) {
      const text = part.text.slice(span.start, span.end);
      const actorIds = [...new Set(findMentions(text, actors).map((mention) => mention.actorId))];
      if (actorIds.length >= 2) naming.push({ part: part.key, start: span.start, text, actorIds });
    }
  }
  // A sentence holds a relation's words when it holds a quote's beginning or end (or the whole
  // quote), or lies inside a quote. Beginnings and ends of a full QUOTE_EDGE are looked up by
  // each stretch of that length in the sentence; shorter quotes, whole, searched for all at once.
  const edges = new Set<string>();
  const shortQuotes = new Set<string>();
  for (const quote of quotes) {
    if (quote.length < QUOTE_EDGE) shortQuotes.add(quote);
    else edges.add(quote.slice(0, QUOTE_EDGE)).add(quote.slice(-QUOTE_EDGE));
  }
  const short = createMultiSearch([...shortQuotes]);
  const whole = new Set(quotes);
  const holdsEdge = (text: string) => {
    if (whole.has(text)) return true;
    for (let at = 0; at + QUOTE_EDGE <= text.length; at++) if (edges.has(text.slice(at, at + QUOTE_EDGE))) return true;
    let found = false;
    short.forEachMatch(text, () => (found = true));
    return found;
  };
  const held = new Set<number>();
  naming.forEach((sentence, index) => {
    if (holdsEdge(sentence.text)) held.add(index);
  });
  const open = naming.filter((_, index) => !held.has(index));
  const inside = new Set<number>();
  const sentences = createMultiSearch(open.map((sentence) => sentence.text));
  for (const quote of quotes) sentences.forEachMatch(quote, (index) => inside.add(index));
  return open.filter((_, index) => !inside.has(index));
}
