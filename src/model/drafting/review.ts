/**
 * The review of suggestions: which are still open (not on the map yet, not rejected), how one is
 * named and remembered, and the relation it becomes when accepted as it is. Pure.
 */
import type { Actor, Relation } from '../datasetSchema';
import type { ActorInput, RelationInput } from '../edits';
import { findMentions } from '../proposeActors';
import type { ActorSuggestion } from './suggestActors';
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

/** Stable across runs on the same text: an actor suggestion is known by its name. */
export const actorSuggestionKey = (suggestion: Pick<ActorSuggestion, 'name'>) => `actor:${suggestion.name}`;

const plainName = (name: string) => name.normalize('NFKD').replace(/[\u0300-\u036f.]/g, '').replace(/[‘’]/g, "'").toLowerCase().replace(/^the\s+/, '').trim();
const sameName = (a: string, b: string) => plainName(a) === plainName(b);

/** Actor suggestions still to review: not rejected, and not on the map by any of their names. */
export function openActorSuggestions(suggestions: readonly ActorSuggestion[], actors: readonly Pick<Actor, 'name' | 'aliases'>[], rejected: ReadonlySet<string>): ActorSuggestion[] {
  return suggestions.filter(
    (suggestion) =>
      !rejected.has(actorSuggestionKey(suggestion)) &&
      !actors.some((actor) => [actor.name, ...actor.aliases].some((name) => [suggestion.name, ...suggestion.aliases].some((mine) => sameName(name, mine)))),
  );
}

/**
 * The other names of an actor that takes in another's (a merge): its aliases, then the other's name
 * and aliases, once each, leaving out its own name.
 */
export function mergedAliases(into: Pick<Actor, 'name' | 'aliases'>, from: Pick<Actor, 'name' | 'aliases'>): string[] {
  const names: string[] = [];
  for (const name of [...into.aliases, from.name, ...from.aliases]) if (!sameName(name, into.name) && !names.some((kept) => sameName(kept, name))) names.push(name);
  return names;
}

/** Other names typed as a list: separated by commas or semicolons, trimmed, none empty. */
export const aliasesFromText = (text: string) => text.split(/[,;]/).map((name) => name.trim()).filter(Boolean);

/** The actor a suggestion becomes when accepted (as it is, or as the person edited it): its passage is the first words that name it. */
export function actorFromSuggestion(suggestion: ActorSuggestion & { partOf?: string }, parts: readonly ArticlePart[]): ActorInput {
  const named = { id: 'suggested', name: suggestion.name, aliases: suggestion.aliases };
  const partOf = suggestion.partOf ? { partOf: suggestion.partOf } : {};
  for (const part of parts) {
    const [first] = findMentions(part.text, [named]);
    if (!first) continue;
    const quote = part.text.slice(first.start, first.end);
    return { name: suggestion.name, kind: suggestion.kind, aliases: suggestion.aliases, ...partOf, description: `Named in the article as “${quote}”.`, evidence: [evidenceAt({ part: part.key, start: first.start, quote }, parts)] };
  }
  return { name: suggestion.name, kind: suggestion.kind, aliases: suggestion.aliases, ...partOf, description: '', evidence: [] };
}
