/**
 * Synthetic stancemap datasets for the benchmark: clustered like real networks (communities of
 * 20–60 actors, dense inside, sparse between, a few hubs in each), about three relations per
 * actor, some partOf memberships, every kind and stance. Pure and seeded: the same options give
 * the same dataset, byte for byte, on every run.
 *
 * Every quote is one sentence of a short generated article and carries its `paragraph`, so the
 * article stays a few kilobytes however many relations cite it, and validation finds each quote
 * once. Ids and texts are short so that 10,000 actors stay well under the 10 MB file limit.
 */
import type { Actor, Dataset, Relation } from '../../src/model/datasetSchema';
import { ACTOR_KINDS, RELATION_STATUSES, type ActorKind, type RelationStatus, type Stance } from '../../src/model/vocabulary';

export interface GraphOptions {
  actors: number;
  seed?: number;
  relationsPerActor?: number;
  /**
   * `shared` (the default): every quote is one of a short article's sentences, found by its
   * paragraph. `per-item`: the article grows with the graph, one sentence for each actor and
   * each relation, and quotes name no paragraph, as an author's own long dataset would (9 MB at
   * 10,000 actors): what opening a large dataset with its text costs.
   */
  text?: 'shared' | 'per-item';
}

/** Mulberry32: a tiny, well-mixed seeded generator (d3's LCG is too regular for picking names). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PARAGRAPHS = 24;
const SENTENCES_PER_PARAGRAPH = 6;
const INTRA_CLUSTER = 0.85;
const MEMBER_SHARE = 0.12;

const PLACES = ['Northern', 'Southern', 'Eastern', 'Western', 'Coastal', 'Highland', 'River', 'Desert', 'Valley', 'Border', 'Lake', 'Forest'];
const GROUP_NOUNS: Record<Exclude<ActorKind, 'person'>, string[]> = {
  state: ['Republic', 'Federation', 'Kingdom', 'Union'],
  'government-body': ['Ministry', 'Council', 'Command', 'Agency'],
  'armed-group': ['Front', 'Brigade', 'Militia', 'Legion'],
  organisation: ['Alliance', 'Fund', 'Network', 'Movement'],
  other: ['Traders', 'Tribes', 'Families', 'Clans'],
};
const GIVEN = ['Amal', 'Bashir', 'Dana', 'Farid', 'Hana', 'Idris', 'Jamal', 'Karim', 'Leila', 'Maya', 'Nabil', 'Omar', 'Rana', 'Sami', 'Tariq', 'Yara', 'Zaid', 'Nour'];
const FAMILY = ['Haddad', 'Khoury', 'Nasser', 'Saleh', 'Mansour', 'Darwish', 'Hamdan', 'Aziz', 'Rahman', 'Qasim', 'Barakat', 'Said'];

const SUBJECTS = ['the council', 'a commander', 'the ministry', 'local elders', 'the envoy', 'the brigade', 'a spokesman', 'the traders', 'the governor', 'aid workers'];
const VERBS = ['promised weapons to', 'accused', 'paid', 'offered talks to', 'warned', 'backed', 'attacked', 'funded', 'courted', 'denounced'];
const OBJECTS = ['the river militias', 'the border towns', 'rival fighters', 'the northern front', 'the valley clans', 'foreign donors', 'the coastal ports', 'the old alliance'];

const STANCE_VERB: Record<Stance, string> = { support: 'backs', hostility: 'opposes', offer: 'makes an offer to', payment: 'pays' };

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function capitalise(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1);
}

/**
 * Paragraph p, sentence s. Sentences of one paragraph have different subjects, and every quote
 * names its paragraph, so each quote is found exactly once.
 */
function sentence(p: number, s: number): string {
  const n = p * SENTENCES_PER_PARAGRAPH + s;
  const subject = SUBJECTS[n % SUBJECTS.length]!;
  const verb = VERBS[Math.floor(n / SUBJECTS.length) % VERBS.length]!;
  const object = OBJECTS[(n * 7) % OBJECTS.length]!;
  return `${capitalise(subject)} ${verb} ${object}.`;
}

interface Community {
  members: number[];
}

function splitIntoCommunities(total: number, random: () => number): Community[] {
  const communities: Community[] = [];
  let next = 0;
  while (next < total) {
    const remaining = total - next;
    let size = Math.min(remaining, 20 + Math.floor(random() * 41));
    // A remainder too small to be a community joins this one.
    if (remaining - size < 20) size = remaining;
    communities.push({ members: Array.from({ length: size }, (_, i) => next + i) });
    next += size;
  }
  return communities;
}

/** A member skewed toward the community's first few: hubs get many relations, as in real maps. */
function hubSkewed(random: () => number, members: number[]): number {
  return members[Math.floor(members.length * random() * random())]!;
}

