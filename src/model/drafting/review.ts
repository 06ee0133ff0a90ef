/**
 * The review of suggestions: which are still open (not on the map yet, not rejected), how one is
 * named and remembered, and the relation it becomes when accepted as it is. Pure.
 */
import type { Relation } from '../datasetSchema';
import type { RelationInput } from '../edits';
import { evidenceAt } from '../evidenceAt';
import type { ArticlePart } from '../locateQuote';
import type { Stance } from '../vocabulary';
import type { RelationSuggestion } from './suggestRelations';

/** Stable across runs on the same text: the triple and where its words are. */
export const suggestionKey = (suggestion: RelationSuggestion) => `${suggestion.source}>${suggestion.target}:${suggestion.stance}@${String(suggestion.part)}:${suggestion.start}`;

/**
 * Suggestions still to review: not rejected, and not on the map already (a relation that quotes
 * the same words, or the same triple quoting words of the same sentence).
 */
export function openSuggestions(suggestions: readonly RelationSuggestion[], relations: readonly Pick<Relation, 'source' | 'target' | 'stance' | 'evidence'>[], rejected: ReadonlySet<string>): RelationSuggestion[] {
  return suggestions.filter((suggestion) => {
    if (rejected.has(suggestionKey(suggestion))) return false;
    return !relations.some(
      (relation) =>
        relation.evidence.some((evidence) => evidence.quote === suggestion.quote) ||
        (relation.source === suggestion.source && relation.target === suggestion.target && relation.stance === suggestion.stance && relation.evidence.some((evidence) => suggestion.sentence.includes(evidence.quote))),
    );
  });
}

const VERBS: Record<Stance, string> = { support: 'backs', hostility: 'opposes', offer: 'makes an offer to', payment: 'pays' };

/** A first summary for the person to reword: "Ardenia backs the River Guard". */
export const suggestedSummary = (suggestion: Pick<RelationSuggestion, 'source' | 'target' | 'stance'>, nameOf: (id: string) => string) =>
  `${nameOf(suggestion.source)} ${VERBS[suggestion.stance]} ${nameOf(suggestion.target)}`;

/** The relation a suggestion becomes when accepted as it is; its evidence is its words, anchored where they are. */
export function relationFromSuggestion(suggestion: RelationSuggestion, nameOf: (id: string) => string, parts: readonly ArticlePart[]): RelationInput {
  return {
    source: suggestion.source,
    target: suggestion.target,
    stance: suggestion.stance,
    status: suggestion.status,
    claimedBy: suggestion.claimedBy,
    summary: suggestedSummary(suggestion, nameOf),
    evidence: [evidenceAt(suggestion, parts)],
  };
}
