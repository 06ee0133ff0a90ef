import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset, parseDatasetText } from '../../src/model/parseDataset';
import { formatIssue } from '../../src/model/validationIssue';
import { runs } from '../propertyRuns';
import { errorsOf } from './datasetIssues';

const fixtureText = readFileSync('data/fixtures/small.json', 'utf8');
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const fixture = (): Json => JSON.parse(fixtureText);


describe('parseDataset', () => {
  it('accepts the shared fixture and keeps its content', () => {
    const result = parseDataset(fixture());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.actors.map((actor) => actor.id)).toEqual([
      'northland', 'southland', 'southland-navy', 'harbour-militia', 'mara-vell', 'raiders',
    ]);
    expect(result.dataset.relations).toHaveLength(8);
    expect(result.warnings).toEqual([]);
  });

  it('keeps fields it does not know, and names them in a warning', () => {
    const data = fixture();
    data.notes = [{ title: 'Step one' }];
    data.relations[0].stanse = 'offer';
    const result = parseDataset(data);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect((result.dataset as Json).notes).toEqual([{ title: 'Step one' }]);
    expect((result.dataset.relations[0] as Json).stanse).toBe('offer');
    expect(result.warnings.map(formatIssue)).toEqual([
      'relations[0].stanse: is not a field of a relation in this format version; it is kept but not used (did you mean “stance”?).',
      'notes: is not a field of the dataset in this format version; it is kept but not used.',
    ]);
  });

  it('rejects what is not a dataset at all', () => {
    expect(errorsOf([1, 2])).toEqual([
      '(file): does not hold a dataset: it should be a JSON object with schemaVersion, article, actors and relations.',
    ]);
  });

  it('checks the format version before anything else', () => {
    const missing = fixture();
    delete missing.schemaVersion;
    expect(errorsOf(missing)).toEqual(['schemaVersion: is missing; write "schemaVersion": 1 at the top of the file.']);
    expect(errorsOf({ ...fixture(), schemaVersion: 2 })).toEqual([
      'schemaVersion: is 2: this file was made for a newer stancemap, and this one reads versions up to 1.',
    ]);
    expect(errorsOf({ ...fixture(), schemaVersion: '1' })).toEqual([
      'schemaVersion: “1” is not a format version; versions are whole numbers from 1 to 1.',
    ]);
  });

  it('names a missing field and a field of the wrong type with their paths', () => {
    const data = fixture();
    delete data.relations[2].summary;
    data.actors[1].aliases = 'Southland';
    expect(errorsOf(data)).toEqual([
      'actors[1].aliases: should be a list [ … ], but is the text “Southland”.',
      'relations[2].summary: is missing; it should be text in quotes.',
    ]);
  });

  it('rejects an unknown stance, kind or status and suggests the nearest word', () => {
    const data = fixture();
    data.relations[4].stance = 'supports';
    data.actors[3].kind = 'militia';
    data.relations[1].status = 'partly delivered';
    expect(errorsOf(data)).toEqual([
      'actors[3].kind: “militia” is not one of: state, government-body, armed-group, person, organisation, other.',
      'relations[1].status: “partly delivered” is not one of: ongoing, past, historical, proposed, promised, considered, threatened, partly-delivered, not-delivered (did you mean “partly-delivered”?).',
      'relations[4].stance: “supports” is not one of: support, hostility, offer, payment (did you mean “support”?).',
    ]);
  });

  it('rejects malformed ids, dates, links and empty text', () => {
    const data = fixture();
    data.actors[0].id = 'North Land';
    data.article.published = '14 March 2020';
    data.article.url = 'javascript:alert(1)';
    data.relations[1].when.date = 'spring 2018';
    data.actors[2].description = '';
    const errors = errorsOf(data);
    expect(errors).toEqual(expect.arrayContaining([
      'article.published: “14 March 2020” is not a date in the form YYYY-MM-DD.',
      'article.url: “javascript:alert(1)” is not a web address: it must start with http:// or https://.',
      'actors[0].id: “North Land” is not a valid id: use lowercase letters and digits joined by single hyphens, like “liwa-al-mutasim”.',
      'actors[2].description: is empty.',
      'relations[1].when.date: “spring 2018” is not an ISO date: use YYYY, YYYY-MM, YYYY-MM-DD or an interval “2015-02/2016-08”.',
    ]));
  });

  it('rejects duplicate ids and the reserved id “outlet”', () => {
    const data = fixture();
    data.actors[5].id = 'northland';
    data.relations[3].id = 'northland-offers-boats';
    data.actors[4].id = 'outlet';
    data.relations[0].claimedBy = 'outlet';
    data.actors[4].partOf = 'harbour-militia';
    const errors = errorsOf(data);
    expect(errors).toContain('actors[5].id: “northland” is already the id of actors[0]; every actor needs its own id.');
    expect(errors).toContain('relations[3].id: “northland-offers-boats” is already the id of relations[0]; every relation needs its own id.');
    expect(errors).toContain('actors[4].id: “outlet” is reserved for claims made by the outlet itself; choose another id.');
  });

  it('names every dangling reference and suggests the id that was probably meant', () => {
    const data = fixture();
    data.relations[0].source = 'nortland';
    data.relations[2].target = 'pirates';
    data.relations[3].claimedBy = 'the-gazette';
    data.actors[4].partOf = 'harbor-militia';
    expect(errorsOf(data)).toEqual([
      'actors[4].partOf: no actor has the id “harbor-militia” (did you mean “harbour-militia”?).',
      'relations[0].source: no actor has the id “nortland” (did you mean “northland”?).',
      'relations[2].target: no actor has the id “pirates”.',
      'relations[3].claimedBy: no actor or claimant has the id “the-gazette”, and it is not “outlet” (the outlet’s own statement).',
    ]);
  });

  it('rejects a relation of an actor with itself, an amount on a support, and partOf loops', () => {
    const data = fixture();
    data.relations[5].target = 'northland';
    data.relations[4].amount = { text: '$5' };
    data.actors[1].partOf = 'southland-navy';
    expect(errorsOf(data)).toEqual([
      'actors[1].partOf: “southland” → “southland-navy” → “southland” is a loop; partOf must lead up to an actor that is part of nothing.',
      'relations[4].amount: only payments and offers carry an amount; this relation’s stance is “support”.',
      'relations[5].target: is the same actor as the source; a relation links two different actors.',
    ]);
  });

  it('rejects an amount on hostility as on support: only payments and offers carry one', () => {
    const data = fixture();
    const hostile = data.relations.findIndex((relation: { stance: string }) => relation.stance === 'hostility');
    data.relations[hostile].amount = { text: '$5' };
    expect(errorsOf(data)).toEqual([`relations[${hostile}].amount: only payments and offers carry an amount; this relation’s stance is “hostility”.`]);
  });

  it('rejects a relation with no passage at all: no line without its passage', () => {
    const data = fixture();
    data.relations[2].evidence = [];
    const errors = errorsOf(data);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^relations\[2\]\.evidence: /);
  });

  it('knows the last paragraph from one past it', () => {
    const data = fixture();
    const count = data.article.paragraphs.length;
    const last = data.article.paragraphs[count - 1] as string;
    data.relations[0].evidence = [{ quote: last.slice(0, 30), paragraph: count - 1 }];
    expect(errorsOf(data)).toEqual([]);
    data.relations[0].evidence = [{ quote: last.slice(0, 30), paragraph: count }];
    expect(errorsOf(data)).toEqual([`relations[0].evidence[0].paragraph: there is no article.paragraphs[${count}]; the article has ${count} paragraphs, numbered 0 to ${count - 1}.`]);
  });

  it('suggests the article’s own characters for a quote that is off by a straight apostrophe', () => {
    const data = fixture();
    data.relations[3].evidence[0].quote = "Southland's navy has shelled Raider camps";
    expect(errorsOf(data)).toEqual([
      'relations[3].evidence[0].quote: is not found word for word in the article: it differs only in quote marks or apostrophes. article.paragraphs[2] has “Southland’s navy has shelled Raider camps”.',
    ]);
  });

  it('suggests the closest passage for a misquoted sentence', () => {
    const data = fixture();
    data.relations[2].evidence[0].quote = 'The militia has battled the Raiders along the coast for two years';
    expect(errorsOf(data)).toEqual([
      'relations[2].evidence[0].quote: is not found word for word in the article. The closest passage, in article.paragraphs[2], is “The militia has fought the Raiders along the coast for two years”.',
    ]);
  });

  it('says when a quote comes from nowhere in the article', () => {
    const data = fixture();
    data.actors[0].evidence[0].quote = 'Completely unrelated words about the weather in a faraway city';
    expect(errorsOf(data)).toEqual([
      'actors[0].evidence[0].quote: is not found word for word in the article, and no passage comes close. Copy the quote exactly from the title, the dek or one paragraph.',
    ]);
  });

  it('uses paragraph, prefix and suffix to anchor a quote, and reports a paragraph that does not exist', () => {
    const data = fixture();
    data.relations[0].evidence = [{ quote: 'Northland', paragraph: 3 }];
    data.relations[1].evidence = [{ quote: 'Southland', paragraph: 9 }];
    data.relations[4].evidence = [{ quote: 'the militia', paragraph: 0 }];
    const result = parseDataset(data);
    expect(result.ok ? [] : result.errors.map(formatIssue)).toEqual([
      'relations[1].evidence[0].paragraph: there is no article.paragraphs[9]; the article has 4 paragraphs, numbered 0 to 3.',
    ]);
    expect(result.warnings.map(formatIssue)).toContain(
      'relations[4].evidence[0].quote: occurs 2 times (article.paragraphs[0], article.paragraphs[0]); the first is used. Add "paragraph", "prefix" or "suffix" to choose one.',
    );
    data.relations[4].evidence = [{ quote: 'the militia', prefix: 'if ' }];
    expect(parseDataset(data).warnings.map(formatIssue).filter((w) => w.startsWith('relations[4]'))).toEqual([
      'relations[4].evidence[0].quote: is this relation’s only passage and has fewer than 3 words; a reader may not see why it supports the relation.',
    ]);
  });

  it('warns about an actor in no relation and an alias the article never uses', () => {
    const data = fixture();
    data.actors.push({ id: 'gazette', name: 'The Example Gazette', kind: 'organisation', aliases: ['the Gazette'], description: 'The newspaper.', evidence: [{ quote: 'Northland Offers' }] });
    const result = parseDataset(data);
    expect(result.ok).toBe(true);
    expect(result.warnings.map(formatIssue)).toEqual([
      'actors[6]: “gazette” takes part in no relation, claims none and has no part, so the map shows it alone.',
      'actors[6].aliases[0]: “the Gazette” does not appear in the article; aliases are the article’s own words for the actor.',
    ]);
  });

  it('reports structural and reference errors together, so one run shows everything', () => {
    const data = fixture();
    data.relations[0].stance = 42;
    data.relations[1].target = 'nobody';
    expect(errorsOf(data)).toEqual([
      'relations[0].stance: 42 is not one of: support, hostility, offer, payment.',
      'relations[1].target: no actor has the id “nobody”.',
    ]);
  });
});

