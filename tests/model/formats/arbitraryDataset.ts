/**
 * fast-check arbitraries for small valid datasets: text from a safe alphabet plus the characters
 * that break CSV and XML writers (`"` `,` `;` `|` `'` `=` `<` `&` `’`, tabs, line breaks), and
 * quotes cut out of the generated paragraphs so every one is anchored.
 */
import fc from 'fast-check';
import { ACTOR_KINDS, RELATION_STATUSES, STANCES } from '../../../src/model/vocabulary';

type Json = Record<string, unknown>;

const WORD_CHARS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGH0123456789', '"', ',', ';', '|', '’', "'", '=', '-', '<', '&', '@', '+'];
const word = fc.string({ unit: fc.constantFrom(...WORD_CHARS), minLength: 1, maxLength: 7 });

/** Words joined by spaces, line breaks or ` | `: the kind of text paragraphs hold. */
const words = (max: number) =>
  fc
    .array(fc.tuple(word, fc.constantFrom(' ', ' ', ' ', '\n', ' | ', ', ')), { minLength: 1, maxLength: max })
    .map((pairs) => pairs.map(([text, separator], index) => (index === 0 ? text : `${separator}${text}`)).join(''));

/** Any non-empty text, including space around it and tabs: what a field may hold. */
const text = fc.oneof(
  { weight: 4, arbitrary: words(5) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...WORD_CHARS, ' ', '\n', '\t'), minLength: 1, maxLength: 12 }) },
);

// Fields a later format version may add: now and then, so that most rows need no `extra` column.
const unknownFields = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('note', 'reviewer', 'x-extra'), fc.constantFrom<unknown>('x', 1, true, { a: [1, 'b'] }), { maxKeys: 2 }) },
);

const DATES = ['2016', '2016-07', '2016-07-26', '2015-02/2016-08'];

interface Shape {
  paragraphs: string[];
  actorCount: number;
}

/** A passage of the article: a slice of one paragraph, mostly without space around it, sometimes with the paragraph named. */
function evidence({ paragraphs }: Pick<Shape, 'paragraphs'>) {
  const record = { p: fc.nat(), start: fc.nat(), length: fc.integer({ min: 1, max: 40 }), trim: fc.nat(4), named: fc.nat(4), extra: unknownFields };
  return fc.record(record).map(({ p, start, length, trim, named, extra }) => {
    const index = p % paragraphs.length;
    const paragraph = paragraphs[index]!;
    const from = start % paragraph.length;
    const slice = paragraph.slice(from, Math.min(paragraph.length, from + length));
    const quote = trim > 0 && slice.trim() !== '' ? slice.trim() : slice;
    return { quote, ...(named === 0 ? { paragraph: index } : {}), ...extra };
  });
}

function actor(shape: Shape, index: number) {
  return fc
    .record({
      name: text,
      kind: fc.constantFrom(...ACTOR_KINDS),
      aliases: fc.array(text, { maxLength: 2 }),
      partOf: fc.option(fc.nat(), { nil: undefined }),
      description: text,
      evidence: fc.array(evidence(shape), { minLength: 1, maxLength: 2 }),
      wikidataId: fc.option(fc.integer({ min: 1, max: 99999 }).map((n) => `Q${n}`), { nil: undefined }),
      extra: unknownFields,
    })
    .map(({ partOf, wikidataId, extra, ...rest }): Json => ({
      id: `actor-${index}`,
      ...rest,
      ...(partOf !== undefined && index > 0 ? { partOf: `actor-${partOf % index}` } : {}),
      ...(wikidataId !== undefined ? { wikidataId } : {}),
      ...extra,
    }));
}

function relation(shape: Shape, index: number) {
  return fc
    .record({
      source: fc.nat(),
      offset: fc.nat(),
      stance: fc.constantFrom(...STANCES),
      summary: text,
      status: fc.constantFrom(...RELATION_STATUSES),
      when: fc.option(fc.record({ text, date: fc.option(fc.constantFrom(...DATES), { nil: undefined }) }), { nil: undefined }),
      claimedBy: fc.option(fc.nat(), { nil: undefined }),
      amount: fc.option(
        fc.record({
          text,
          value: fc.option(fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100), { nil: undefined }),
          currency: fc.option(fc.constantFrom('USD', 'EUR'), { nil: undefined }),
        }),
        { nil: undefined },
      ),
      evidence: fc.array(evidence(shape), { minLength: 1, maxLength: 3 }),
      extra: unknownFields,
    })
    .map(({ source, offset, claimedBy, when, amount, extra, ...rest }): Json => {
      const from = source % shape.actorCount;
      const to = (from + 1 + (offset % (shape.actorCount - 1))) % shape.actorCount;
      const carriesAmount = rest.stance === 'offer' || rest.stance === 'payment';
      return {
        id: `relation-${index}`,
        source: `actor-${from}`,
        target: `actor-${to}`,
        stance: rest.stance,
        summary: rest.summary,
        status: rest.status,
        ...(when ? { when: { text: when.text, ...(when.date ? { date: when.date } : {}) } } : {}),
        claimedBy: claimedBy === undefined ? 'outlet' : `actor-${claimedBy % shape.actorCount}`,
        ...(amount && carriesAmount
          ? { amount: { text: amount.text, ...(amount.value !== undefined ? { value: amount.value } : {}), ...(amount.currency ? { currency: amount.currency } : {}) } }
          : {}),
        evidence: rest.evidence,
        ...extra,
      };
    });
}

/** A raw dataset object that parseDataset accepts. */
export const arbitraryDataset: fc.Arbitrary<Json> = fc
  .record({
    paragraphs: fc.array(words(12), { minLength: 1, maxLength: 4 }),
    actorCount: fc.integer({ min: 1, max: 5 }),
    relationCount: fc.integer({ min: 0, max: 6 }),
  })
  .chain(({ paragraphs, actorCount, relationCount }) => {
    const shape = { paragraphs, actorCount };
    return fc.record({
      title: text,
      description: fc.option(text, { nil: undefined }),
      articleTitle: text,
      dek: fc.oneof(fc.constant(''), text),
      outlet: text,
      rights: text,
      actors: fc.tuple(...Array.from({ length: actorCount }, (_, index) => actor(shape, index))),
      relations: actorCount < 2 ? fc.constant([]) : fc.tuple(...Array.from({ length: relationCount }, (_, index) => relation(shape, index))),
      story: fc.boolean(),
      extra: unknownFields,
    }).map(({ title, description, articleTitle, dek, outlet, rights, actors, relations, story, extra }): Json => ({
      schemaVersion: 1,
      id: 'generated',
      title,
      ...(description !== undefined ? { description } : {}),
      article: { title: articleTitle, dek, outlet, author: 'A. Reporter', published: '2020-03-14', url: 'https://example.org/a?b=1&c="d"', rights, paragraphs },
      actors: [...actors],
      relations: [...relations],
      ...(story ? { story: [{ title: 'Step', caption: 'The first actor.', actors: ['actor-0'], relations: [] }] } : {}),
      ...extra,
    }));
  });
