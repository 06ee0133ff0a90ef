/**
 * The dataset format, version 1, as one zod schema: the source of the TypeScript types, of the
 * structural checks in parseDataset, and of the published JSON Schema (data/stancemap.schema.json,
 * written by datasetJsonSchema.ts, which also holds what each field means).
 *
 * Objects are loose: fields this version does not know are kept, so a file written for a later
 * version survives a round trip. Cross-references and quotes are checked in checkDataset.ts.
 *
 * Written with zod/mini, which checks exactly as full zod does but is a quarter of its size in the
 * bundle (about 8 kB gzip instead of 24): no methods on each schema, no English messages (ours
 * come from describeSchemaIssue.ts).
 */
import * as z from 'zod/mini';
import { t } from '../i18n/translate';
import { ACTOR_KINDS, RELATION_STATUSES, STANCES } from './vocabulary';

// The app runs under a strict Content-Security-Policy: no `new Function`.
z.config({ jitless: true });

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ISO_PARTIAL_DATE = String.raw`\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?`;
const ISO_DATE_OR_INTERVAL = new RegExp(`^${ISO_PARTIAL_DATE}(?:/${ISO_PARTIAL_DATE})?$`);
const HTTP_URL = /^https?:\/\/[^\s]+$/i;
const WIKIDATA_ID = /^Q[1-9]\d*$/;
// A BCP 47 tag's shape: a language of 2–3 letters, then subtags (script, region, variant).
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

// An empty text's message is describeSchemaIssue's, as every other schema message is.
const text = () => z.string().check(z.minLength(1));
const id = () =>
  z.string().check(z.regex(ID_PATTERN, { error: () => t('is not a valid id: use lowercase letters and digits joined by single hyphens, like “liwa-al-mutasim”') }));

export const evidenceSchema = z.looseObject({
  quote: text(),
  paragraph: z.optional(z.int().check(z.minimum(0))),
  prefix: z.optional(z.string()),
  suffix: z.optional(z.string()),
});

/**
 * The article's credit (outlet, author, date, address, rights) may be filled in after the map is
 * started: a draft without it is valid, with a warning for each missing field (checkDataset.ts),
 * and publishing requires all of it (publishReadiness.ts). When given, each must be well formed.
 */
export const CREDIT_FIELDS = ['outlet', 'author', 'published', 'url', 'rights'] as const;
export type CreditField = (typeof CREDIT_FIELDS)[number];

export const articleSchema = z.looseObject({
  title: text(),
  dek: z.string(),
  outlet: z.optional(text()),
  author: z.optional(text()),
  published: z.optional(z.string().check(z.regex(ISO_DATE, { error: () => t('is not a date in the form YYYY-MM-DD') }))),
  url: z.optional(z.string().check(z.regex(HTTP_URL, { error: () => t('is not a web address: it must start with http:// or https://') }))),
  rights: z.optional(text()),
  language: z.optional(z.string().check(z.regex(LANGUAGE_TAG, { error: () => t('is not a language tag: use a BCP 47 tag such as “ar”, “fa” or “pt-BR”') }))),
  paragraphs: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
});

export const positionSchema = z.looseObject({ x: z.number(), y: z.number() });

export const actorSchema = z.looseObject({
  id: id(),
  name: text(),
  kind: z.enum(ACTOR_KINDS),
  aliases: z.array(text()),
  partOf: z.optional(id()),
  description: text(),
  evidence: z.array(evidenceSchema).check(z.minLength(1)),
  wikidataId: z.optional(z.string().check(z.regex(WIKIDATA_ID, { error: () => t('is not a Wikidata id: a Q followed by digits, like “Q159”') }))),
  position: z.optional(positionSchema),
  /** Drafted by the suggestion rules (npm run draft) and not confirmed by a person yet. */
  suggested: z.optional(z.boolean()),
});

export const whenSchema = z.looseObject({
  text: text(),
  date: z.optional(z.string().check(z.regex(ISO_DATE_OR_INTERVAL, { error: () => t('is not an ISO date: use YYYY, YYYY-MM, YYYY-MM-DD or an interval “2015-02/2016-08”') }))),
});

export const amountSchema = z.looseObject({
  text: text(),
  value: z.optional(z.number().check(z.nonnegative())),
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/, { error: () => t('is not a currency code: use three capital letters, like “USD”') }))),
});

export const relationSchema = z.looseObject({
  id: id(),
  source: id(),
  target: id(),
  stance: z.enum(STANCES),
  summary: text(),
  status: z.enum(RELATION_STATUSES),
  when: z.optional(whenSchema),
  claimedBy: id(),
  amount: z.optional(amountSchema),
  evidence: z.array(evidenceSchema).check(z.minLength(1)),
  /** Drafted by the suggestion rules (npm run draft) and not yet confirmed by a person. */
  suggested: z.optional(z.boolean()),
  /** How sure the rules were, 0–1, for a suggested relation. */
  confidence: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
});

const SELECTION_PATTERN = /^(actor|relation):[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What a step shows on the map besides its spotlight, as captured from a live view. */
export const stepViewSchema = z.looseObject({
  select: z.optional(z.string().check(z.regex(SELECTION_PATTERN, { error: () => t('is not a selection: use “actor:ID” or “relation:ID”, as the address’s select= does') }))),
  hiddenStances: z.optional(z.array(z.enum(STANCES))),
  hiddenKinds: z.optional(z.array(z.enum(ACTOR_KINDS))),
  focus: z.optional(id()),
  frame: z.optional(z.array(id())),
  /** The blocs drawn closed (actors others are part of); `[]` shows every actor; left out, the map keeps its blocs. */
  blocs: z.optional(z.array(id())),
});

/** Someone the article quotes who is not on the map, credited with a claim (`claimedBy`). */
export const claimantSchema = z.looseObject({
  id: id(),
  name: text(),
  description: z.optional(z.string()),
});

export const storyStepSchema = z.looseObject({
  id: z.optional(id()),
  title: text(),
  caption: text(),
  actors: z.array(id()),
  relations: z.array(id()),
  passage: z.optional(evidenceSchema),
  view: z.optional(stepViewSchema),
  notes: z.optional(z.string()),
});

export const datasetSchema = z.looseObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(1),
  id: id(),
  title: text(),
  description: z.optional(z.string()),
  article: articleSchema,
  actors: z.array(actorSchema),
  relations: z.array(relationSchema),
  claimants: z.optional(z.array(claimantSchema)),
  story: z.optional(z.array(storyStepSchema)),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Position = z.infer<typeof positionSchema>;
export type Claimant = z.infer<typeof claimantSchema>;
export type StoryStep = z.infer<typeof storyStepSchema>;
export type StepView = z.infer<typeof stepViewSchema>;
