/**
 * What the dataset checks say, word for word, in the cases the other tests of parseDataset leave
 * out: each owner's unknown field, each malformed value, the limits, the capped list, and the
 * order of the list. A journalist reads these lines to fix a file; a change to any of them is a
 * change they would notice.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { setCatalogue } from '../../src/i18n/translate';
import { LIMITS } from '../../src/model/limits';
import { parseDataset, parseDatasetText } from '../../src/model/parseDataset';
import { formatIssue } from '../../src/model/validationIssue';
import { readFixtureJson } from '../fixtures';
import { errorsOf, warningsOf } from './datasetIssues';

const fixture = () => readFixtureJson('small');

afterEach(() => setCatalogue('en', {}));

describe('an unknown field, named by what it is a field of', () => {
  it('says whose field it is for the article, an actor, a when, an amount, a passage, a story step and its passage', () => {
    const data = fixture();
    data.article.byline = 'Staff';
    data.actors[0].nickname = 'The North';
    data.relations[1].when.era = 'spring';
    data.relations[1].amount.unit = 'per month';
    data.relations[2].evidence[0].page = 3;
    data.story[0].subtitle = 'Boats';
    data.story[0].passage.paragrph = 0;
    // A view's fields are no passage's: they are not named.
    data.story[0].view = { select: `actor:${data.actors[0].id}` };
    expect(warningsOf(data)).toEqual([
      'article.byline: is not a field of the article in this format version; it is kept but not used.',
      'actors[0].nickname: is not a field of an actor in this format version; it is kept but not used.',
      'relations[1].when.era: is not a field of a relation’s when in this format version; it is kept but not used.',
      'relations[1].amount.unit: is not a field of an amount in this format version; it is kept but not used.',
      'relations[2].evidence[0].page: is not a field of an evidence passage in this format version; it is kept but not used.',
      'story[0].passage.paragrph: is not a field of a story passage in this format version; it is kept but not used (did you mean “paragraph”?).',
      'story[0].subtitle: is not a field of a story step in this format version; it is kept but not used.',
    ]);
  });
});

describe('a malformed value, said in words', () => {
  it('names the kind of value found where another was wanted', () => {
    const data = fixture();
    data.actors[0].name = ['Northland'];
    data.actors[1].name = { en: 'Southland' };
    data.actors[2].name = true;
    data.actors[3].suggested = 'yes';
    data.relations[0].evidence[0].paragraph = '1';
    data.relations[1].evidence[0].paragraph = 1.5;
    data.relations[1].amount.value = 'ten';
    expect(errorsOf(data)).toEqual([
      'actors[0].name: should be text in quotes, but is a list.',
      'actors[1].name: should be text in quotes, but is an object.',
      'actors[2].name: should be text in quotes, but is boolean true.',
      'actors[3].suggested: should be true or false, but is the text “yes”.',
      'relations[0].evidence[0].paragraph: should be a number, but is the text “1”.',
      'relations[1].amount.value: should be a number, but is the text “ten”.',
      'relations[1].evidence[0].paragraph: should be a whole number, but is the number 1.5.',
    ]);
  });

  it('says a list that needs an item is empty, and a number past what a paragraph can be is too big (and past the last paragraph)', () => {
    const data = fixture();
    data.actors[0].evidence = [];
    data.relations[0].evidence[0].paragraph = 2 ** 54;
    expect(errorsOf(data)).toEqual([
      'actors[0].evidence: needs at least one item.',
      `relations[0].evidence[0].paragraph: ${2 ** 54} is too big: it must be ${Number.MAX_SAFE_INTEGER} or less.`,
      `relations[0].evidence[0].paragraph: there is no article.paragraphs[${2 ** 54}]; the article has 4 paragraphs, numbered 0 to 3.`,
    ]);
  });

  it('explains an empty text, a language tag, a Wikidata id and a currency code', () => {
    const data = fixture();
    data.actors[0].description = '';
    data.article.paragraphs.push('');
    data.article.language = 'English';
    data.actors[1].wikidataId = '159';
    data.relations[1].amount.currency = 'usd';
    expect(errorsOf(data)).toEqual([
      'article.paragraphs[4]: is empty.',
      'article.language: “English” is not a language tag: use a BCP 47 tag such as “ar”, “fa” or “pt-BR”.',
      'actors[0].description: is empty.',
      'actors[1].wikidataId: “159” is not a Wikidata id: a Q followed by digits, like “Q159”.',
      'relations[1].amount.currency: “usd” is not a currency code: use three capital letters, like “USD”.',
    ]);
  });
});

describe('the order of the list', () => {
  it('lists a missing field before the fields its object has, as the file is read', () => {
    const data = fixture();
    const { id: _dropped, stance: _offer, ...relation } = data.relations[0];
    // The stance first in the file, and wrong; the id missing altogether.
    data.relations[0] = { stance: 'bribe', ...relation };
    data.story = [];
    expect(errorsOf(data)).toEqual([
      'relations[0].id: is missing; it should be text in quotes.',
      'relations[0].stance: “bribe” is not one of: support, hostility, offer, payment.',
    ]);
  });

  it('lists a problem with a whole story step before the problems inside it, though the schema finds those first', () => {
    const data = fixture();
    data.story = [{ title: 42, caption: 'Nothing yet.', actors: [], relations: [] }];
    expect(errorsOf(data)).toEqual([
      'story[0]: brings nothing forward: a step needs at least one actor or relation.',
      'story[0].title: should be text in quotes, but is the number 42.',
    ]);
  });
});

describe('the limits of what stancemap opens', () => {
  it('refuses more actors than it opens, before checking any of them', () => {
    const data = fixture();
    data.actors = Array.from({ length: LIMITS.actors + 1 }, () => ({}));
    expect(errorsOf(data)).toEqual([`actors: has ${LIMITS.actors + 1} items; stancemap opens at most ${LIMITS.actors}.`]);
  });

  it('says how long a quote or a text is, and how long it may be', () => {
    const quoted = fixture();
    quoted.relations[0].evidence[0].quote = 'q'.repeat(LIMITS.quoteCharacters + 1);
    expect(errorsOf(quoted)).toEqual([`relations[0].evidence[0].quote: is ${LIMITS.quoteCharacters + 1} characters long; a quote may have at most ${LIMITS.quoteCharacters}.`]);
    const described = fixture();
    described.actors[0].description = 'd'.repeat(LIMITS.textCharacters + 1);
    expect(errorsOf(described)).toEqual([`actors[0].description: is ${LIMITS.textCharacters + 1} characters long; a text may have at most ${LIMITS.textCharacters}.`]);
  });

  it('opens a file of exactly the largest size, and refuses one character more for the whole file', () => {
    const text = JSON.stringify(fixture());
    const padded = text + ' '.repeat(LIMITS.fileBytes - text.length);
    expect(parseDatasetText(padded).ok).toBe(true);
    const over = parseDatasetText(`${padded} `);
    expect(over.ok).toBe(false);
    if (over.ok) return;
    expect(over.errors.map(formatIssue)).toEqual(['(file): is 10.0 MB; stancemap opens datasets of up to 10 MB.']);
  });

  it('drops a byte-order mark at the start of the file, and keeps the same character inside a text', () => {
    const data = fixture();
    data.actors[0].description = 'A state\uFEFF that wants the militia on its side.';
    const result = parseDatasetText(`\uFEFF${JSON.stringify(data)}`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.actors[0]!.description).toBe('A state\uFEFF that wants the militia on its side.');
    const withoutMark = parseDatasetText(JSON.stringify(data));
    expect(withoutMark.ok && withoutMark.dataset.actors[0]!.description).toBe('A state\uFEFF that wants the militia on its side.');
  });
});

describe('a flood of problems', () => {
  it('lists the first errors, then how many more there are, in the singular for one', () => {
    const data = fixture();
    data.actors = Array.from({ length: LIMITS.reportedProblems + 1 }, (_, index) => ({ ...data.actors[0], id: `actor-${index}`, kind: 'planet' }));
    data.relations = [];
    data.story = [];
    const errors = errorsOf(data);
    expect(errors).toHaveLength(LIMITS.reportedProblems + 1);
    expect(errors.at(-1)).toBe(`(file): has 1 more error (${LIMITS.reportedProblems + 1} in all); fix these first.`);
  });

  it('caps warnings the same way, as warnings, in the singular for one and the plural for more', () => {
    const capped = (extra: number) => {
      const data = fixture();
      data.actors[0] = { ...data.actors[0], ...Object.fromEntries(Array.from({ length: extra }, (_, index) => [`note${index}`, index])) };
      const result = parseDataset(data);
      expect(result.ok).toBe(true);
      expect(result.warnings).toHaveLength(LIMITS.reportedProblems + 1);
      const total = result.warnings.at(-1)!;
      expect(total.severity).toBe('warning');
      return formatIssue(total);
    };
    expect(capped(LIMITS.reportedProblems + 1)).toBe(`(file): has 1 more warning (${LIMITS.reportedProblems + 1} in all); fix these first.`);
    expect(capped(LIMITS.reportedProblems + 2)).toBe(`(file): has 2 more warnings (${LIMITS.reportedProblems + 2} in all); fix these first.`);
  });
});

describe('a paragraph past the article’s last', () => {
  it('says the article has one paragraph, in the singular', () => {
    const data = fixture();
    data.article.paragraphs = [data.article.paragraphs.join(' ')];
    data.relations[0].evidence[0].paragraph = 1;
    expect(errorsOf(data)).toContain('relations[0].evidence[0].paragraph: there is no article.paragraphs[1]; the article has one paragraph, article.paragraphs[0].');
  });
});

describe('in the interface’s language', () => {
  it('names an unknown actor and an unknown relation each in its own words', () => {
    setCatalogue('fr', JSON.parse(readFileSync('public/locales/fr.json', 'utf8')));
    const data = fixture();
    data.relations[0].source = 'nortland';
    data.story[0].relations = ['northland-offers-bots'];
    // French sets its guillemets and question mark off with narrow no-break spaces: read as spaces here.
    expect(errorsOf(data).map((error) => error.replace(/[\u00a0\u202f]/g, ' '))).toEqual([
      'relations[0].source: aucun acteur n’a l’identifiant « nortland » (vouliez-vous dire « northland » ?).',
      'story[0].relations[0]: aucune relation n’a l’identifiant « northland-offers-bots » (vouliez-vous dire « northland-offers-boats » ?).',
    ]);
  });

  it('says what a value of the wrong type is in its own words, a boolean included', () => {
    setCatalogue('fr', JSON.parse(readFileSync('public/locales/fr.json', 'utf8')));
    const data = fixture();
    data.actors[2].name = true;
    expect(errorsOf(data)).toEqual([expect.stringMatching(/^actors\[2\]\.name: .+le booléen true\.$/)]);
  });
});

describe('a summary that adds numbers', () => {
  it('names each number no passage gives, in the order the summary states them', () => {
    const data = fixture();
    const stipend = data.relations.find((relation: { id: string }) => relation.id === 'southland-pays-stipend');
    stipend.summary = 'Pays 400 a month to 12 fighters';
    expect(warningsOf(data)).toEqual(['relations[1].summary: states “400”, “12”, which none of its passages gives: a summary adds nothing to the passages.']);
  });
});
