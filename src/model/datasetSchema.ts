/**
 * The dataset format, version 1, as one zod schema: the source of the TypeScript types, of the
 * structural checks in parseDataset, and of the published JSON Schema (data/stancemap.schema.json).
 *
 * Objects are loose: fields this version does not know are kept, so a file written for a later
 * version survives a round trip. Cross-references and quotes are checked in checkDataset.ts.
 *
 * Written with zod/mini, which checks exactly as full zod does but is a quarter of its size in the
 * bundle (about 8 kB gzip instead of 24): no methods on each schema, no English messages (ours
 * come from describeSchemaIssue.ts).
 */
import * as z from 'zod/mini';
import { ACTOR_KINDS, RELATION_STATUSES, STANCES } from './vocabulary';

// The app runs under a strict Content-Security-Policy: no `new Function`.
z.config({ jitless: true });

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ISO_PARTIAL_DATE = String.raw`\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?`;
const ISO_DATE_OR_INTERVAL = new RegExp(`^${ISO_PARTIAL_DATE}(?:/${ISO_PARTIAL_DATE})?$`);
const HTTP_URL = /^https?:\/\/[^\s]+$/i;
const WIKIDATA_ID = /^Q[1-9]\d*$/;

/** The field's meaning, shown by editors through the published JSON Schema. */
const describe = <T extends z.ZodMiniType>(schema: T, description: string): T => {
  z.globalRegistry.add(schema as z.ZodMiniType, { description });
  return schema;
};

const text = () => z.string().check(z.minLength(1, { error: 'is empty' }));
const id = () =>
  z.string().check(z.regex(ID_PATTERN, { error: 'is not a valid id: use lowercase letters and digits joined by single hyphens, like “liwa-al-mutasim”' }));

export const evidenceSchema = describe(
  z.looseObject({
    quote: describe(text(), 'The shortest verbatim span of the article (title, dek or one paragraph) that supports the claim.'),
    paragraph: describe(z.optional(z.int().check(z.minimum(0))), '0-based index into article.paragraphs, to pick one occurrence of a quote that occurs more than once.'),
    prefix: describe(z.optional(z.string()), 'Text right before the quote, to pick one occurrence (W3C TextQuoteSelector).'),
    suffix: describe(z.optional(z.string()), 'Text right after the quote, to pick one occurrence (W3C TextQuoteSelector).'),
  }),
  'A passage of the article, quoted exactly.',
);

export const articleSchema = z.looseObject({
  title: describe(text(), 'The headline, exactly as published.'),
  dek: describe(z.string(), 'The standfirst under the headline, exactly as published ("" if none).'),
  outlet: describe(text(), 'Who published the article.'),
  author: describe(text(), 'Byline.'),
  published: describe(z.string().check(z.regex(ISO_DATE, { error: 'is not a date in the form YYYY-MM-DD' })), 'Publication date, YYYY-MM-DD.'),
  url: describe(z.string().check(z.regex(HTTP_URL, { error: 'is not a web address: it must start with http:// or https://' })), 'The article on the publisher’s site (http or https).'),
  rights: describe(text(), 'Attribution line shown wherever the text is shown.'),
  paragraphs: describe(z.array(z.string().check(z.minLength(1, { error: 'is empty' }))).check(z.minLength(1)), 'The body, paragraph by paragraph, characters exactly as published.'),
});

export const positionSchema = describe(
  z.looseObject({ x: z.number(), y: z.number() }),
  'A saved place on the map, in layout units (1 = one pixel at zoom 1). When every actor has one, the map is drawn there at once, without computing a layout.',
);

export const actorSchema = z.looseObject({
  id: describe(id(), 'Unique kebab-case id, for example "liwa-al-mutasim".'),
  name: describe(text(), 'Display name.'),
  kind: describe(z.enum(ACTOR_KINDS), 'What sort of actor this is.'),
  aliases: describe(z.array(text()), 'Every other surface form the article uses for this actor.'),
  partOf: describe(z.optional(id()), 'Id of the actor this one belongs to: a person’s organisation, a body’s state.'),
  description: describe(text(), 'One or two neutral sentences, from what the article says.'),
  evidence: describe(z.array(evidenceSchema).check(z.minLength(1)), 'Where the article introduces the actor.'),
  wikidataId: describe(
    z.optional(z.string().check(z.regex(WIKIDATA_ID, { error: 'is not a Wikidata id: a Q followed by digits, like “Q159”' }))),
    'Wikidata item, for example "Q159", to join datasets on the same actor.',
  ),
  position: z.optional(positionSchema),
});

export const whenSchema = z.looseObject({
  text: describe(text(), 'When, as the article says it.'),
  date: describe(
    z.optional(z.string().check(z.regex(ISO_DATE_OR_INTERVAL, { error: 'is not an ISO date: use YYYY, YYYY-MM, YYYY-MM-DD or an interval “2015-02/2016-08”' }))),
    'ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD) or interval "start/end", where it can be derived.',
  ),
});

export const amountSchema = z.looseObject({
  text: describe(text(), 'The amount as the article gives it, for example "$250 per man".'),
  value: describe(z.optional(z.number().check(z.nonnegative())), 'The figure as a number.'),
  currency: describe(z.optional(z.string().check(z.regex(/^[A-Z]{3}$/, { error: 'is not a currency code: use three capital letters, like “USD”' }))), 'ISO 4217 currency code, for example "USD".'),
});

export const relationSchema = z.looseObject({
  id: describe(id(), 'Unique kebab-case id.'),
  source: describe(id(), 'Id of the actor who holds the stance.'),
  target: describe(id(), 'Id of the actor the stance is toward.'),
  stance: describe(z.enum(STANCES), 'support, hostility, offer or payment.'),
  summary: describe(text(), 'One neutral line.'),
  status: describe(z.enum(RELATION_STATUSES), 'Whether it happened, is happening, was promised, or failed.'),
  when: z.optional(whenSchema),
  claimedBy: describe(id(), 'Whose claim it is: an actor id, or "outlet" for the reporter’s own statements.'),
  amount: describe(z.optional(amountSchema), 'For payments and offers where the article gives a figure.'),
  evidence: describe(z.array(evidenceSchema).check(z.minLength(1)), 'One or more passages that support the relation.'),
});

export const storyStepSchema = z.looseObject({
  id: describe(z.optional(id()), 'Optional kebab-case id of the step.'),
  title: describe(text(), 'A few words, shown large.'),
  caption: describe(text(), 'One or two sentences for the audience.'),
  actors: describe(z.array(id()), 'Ids of the actors this step brings forward.'),
  relations: describe(z.array(id()), 'Ids of the relations this step brings forward.'),
  passage: describe(z.optional(evidenceSchema), 'The passage to show with the step, quoted exactly.'),
});

export const datasetSchema = describe(
  z.looseObject({
    $schema: z.optional(z.string()),
    schemaVersion: describe(z.literal(1), 'Version of the dataset format.'),
    id: describe(id(), 'Unique kebab-case id of the dataset.'),
    title: describe(text(), 'The map’s title.'),
    description: describe(z.optional(z.string()), 'What the map shows, in a sentence or two.'),
    article: articleSchema,
    actors: z.array(actorSchema),
    relations: z.array(relationSchema),
    story: describe(z.optional(z.array(storyStepSchema)), 'Ordered steps for presentation mode. Optional: a dataset without one is complete.'),
  }),
  'A stancemap dataset: one article, its actors and their stances, each traced to a passage.',
);

export type Dataset = z.infer<typeof datasetSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Position = z.infer<typeof positionSchema>;
export type StoryStep = z.infer<typeof storyStepSchema>;
