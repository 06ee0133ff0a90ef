import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../../src/model/formats/exportCsv';
import { formatImportIssue, importCsv, type CsvImportInput } from '../../../src/model/formats/importCsv';
import { importCsvFiles } from '../../../src/model/formats/importCsvFiles';
import { parseArticleJson } from '../../../src/model/formats/parseArticleJson';
import { loadDataset } from '../../fixtures';

// The shared fixture in its spreadsheet form, as exportCsv writes it.
const small = loadDataset('small');
const files = exportCsv(small);
const head = parseArticleJson(files.articleJson);
if (!head.ok) throw new Error('the fixture’s article.json does not parse');
const base: CsvImportInput = {
  actorsCsv: files.actorsCsv,
  relationsCsv: files.relationsCsv,
  articleText: files.articleText,
  articleMeta: head.articleMeta!,
  datasetMeta: head.datasetMeta,
};

const rowsOf = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
/** A table written back with its own separator, newline and quoting, as other programs write CSV. */
function writeTable(rows: string[][], { separator = ',', newline = '\n', bom = false } = {}): string {
  const cell = (value: string) => (/[",;\t\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value);
  return `${bom ? '\uFEFF' : ''}${rows.map((row) => row.map(cell).join(separator)).join(newline)}${newline}`;
}
/** Both CSV files transformed the same way. */
function variant(transform: (rows: string[][]) => string): CsvImportInput {
  return { ...base, actorsCsv: transform(rowsOf(base.actorsCsv)), relationsCsv: transform(rowsOf(base.relationsCsv)) };
}

function errorsOf(input: Partial<CsvImportInput>): string[] {
  const result = importCsv({ ...base, ...input });
  return result.ok ? [] : result.errors.map(formatImportIssue);
}
function warningsOf(input: Partial<CsvImportInput>): string[] {
  return importCsv({ ...base, ...input }).warnings.map(formatImportIssue);
}
function expectFixture(input: CsvImportInput) {
  const result = importCsv(input);
  expect(result.ok ? [] : result.errors.map(formatImportIssue)).toEqual([]);
  if (result.ok) expect(result.dataset).toEqual(small);
}

describe('importCsv reads the spreadsheet form', () => {
  it('gives back the dataset exportCsv wrote', () => {
    expectFixture(base);
    expect(importCsv(base).warnings).toEqual([]);
  });

  it('takes the columns in any order', () => {
    expectFixture(variant((rows) => writeTable(rows.map((row) => [...row].reverse()))));
  });

  it('takes headers in any case, with spaces around them, and with spaces or underscores inside', () => {
    expectFixture(
      variant((rows) =>
        writeTable([rows[0]!.map((name) => `  ${name.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase()} `), ...rows.slice(1)]),
      ),
    );
    expectFixture(variant((rows) => writeTable([rows[0]!.map((name) => name.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase()), ...rows.slice(1)])));
  });

  it('detects a semicolon or a tab as the separator', () => {
    expectFixture(variant((rows) => writeTable(rows, { separator: ';' })));
    expectFixture(variant((rows) => writeTable(rows, { separator: '\t' })));
  });

  it('ignores a byte-order mark and reads CRLF line ends', () => {
    expectFixture(variant((rows) => writeTable(rows, { bom: true, newline: '\r\n' })));
    expectFixture({ ...base, articleText: `\uFEFF${base.articleText.replace(/\n/g, '\r\n')}` });
  });

  it('reads quoted cells that hold line breaks, separators and quote marks, and counts rows as a spreadsheet does', () => {
    const actorsCsv = [
      'id;name;kind;description;evidence',
      'northland;Northland;state;"A state;\r\nit wants ""the militia"" on its side.";Northland has offered the Harbour Militia',
      'harbour-militia;Harbour Militia;armed-group;An armed group.;the Harbour Militia',
      '',
      'raiders;The Raiders;armed group;A group.;fought the Raiders along the coast',
    ].join('\r\n');
    const relationsCsv = [
      'source,target,stance,status,summary,claimedBy,quote',
      'northland,harbour-militia,offer,proposed,"Offers boats,\nif it leaves",outlet,Northland has offered the Harbour Militia',
      'harbour-militia,raiders,hostility,ongoing,Fights the Raiders,outlet,The militia has fought the Raiders along the coast',
    ].join('\n');
    const result = importCsv({ ...base, datasetMeta: {}, actorsCsv, relationsCsv });
    expect(result.ok ? [] : result.errors.map(formatImportIssue)).toEqual([]);
    if (!result.ok) return;
    expect(result.dataset.actors[0]!.description).toBe('A state;\nit wants "the militia" on its side.');
    expect(result.dataset.actors[2]!.kind).toBe('armed-group');
    expect(result.dataset.relations[0]!.summary).toBe('Offers boats,\nif it leaves');
    expect(errorsOf({ datasetMeta: {}, actorsCsv: actorsCsv.replace('armed group;A group.', 'militia;A group.'), relationsCsv })).toEqual([
      'actors.csv, row 5, column "kind": “militia” is not one of: state, government-body, armed-group, person, organisation, other.',
    ]);
  });

  it('reads several aliases or quotes in one cell, separated by “ | ”', () => {
    const result = importCsv(base);
    if (!result.ok) throw new Error('fixture');
    expect(result.dataset.relations[1]!.evidence).toEqual([
      { quote: 'Southland has paid the militia a monthly stipend since 2018' },
      { quote: 'the last two payments never arrived' },
    ]);
    const rows = rowsOf(base.actorsCsv);
    rows[1]![3] = 'Northland’s envoy | Northland';
    const withAliases = importCsv({ ...base, actorsCsv: writeTable(rows) });
    expect(withAliases.ok && withAliases.dataset.actors[0]!.aliases).toEqual(['Northland’s envoy', 'Northland']);
  });
});

// A hand-written pair in the shape of a Kumu or Flourish sheet: no ids, names for references, no evidence.
const sheetArticle = [
  'Northland Offers Eastport’s Militia a Better Deal',
  'The militia says the old alliance has run its course.',
  '',
  'Northland has offered the Harbour Militia “all the boats it needs” if the militia stops working with Southland, according to the militia’s leader, Mara Vell.',
  '',
  'Southland has paid the militia a monthly stipend since 2018, although Vell says the last two payments never arrived. Vell has met the Northland envoy twice.',
  '',
].join('\n');
const sheetMeta = { outlet: 'The Example Gazette', author: 'A. Reporter', published: '2020-03-14', url: 'https://example.org/harbour-dispute', rights: 'Fictional.' };
const sheet: CsvImportInput = {
  actorsCsv: ['Name,Kind,Description', 'Northland,State,A state.', 'Harbour Militia,Armed group,An armed group.', 'Southland,state,Pays the militia.', 'Mara Vell,person,The militia’s leader.'].join('\n'),
  relationsCsv: [
    'Source,Target,Stance,Status,Summary,Claimed by,Quote',
    'Northland,Harbour Militia,offer,proposed,Offers boats,mara vell,Northland has offered the Harbour Militia “all the boats it needs”',
    'Southland,Harbour Militia,payment,partly delivered,Pays a stipend,Outlet,Southland has paid the militia a monthly stipend | the last two payments never arrived',
    'Northland,Harbour Militia,offer,considered,Offers boats again,outlet,if the militia stops working with Southland',
  ].join('\n'),
  articleText: sheetArticle,
  articleMeta: sheetMeta,
};

describe('importCsv fills in what a sheet leaves out', () => {
  it('makes ids from names and from source-stance-target, unique with -2, and resolves names to ids', () => {
    const result = importCsv(sheet);
    expect(result.ok ? [] : result.errors.map(formatImportIssue)).toEqual([]);
    if (!result.ok) return;
    const { dataset } = result;
    expect(dataset.actors.map((actor) => actor.id)).toEqual(['northland', 'harbour-militia', 'southland', 'mara-vell']);
    expect(dataset.relations.map((relation) => relation.id)).toEqual(['northland-offer-harbour-militia', 'southland-payment-harbour-militia', 'northland-offer-harbour-militia-2']);
    expect(dataset.relations.map((relation) => [relation.source, relation.target, relation.claimedBy, relation.status])).toEqual([
      ['northland', 'harbour-militia', 'mara-vell', 'proposed'],
      ['southland', 'harbour-militia', 'outlet', 'partly-delivered'],
      ['northland', 'harbour-militia', 'outlet', 'considered'],
    ]);
  });

  it('takes the title and the dek from the first lines of the text, and the dataset’s title and id from the article', () => {
    const result = importCsv(sheet);
    if (!result.ok) throw new Error('sheet');
    const { dataset } = result;
    expect([dataset.id, dataset.title, dataset.article.title, dataset.article.dek]).toEqual([
      'northland-offers-eastports-militia-a-better-deal',
      'Northland Offers Eastport’s Militia a Better Deal',
      'Northland Offers Eastport’s Militia a Better Deal',
      'The militia says the old alliance has run its course.',
    ]);
    expect(dataset.article.paragraphs).toHaveLength(2);
    const titled = importCsv({ ...sheet, articleMeta: { ...sheetMeta, title: 'Another Headline', dek: '' }, datasetMeta: { id: 'harbour', title: 'The harbour' } });
    expect(titled.ok && [titled.dataset.id, titled.dataset.title, titled.dataset.article.title, titled.dataset.article.paragraphs.length]).toEqual(['harbour', 'The harbour', 'Another Headline', 3]);
  });

  it('gives an actor without evidence the first quote that names it, its own relations first, else the sentence of the article that names it', () => {
    const result = importCsv(sheet);
    if (!result.ok) throw new Error('sheet');
    expect(result.dataset.actors.map((actor) => actor.evidence)).toEqual([
      [{ quote: 'Northland has offered the Harbour Militia “all the boats it needs”' }],
      [{ quote: 'Northland has offered the Harbour Militia “all the boats it needs”' }],
      [{ quote: 'Southland has paid the militia a monthly stipend' }],
      [{ quote: 'Northland has offered the Harbour Militia “all the boats it needs” if the militia stops working with Southland, according to the militia’s leader, Mara Vell.' }],
    ]);
  });

  it('says where to add evidence when nothing in the files names an actor', () => {
    const actorsCsv = `${sheet.actorsCsv}\nEastport Council,government-body,The town’s council.`;
    const result = importCsv({ ...sheet, actorsCsv });
    expect(result.ok ? [] : result.errors.map(formatImportIssue)).toEqual([
      'actors.csv, row 6, column "evidence": is empty, and no quote in relations.csv and no sentence of the article names “Eastport Council”: copy the passage of the article that introduces the actor.',
    ]);
  });
});

describe('importCsv locates every problem by file, row and column', () => {
  const relationRows = () => rowsOf(base.relationsCsv);
  const actorRows = () => rowsOf(base.actorsCsv);
  const col = (rows: string[][], name: string) => rows[0]!.indexOf(name);

  it('names a value outside the vocabulary with the row and the column', () => {
    const rows = relationRows();
    rows[6]![col(rows, 'stance')] = 'supports';
    expect(errorsOf({ relationsCsv: writeTable(rows) })).toEqual([
      'relations.csv, row 7, column "stance": “supports” is not one of: support, hostility, offer, payment (did you mean “support”?).',
    ]);
  });

  it('names the column as the header writes it', () => {
    const rows = relationRows();
    rows[0]![col(rows, 'status')] = ' Status ';
    rows[2]![col(rows, ' Status ')] = 'partly';
    expect(errorsOf({ relationsCsv: writeTable(rows) })).toEqual([
      'relations.csv, row 3, column "Status": “partly” is not one of: ongoing, past, historical, proposed, promised, considered, threatened, partly-delivered, not-delivered.',
    ]);
  });

  it('names a dangling reference and the id that was probably meant, and a duplicate id by its row', () => {
    const relations = relationRows();
    relations[1]![col(relations, 'target')] = 'harbor-militia';
    const actors = actorRows();
    actors[6]![col(actors, 'id')] = 'northland';
    expect(errorsOf({ relationsCsv: writeTable(relations), actorsCsv: writeTable(actors) })).toEqual(
      expect.arrayContaining([
        'actors.csv, row 7, column "id": “northland” is already the id of row 2 of actors.csv; every actor needs its own id.',
        'relations.csv, row 2, column "target": no actor has the id “harbor-militia” (did you mean “harbour-militia”?).',
      ]),
    );
  });

  it('names a quote that is not in the article, and the line of the paragraph that has it', () => {
    const rows = relationRows();
    rows[4]![col(rows, 'quote')] = "Southland's navy has shelled Raider camps";
    expect(errorsOf({ relationsCsv: writeTable(rows) })).toEqual([
      'relations.csv, row 5, column "quote": is not found word for word in the article: it differs only in quote marks or apostrophes. The paragraph at line 5 of article.txt has “Southland’s navy has shelled Raider camps”.',
    ]);
  });

  it('names empty required cells and cells that are not what their column holds', () => {
    const rows = relationRows();
    rows[1]![col(rows, 'stance')] = '';
    rows[1]![col(rows, 'quote')] = '';
    rows[2]![col(rows, 'date')] = 'spring 2018';
    rows[2]![col(rows, 'when')] = '';
    expect(errorsOf({ relationsCsv: writeTable(rows) })).toEqual([
      'relations.csv, row 2, column "stance": is empty; write one of: support, hostility, offer, payment.',
      'relations.csv, row 2, column "quote": is empty; every relation needs at least one passage of the article that supports it.',
      'relations.csv, row 3, column "when": is empty, but column “date” is not: write when as the article says it, like “since 2018”.',
    ]);
    const withValue = relationRows();
    withValue[0]!.push('amountValue');
    withValue[2]!.push('about 250');
    expect(errorsOf({ relationsCsv: writeTable(withValue) })).toEqual([
      'relations.csv, row 3, column "amountValue": “about 250” is not a number: write the figure alone, like 250 or 1500.5.',
    ]);
  });

  it('names a missing required column, and an unknown one in a warning', () => {
    const rows = relationRows().map((row) => row.filter((_, index) => index !== 3));
    const actors = actorRows();
    actors[0]!.push('Descripton');
    expect(importCsv({ ...base, relationsCsv: writeTable(rows), actorsCsv: writeTable(actors) })).toEqual({
      ok: false,
      errors: [
        {
          severity: 'error',
          path: [],
          message: 'is missing from the header (row 1); the required columns are source, target, stance, status, summary, claimedBy, quote.',
          location: { file: 'relations.csv', column: 'stance' },
        },
      ],
      warnings: [
        {
          severity: 'warning',
          path: [],
          message: 'is not a column stancemap reads, so its cells are ignored (did you mean “description”?).',
          location: { file: 'actors.csv', column: 'Descripton' },
        },
      ],
    });
  });

  it('names a column that appears twice, a row with more cells than the header, and an unclosed quote', () => {
    const twice = actorRows();
    twice[0]![1] = 'Name';
    twice[0]![2] = 'NAME';
    expect(errorsOf({ actorsCsv: writeTable(twice) })).toEqual([
      'actors.csv, column "NAME": appears twice in the header (columns B and C); keep one.',
      'actors.csv, column "kind": is missing from the header (row 1); the required columns are name, kind, description.',
    ]);
    const longer = actorRows();
    longer[3]!.push('stray');
    expect(errorsOf({ actorsCsv: writeTable(longer, { separator: ';' }) })).toEqual([
      'actors.csv, row 4: has 9 cells, but the header names 8 columns: a cell that holds a semicolon must be in double quotes.',
    ]);
    const unclosed = base.relationsCsv.replace('Fights the Raiders along the coast', '"Fights the Raiders along the coast');
    expect(errorsOf({ relationsCsv: unclosed })).toEqual([
      'relations.csv, row 4: a quoted cell does not end where it should: each " that opens a cell needs one that closes it, and a quote mark inside a quoted cell is written "".',
    ]);
    expect(errorsOf({ relationsCsv: `${base.relationsCsv}x,"never closed\n` })).toEqual([
      'relations.csv, row 10: a double quote " opens a cell that never closes, so everything after it is read as one cell: close it, or write "" for a quote mark inside a quoted cell.',
    ]);
  });

  it('names an empty file, and an article without text', () => {
    expect(errorsOf({ actorsCsv: '\uFEFF\n\n' })).toEqual(['actors.csv: is empty; its first row should name the columns, at least name, kind, description.']);
    expect(errorsOf({ articleText: ' \n\n' })).toEqual(['article.txt: has no paragraphs: write the article’s body, paragraphs separated by blank lines.']);
    const { title: _title, ...withoutTitle } = base.articleMeta!;
    expect(errorsOf({ articleText: '', articleMeta: withoutTitle })).toEqual([
      'article.txt: is empty: write the article, its title on the first line (unless article.json gives it), then its paragraphs, separated by blank lines.',
    ]);
  });

  it('names the fields of article.json, and what the extra column holds', () => {
    const { outlet: _outlet, ...withoutOutlet } = base.articleMeta!;
    expect(errorsOf({ articleMeta: { ...withoutOutlet, published: '14 March 2020' } })).toEqual([
      'article.json, field "article.published": “14 March 2020” is not a date in the form YYYY-MM-DD.',
    ]);
    // A draft may lack its credit: the missing outlet is a warning until the map is published.
    expect(warningsOf({ articleMeta: withoutOutlet })).toEqual([
      'article.json, field "article.outlet": is not given yet: add the outlet that published the article, credited under the map. A draft can wait; publishing needs it.',
    ]);
    const rows = relationRows();
    rows[0]!.push('extra');
    rows[1]!.push('{"confidnce": 0.5}');
    rows[2]!.push('{"when": {"text": "since 2018", "date": "spring"}}');
    rows[3]!.push('{not json');
    expect(errorsOf({ relationsCsv: writeTable(rows) })).toEqual([
      'relations.csv, row 3, column "extra", field "when.date": “spring” is not an ISO date: use YYYY, YYYY-MM, YYYY-MM-DD or an interval “2015-02/2016-08”.',
      'relations.csv, row 4, column "extra": is not a JSON object { … }: this column holds, as JSON, the fields the other columns cannot.',
    ]);
    expect(warningsOf({ relationsCsv: writeTable(rows) })).toEqual([
      'relations.csv, row 2, column "extra", field "confidnce": is not a field of a relation in this format version; it is kept but not used (did you mean “confidence”?).',
    ]);
  });

  it('locates warnings too: an actor in no relation, an alias the article never uses', () => {
    const actors = actorRows();
    actors.push(['gazette', 'The Example Gazette', 'organisation', 'the Gazette', '', 'The newspaper.', 'Northland Offers', '']);
    expect(warningsOf({ actorsCsv: writeTable(actors) })).toEqual([
      'actors.csv, row 8: “gazette” takes part in no relation, claims none and has no part, so the map shows it alone.',
      'actors.csv, row 8, column "aliases": “the Gazette” does not appear in the article; aliases are the article’s own words for the actor.',
    ]);
  });
});

describe('importCsvFiles', () => {
  it('tells the relations from the actors by their header, and names the files as given', () => {
    const result = importCsvFiles({
      csv: [{ name: 'data/rel.csv', text: base.relationsCsv.replace('northland-rivals-southland,northland', 'northland-rivals-southland,nortland') }, { name: 'data/act.csv', text: base.actorsCsv }],
      article: { name: 'data/story.txt', text: base.articleText },
      meta: { name: 'data/story.json', text: files.articleJson },
    });
    expect(result.ok ? [] : result.errors.map(formatImportIssue)).toEqual(['data/rel.csv, row 7, column "source": no actor has the id “nortland” (did you mean “northland”?).']);
  });

  it('names the article.json beside the text when there is none, and reports one that is not JSON', () => {
    const withoutMeta = importCsvFiles({ csv: [{ name: 'a.csv', text: base.actorsCsv }, { name: 'r.csv', text: base.relationsCsv }], article: { name: 'x/story.txt', text: base.articleText } });
    expect(withoutMeta.warnings.map(formatImportIssue)).toContain('x/story.json, field "article.outlet": is not given yet: add the outlet that published the article, credited under the map. A draft can wait; publishing needs it.');
    const broken = importCsvFiles({
      csv: [{ name: 'a.csv', text: base.actorsCsv }, { name: 'r.csv', text: base.relationsCsv }],
      article: { name: 'story.txt', text: base.articleText },
      meta: { name: 'story.json', text: '{\n  "article": {\n    "title": ' },
    });
    expect(broken.ok ? [] : broken.errors.map(formatImportIssue)).toEqual(['story.json: is not valid JSON: the text breaks off at line 3, column 14 (Unexpected end of JSON input).']);
  });

  it('knows the relations by a header with space around its names, after a byte-order mark and blank lines, given first or second', () => {
    const [header, ...rows] = base.relationsCsv.replace(/^\uFEFF/, '').split('\n');
    const relations = `\uFEFF\n\n${header!.split(',').map((name) => ` ${name} `).join(',')}\n${rows.join('\n')}`;
    // An actors file may keep a column of its own named “source” (where the facts came from): it is still the actors.
    const [actorsHeader, ...actorRows] = base.actorsCsv.replace(/^\uFEFF/, '').split('\n');
    const actors = [`${actorsHeader},source`, ...actorRows.map((row) => (row ? `${row},` : row))].join('\n');
    for (const csv of [[{ name: 'r.csv', text: relations }, { name: 'a.csv', text: actors }], [{ name: 'a.csv', text: actors }, { name: 'r.csv', text: relations }]] as const) {
      const result = importCsvFiles({ csv: [...csv], article: { name: 'story.txt', text: base.articleText }, meta: { name: 'story.json', text: files.articleJson } });
      expect(result.ok ? [] : result.errors.map(formatImportIssue)).toEqual([]);
      expect(result.ok && [result.dataset.id, result.dataset.actors.length, result.dataset.relations.length]).toEqual([small.id, small.actors.length, small.relations.length]);
    }
  });

  it('keeps the order given when the headers do not tell: the first file is read as the actors', () => {
    const story = { article: { name: 'story.txt', text: base.articleText }, meta: { name: 'story.json', text: files.articleJson } };
    const missing = (result: ReturnType<typeof importCsvFiles>) => (result.ok ? [] : result.errors.map(formatImportIssue).filter((error) => error.includes('column')).map((error) => error.slice(0, error.indexOf(':'))));
    // Two actors files: the second is the one that lacks the relations' columns.
    const actorsTwice = importCsvFiles({ csv: [{ name: 'one.csv', text: base.actorsCsv }, { name: 'two.csv', text: base.actorsCsv }], ...story });
    expect(missing(actorsTwice).every((place) => place.startsWith('two.csv'))).toBe(true);
    expect(missing(actorsTwice).length).toBeGreaterThan(0);
    // Two relations files: the first is the one that lacks the actors' columns.
    const relationsTwice = importCsvFiles({ csv: [{ name: 'one.csv', text: base.relationsCsv }, { name: 'two.csv', text: base.relationsCsv }], ...story });
    expect(missing(relationsTwice).every((place) => place.startsWith('one.csv'))).toBe(true);
    expect(missing(relationsTwice).length).toBeGreaterThan(0);
  });

  it('knows the relations by a header written with semicolons or tabs', () => {
    for (const separator of [';', '\t']) {
      const relations = Papa.unparse(rowsOf(base.relationsCsv), { delimiter: separator });
      const result = importCsvFiles({ csv: [{ name: 'r.csv', text: relations }, { name: 'a.csv', text: base.actorsCsv }], article: { name: 'story.txt', text: base.articleText }, meta: { name: 'story.json', text: files.articleJson } });
      expect(result.ok ? [] : result.errors.map(formatImportIssue), JSON.stringify(separator)).toEqual([]);
    }
    expect.assertions(2);
  });

  it('names the article.json that would stand beside a text file without an extension, or in a folder with a dot', () => {
    for (const [text, json] of [['x/story', 'x/story.json'], ['notes.v2/story', 'notes.v2/story.json']]) {
      const result = importCsvFiles({ csv: [{ name: 'a.csv', text: base.actorsCsv }, { name: 'r.csv', text: base.relationsCsv }], article: { name: text!, text: base.articleText } });
      expect(result.warnings.map(formatImportIssue)).toContain(`${json}, field "article.outlet": is not given yet: add the outlet that published the article, credited under the map. A draft can wait; publishing needs it.`);
    }
    expect.assertions(2);
  });
});