export function generateGraph({ actors: actorCount, seed = 1, relationsPerActor = 3, text = 'shared' }: GraphOptions): Dataset {
  const random = seededRandom(seed);
  const paragraphs = Array.from({ length: PARAGRAPHS }, (_, p) => Array.from({ length: SENTENCES_PER_PARAGRAPH }, (_, s) => sentence(p, s)).join(' '));
  const evidence = () => {
    const p = Math.floor(random() * PARAGRAPHS);
    return [{ quote: sentence(p, Math.floor(random() * SENTENCES_PER_PARAGRAPH)), paragraph: p }];
  };
  // A relation's passage names its source: a sentence whose subject is the source's alias.
  const evidenceNaming = (actor: number) => {
    const subject = actor % SUBJECTS.length;
    for (;;) {
      const p = Math.floor(random() * PARAGRAPHS);
      const s = (((subject - p * SENTENCES_PER_PARAGRAPH) % SUBJECTS.length) + SUBJECTS.length) % SUBJECTS.length;
      if (s < SENTENCES_PER_PARAGRAPH) return [{ quote: sentence(p, s), paragraph: p }];
    }
  };

  const communities = splitIntoCommunities(actorCount, random);
  const communityOf: number[] = [];
  communities.forEach((community, c) => community.members.forEach((member) => (communityOf[member] = c)));

  const usedNames = new Set<string>();
  const uniqueName = (name: string) => {
    let unique = name;
    for (let n = 2; usedNames.has(unique); n++) unique = `${name} ${n}`;
    usedNames.add(unique);
    return unique;
  };

  const actors: Actor[] = [];
  communities.forEach((community, c) => {
    const place = PLACES[c % PLACES.length]!;
    community.members.forEach((member, position) => {
      const isLeader = position === 0;
      const kind: ActorKind = isLeader ? pick(random, ['state', 'armed-group', 'organisation'] as const) : pick(random, ACTOR_KINDS);
      const name = kind === 'person' ? uniqueName(`${pick(random, GIVEN)} ${pick(random, FAMILY)}`) : uniqueName(`${place} ${pick(random, GROUP_NOUNS[kind])}`);
      const leader = community.members[0]!;
      const isMember = !isLeader && (kind === 'person' || kind === 'government-body') && random() < MEMBER_SHARE * 3;
      actors.push({
        id: `a${member}`,
        name,
        kind,
        // The article's word for it: each generated sentence's subject is some actors' alias.
        aliases: [SUBJECTS[member % SUBJECTS.length]!],
        ...(isMember ? { partOf: `a${leader}` } : {}),
        description: `A ${kind.replace('-', ' ')} of community ${c + 1}.`,
        evidence: evidence(),
      });
    });
  });

  const relations: Relation[] = [];
  const pairs = new Set<string>();
  const addRelation = (source: number, target: number) => {
    if (source === target || pairs.has(`${source}>${target}`)) return false;
    pairs.add(`${source}>${target}`);
    const intra = communityOf[source] === communityOf[target];
    const roll = random();
    const stance: Stance = intra ? (roll < 0.6 ? 'support' : roll < 0.75 ? 'hostility' : roll < 0.88 ? 'payment' : 'offer') : roll < 0.55 ? 'hostility' : roll < 0.8 ? 'support' : roll < 0.9 ? 'offer' : 'payment';
    const status: RelationStatus = random() < 0.6 ? 'ongoing' : pick(random, RELATION_STATUSES);
    const withAmount = (stance === 'payment' || stance === 'offer') && random() < 0.3;
    relations.push({
      id: `r${relations.length}`,
      source: `a${source}`,
      target: `a${target}`,
      stance,
      summary: `${capitalise(STANCE_VERB[stance])} ${actors[target]!.name}.`,
      status,
      claimedBy: random() < 0.8 ? 'outlet' : `a${source}`,
      ...(withAmount ? { amount: { text: `$${(1 + Math.floor(random() * 90)) * 10} a month`, value: 0, currency: 'USD' } } : {}),
      evidence: evidenceNaming(source),
    });
    return true;
  };
  const relatedTarget = (source: number) => {
    const own = communities[communityOf[source]!]!;
    const community = random() < INTRA_CLUSTER || communities.length === 1 ? own : pick(random, communities);
    return hubSkewed(random, community.members);
  };

  // Everyone takes part in at least one relation, so no actor stands alone on the map.
  for (let source = 0; source < actorCount; source++) {
    for (let attempt = 0; attempt < 20 && !addRelation(source, relatedTarget(source)); attempt++);
  }
  const wanted = Math.round(actorCount * relationsPerActor);
  for (let attempts = 0; relations.length < wanted && attempts < wanted * 20; attempts++) {
    const source = Math.floor(random() * actorCount);
    addRelation(source, relatedTarget(source));
  }
  for (const relation of relations) if (relation.amount) relation.amount.value = Number(relation.amount.text.replace(/\D/g, ''));

  if (text === 'per-item') paragraphs.splice(0, paragraphs.length, ...sentencePerItem(actors, relations));

  return {
    schemaVersion: 1,
    id: `bench-graph-${actorCount}`,
    title: `Benchmark network of ${actorCount} actors`,
    description: `A generated, clustered network (seed ${seed}) for measuring stancemap; none of it is real.`,
    article: {
      title: 'A generated report on many rival factions',
      dek: 'Fictional text written for stancemap’s benchmark.',
      outlet: 'The Benchmark Gazette',
      author: 'A. Generator',
      published: '2024-01-01',
      url: 'https://example.org/bench',
      rights: 'Generated text; no rights reserved.',
      paragraphs,
    },
    actors,
    relations,
  };
}

/**
 * One sentence for each actor and each relation, its quote word for word, six to a paragraph:
 * each quote then names its own actors, and is found once in the whole text.
 */
function sentencePerItem(actors: Actor[], relations: Relation[]): string[] {
  const nameOf = new Map(actors.map((actor) => [actor.id, actor.name]));
  const sentences: string[] = [];
  const cite = (item: Actor | Relation, sentence: string) => {
    sentences.push(sentence);
    item.evidence = [{ quote: sentence }];
  };
  // The sentences are the text now: descriptions kept short.
  for (const actor of actors) actor.description = actor.kind;
  for (const actor of actors) cite(actor, `${actor.name}, ${actor.aliases![0]}.`);
  for (const relation of relations) cite(relation, `${nameOf.get(relation.source)} ${STANCE_VERB[relation.stance]} ${nameOf.get(relation.target)}.`);
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += SENTENCES_PER_PARAGRAPH) paragraphs.push(sentences.slice(i, i + SENTENCES_PER_PARAGRAPH).join(' '));
  return paragraphs;
}
