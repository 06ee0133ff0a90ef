import { describe, expect, it } from 'vitest';
import { formatImportIssue, importCsv, type CsvImportInput, type ImportResult } from '../../../src/model/formats/importCsv';

// A fictional dispute over a lake, written for these tests: one paragraph per claim, so that a
// problem's line in article.txt and its row in relations.csv can be told apart.
const CLAIMS: [source: string, target: string, stance: string, sentence: string][] = [
  ['westmark', 'river-guard', 'support', 'Westmark has armed the River Guard with patrol boats.'],
  ['eastmark', 'river-guard', 'hostility', 'Eastmark has shelled the River Guard’s camps on the northern shore.'],
  ['westmark', 'eastmark', 'hostility', 'Westmark and Eastmark have quarrelled over the lake since the treaty lapsed.'],
  ['lake-council', 'westmark', 'offer', 'The Lake Council has offered Westmark a seat at its table.'],
  ['lake-council', 'eastmark', 'offer', 'The Lake Council has offered Eastmark the same seat.'],
  ['eastmark', 'lake-council', 'payment', 'Eastmark has paid the Lake Council its yearly dues.'],
  ['westmark', 'lake-council', 'payment', 'Westmark has paid the Lake Council nothing this year.'],
  ['river-guard', 'eastmark', 'hostility', 'The River Guard has raided Eastmark’s fisheries twice.'],
  ['river-guard', 'lake-council', 'support', 'The River Guard has escorted the Lake Council’s inspectors.'],
  ['eastmark', 'westmark', 'offer', 'Eastmark has offered Westmark a truce for the fishing season.'],
  ['westmark', 'river-guard', 'payment', 'Westmark has paid the River Guard a monthly wage.'],
  ['lake-council', 'river-guard', 'hostility', 'The Lake Council has condemned the River Guard’s raids.'],
];

const ACTORS_CSV = [
  'id,name,kind,aliases,description,evidence',
  'westmark,Westmark,state,,A lakeside state.,Westmark has armed the River Guard',
  'eastmark,Eastmark,state,,The other lakeside state.,Eastmark has shelled the River Guard’s camps',
  'river-guard,River Guard,armed-group,,A militia on the lake.,the River Guard with patrol boats',
  'lake-council,Lake Council,organisation,,A body both states answer to.,The Lake Council has offered Westmark',
].join('\n');

const relationsCsv = (claims = CLAIMS, ids = claims.map((_, index) => `claim-${index + 1}`)) =>
  ['id,source,target,stance,status,summary,claimedBy,quote', ...claims.map(([source, target, stance, sentence], index) => `${ids[index]},${source},${target},${stance},ongoing,A claim of ${stance},outlet,${sentence}`)].join('\n');

// article.txt: the title on line 1, then one paragraph per claim from line 3, every other line.
const ARTICLE_TEXT = ['A Quarrel Over the Lake', '', ...CLAIMS.flatMap(([, , , sentence]) => [sentence, ''])].join('\n');
const lineOfParagraph = (index: number) => 3 + 2 * index;
/** article.txt without its title line and the blank line under it, for article.json to give the title. */
const ARTICLE_BODY = ARTICLE_TEXT.split('\n').slice(2).join('\n');

const base: CsvImportInput = {
  actorsCsv: ACTORS_CSV,
  relationsCsv: relationsCsv(),
  articleText: ARTICLE_TEXT,
  articleMeta: { dek: 'Two states, a militia and a council.', outlet: 'The Example Gazette', author: 'A. Reporter', published: '2021-05-02', url: 'https://example.org/lake', rights: 'Fictional text written for stancemap’s tests.' },
  datasetMeta: { id: 'lake-quarrel', title: 'A quarrel over the lake' },
};

const read = (input: Partial<CsvImportInput>): ImportResult => importCsv({ ...base, ...input });
const errorsOf = (result: ImportResult) => (result.ok ? [] : result.errors.map(formatImportIssue));
const warningsOf = (result: ImportResult) => result.warnings.map(formatImportIssue);
/** Each error's JSON path, dotted, beside its place in the files. */
const pathsAndPlaces = (result: ImportResult) => (result.ok ? [] : result.errors.map((found) => [found.path.join('.'), found.location]));
/** `csv` with an extra column, holding `cell` in line `line` of the file (the header is line 0). */
const withExtra = (csv: string, line: number, cell: string) =>
  csv
    .split('\n')
    .map((text, index) => `${text},${index === 0 ? 'extra' : index === line ? cell : ''}`)
    .join('\n');

