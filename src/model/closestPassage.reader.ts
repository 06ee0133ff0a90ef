/**
 * closestPassage.ts as embed.html builds it (vite.config.ts): a reader's page says that a quote is
 * missing, and leaves the search for the passage meant (~0.75 kB gzip of its one file) to the
 * explorer and the validator.
 */
import type { ArticlePart } from './articleParts';
import type { QuoteSuggestion } from './locateQuote';

export const SEARCHES_CLOSEST_PASSAGE = false;

export function closestPassage(_parts: readonly ArticlePart[], _quote: string): QuoteSuggestion | undefined {
  return undefined;
}
