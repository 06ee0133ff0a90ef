/**
 * Lookups the explorer needs again and again, computed once per dataset: relations by actor,
 * members by group, and where each relation's evidence stands in the article.
 */
import type { Actor, Claimant, Dataset, Relation } from './datasetSchema';
import { articleParts, findQuoteSpans, type ArticlePart, type ArticlePartKey, type ArticleSpan } from './articleParts';
import type { CitedSpan } from './segmentPassages';
import type { Stance } from './vocabulary';

export interface DatasetIndex {
  dataset: Dataset;
  actorsById: ReadonlyMap<string, Actor>;
  relationsById: ReadonlyMap<string, Relation>;
  /** Relations an actor is the source or target of, in dataset order. */
  relationIdsByActor: ReadonlyMap<string, readonly string[]>;
  /** Actors whose `partOf` names this actor. */
  memberIdsByActor: ReadonlyMap<string, readonly string[]>;
  /** The top of an actor's partOf chain (itself when it is part of nothing). */
  groupOf: ReadonlyMap<string, string>;
  parts: readonly ArticlePart[];
  /** For each relation, where each of its quotes stands (one span per evidence entry, in order). */
  evidenceSpans: ReadonlyMap<string, readonly (ArticleSpan | undefined)[]>;
  /** For each part of the article, the relation passages in it. */
  passagesByPart: ReadonlyMap<ArticlePartKey, readonly CitedSpan<string>[]>;
}

export function indexDataset(dataset: Dataset, anchors?: ReadonlyMap<string, readonly (ArticleSpan | undefined)[]>): DatasetIndex {
  const actorsById = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const relationsById = new Map(dataset.relations.map((relation) => [relation.id, relation]));
  const relationIdsByActor = new Map<string, string[]>(dataset.actors.map((actor) => [actor.id, []]));
  for (const relation of dataset.relations) {
    relationIdsByActor.get(relation.source)?.push(relation.id);
    // Stryker disable next-line ConditionalExpression: checkDataset refuses a relation from an actor to itself; the guard only keeps such a relation listed once
    if (relation.target !== relation.source) relationIdsByActor.get(relation.target)?.push(relation.id);
  }
  const memberIdsByActor = new Map<string, string[]>(dataset.actors.map((actor) => [actor.id, []]));
  for (const actor of dataset.actors) {
    if (actor.partOf) memberIdsByActor.get(actor.partOf)?.push(actor.id);
  }
  const groupOf = new Map<string, string>();
  for (const actor of dataset.actors) {
    let top = actor;
    const seen = new Set<string>();
    while (top.partOf && !seen.has(top.id)) {
      seen.add(top.id);
      top = actorsById.get(top.partOf) ?? top;
    }
    groupOf.set(actor.id, top.id);
  }

  const parts = articleParts(dataset.article);
  const evidenceSpans = new Map<string, (ArticleSpan | undefined)[]>();
  const passagesByPart = new Map<ArticlePartKey, CitedSpan<string>[]>();
  for (const relation of dataset.relations) {
    // The validator's spans when it gives them (it found them all in one pass); else each quote looked for.
    const spans =
      anchors?.get(relation.id) ??
      relation.evidence.map((evidence) => findQuoteSpans(parts, evidence)[0]);
    evidenceSpans.set(relation.id, [...spans]);
    for (const span of spans) {
      if (!span) continue;
      const list = passagesByPart.get(span.part) ?? [];
      list.push({ start: span.start, end: span.end, key: relation.id });
      passagesByPart.set(span.part, list);
    }
  }
  return { dataset, actorsById, relationsById, relationIdsByActor, memberIdsByActor, groupOf, parts, evidenceSpans, passagesByPart };
}

export function actorName(index: DatasetIndex, actorId: string): string {
  return index.actorsById.get(actorId)?.name ?? actorId;
}

/** The accessible name of a relation: “Russia — offer → Liwa al-Mu’tasim Brigade”. */
export function relationLabel(index: DatasetIndex, relation: Relation): string {
  return `${actorName(index, relation.source)} — ${relation.stance} → ${actorName(index, relation.target)}`;
}

/**
 * The claimant in words: an actor's name, a quoted claimant's name, or the outlet's for the
 * reporter's own statements.
 */
export function claimantName(index: DatasetIndex, claimedBy: string): string {
  return index.actorsById.get(claimedBy)?.name ?? findClaimant(index, claimedBy)?.name ?? index.dataset.article.outlet ?? 'the outlet';
}

/** A claimant who is not on the map. A dataset has a handful at most, so no index is kept. */
export function findClaimant(index: DatasetIndex, id: string): Claimant | undefined {
  return index.dataset.claimants?.find((claimant) => claimant.id === id);
}

export function relationsByStance(index: DatasetIndex, relationIds: readonly string[]): Map<Stance, Relation[]> {
  const grouped = new Map<Stance, Relation[]>();
  for (const id of relationIds) {
    const relation = index.relationsById.get(id);
    if (!relation) continue;
    grouped.set(relation.stance, [...(grouped.get(relation.stance) ?? []), relation]);
  }
  return grouped;
}

/** Actors whose name or an alias contains the query, best matches (name prefix) first. */
export function searchActors(index: DatasetIndex, query: string): Actor[] {
  const wanted = fold(query.trim());
  if (!wanted) return [];
  const scored: { actor: Actor; score: number }[] = [];
  for (const actor of index.dataset.actors) {
    const name = fold(actor.name);
    const aliases = actor.aliases.map(fold);
    let score = -1;
    if (name.startsWith(wanted)) score = 3;
    else if (name.includes(wanted)) score = 2;
    else if (aliases.some((alias) => alias.includes(wanted))) score = 1;
    // Stryker disable next-line EqualityOperator: no score is 0 (−1 for no match, else 1 to 3)
    if (score >= 0) scored.push({ actor, score });
  }
  return scored.sort((a, b) => b.score - a.score || a.actor.name.localeCompare(b.actor.name)).map(({ actor }) => actor);
}

// Searching “mutasim” finds “Mu’tasim”; “erdogan” finds “Erdoğan”; “احمد” finds “أحمد” and
// “وزير” finds “وزیر”: accents, vowel marks, tatweel and hamzas dropped, Persian yeh and keheh
// read as the Arabic letters (typography.ts has the full rules; the first load carries only these).
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\p{M}\u0640‘’'`´ʼ]/gu, '')
    .replace(/[\u06CC\u0649]/g, '\u064A')
    .replace(/\u06A9/g, '\u0643')
    .toLowerCase();
}