describe('parseDatasetText', () => {
  it('names the line and column of a JSON syntax error', () => {
    const broken = fixtureText.replace('"title": "A fictional harbour dispute",', '"title": "A fictional harbour dispute"');
    const result = parseDatasetText(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatIssue(result.errors[0]!)).toMatch(/^\(file\): is not valid JSON: the text breaks off at line 6, column 3 /);
  });

  it('accepts a file that starts with a byte-order mark', () => {
    expect(parseDatasetText(`\uFEFF${fixtureText}`).ok).toBe(true);
  });
});

describe('the story', () => {
  it('is optional, and checked like every other reference when present', () => {
    const data = fixture();
    const withoutStory = structuredClone(data);
    delete withoutStory.story;
    expect(parseDataset(withoutStory).ok).toBe(true);
    data.story[0].actors.push('nortland');
    data.story[1].relations = ['southland-pays-stipends'];
    data.story[2].passage = { quote: "The militia's war" };
    data.story.push({ title: 'Empty', caption: 'Nothing here.', actors: [], relations: [] });
    expect(errorsOf(data)).toEqual([
      'story[0].actors[2]: no actor has the id “nortland” (did you mean “northland”?).',
      'story[1].relations[0]: no relation has the id “southland-pays-stipends” (did you mean “southland-pays-stipend”?).',
      'story[2].passage.quote: is not found word for word in the article. The closest passage, in article.paragraphs[0], is “the militia’s”.',
      'story[3]: brings nothing forward: a step needs at least one actor or relation.',
    ]);
  });
});

