/**
 * The published JSON Schema (data/stancemap.schema.json): datasetSchema, with the meaning of each
 * field for editors that show it. The descriptions live here rather than beside the fields because
 * only the schema writer reads them: the pages, which only validate, leave this module (~1 kB
 * gzip) out.
 */
import * as z from 'zod/mini';
import { actorSchema, amountSchema, articleSchema, claimantSchema, datasetSchema, evidenceSchema, positionSchema, relationSchema, stepViewSchema, storyStepSchema, whenSchema } from './datasetSchema';

type Shaped = { shape: Record<string, z.ZodMiniType> };

const FIELD_DESCRIPTIONS: [Shaped, Record<string, string>][] = [
  [
    evidenceSchema,
    {
      quote: 'The shortest verbatim span of the article (title, dek or one paragraph) that supports the claim.',
      paragraph: '0-based index into article.paragraphs, to pick one occurrence of a quote that occurs more than once.',
      prefix: 'Text right before the quote, to pick one occurrence (W3C TextQuoteSelector).',
      suffix: 'Text right after the quote, to pick one occurrence (W3C TextQuoteSelector).',
    },
  ],
  [
    articleSchema,
    {
      title: 'The headline, exactly as published.',
      dek: 'The standfirst under the headline, exactly as published ("" if none).',
      outlet: 'Who published the article. Optional in a draft; required to publish.',
      author: 'Byline. Optional in a draft; required to publish.',
      published: 'Publication date, YYYY-MM-DD. Optional in a draft; required to publish.',
      url: 'The article on the publisher’s site (http or https). Optional in a draft; required to publish.',
      rights: 'Attribution line shown wherever the text is shown. Optional in a draft; required to publish.',
      language: 'The language of the article’s text, as a BCP 47 tag ("ar", "fa", "he", "pt-BR"). Optional: it sets the text’s language for screen readers and its direction (right to left for Arabic, Hebrew, Persian, Urdu…); without it, each text’s direction follows its first letter.',
      paragraphs: 'The body, paragraph by paragraph, characters exactly as published.',
    },
  ],
  [
    actorSchema,
    {
      id: 'Unique kebab-case id, for example "liwa-al-mutasim".',
      name: 'Display name.',
      kind: 'What sort of actor this is.',
      aliases: 'Every other surface form the article uses for this actor.',
      partOf: 'Id of the actor this one belongs to: a person’s organisation, a body’s state.',
      suggested: 'True when the suggestion rules drafted this actor from the text (npm run draft without --actors) and no person has confirmed it yet.',
      description: 'One or two neutral sentences, from what the article says.',
      evidence: 'Where the article introduces the actor.',
      wikidataId: 'Wikidata item, for example "Q159", to join datasets on the same actor.',
    },
  ],
  [
    whenSchema,
    {
      text: 'When, as the article says it.',
      date: 'ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD) or interval "start/end", where it can be derived.',
    },
  ],
  [
    amountSchema,
    {
      text: 'The amount as the article gives it, for example "$250 per man".',
      value: 'The figure as a number.',
      currency: 'ISO 4217 currency code, for example "USD".',
    },
  ],
  [
    relationSchema,
    {
      id: 'Unique kebab-case id.',
      source: 'Id of the actor who holds the stance.',
      target: 'Id of the actor the stance is toward.',
      stance: 'support, hostility, offer or payment.',
      summary: 'One neutral line.',
      status: 'Whether it happened, is happening, was promised, or failed.',
      claimedBy: 'Whose claim it is: an actor id, a claimant id, or "outlet" for the reporter’s own statements.',
      amount: 'For payments and offers where the article gives a figure.',
      evidence: 'One or more passages that support the relation.',
      suggested: 'True when the suggestion rules drafted it (npm run draft) and no person has confirmed it yet.',
      confidence: 'How sure the suggestion rules were, from 0 to 1, for a suggested relation.',
    },
  ],
  [
    claimantSchema,
    {
      id: 'Unique kebab-case id, different from every actor’s.',
      name: 'The name as the article gives it, for example "Mara Vell".',
      description: 'Who they are, from what the article says (optional).',
    },
  ],
  [
    storyStepSchema,
    {
      id: 'Optional kebab-case id of the step.',
      title: 'A few words, shown large.',
      caption: 'One or two sentences for the audience.',
      actors: 'Ids of the actors this step brings forward.',
      relations: 'Ids of the relations this step brings forward.',
      passage: 'The passage to show with the step, quoted exactly.',
      view: 'Optional: the view of the map the step shows, as captured in the editor.',
      notes: 'Optional speaker notes: shown to the presenter, never to the audience.',
    },
  ],
  [
    stepViewSchema,
    {
      select: 'What is selected: "actor:ID" or "relation:ID", as in the address’s select=.',
      hiddenStances: 'Stances the filters hide.',
      hiddenKinds: 'Kinds of actor the filters hide.',
      focus: 'Id of the actor the map is focused on (it and its neighbours only).',
      frame: 'Ids of the actors in view: the camera fits them, whatever the screen.',
      blocs: 'Ids of the blocs drawn closed at this step: actors others are part of, each drawn as one shape for itself and all it holds. An empty list shows every actor; left out, the map keeps the blocs it has.',
    },
  ],
  [
    datasetSchema,
    {
      schemaVersion: 'Version of the dataset format.',
      id: 'Unique kebab-case id of the dataset.',
      title: 'The map’s title.',
      description: 'What the map shows, in a sentence or two.',
      claimants: 'People or bodies the article quotes who are not on the map, so that a relation can be claimed by them (claimedBy) without making them actors. Optional.',
      story: 'Ordered steps for presentation mode. Optional: a dataset without one is complete.',
    },
  ],
];

const SCHEMA_DESCRIPTIONS: [z.ZodMiniType, string][] = [
  [evidenceSchema, 'A passage of the article, quoted exactly.'],
  [positionSchema, 'A saved place on the map, in layout units (1 = one pixel at zoom 1). When every actor has one, the map is drawn there at once, without computing a layout.'],
  [datasetSchema, 'A stancemap dataset: one article, its actors and their stances, each traced to a passage.'],
];

function descriptions(): z.core.$ZodRegistry<{ description: string }> {
  const registry = z.registry<{ description: string }>();
  for (const [schema, description] of SCHEMA_DESCRIPTIONS) registry.add(schema, { description });
  for (const [object, fields] of FIELD_DESCRIPTIONS) {
    for (const [key, description] of Object.entries(fields)) registry.add(object.shape[key]!, { description });
  }
  return registry;
}

export const datasetJsonSchema = () => z.toJSONSchema(datasetSchema, { target: 'draft-2020-12', io: 'input', metadata: descriptions() });
