/**
 * The evidence for words at a place in the article: the quote alone when it occurs once, else
 * with its paragraph, and with the words just before it when it occurs more than once there too.
 * Pure: used for a selection in the reader and for a suggestion from the text alike.
 */
import type { Evidence } from './datasetSchema';
import type { ArticlePartKey } from './locateQuote';

export function evidenceAt(passage: { part: ArticlePartKey; start: number; quote: string }, partTexts: readonly { key: ArticlePartKey; text: string }[]): Evidence {
  const occurrences = partTexts.reduce((count, part) => count + part.text.split(passage.quote).length - 1, 0);
  if (occurrences <= 1 || typeof passage.part !== 'number') return { quote: passage.quote };
  const text = partTexts.find((part) => part.key === passage.part)?.text ?? '';
  const inPart = text.split(passage.quote).length - 1;
  if (inPart <= 1) return { quote: passage.quote, paragraph: passage.part };
  // Several times in this very paragraph: the words just before it tell them apart.
  return { quote: passage.quote, paragraph: passage.part, prefix: text.slice(Math.max(0, passage.start - 24), passage.start) };
}