describe('a story step’s view and notes', () => {
  it('are optional, accepted when right, and their references checked with their paths', () => {
    const data = fixture();
    data.story[0].view = { select: 'relation:northland-offers-boats', hiddenStances: ['payment'], hiddenKinds: ['person'], focus: 'northland', frame: ['northland', 'harbour-militia'] };
    data.story[0].notes = 'Ask the class who gains from the offer.';
    expect(errorsOf(data)).toEqual([]);
    // A step whose actors and relation were deleted since its view was captured.
    data.story[0].view = { select: 'relation:northland-offers-bots', focus: 'nortland', frame: ['northland', 'harbor-militia'] };
    data.story[1].view = { select: 'actor:mara-vel' };
    expect(errorsOf(data)).toEqual([
      'story[0].view.select: no relation has the id “northland-offers-bots” (did you mean “northland-offers-boats”?).',
      'story[0].view.focus: no actor has the id “nortland” (did you mean “northland”?).',
      'story[0].view.frame[1]: no actor has the id “harbor-militia” (did you mean “harbour-militia”?).',
      'story[1].view.select: no actor has the id “mara-vel” (did you mean “mara-vell”?).',
    ]);
  });

  it('checks the blocs a step closes: actors that others are part of', () => {
    const data = fixture();
    data.story[0].view = { blocs: ['southland', 'harbour-militia'] };
    data.story[1].view = { blocs: [] };
    expect(errorsOf(data)).toEqual([]);
    data.story[0].view = { blocs: ['southlnd', 'northland'] };
    expect(errorsOf(data)).toEqual([
      'story[0].view.blocs[0]: no actor has the id “southlnd” (did you mean “southland”?).',
      'story[0].view.blocs[1]: “northland” holds no actor (none is partOf it), so it cannot be shown as a bloc.',
    ]);
  });

  it('rejects a view of the wrong shape, saying where', () => {
    const data = fixture();
    data.story[0].view = { select: 'russia', hiddenStances: ['friendship'] };
    data.story[1].notes = 42;
    const errors = errorsOf(data);
    expect(errors).toContain('story[0].view.select: “russia” is not a selection: use “actor:ID” or “relation:ID”, as the address’s select= does.');
    expect(errors.some((line) => line.startsWith('story[0].view.hiddenStances[0]:'))).toBe(true);
    expect(errors.some((line) => line.startsWith('story[1].notes:'))).toBe(true);
  });
});

