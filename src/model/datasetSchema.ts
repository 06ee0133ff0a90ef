/**
 * The dataset format, version 1, as one zod schema: the source of the TypeScript types, of the
 * structural checks in parseDataset, and of the published JSON Schema (data/stancemap.schema.json).
 *
 * Objects are loose: fields this version does not know are kept, so a file written for a later
 * version survives a round trip. Cross-references and quotes are checked in checkDataset.ts.
 */
import { z } from 'zod';
import { ACTOR_KINDS, RELATION_STATUSES, STANCES } from './vocabulary';

// The app runs under a strict Content-Security-Policy: no `new Function`.
z.config({ jitless: true });

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ISO_PARTIAL_DATE = String.raw`\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?`;
const ISO_DATE_OR_INTERVAL = new RegExp(`^${ISO_PARTIAL_DATE}(?:/${ISO_PARTIAL_DATE})?$`);
const HTTP_URL = /^https?:\/\/[^\s]+$/i;
const WIKIDATA_ID = /^Q[1-9]\d*$/;

const text = () => z.string().min(1, { error: 'is empty' });
const id = () =>
  z.string().regex(ID_PATTERN, { error: 'is not a valid id: use lowercase letters and digits joined by single hyphens, like “liwa-al-mutasim”' });

export const evidenceSchema = z
  .looseObject({
    quote: text().describe('The shortest verbatim span of the article (title, dek or one paragraph) that supports the claim.'),
    paragraph: z.int().min(0).optional().describe('0-based index into article.paragraphs, to pick one occurrence of a quote that occurs more than once.'),
    prefix: z.string().optional().describe('Text right before the quote, to pick one occurrence (W3C TextQuoteSelector).'),
    suffix: z.string().optional().describe('Text right after the quote, to pick one occurrence (W3C TextQuoteSelector).'),
  })
  .describe('A passage of the article, quoted exactly.');

export const articleSchema = z.looseObject({
  title: text().describe('The headline, exactly as published.'),
  dek: z.string().describe('The standfirst under the headline, exactly as published ("" if none).'),
  outlet: text().describe('Who published the article.'),
  author: text().describe('Byline.'),
  published: z.string().regex(ISO_DATE, { error: 'is not a date in the form YYYY-MM-DD' }).describe('Publication date, YYYY-MM-DD.'),
  url: z.string().regex(HTTP_URL, { error: 'is not a web address: it must start with http:// or https://' }).describe('The article on the publisher’s site (http or https).'),
  rights: text().describe('Attribution line shown wherever the text is shown.'),
  paragraphs: z.array(z.string().min(1, { error: 'is empty' })).min(1).describe('The body, paragraph by paragraph, characters exactly as published.'),
});

export const positionSchema = z
  .looseObject({ x: z.number(), y: z.number() })
  .describe('A saved place on the map, in layout units (1 = one pixel at zoom 1). When every actor has one, the map is drawn there at once, without computing a layout.');

export const actorSchema = z.looseObject({
  id: id().describe('Unique kebab-case id, for example "liwa-al-mutasim".'),
  name: text().describe('Display name.'),
  kind: z.enum(ACTOR_KINDS).describe('What sort of actor this is.'),
  aliases: z.array(text()).describe('Every other surface form the article uses for this actor.'),
  partOf: id().optional().describe('Id of the actor this one belongs to: a person’s organisation, a body’s state.'),
  description: text().describe('One or two neutral sentences, from what the article says.'),
  evidence: z.array(evidenceSchema).min(1).describe('Where the article introduces the actor.'),
  wikidataId: z.string().regex(WIKIDATA_ID, { error: 'is not a Wikidata id: a Q followed by digits, like “Q159”' }).optional().describe('Wikidata item, for example "Q159", to join datasets on the same actor.'),
  position: positionSchema.optional(),
});

export const whenSchema = z.looseObject({
  text: text().describe('When, as the article says it.'),
  date: z.string().regex(ISO_DATE_OR_INTERVAL, { error: 'is not an ISO date: use YYYY, YYYY-MM, YYYY-MM-DD or an interval “2015-02/2016-08”' }).optional().describe('ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD) or interval "start/end", where it can be derived.'),
});

export const amountSchema = z.looseObject({
  text: text().describe('The amount as the article gives it, for example "$250 per man".'),
  value: z.number().nonnegative().optional().describe('The figure as a number.'),
  currency: z.string().regex(/^[A-Z]{3}$/, { error: 'is not a currency code: use three capital letters, like “USD”' }).optional().describe('ISO 4217 currency code, for example "USD".'),
});

export const relationSchema = z.looseObject({
  id: id().describe('Unique kebab-case id.'),
  source: id().describe('Id of the actor who holds the stance.'),
  target: id().describe('Id of the actor the stance is toward.'),
  stance: z.enum(STANCES).describe('support, hostility, offer or payment.'),
  summary: text().describe('One neutral line.'),
  status: z.enum(RELATION_STATUSES).describe('Whether it happened, is happening, was promised, or failed.'),
  when: whenSchema.optional(),
  claimedBy: id().describe('Whose claim it is: an actor id, or "outlet" for the reporter’s own statements.'),
  amount: amountSchema.optional().describe('For payments and offers where the article gives a figure.'),
  evidence: z.array(evidenceSchema).min(1).describe('One or more passages that support the relation.'),
});

export const storyStepSchema = z.looseObject({
  id: id().optional().describe('Optional kebab-case id of the step.'),
  title: text().describe('A few words, shown large.'),
  caption: text().describe('One or two sentences for the audience.'),
  actors: z.array(id()).describe('Ids of the actors this step brings forward.'),
  relations: z.array(id()).describe('Ids of the relations this step brings forward.'),
  passage: evidenceSchema.optional().describe('The passage to show with the step, quoted exactly.'),
});

export const datasetSchema = z
  .looseObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(1).describe('Version of the dataset format.'),
    id: id().describe('Unique kebab-case id of the dataset.'),
    title: text().describe('The map’s title.'),
    description: z.string().optional().describe('What the map shows, in a sentence or two.'),
    article: articleSchema,
    actors: z.array(actorSchema),
    relations: z.array(relationSchema),
    story: z.array(storyStepSchema).optional().describe('Ordered steps for presentation mode. Optional: a dataset without one is complete.'),
  })
  .describe('A stancemap dataset: one article, its actors and their stances, each traced to a passage.');

export type Dataset = z.infer<typeof datasetSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Position = z.infer<typeof positionSchema>;
export type StoryStep = z.infer<typeof storyStepSchema>;