describe('importCsv says where each problem is, in the file a person opens', () => {
  it('reads the test article without a problem', () => {
    const result = read({});
    expect(errorsOf(result)).toEqual([]);
    expect(warningsOf(result)).toEqual([]);
    expect(result.ok && result.dataset.relations).toHaveLength(CLAIMS.length);
  });

  it('names a quote the article lacks by its cell, and the closest passage by its line in article.txt', () => {
    const claims = CLAIMS.map((claim, index): (typeof CLAIMS)[number] => (index === 10 ? [claim[0], claim[1], claim[2], 'Westmark has paid the River Guard a weekly wage.'] : claim));
    expect(errorsOf(read({ relationsCsv: relationsCsv(claims) }))).toEqual([
      `relations.csv, row 12, column "quote": is not found word for word in the article. The closest passage, in the paragraph at line ${lineOfParagraph(10)} of article.txt, is “Westmark has paid the River Guard a monthly wage.”.`,
    ]);
  });

  it('names another relation by its row, also past row 9', () => {
    // The twelfth claim given twice: the second copy is row 14, the first row 13.
    const claims = [...CLAIMS, CLAIMS[11]!];
    const result = read({ relationsCsv: relationsCsv(claims) });
    expect(errorsOf(result)).toEqual([]);
    expect(warningsOf(result)).toEqual([
      'relations.csv, row 14, column "quote": is also row 13 of relations.csv’s passage, with the same actors and stance: one claim, mapped twice. Merge the two, or quote what tells them apart.',
    ]);
  });

  it('lists problems file by file, row by row, and within a row in the order of the file’s own columns', () => {
    // The columns reversed: in each row, quote comes first and id last.
    const reversed = (csv: string) =>
      csv
        .split('\n')
        .map((line) => line.split(',').reverse().join(','))
        .join('\n');
    const claims = CLAIMS.map((claim, index): (typeof CLAIMS)[number] => (index === 1 ? ['nowhere', claim[1], 'rivalry', claim[3]] : claim));
    const actors = ACTORS_CSV.replace('lake-council,Lake Council,organisation', 'lake-council,Lake Council,club');
    const result = read({ actorsCsv: reversed(actors), relationsCsv: reversed(relationsCsv(claims)), articleMeta: { ...base.articleMeta, published: 'last spring' } });
    expect(errorsOf(result)).toEqual([
      'actors.csv, row 5, column "kind": “club” is not one of: state, government-body, armed-group, person, organisation, other.',
      'relations.csv, row 3, column "stance": “rivalry” is not one of: support, hostility, offer, payment.',
      'relations.csv, row 3, column "source": no actor has the id “nowhere”.',
      'article.json, field "article.published": “last spring” is not a date in the form YYYY-MM-DD.',
    ]);
  });

  it('makes the ids a spreadsheet leaves empty from names and stances, each unique, never “outlet”', () => {
    const actors = ACTORS_CSV.replace('\nwestmark,Westmark,', '\n,Westmark,') + '\n,Outlet,organisation,,A newspaper.,The Example Gazette';
    const claims = CLAIMS.map((claim, index): (typeof CLAIMS)[number] => (index === 2 ? ['Westmark', 'Eastmark', 'hostility', claim[3]] : claim));
    const ids = claims.map((_, index) => (index === 2 || index === 9 ? '' : `claim-${index + 1}`));
    // The tenth claim, Eastmark's offer to Westmark, made a second hostility between the same two.
    const tenth = claims[9]!;
    claims[9] = ['westmark', 'eastmark', 'hostility', tenth[3]];
    const result = read({ actorsCsv: actors, relationsCsv: relationsCsv(claims, ids), articleText: `${ARTICLE_TEXT}\nThe Example Gazette reported it all.` });
    expect(errorsOf(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.dataset.actors.map((actor) => actor.id)).toEqual(['westmark', 'eastmark', 'river-guard', 'lake-council', 'outlet-2']);
    expect(result.dataset.relations[2]!.id).toBe('westmark-hostility-eastmark');
    expect(result.dataset.relations[9]!.id).toBe('westmark-hostility-eastmark-2');
    // Named by its name in the source cell, the actor is referred to by its id.
    expect(result.dataset.relations[2]!.source).toBe('westmark');
  });
});

describe('importCsv with article.json and article.txt together', () => {
  it('ignores lines under the title when article.json gives the dek, and says which lines', () => {
    const text = ARTICLE_TEXT.replace('A Quarrel Over the Lake', 'A Quarrel Over the Lake\nTwo states and a militia\nand a council');
    const result = read({ articleText: text });
    expect(warningsOf(result)).toEqual(['article.txt, line 2: lines 2–3 of article.txt stand under the title, where a dek would, but article.json gives the dek; they are ignored.']);
    expect(result.ok && result.dataset.article.dek).toBe('Two states, a militia and a council.');
  });

  it('takes the dek from the lines under the title when article.json has none, and the dataset’s title and id from the article', () => {
    const text = ARTICLE_TEXT.replace('A Quarrel Over the Lake', 'A Quarrel Over the Lake\nTwo states and a militia');
    const result = read({ articleText: text, articleMeta: { outlet: 'The Example Gazette' }, datasetMeta: {} });
    expect(errorsOf(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.dataset.article.title).toBe('A Quarrel Over the Lake');
    expect(result.dataset.article.dek).toBe('Two states and a militia');
    expect(result.dataset.title).toBe('A Quarrel Over the Lake');
    expect(result.dataset.id).toBe('a-quarrel-over-the-lake');
    expect(result.dataset.article.paragraphs).toHaveLength(CLAIMS.length);
  });

  it('gives an empty dek when neither file has one', () => {
    const result = read({ articleMeta: { outlet: 'The Example Gazette' } });
    expect(result.ok && result.dataset.article.dek).toBe('');
    // With the title from article.json, article.txt is all paragraphs and gives no dek either.
    const titled = read({ articleText: ARTICLE_BODY, articleMeta: { title: 'A Quarrel Over the Lake', outlet: 'The Example Gazette' } });
    expect(titled.ok && titled.dataset.article).toMatchObject({ title: 'A Quarrel Over the Lake', dek: '' });
  });

  it('ignores the actors, relations and paragraphs article.json gives, each with a warning at its field', () => {
    const result = read({ articleMeta: { ...base.articleMeta, paragraphs: ['Another text.'] }, datasetMeta: { ...base.datasetMeta, actors: [], relations: [] } });
    expect(errorsOf(result)).toEqual([]);
    expect(warningsOf(result)).toEqual([
      'article.json, field "actors": is ignored: the actors come from actors.csv.',
      'article.json, field "relations": is ignored: the relations come from relations.csv.',
      'article.json, field "article.paragraphs": is ignored: the paragraphs come from article.txt.',
    ]);
    expect(result.ok && result.dataset.actors).toHaveLength(4);
  });

  it('traces a problem with the article’s title, and with the dataset’s title taken from it, to line 1 of article.txt, said once', () => {
    const long = 'A'.repeat(100_001);
    const result = read({ articleText: ARTICLE_TEXT.replace('A Quarrel Over the Lake', long), articleMeta: { outlet: 'The Example Gazette' }, datasetMeta: { id: 'lake-quarrel' } });
    const titleProblems = (result.ok ? [] : result.errors).filter((found) => found.path.join('.') === 'article.title' || found.path.join('.') === 'title');
    // The same words at the same place: the dataset's title is the article's, one problem for the reader.
    expect(titleProblems.map((found) => found.location)).toEqual([{ file: 'article.txt', line: 1 }]);
    expect(titleProblems[0]!.message).toMatch(/^is 100,?001 characters long/);
  });
});

/** relations.csv with the extra columns when, date, amount, amountValue and amountCurrency, filled for one row. */
const withColumns = (index: number, cells: { when?: string; date?: string; amount?: string; amountValue?: string; amountCurrency?: string; source?: string; claimedBy?: string }) => {
  const [head, ...rows] = relationsCsv().split('\n');
  const extra = (row: number) => {
    const filled = row === index ? cells : {};
    return [filled.when ?? '', filled.date ?? '', filled.amount ?? '', filled.amountValue ?? '', filled.amountCurrency ?? ''].join(',');
  };
  return [`${head},when,date,amount,amountValue,amountCurrency`, ...rows.map((row, at) => {
    const values = row.split(',');
    if (at === index && cells.source !== undefined) values[1] = cells.source;
    if (at === index && cells.claimedBy !== undefined) values[6] = cells.claimedBy;
    return `${values.join(',')},${extra(at)}`;
  })].join('\n');
};

describe('importCsv traces what the checker finds to the cell or the line it came from', () => {
  /** relations.csv with an extra column, holding `json` in the row of claim `index` (0-based). */
  const relationsWithJson = (index: number, json: string) => withExtra(relationsCsv(), index + 1, `"${json.replace(/"/g, '""')}"`);
  it('a date that is no date, at its row and column “date”', () => {
    const result = read({ relationsCsv: withColumns(2, { when: 'since the treaty lapsed', date: '2021-13-45' }) });
    expect(errorsOf(result)).toEqual([expect.stringMatching(/^relations\.csv, row 4, column "date": /)]);
  });

  it('an amount on a stance that carries none, at its column “amount”; a currency that is no code, at “amountCurrency”', () => {
    // The first claim is Westmark's support for the River Guard; the sixth, a payment.
    expect(errorsOf(read({ relationsCsv: withColumns(0, { amount: 'patrol boats worth $2m', amountValue: '2000000', amountCurrency: 'USD' }) }))).toEqual([
      expect.stringMatching(/^relations\.csv, row 2, column "amount": only payments and offers carry an amount/),
    ]);
    expect(errorsOf(read({ relationsCsv: withColumns(5, { amount: 'its yearly dues', amountCurrency: 'dollars' }) }))).toEqual([expect.stringMatching(/^relations\.csv, row 7, column "amountCurrency": /)]);
  });

  it('takes an actor’s name for its id in source and claimedBy, and “outlet” only as who claims', () => {
    const named = read({ relationsCsv: withColumns(3, { source: 'Lake Council', claimedBy: 'Outlet' }) });
    expect(errorsOf(named)).toEqual([]);
    expect(named.ok && [named.dataset.relations[3]!.source, named.dataset.relations[3]!.claimedBy]).toEqual(['lake-council', 'outlet']);
    expect(errorsOf(read({ relationsCsv: withColumns(3, { source: 'outlet' }) }))).toEqual([expect.stringMatching(/^relations\.csv, row 5, column "source": /)]);
  });

  it('credits a person quoted who is not on the map, named in relations.csv, to their id in article.json’s claimants', () => {
    const claimants = [{ id: 'harbour-master', name: 'The Harbour Master', description: 'Keeps the lake’s records.' }];
    const result = read({ relationsCsv: withColumns(4, { claimedBy: 'the harbour master' }), datasetMeta: { ...base.datasetMeta, claimants } });
    expect(errorsOf(result)).toEqual([]);
    expect(result.ok && result.dataset.relations[4]!.claimedBy).toBe('harbour-master');
  });

  it('takes a bloc by its name in partOf, never the outlet, and names a wrong one at its cell', () => {
    const actors = (partOf: string) => ACTORS_CSV.replace('id,name,kind,aliases,description,evidence', 'id,name,kind,aliases,description,evidence,partOf').split('\n').map((line, index) => (index === 0 ? line : `${line},${index === 1 ? partOf : ''}`)).join('\n');
    const result = read({ actorsCsv: actors('Lake Council') });
    expect(errorsOf(result)).toEqual([]);
    expect(result.ok && result.dataset.actors[0]!.partOf).toBe('lake-council');
    // The outlet is who reports, not a bloc: the cell is named, with the value as the person wrote it.
    const outlet = errorsOf(read({ actorsCsv: actors('Outlet') }));
    expect(outlet.length).toBeGreaterThan(0);
    for (const error of outlet) expect(error).toMatch(/^actors\.csv, row 2, column "partOf": .*“Outlet”/);
  });

  it('a paragraph too long, at its line of article.txt; a dek too long, at the line under the title', () => {
    const long = 'The lake rose. '.repeat(7000).trim();
    const paragraph = read({ articleText: ARTICLE_TEXT.replace(CLAIMS[5]![3], `${CLAIMS[5]![3]} ${long}`) });
    expect(errorsOf(paragraph)).toEqual([expect.stringMatching(new RegExp(`^article\\.txt, line ${lineOfParagraph(5)}: is 10[0-9,]+ characters long`))]);
    const dek = read({ articleText: ARTICLE_TEXT.replace('A Quarrel Over the Lake', `A Quarrel Over the Lake\n${long}`), articleMeta: { outlet: 'The Example Gazette' } });
    expect(errorsOf(dek)).toEqual([expect.stringMatching(/^article\.txt, line 2: is 10[0-9,]+ characters long/)]);
  });

  it('trims the title, and keeps a dek of several lines as its lines', () => {
    const text = ARTICLE_TEXT.replace('A Quarrel Over the Lake', '  A Quarrel Over the Lake  \nTwo states and a militia\nand a council  ');
    const result = read({ articleText: text, articleMeta: { outlet: 'The Example Gazette' } });
    expect(result.ok && [result.dataset.article.title, result.dataset.article.dek]).toEqual(['A Quarrel Over the Lake', 'Two states and a militia\nand a council']);
  });

  it('names the other row of a repeated actor id as a row of actors.csv', () => {
    const actors = `${ACTORS_CSV}\nwestmark,West March,state,,A namesake.,Westmark has armed the River Guard`;
    expect(errorsOf(read({ actorsCsv: actors }))).toEqual(['actors.csv, row 6, column "id": “westmark” is already the id of row 2 of actors.csv; every actor needs its own id.']);
  });

  it('names the other row of a repeated actor id by the actors’ own rows, whatever relations.csv holds', () => {
    const actors = `${ACTORS_CSV}\nlake-council,Lake Board,organisation,,A namesake.,The Lake Council has offered Westmark`;
    // Two relations: no row of relations.csv stands where the council’s row of actors.csv does.
    const errors = errorsOf(read({ actorsCsv: actors, relationsCsv: relationsCsv(CLAIMS.slice(0, 2)) }));
    expect(errors).toContain('actors.csv, row 6, column "id": “lake-council” is already the id of row 5 of actors.csv; every actor needs its own id.');
  });

  it('names a field inside the extra column by its path there', () => {
    const result = read({ relationsCsv: relationsWithJson(1, '{"when": {"text": "since the thaw", "date": "2021-99"}}') });
    expect(result.ok ? [] : result.errors.map((found) => found.location)).toEqual([{ file: 'relations.csv', row: 3, column: 'extra', field: 'when.date' }]);
  });

  it('says an extra cell of JSON null is not an object, as for any other value that is not one', () => {
    for (const cell of ['null', '[1, 2]', '"text"']) {
      expect(errorsOf(read({ relationsCsv: relationsWithJson(0, cell) })), cell).toEqual(['relations.csv, row 2, column "extra": is not a JSON object { … }: this column holds, as JSON, the fields the other columns cannot.']);
    }
    expect.assertions(3);
  });

  it('reads a file with a column it does not know, and says so in a warning', () => {
    const result = read({ actorsCsv: ACTORS_CSV.replace('id,name,kind,aliases,description,evidence', 'id,name,kind,aliases,description,evidence,notes') });
    expect(result.ok).toBe(true);
    expect(warningsOf(result)).toEqual([expect.stringMatching(/^actors\.csv, column "notes": is not a column stancemap reads/)]);
  });

  it('traces a problem with the dataset’s own fields to article.json, at the field', () => {
    const result = read({ datasetMeta: { ...base.datasetMeta, id: 'A Lake Quarrel' } });
    expect(result.ok ? [] : result.errors.map((found) => found.location)).toEqual([{ file: 'article.json', field: 'id' }]);
  });

  it('says once that article.json’s title is no text, though the dataset takes its title from it', () => {
    const result = read({ articleText: ARTICLE_BODY, articleMeta: { ...base.articleMeta, title: 5 } as CsvImportInput['articleMeta'] });
    expect(errorsOf(result)).toEqual(['article.json, field "article.title": should be text in quotes, but is the number 5.']);
  });

  it('makes the id “actor” for an actor with neither id nor a name that is text, and names it so', () => {
    const result = read({ actorsCsv: withExtra(`${ACTORS_CSV}\n,Ghost,state,,Nobody.,Westmark has armed the River Guard`, 5, '"{""name"": 5}"') });
    expect(errorsOf(result)).toEqual(['actors.csv, row 6, column "extra", field "name": should be text in quotes, but is the number 5.']);
    expect(warningsOf(result)).toContain('actors.csv, row 6: “actor” takes part in no relation, claims none and has no part, so the map shows it alone.');
  });

  it('counts the problems past the list’s end at no file, since they stand in many', () => {
    const bribes = Array.from({ length: 105 }, (_, index): (typeof CLAIMS)[number] => {
      const [source, target, , sentence] = CLAIMS[index % CLAIMS.length]!;
      return [source, target, 'bribe', sentence];
    });
    const result = read({ relationsCsv: relationsCsv(bribes) });
    const errors = result.ok ? [] : result.errors;
    expect(errors).toHaveLength(101);
    expect(errors[0]!.location).toEqual({ file: 'relations.csv', row: 2, column: 'stance' });
    expect(errors.at(-1)!.location).toBeUndefined();
    expect(formatImportIssue(errors.at(-1)!)).toBe('(file): has 5 more errors (105 in all); fix these first.');
  });

  it('makes an empty id from the name without taking one the file already gives', () => {
    const actors = `${ACTORS_CSV}\n,Westmark,state,,A second Westmark.,Westmark has armed the River Guard`;
    const result = read({ actorsCsv: actors });
    expect(result.ok && result.dataset.actors.map((actor) => actor.id)).toEqual(['westmark', 'eastmark', 'river-guard', 'lake-council', 'westmark-2']);
  });
});

describe('importCsv finds the passage for an actor whose evidence cell is empty', () => {
  const article = [
    'A Quarrel Over the Lake',
    '',
    'The River Guard, paid by Westmark, has escorted the Lake Council’s inspectors.',
    '',
    'Westmark has paid the River Guard a monthly wage.',
    '',
    'The lake froze early this year. The treasury said: “Eastmark will not pay.” Talks resumed in March.',
  ].join('\n');
  const actors = ['id,name,kind,description,evidence', 'westmark,Westmark,state,A lakeside state.,', 'eastmark,Eastmark,state,The other lakeside state.,', 'river-guard,River Guard,armed-group,A militia.,', 'lake-council,Lake Council,organisation,A council.,'].join('\n');
  const relations = [
    'id,source,target,stance,status,summary,claimedBy,quote',
    'escort,river-guard,lake-council,support,ongoing,The Guard escorts the inspectors,outlet,"The River Guard, paid by Westmark, has escorted the Lake Council’s inspectors."',
    'wage,westmark,river-guard,payment,ongoing,Westmark pays the Guard,outlet,Westmark has paid the River Guard a monthly wage.',
  ].join('\n');

  it('takes a quote of the actor’s own relations before another’s, and else the one sentence of the article that names it', () => {
    const result = read({ actorsCsv: actors, relationsCsv: relations, articleText: article, articleMeta: { outlet: 'The Example Gazette' } });
    expect(result.ok && result.dataset.actors.map((actor) => [actor.id, actor.evidence[0]?.quote])).toEqual([
      // Named first in the escort's quote, but its own relation is the wage.
      ['westmark', 'Westmark has paid the River Guard a monthly wage.'],
      // In no relation: its sentence, closing quote mark and all, and no more.
      ['eastmark', 'The treasury said: “Eastmark will not pay.”'],
      ['river-guard', 'The River Guard, paid by Westmark, has escorted the Lake Council’s inspectors.'],
      ['lake-council', 'The River Guard, paid by Westmark, has escorted the Lake Council’s inspectors.'],
    ]);
  });
});

describe('importCsv gives each problem its JSON path as well as its place in the files', () => {
  it('the fields article.json gives that the files replace, the dek lines it overrides, and an empty article', () => {
    const text = ARTICLE_TEXT.replace('A Quarrel Over the Lake', 'A Quarrel Over the Lake\nTwo states and a militia');
    const result = read({ articleText: text, articleMeta: { ...base.articleMeta, paragraphs: ['Another text.'] }, datasetMeta: { ...base.datasetMeta, actors: [], relations: [] } });
    expect(result.warnings.map((found) => found.path.join('.'))).toEqual(['article.dek', 'actors', 'relations', 'article.paragraphs']);
    const empty = read({ articleText: '' });
    expect(pathsAndPlaces(empty)).toEqual([['article.paragraphs', { file: 'article.txt' }]]);
  });

  it('an empty cell at its own field, so that the row’s other problems are still told', () => {
    const noText = read({ relationsCsv: withColumns(5, { amountValue: '250', source: 'nobody' }) });
    expect(pathsAndPlaces(noText)).toEqual([
      ['relations.5.source', { file: 'relations.csv', row: 7, column: 'source' }],
      ['relations.5.amount', { file: 'relations.csv', row: 7, column: 'amount' }],
    ]);
    const rows = relationsCsv().split('\n');
    rows[3] = rows[3]!.replace(',ongoing,', ',,').replace(/^claim-3,westmark,/, 'claim-3,nobody,');
    expect(pathsAndPlaces(read({ relationsCsv: rows.join('\n') }))).toEqual([
      ['relations.2.source', { file: 'relations.csv', row: 4, column: 'source' }],
      ['relations.2.status', { file: 'relations.csv', row: 4, column: 'status' }],
    ]);
  });

  it('a cell that is not what its column holds, at the field of its row', () => {
    const result = read({ relationsCsv: withColumns(5, { amount: 'its yearly dues', amountValue: 'a lot' }) });
    expect(pathsAndPlaces(result)).toEqual([['relations.5.amount.value', { file: 'relations.csv', row: 7, column: 'amountValue' }]]);
  });

  it('an actor’s extra cell that is not JSON, at that row’s column “extra”', () => {
    expect(errorsOf(read({ actorsCsv: withExtra(ACTORS_CSV, 2, 'not json') }))).toEqual(['actors.csv, row 3, column "extra": is not a JSON object { … }: this column holds, as JSON, the fields the other columns cannot.']);
  });

  it('the dataset’s own title from article.json, at its field there, not at the article’s title line', () => {
    const result = read({ datasetMeta: { ...base.datasetMeta, title: 'T'.repeat(100_001) } });
    expect(result.ok ? [] : result.errors.map((found) => found.location)).toEqual([{ file: 'article.json', field: 'title' }]);
  });
});

describe('importCsv reads names and ids as a person writes them', () => {
  it('takes an id over another actor’s name that reads the same', () => {
    // “lake-council” is the council’s id and, written as a name, another actor’s.
    const actors = `${ACTORS_CSV}\nshore-folk,Lake-Council,organisation,,Who live on the shore.,the Lake Council’s inspectors`;
    const result = read({ actorsCsv: actors });
    expect(errorsOf(result)).toEqual([]);
    expect(result.ok && result.dataset.relations.filter((relation) => relation.source === 'lake-council').map((relation) => relation.id)).toEqual(['claim-4', 'claim-5', 'claim-12']);
  });

  it('refuses “outlet” as a relation’s source or target whatever its case, naming the value as written', () => {
    const relations = relationsCsv().replace('claim-1,westmark,river-guard', 'claim-1,Outlet,river-guard');
    expect(errorsOf(read({ relationsCsv: relations }))).toEqual([
      'relations.csv, row 2, column "source": “Outlet” is not a valid id: use lowercase letters and digits joined by single hyphens, like “liwa-al-mutasim”.',
      'relations.csv, row 2, column "source": no actor has the id “Outlet”.',
    ]);
    const asTarget = relationsCsv().replace('claim-1,westmark,river-guard', 'claim-1,westmark,OUTLET');
    expect(errorsOf(read({ relationsCsv: asTarget }))).toEqual([
      'relations.csv, row 2, column "target": “OUTLET” is not a valid id: use lowercase letters and digits joined by single hyphens, like “liwa-al-mutasim”.',
      'relations.csv, row 2, column "target": no actor has the id “OUTLET”.',
    ]);
  });

  it('says what is wrong with a claimant in article.json that is not an object, and still reads the rest', () => {
    const claimants = [null, { id: 'harbour-master', name: 'The Harbour Master', description: 'Keeps the lake’s records.' }];
    const result = read({ datasetMeta: { ...base.datasetMeta, claimants } });
    expect(pathsAndPlaces(result)).toEqual([['claimants.0', { file: 'article.json', field: 'claimants[0]' }]]);
  });

  it('gives an actor without evidence the sentence that begins with its name, not the one before', () => {
    const article = ['A Quarrel Over the Lake', '', 'Eastmark spoke first. Westmark answered at once.', '', ...CLAIMS.flatMap(([, , , sentence]) => [sentence, ''])].join('\n');
    const actors = `${ACTORS_CSV}\nnorthmark,Northmark,state,,A third state.,`;
    const withNorth = `${article}\nEastmark spoke again. Northmark kept silent.`;
    const result = read({ actorsCsv: actors, articleText: withNorth });
    expect(errorsOf(result)).toEqual([]);
    expect(result.ok && result.dataset.actors.at(-1)!.evidence[0]!.quote).toBe('Northmark kept silent.');
  });
});

describe('importCsv reads fields an extra cell gives in the wrong type as problems at that cell', () => {
  /** The test's actors.csv with an extra column, and `row` after them. */
  const actorsWithExtra = (row: string) => `${withExtra(ACTORS_CSV, -1, '')}\n${row}`;

  it('aliases that are no text or empty: each named, and never taken for a name the article uses', () => {
    // An empty alias would be "found" in every quote; a number is no name at all.
    const result = read({ actorsCsv: actorsWithExtra('ghost,Ghost Fleet,armed-group,,Unseen on the lake.,,"{""aliases"": [7, """", ""  ""]}"') });
    expect(errorsOf(result)).toEqual([
      'actors.csv, row 6, column "evidence": is empty, and no quote in relations.csv and no sentence of the article names “Ghost Fleet”: copy the passage of the article that introduces the actor.',
      'actors.csv, row 6, column "extra", field "aliases[0]": should be text in quotes, but is the number 7.',
      'actors.csv, row 6, column "extra", field "aliases[1]": is empty.',
    ]);
  });

  it('evidence that is no list of quotes: each item named, and the actor’s passage looked for past them', () => {
    // Eastmark has no evidence of its own; its first relation's evidence comes from the extra cell.
    const actors = ACTORS_CSV.replace('The other lakeside state.,Eastmark has shelled the River Guard’s camps', 'The other lakeside state.,');
    const odd = '"{""evidence"": [null, {""quote"": 5}, ""text"", {""quote"": [""Eastmark""]}, {""quote"": ""Eastmark has shelled the River Guard’s camps""}]}"';
    expect(errorsOf(read({ actorsCsv: actors, relationsCsv: withExtra(relationsCsv(), 2, odd) }))).toEqual([
      'relations.csv, row 3, column "extra", field "evidence[0]": should be an object { … }, but is null.',
      'relations.csv, row 3, column "extra", field "evidence[1].quote": should be text in quotes, but is the number 5.',
      'relations.csv, row 3, column "extra", field "evidence[2]": should be an object { … }, but is the text “text”.',
      'relations.csv, row 3, column "extra", field "evidence[3].quote": should be text in quotes, but is a list.',
    ]);
  });

  it('a name that is a number: named at the cell, with or without an id to make one from it', () => {
    for (const id of ['ghost', '']) {
      const result = read({ actorsCsv: actorsWithExtra(`${id},Ghost Fleet,armed-group,,Unseen on the lake.,Westmark has armed the River Guard,"{""name"": 5}"`) });
      expect(errorsOf(result)).toEqual(['actors.csv, row 6, column "extra", field "name": should be text in quotes, but is the number 5.']);
    }
  });
});

describe('importCsv fills in what a spreadsheet leaves out', () => {
  it('makes ids for a name and a title with no Latin letters: “actor” and “dataset”', () => {
    const result = read({ actorsCsv: `${ACTORS_CSV}\n,مجلس البحيرة,organisation,,A council.,Westmark has armed the River Guard`, datasetMeta: { title: 'نزاع البحيرة' } });
    expect(errorsOf(result)).toEqual([]);
    expect(result.ok && [result.dataset.id, result.dataset.actors.at(-1)!.id]).toEqual(['dataset', 'actor']);
  });

  it('makes a relation’s empty id without taking one the file gives another relation', () => {
    const ids = CLAIMS.map((_, index) => (index === 0 ? 'westmark-payment-river-guard' : index === 10 ? '' : `claim-${index + 1}`));
    const result = read({ relationsCsv: relationsCsv(CLAIMS, ids) });
    expect(errorsOf(result)).toEqual([]);
    expect(result.ok && [result.dataset.relations[0]!.id, result.dataset.relations[10]!.id]).toEqual(['westmark-payment-river-guard', 'westmark-payment-river-guard-2']);
  });

  it('says nothing of the id of a relation whose ends and stance are all empty: only of those cells', () => {
    const result = read({ relationsCsv: `${relationsCsv()}\n,,,,ongoing,A claim,outlet,Westmark has armed the River Guard` });
    expect(errorsOf(result)).toEqual([
      'relations.csv, row 14, column "source": is empty; write the id or the name of the actor who holds the stance.',
      'relations.csv, row 14, column "target": is empty; write the id or the name of the actor the stance is toward.',
      'relations.csv, row 14, column "stance": is empty; write one of: support, hostility, offer, payment.',
    ]);
  });

  // Northmark, a third state with no evidence of its own, named first by a quarrel it takes no part in.
  const northmarkActors = `${ACTORS_CSV}\nnorthmark,Northmark,state,,A third state.,`;
  const namingNorthmark = (claims: (typeof CLAIMS)[number][]) => claims.map((claim, index): (typeof CLAIMS)[number] => (index === 2 ? [claim[0], claim[1], claim[2], 'Westmark and Eastmark quarrelled as Northmark watched.'] : claim));
  const articleOf = (claims: (typeof CLAIMS)[number][]) => ['A Quarrel Over the Lake', '', ...claims.flatMap(([, , , sentence]) => [sentence, ''])].join('\n');

  it('takes an actor’s passage from a relation it is the target of before another relation that names it', () => {
    const claims = namingNorthmark(CLAIMS).map((claim, index): (typeof CLAIMS)[number] => (index === 11 ? ['lake-council', 'northmark', 'hostility', 'The Lake Council has condemned Northmark’s raids.'] : claim));
    const result = read({ actorsCsv: northmarkActors, relationsCsv: relationsCsv(claims), articleText: articleOf(claims) });
    expect(errorsOf(result)).toEqual([]);
    expect(result.ok && result.dataset.actors[4]!.evidence).toEqual([{ quote: 'The Lake Council has condemned Northmark’s raids.' }]);
  });

  it('takes a passage for an actor in no relation from a relation’s quote that names it, before the article’s sentences', () => {
    const claims = namingNorthmark(CLAIMS);
    // The quarrel's quote is a part of its sentence, so the two can be told apart.
    const relations = relationsCsv(claims).replace('Westmark and Eastmark quarrelled as Northmark watched.', 'quarrelled as Northmark watched');
    const result = read({ actorsCsv: northmarkActors, relationsCsv: relations, articleText: articleOf(claims) });
    expect(errorsOf(result)).toEqual([]);
    expect(result.ok && result.dataset.actors[4]!.evidence).toEqual([{ quote: 'quarrelled as Northmark watched' }]);
  });
});

describe('importCsv says each problem once, at the cell a person would fix', () => {
  it('an empty title in article.json, once at its field there, though the dataset’s title is taken from it too', () => {
    expect(errorsOf(read({ articleMeta: { ...base.articleMeta, title: '' }, datasetMeta: { id: 'lake-quarrel' } }))).toEqual(['article.json, field "article.title": is empty.']);
  });

  it('a quote one relation and the actor it gives a passage to share: its warning once, at the relation’s cell', () => {
    // The Lake Council's passage is taken from its offer, whose quote occurs twice in the article.
    const actors = ACTORS_CSV.replace('A body both states answer to.,The Lake Council has offered Westmark', 'A body both states answer to.,');
    const relations = relationsCsv().replace('The Lake Council has offered Westmark a seat at its table.', 'The Lake Council has offered');
    expect(warningsOf(read({ actorsCsv: actors, relationsCsv: relations }))).toEqual([
      'relations.csv, row 5, column "quote": occurs 2 times (the paragraph at line 9 of article.txt, the paragraph at line 11 of article.txt); the first is used. Add "paragraph", "prefix" or "suffix" to choose one.',
    ]);
  });

  it('a dek in article.json that is no text, though the lines under the title it overrides have their own warning', () => {
    const result = read({ articleMeta: { ...base.articleMeta, dek: 5 }, articleText: ARTICLE_TEXT.replace('A Quarrel Over the Lake\n', 'A Quarrel Over the Lake\nA line under the title\n') });
    expect(errorsOf(result)).toEqual(['article.json, field "article.dek": should be text in quotes, but is the number 5.']);
    expect(warningsOf(result)).toContain('article.txt, line 2: lines 2–2 of article.txt stand under the title, where a dek would, but article.json gives the dek; they are ignored.');
  });

  it('a row whose extra cell is no JSON keeps the warnings the rest of the row has', () => {
    const result = read({ actorsCsv: withExtra(`${ACTORS_CSV}\nnorthmark,Northmark,state,,A third state.,Westmark has armed`, 5, 'not json') });
    expect(errorsOf(result)).toEqual(['actors.csv, row 6, column "extra": is not a JSON object { … }: this column holds, as JSON, the fields the other columns cannot.']);
    expect(warningsOf(result)).toContain('actors.csv, row 6: “northmark” takes part in no relation, claims none and has no part, so the map shows it alone.');
  });

  it('no complaint about an empty when cell when the extra cell gives when', () => {
    const result = read({ relationsCsv: withExtra(withColumns(1, { date: '2021-05-01' }), 2, '"{""when"": {""text"": ""in May"", ""date"": ""2021-05""}}"') });
    expect(errorsOf(result)).toEqual([]);
    expect(result.ok && result.dataset.relations[1]!.when).toEqual({ text: 'in May', date: '2021-05' });
  });

  it('an amount too large for a number, at its column “amountValue”', () => {
    expect(pathsAndPlaces(read({ relationsCsv: withColumns(6, { amount: 'nothing', amountValue: '1e400' }) }))).toEqual([['relations.6.amount.value', { file: 'relations.csv', row: 8, column: 'amountValue' }]]);
  });

  it('a paragraph the article does not have, named as the extra cell names it', () => {
    const result = read({ relationsCsv: withExtra(relationsCsv(), 2, '"{""evidence"": [{""quote"": ""Westmark has armed the River Guard"", ""paragraph"": 99}]}"') });
    expect(errorsOf(result)).toEqual([
      'relations.csv, row 3, column "extra", field "evidence[0].paragraph": there is no article.paragraphs[99]; the article has 12 paragraphs, numbered 0 to 11.',
    ]);
  });

  it('a row’s errors in the order of the file’s own columns, their headers written in capitals', () => {
    const actors = `${ACTORS_CSV}\nnorthmark,Northmark,,,A third state.,Northmark has armed nobody`
      .split('\n')
      .map((line, index) => {
        const [id, name, kind, aliases, description, evidence] = line.split(',');
        return index === 0 ? 'Evidence,ID,Name,Kind,Aliases,Description' : [evidence, id, name, kind, aliases, description].join(',');
      })
      .join('\n');
    expect(pathsAndPlaces(read({ actorsCsv: actors })).map(([, place]) => place)).toEqual([
      { file: 'actors.csv', row: 6, column: 'Evidence' },
      { file: 'actors.csv', row: 6, column: 'Kind' },
    ]);
  });

  it('an error at a column the file lacks after those at the columns it has', () => {
    const actors = ['id,name,kind,description', 'westmark,Westmark,state,A lakeside state.', 'eastmark,Eastmark,state,The other lakeside state.', 'river-guard,River Guard,armed-group,A militia.', 'lake-council,Lake Council,organisation,A body.', 'ghost,Ghost Fleet,,Unseen.'].join('\n');
    expect(pathsAndPlaces(read({ actorsCsv: actors })).map(([, place]) => place)).toEqual([
      { file: 'actors.csv', row: 6, column: 'kind' },
      { file: 'actors.csv', row: 6, column: 'evidence' },
    ]);
  });
});

describe('importCsv lists the warnings of one row as a person reads it', () => {
  it('what concerns the whole row first, then its cells in the order of the columns', () => {
    // The aliases column first: the row's own warning still comes before it.
    const actors = `${ACTORS_CSV}\nnorthmark,Northmark,state,Nordy,A third state.,Westmark has armed the River Guard`
      .split('\n')
      .map((line) => {
        const [id, name, kind, aliases, ...rest] = line.split(',');
        return [aliases, id, name, kind, ...rest].join(',');
      })
      .join('\n');
    expect(warningsOf(read({ actorsCsv: actors }))).toEqual([
      'actors.csv, row 6: “northmark” takes part in no relation, claims none and has no part, so the map shows it alone.',
      'actors.csv, row 6, column "aliases": “Nordy” does not appear in the article; aliases are the article’s own words for the actor.',
    ]);
  });
});
