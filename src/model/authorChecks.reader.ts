/**
 * authorChecks.ts as embed.html builds it (vite.config.ts): no author's warnings, and each quote
 * located on its own, which is as fast for the small maps an embed shows.
 */
import type { Evidence } from './datasetSchema';
import type { PathSegment } from './formatPath';
import { locateQuote, type ArticlePart, type QuoteLookup } from './locateQuote';

/** embed.html tells readers what keeps a map from showing: errors, not an author's warnings. */
export const WARNS_AUTHORS = false;

export function createLocator(parts: readonly ArticlePart[], _quotes: Iterable<string>): (evidence: Evidence) => QuoteLookup {
  return (evidence) => locateQuote(parts, evidence);
}

export function authorWarnings(_parts: readonly ArticlePart[], _actors: unknown[], _relations: unknown[]): { path: PathSegment[]; message: string }[] {
  return [];
}
