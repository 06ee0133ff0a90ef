/**
 * How good a draft is against a reference map of the same article: precision and recall of its
 * unique (source, target, stance) triples, strictly or letting an actor stand for its `partOf`
 * parent or child; and, on the triples it got right, how often its status and its claimant agree
 * with the reference's. Pure.
 */
import type { Stance } from '../vocabulary';

export interface ScoredRelation {
  source: string;
  target: string;
  stance: Stance;
  status: string;
  claimedBy: string;
}

export interface DraftScore {
  precision: number;
  recall: number;
  /** Unique triples suggested, reference triples, suggested triples that match one. */
  suggested: number;
  expected: number;
  correct: number;
  /** Of the correct triples, the share whose status (claimant) a reference relation of that triple has. */
  status: number;
  claimant: number;
}

const key = ({ source, target, stance }: Pick<ScoredRelation, 'source' | 'target' | 'stance'>) => `${source}>${target}:${stance}`;
const ratio = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100) / 100);

/**
 * `partOf` (actor → parent), given for the lenient mode: an actor then matches itself, its parent
 * and its children.
 */
export function scoreDraft(draft: readonly ScoredRelation[], reference: readonly ScoredRelation[], partOf: ReadonlyMap<string, string> | null = null): DraftScore {
  const same = (a: string, b: string) => a === b || (partOf !== null && (partOf.get(a) === b || partOf.get(b) === a));
  const unique = <T extends ScoredRelation>(list: readonly T[]) => [...new Map(list.map((relation) => [key(relation), relation])).values()];
  const suggested = unique(draft);
  const expected = unique(reference);
  const matches = (a: ScoredRelation, b: ScoredRelation) => a.stance === b.stance && same(a.source, b.source) && same(a.target, b.target);
  const correct = suggested.filter((triple) => expected.some((other) => matches(triple, other)));
  const found = expected.filter((triple) => suggested.some((other) => matches(triple, other)));
  // Every suggestion of a correct triple, against every reference relation it matches.
  const agrees = (field: 'status' | 'claimedBy') =>
    correct.filter((triple) => draft.some((mine) => key(mine) === key(triple) && reference.some((theirs) => matches(mine, theirs) && mine[field] === theirs[field]))).length;
  return {
    precision: ratio(correct.length, suggested.length),
    recall: ratio(found.length, expected.length),
    suggested: suggested.length,
    expected: expected.length,
    correct: correct.length,
    status: ratio(agrees('status'), correct.length),
    claimant: ratio(agrees('claimedBy'), correct.length),
  };
}

export interface ScoredActor {
  name: string;
  aliases?: readonly string[];
}

export interface ActorScore {
  precision: number;
  recall: number;
  /** Suggested actors that name a reference actor; reference actors some suggestion names. */
  correct: number;
  found: number;
  suggested: number;
  expected: number;
}

const folded = (name: string) => ` ${name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[‘’]/g, "'").replace(/\./g, '').toLowerCase().replace(/^the\s+/, '').trim()} `;

/**
 * Suggested actors against a reference's, one to one: a suggestion names a reference actor when
 * one of its names or aliases is one of the reference actor's, else when its name holds the
 * other's as whole words or is held by it (“Central Command” and “U.S. Central Command”); letters
 * compared without case, accents or dots. Each reference actor is named by one suggestion at most.
 */
export function scoreActors(suggested: readonly ScoredActor[], reference: readonly ScoredActor[]): ActorScore {
  const names = (actor: ScoredActor) => [actor.name, ...(actor.aliases ?? [])].map(folded);
  const equal = (a: ScoredActor, b: ScoredActor) => names(a).some((mine) => names(b).includes(mine));
  const holds = (a: ScoredActor, b: ScoredActor) => folded(a.name).includes(folded(b.name)) || folded(b.name).includes(folded(a.name));
  const taken = new Set<ScoredActor>();
  const named = new Set<ScoredActor>();
  for (const rule of [equal, holds]) {
    for (const actor of suggested) {
      const match = named.has(actor) ? undefined : reference.find((other) => !taken.has(other) && rule(actor, other));
      if (!match) continue;
      taken.add(match);
      named.add(actor);
    }
  }
  return { precision: ratio(named.size, suggested.length), recall: ratio(taken.size, reference.length), correct: named.size, found: taken.size, suggested: suggested.length, expected: reference.length };
}
