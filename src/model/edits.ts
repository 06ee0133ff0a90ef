/**
 * Authoring as pure transitions on a dataset's raw JSON: each takes the document and returns a
 * new one, leaving fields this version does not know exactly as they were. An edit that would
 * break a reference is refused with a reason, never half-done.
 */
import { t, tn } from '../i18n/translate';
import { CREDIT_FIELDS, type Evidence } from './datasetSchema';
import { splitArticleText } from './formats/articleText';
import { kebabCase, uniqueId as freeId } from './kebabCase';
import { storyWithout } from './storyEdits';
import type { ActorKind, RelationStatus, Stance } from './vocabulary';

export interface ActorInput {
  id?: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  partOf?: string;
  description: string;
  evidence: Evidence[];
}

export interface RelationInput {
  id?: string;
  source: string;
  target: string;
  stance: Stance;
  summary: string;
  status: RelationStatus;
  when?: { text: string; date?: string };
  claimedBy: string;
  evidence: Evidence[];
}

export type RawDataset = Record<string, unknown> & { actors: Record<string, unknown>[]; relations: Record<string, unknown>[] };
export type EditResult = { ok: true; dataset: RawDataset } | { ok: false; reason: string };

const ok = (dataset: RawDataset): EditResult => ({ ok: true, dataset });

/** An id made from any text: `Liwa al-Mu’tasim Brigade` → `liwa-al-mutasim-brigade`. */
export const kebabId = (text: string): string => kebabCase(text, 'item');

/** `base`, or `base-2`, `base-3`… whichever is free. */
export const uniqueId = (base: string, taken: Iterable<string>): string => freeId(base, new Set(taken));

const idsOf = (items: Record<string, unknown>[]) => items.map((item) => String(item.id));
const claimantsOf = (dataset: RawDataset): Record<string, unknown>[] => (Array.isArray(dataset.claimants) ? (dataset.claimants as Record<string, unknown>[]) : []);
// Actors and claimants share one space of ids, since claimedBy may name either.
const takenIds = (dataset: RawDataset) => [...idsOf(dataset.actors), ...idsOf(claimantsOf(dataset)), 'outlet'];

export function addActor(dataset: RawDataset, actor: ActorInput): EditResult & { id?: string } {
  const id = uniqueId(actor.id ?? kebabId(actor.name), takenIds(dataset));
  return { ...ok({ ...dataset, actors: [...dataset.actors, { ...actor, id }] }), id };
}

export function updateActor(dataset: RawDataset, id: string, patch: Partial<Omit<ActorInput, 'id'>>): EditResult {
  if (!dataset.actors.some((actor) => actor.id === id)) return { ok: false, reason: t('There is no actor “{id}”.', { id }) };
  if (patch.partOf === id) return { ok: false, reason: t('An actor cannot be part of itself.') };
  return ok({ ...dataset, actors: dataset.actors.map((actor) => (actor.id === id ? { ...actor, ...patch } : actor)) });
}

export function deleteActor(dataset: RawDataset, id: string): EditResult {
  const uses = dataset.relations.filter((relation) => relation.source === id || relation.target === id || relation.claimedBy === id).length;
  if (uses > 0) return { ok: false, reason: tn(uses, 'It takes part in or claims {count} relation: delete or change it first.', 'It takes part in or claims {count} relations: delete or change them first.') };
  const members = dataset.actors.filter((actor) => actor.partOf === id).length;
  if (members > 0) return { ok: false, reason: tn(members, '{count} actor is part of it: change that first.', '{count} actors are part of it: change those first.') };
  const story = Array.isArray(dataset.story) ? (dataset.story as Record<string, unknown>[]) : null;
  return ok({
    ...dataset,
    actors: dataset.actors.filter((actor) => actor.id !== id),
    ...(story ? { story: storyWithout(story, { actor: id }) } : {}),
  });
}

/** Someone quoted who is not on the map, to be credited with a claim (a relation's claimedBy). */
export function addClaimant(dataset: RawDataset, claimant: { name: string; description?: string }): EditResult & { id?: string } {
  const name = claimant.name.trim();
  if (!name) return { ok: false, reason: t('A claimant needs a name.') };
  const description = claimant.description?.trim();
  const id = uniqueId(kebabId(name), takenIds(dataset));
  return { ...ok({ ...dataset, claimants: [...claimantsOf(dataset), { id, name, ...(description ? { description } : {}) }] }), id };
}