describe('prefix and suffix', () => {
  it('says when a quote is there word for word but not next to its prefix', () => {
    const data = fixture();
    data.relations[1].evidence[0].prefix = 'weekly ';
    expect(errorsOf(data)).toEqual([
      'relations[1].evidence[0].quote: is in article.paragraphs[1], but not next to the given "prefix" or "suffix"; check them against the article.',
    ]);
  });
});

describe('partOf loops on any shape of membership', () => {
  /** The loops of a membership map, the slow way: each reported once, from its first member in list order. */
  function loopsByHand(parents: (number | null)[]): string[] {
    const reported = new Set<number>();
    const messages: string[] = [];
    parents.forEach((_, start) => {
      if (reported.has(start)) return;
      const path = [start];
      for (let next = parents[start]; next !== null && next !== undefined; next = parents[next]) {
        if (next === start) {
          path.forEach((member) => reported.add(member));
          messages.push(`actors[${start}].partOf: ${[...path, start].map((member) => `“a${member}”`).join(' → ')} is a loop; partOf must lead up to an actor that is part of nothing.`);
          return;
        }
        if (path.includes(next)) return;
        path.push(next);
      }
    });
    return messages;
  }

  it('reports each loop once, from its first member, and nothing for chains that end, however they join', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.nat(11), { nil: null }), { minLength: 1, maxLength: 12 }), (drawn) => {
        // No actor is part of itself (that has its own message).
        const parents = drawn.map((parent, index) => (parent === null || parent >= drawn.length || parent === index ? null : parent));
        const data = fixture();
        data.actors = parents.map((parent, index) => ({ id: `a${index}`, name: `Actor ${index}`, kind: 'state', aliases: [], description: 'A state.', evidence: data.actors[0].evidence, ...(parent === null ? {} : { partOf: `a${parent}` }) }));
        data.relations = [];
        delete data.story;
        expect(errorsOf(data).filter((message) => message.includes('is a loop'))).toEqual(loopsByHand(parents));
      }),
      runs(300),
    );
  });
});
