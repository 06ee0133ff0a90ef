/**
 * A dataset broken in odd places (an item that is null, a list that is text, a field left out)
 * gets each problem once, at its place, and nothing more: no second message invented from the
 * missing value, and no crash of the check. And the checks between items hold at their edges.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/model/parseDataset';
import { formatIssue } from '../../src/model/validationIssue';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const fixtureText = readFileSync('data/fixtures/small.json', 'utf8');
const fixture = (): Json => JSON.parse(fixtureText);

function problems(dataset: Json) {
  const result = parseDataset(dataset);
  return { errors: result.ok ? [] : result.errors.map(formatIssue), warnings: result.warnings.map(formatIssue) };
}

describe('a dataset broken in odd places', () => {
  it('names a relation or a story step that is null, and nothing else', () => {
    const data = fixture();
    data.relations.push(null);
    data.story = [null];
    expect(problems(data)).toEqual({
      errors: ['relations[8]: should be an object { … }, but is null.', 'story[0]: should be an object { … }, but is null.'],
      warnings: [],
    });
  });

  it('names a list given as text, a passage given as text and a bloc given as a number, each once', () => {
    const data = fixture();
    data.story[0].actors = 'northland';
    data.story[1].view = { frame: 'northland', blocs: [5] };
    data.story[3] = { ...data.story[1], view: { frame: [7] } };
    data.story[2].passage = 'text';
    expect(problems(data)).toEqual({
      errors: [
        'story[0].actors: should be a list [ … ], but is the text “northland”.',
        'story[1].view.frame: should be a list [ … ], but is the text “northland”.',
        'story[1].view.blocs[0]: should be text in quotes, but is the number 5.',
        'story[2].passage: should be an object { … }, but is the text “text”.',
        'story[3].view.frame[0]: should be text in quotes, but is the number 7.',
      ],
      warnings: [],
    });
  });

  it('names a step without its actors, and a relation with neither end, without calling the ends the same actor', () => {
    const data = fixture();
    delete data.story[0].actors;
    data.story[0].relations = [];
    delete data.relations[0].source;
    delete data.relations[0].target;
    expect(problems(data).errors).toEqual([
      'relations[0].source: is missing; it should be text in quotes.',
      'relations[0].target: is missing; it should be text in quotes.',
      'story[0].actors: is missing; it should be a list [ … ].',
    ]);
  });

  it('names a blank credit field as an error, and warns only of the field left out', () => {
    const data = fixture();
    data.article.url = '';
    delete data.article.rights;
    expect(problems(data)).toEqual({
      errors: ['article.url: “” is not a web address: it must start with http:// or https://.'],
      warnings: ['article.rights: is not given yet: add the rights line (for example “© The Gazette, used with permission”), shown wherever the text is. A draft can wait; publishing needs it.'],
    });
  });

  it('names a passage without its quote, without a warning about the quote’s length', () => {
    const data = fixture();
    data.relations[0].evidence = [{}];
    expect(problems(data)).toEqual({ errors: ['relations[0].evidence[0].quote: is missing; it should be text in quotes.'], warnings: [] });
  });

  it('warns of nobody about a claimant or an actor that has no id: the missing id is the problem', () => {
    const claimant = fixture();
    claimant.claimants = [{ name: 'A harbour pilot' }];
    expect(problems(claimant)).toEqual({ errors: ['claimants[0].id: is missing; it should be text in quotes.'], warnings: [] });
    const actor = fixture();
    delete actor.actors[4].id;
    expect(problems(actor).warnings).toEqual([]);
  });

  it('still warns of an actor on its own when its only member has no id', () => {
    const data = fixture();
    data.actors.push({ ...data.actors[0], id: 'lonely-isle', name: 'Lonely Isle' });
    data.actors.push({ ...data.actors[0], name: 'Isle Guard', partOf: 'lonely-isle' });
    delete data.actors.at(-1).id;
    expect(problems(data).warnings).toContain('actors[6]: “lonely-isle” takes part in no relation, claims none and has no part, so the map shows it alone.');
  });
});

describe('the checks between items, at their edges', () => {
  it('says an actor cannot be part of itself, rather than calling it a loop', () => {
    const data = fixture();
    data.actors[0].partOf = 'northland';
    expect(problems(data).errors).toEqual(['actors[0].partOf: an actor cannot be part of itself.']);
  });

  it('reports a loop of three once, from its first member', () => {
    const data = fixture();
    data.actors[0].partOf = 'southland';
    data.actors[1].partOf = 'raiders';
    data.actors[5].partOf = 'northland';
    expect(problems(data).errors).toEqual(['actors[0].partOf: “northland” → “southland” → “raiders” → “northland” is a loop; partOf must lead up to an actor that is part of nothing.']);
  });

  it('names two claimants with one id as claimants', () => {
    const data = fixture();
    data.claimants = [
      { id: 'pilot', name: 'A harbour pilot' },
      { id: 'pilot', name: 'Another pilot' },
    ];
    data.relations[0].claimedBy = 'pilot';
    expect(problems(data).errors).toEqual(['claimants[1].id: “pilot” is already the id of claimants[0]; every claimant needs its own id.']);
  });

  it('accepts a step that selects an actor, and warns of no short quote when a relation has two', () => {
    const data = fixture();
    data.story[0].view = { select: 'actor:mara-vell' };
    data.relations[0].evidence.unshift({ quote: 'the Raiders' });
    const { errors, warnings } = problems(data);
    expect(errors).toEqual([]);
    expect(warnings.filter((warning) => warning.includes('only passage'))).toEqual([]);
    // One short quote alone is warned of.
    data.relations[0].evidence = [{ quote: 'the Raiders' }];
    expect(problems(data).warnings.filter((warning) => warning.includes('only passage'))).toEqual([
      'relations[0].evidence[0].quote: is this relation’s only passage and has fewer than 3 words; a reader may not see why it supports the relation.',
    ]);
  });
});

describe('where an evidence points', () => {
  it('names a paragraph the article does not have, with how many it has, and a negative one once', () => {
    const data = fixture();
    data.relations[0].evidence[0].paragraph = 4;
    data.relations[1].evidence[0].paragraph = -1;
    expect(problems(data).errors).toEqual([
      'relations[0].evidence[0].paragraph: there is no article.paragraphs[4]; the article has 4 paragraphs, numbered 0 to 3.',
      'relations[1].evidence[0].paragraph: -1 is too small: it must be 0 or more.',
    ]);
  });

  it('says where a quote was looked for: the paragraph named, or the whole article', () => {
    const data = fixture();
    data.relations[0].evidence[0] = { quote: 'Southland has paid the militia a monthly stipend since 2018', paragraph: 0 };
    data.relations[2].evidence[0] = { quote: 'words no paragraph holds at all, not even nearly: zebra quartz' };
    expect(problems(data).errors).toEqual([
      'relations[0].evidence[0].quote: is not found word for word in article.paragraphs[0], and no passage comes close. Copy the quote exactly from the title, the dek or one paragraph.',
      'relations[2].evidence[0].quote: is not found word for word in the article, and no passage comes close. Copy the quote exactly from the title, the dek or one paragraph.',
    ]);
  });

  it('checks a quote against its suffix as against its prefix', () => {
    const data = fixture();
    data.relations[1].evidence[0] = { quote: 'Southland has paid the militia', suffix: ' a weekly stipend' };
    expect(problems(data).errors).toEqual(['relations[1].evidence[0].quote: is in article.paragraphs[1], but not next to the given "prefix" or "suffix"; check them against the article.']);
  });

  it('warns of a quote found in several places, naming each', () => {
    const data = fixture();
    data.relations[0].evidence.push({ quote: 'Northland' });
    expect(problems(data).warnings).toEqual(['relations[0].evidence[1].quote: occurs 4 times (the title, article.paragraphs[0], article.paragraphs[3], article.paragraphs[3]); the first is used. Add "paragraph", "prefix" or "suffix" to choose one.']);
  });
});