export function addRelation(dataset: RawDataset, relation: RelationInput): EditResult & { id?: string } {
  const id = uniqueId(relation.id ?? kebabId(`${relation.source}-${relation.stance}-${relation.target}`), idsOf(dataset.relations));
  return { ...ok({ ...dataset, relations: [...dataset.relations, { ...relation, id }] }), id };
}

export function updateRelation(dataset: RawDataset, id: string, patch: Partial<Omit<RelationInput, 'id'>>): EditResult {
  if (!dataset.relations.some((relation) => relation.id === id)) return { ok: false, reason: t('There is no relation “{id}”.', { id }) };
  return ok({ ...dataset, relations: dataset.relations.map((relation) => (relation.id === id ? { ...relation, ...patch } : relation)) });
}

export function deleteRelation(dataset: RawDataset, id: string): EditResult {
  const story = Array.isArray(dataset.story) ? (dataset.story as Record<string, unknown>[]) : null;
  return ok({
    ...dataset,
    relations: dataset.relations.filter((relation) => relation.id !== id),
    ...(story ? { story: storyWithout(story, { relation: id }) } : {}),
  });
}

export function addEvidence(dataset: RawDataset, relationId: string, evidence: Evidence): EditResult {
  const relation = dataset.relations.find((candidate) => candidate.id === relationId);
  if (!relation) return { ok: false, reason: t('There is no relation “{id}”.', { id: relationId }) };
  const current = Array.isArray(relation.evidence) ? (relation.evidence as Evidence[]) : [];
  if (current.some((item) => item.quote === evidence.quote)) return { ok: false, reason: t('This passage is already one of its quotes.') };
  return updateRelation(dataset, relationId, { evidence: [...current, evidence] });
}

/** What a new map starts from: the article's text is enough; every other field may be left empty. */
export interface NewMapInput {
  body: string;
  title?: string;
  dek?: string;
  outlet?: string;
  author?: string;
  published?: string;
  url?: string;
  rights?: string;
}

/**
 * A new, empty map of an article: its text and whatever credit is known, no actors yet. Without a
 * title, the text's first line is the title and the lines right under it the dek, as for an
 * article.txt. Empty fields are left out, to be filled in before publishing.
 */
export function newDataset(input: NewMapInput): RawDataset {
  const blocks = splitArticleText(input.body).map((block) => block.text);
  let title = input.title?.trim() ?? '';
  let dek = input.dek?.trim() ?? '';
  if (!title && blocks.length > 0) {
    const [first, ...under] = blocks.shift()!.split('\n');
    title = first!.trim();
    if (!dek) dek = under.join('\n').trim();
  }
  const credit = Object.fromEntries(CREDIT_FIELDS.map((field) => [field, input[field]?.trim() ?? '']).filter(([, value]) => value !== ''));
  return {
    schemaVersion: 1,
    // Stryker disable next-line Regex: kebabId leaves no run of hyphens, so one hyphen at most ends the cut.
    id: kebabId(title).slice(0, 60).replace(/-+$/, ''),
    title,
    article: { title, dek, ...credit, paragraphs: blocks },
    actors: [],
    relations: [],
  };
}

/** What the article details form may change: the headline, the standfirst and the credit. */
export type ArticleDetails = Partial<Record<'title' | 'dek' | 'outlet' | 'author' | 'published' | 'url' | 'rights', string>>;

/**
 * The article's headline, standfirst and credit, as a person fills them in after starting a map.
 * A credit field left blank is taken out (a draft may lack it; publishing will ask for it).
 */
export function updateArticleDetails(dataset: RawDataset, details: ArticleDetails): EditResult {
  const article = { ...((dataset.article ?? {}) as Record<string, unknown>) };
  for (const [key, value] of Object.entries(details)) {
    const text = value?.trim() ?? '';
    if (key === 'title' && !text) return { ok: false, reason: t('The article needs its headline.') };
    if (text || key === 'dek') article[key] = text;
    else delete article[key];
  }
  return ok({ ...dataset, article });
}
