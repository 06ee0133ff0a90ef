/**
 * The dataset as FollowTheMoney entities, one JSON object a line, for Aleph, OpenAleph and the
 * `ftm` tools. The article is an `Article`; actors are `Person`, `Organization`, `PublicBody` or
 * `LegalEntity`; payments are `Payment`s, every other stance an `UnknownLink` whose role is the
 * stance and its status; `partOf` is a `Membership` (or an `UnknownLink` "part of" where the whole
 * is not an organisation). The passages go into `notes` (actors) and `description` (links).
 *
 * Ids are stable: `stancemap-<dataset>-<actor>` for actors; the other entities put a dot in theirs
 * (`stancemap-<dataset>.relation.<relation>`), which no dataset id has, so no two ids meet.
 */
import type { Actor, Dataset, Evidence, Relation } from '../datasetSchema';
import { OUTLET_CLAIMANT, type ActorKind } from '../vocabulary';

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

export const FTM_SCHEMA_BY_KIND: Record<ActorKind, 'Person' | 'Organization' | 'PublicBody' | 'LegalEntity'> = {
  state: 'PublicBody',
  'government-body': 'PublicBody',
  'armed-group': 'Organization',
  organisation: 'Organization',
  person: 'Person',
  other: 'LegalEntity',
};

// FollowTheMoney names languages by their ISO 639-2 three-letter codes; a BCP 47 tag's language
// is mapped for the languages news about these disputes is most often in, and left out otherwise.
const ISO_639_2: Readonly<Record<string, string>> = {
  ar: 'ara', de: 'deu', en: 'eng', es: 'spa', fa: 'fas', fr: 'fra', he: 'heb', it: 'ita', ku: 'kur', pt: 'por', ru: 'rus', tr: 'tur', uk: 'ukr', ur: 'urd', zh: 'zho',
};
function ftmLanguage(tag: string | undefined): string | undefined {
  const language = tag?.split('-')[0]!.toLowerCase();
  return language === undefined ? undefined : (ISO_639_2[language] ?? (language.length === 3 ? language : undefined));
}

/** Only the properties that have values, each as the list of strings FollowTheMoney expects. */
function properties(values: Record<string, string | readonly string[] | undefined>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(values)) {
    const list = (typeof value === 'string' ? [value] : (value ?? [])).filter((item) => item !== '');
    if (list.length > 0) out[key] = list;
  }
  return out;
}

const passages = (evidence: readonly Evidence[]) => evidence.map((item) => `“${item.quote}”`).join('\n');

/** `2018/2020-03` → startDate and endDate; `2016-07-26` → date. */
function dates(date: string | undefined): Record<string, string | undefined> {
  if (date === undefined) return {};
  const [start, end] = date.split('/');
  return end === undefined ? { date: start } : { startDate: start, endDate: end };
}

export function ftmEntities(dataset: Dataset): FtmEntity[] {
  const { article } = dataset;
  const prefix = `stancemap-${dataset.id}`;
  const actorId = (id: string) => `${prefix}-${id}`;
  const articleId = `${prefix}.article`;
  const byId = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  // Stryker disable next-line StringLiteral: a partOf always names an actor (checkDataset refuses one that does not)
  const schemaOf = (id: string) => FTM_SCHEMA_BY_KIND[byId.get(id)?.kind ?? 'other'];
  const source = { sourceUrl: article.url, publisher: article.outlet };

  const articleEntity: FtmEntity = {
    id: articleId,
    schema: 'Article',
    properties: properties({
      title: article.title,
      summary: article.dek,
      author: article.author,
      publishedAt: article.published,
      description: dataset.description,
      notes: article.rights,
      language: ftmLanguage(article.language),
      ...source,
    }),
  };

  const actorEntity = (actor: Actor): FtmEntity => ({
    id: actorId(actor.id),
    schema: FTM_SCHEMA_BY_KIND[actor.kind],
    properties: properties({
      name: actor.name,
      alias: actor.aliases,
      description: actor.description,
      wikidataId: actor.wikidataId,
      notes: passages(actor.evidence),
      proof: articleId,
      ...source,
    }),
  });

  const partOfEntity = (actor: Actor & { partOf: string }): FtmEntity => {
    const whole = schemaOf(actor.partOf);
    const isOrganisation = whole === 'Organization' || whole === 'PublicBody';
    return {
      id: `${prefix}.part-of.${actor.id}`,
      schema: isOrganisation ? 'Membership' : 'UnknownLink',
      properties: properties({
        ...(isOrganisation ? { member: actorId(actor.id), organization: actorId(actor.partOf) } : { subject: actorId(actor.id), object: actorId(actor.partOf) }),
        role: 'part of',
        ...source,
      }),
    };
  };

  // Stryker disable next-line LogicalOperator: who claims is always the outlet, an actor or a claimant (checkDataset refuses any other)
  const claimant = (id: string) => (id === OUTLET_CLAIMANT ? `the outlet (${article.outlet})` : (byId.get(id)?.name ?? dataset.claimants?.find((quoted) => quoted.id === id)?.name ?? id));
  const relationEntity = (relation: Relation): FtmEntity => {
    const details = [
      `Status: ${relation.status}.`,
      `Claimed by: ${claimant(relation.claimedBy)}.`,
      ...(relation.when ? [`When: ${relation.when.text}.`] : []),
      ...(relation.amount ? [`Amount: ${relation.amount.text}.`] : []),
    ].join(' ');
    const common = {
      summary: relation.summary,
      description: `${passages(relation.evidence)}\n${details}`,
      recordId: relation.id,
      ...dates(relation.when?.date),
      ...source,
    };
    const id = `${prefix}.relation.${relation.id}`;
    if (relation.stance === 'payment') {
      return {
        id,
        schema: 'Payment',
        properties: properties({
          payer: actorId(relation.source),
          beneficiary: actorId(relation.target),
          amount: relation.amount?.value !== undefined ? String(relation.amount.value) : undefined,
          currency: relation.amount?.currency,
          ...common,
        }),
      };
    }
    return {
      id,
      schema: 'UnknownLink',
      properties: properties({
        subject: actorId(relation.source),
        object: actorId(relation.target),
        role: `${relation.stance} (${relation.status})`,
        status: relation.status,
        ...common,
      }),
    };
  };

  return [
    articleEntity,
    ...dataset.actors.map(actorEntity),
    ...dataset.actors.filter((actor): actor is Actor & { partOf: string } => actor.partOf !== undefined).map(partOfEntity),
    ...dataset.relations.map(relationEntity),
  ];
}

/** FollowTheMoney JSON lines: one entity a line, a final newline. */
export function exportFtm(dataset: Dataset): string {
  return ftmEntities(dataset).map((entity) => `${JSON.stringify(entity)}\n`).join('');
}
