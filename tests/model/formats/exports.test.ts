import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/model/datasetSchema';
import { decodeCell, encodeCell } from '../../../src/model/formats/csvTable';
import { exportCsv } from '../../../src/model/formats/exportCsv';
import { EXPORT_FORMATS } from '../../../src/model/formats/exportFormats';
import { exportFtm, type FtmEntity } from '../../../src/model/formats/exportFtm';
import { exportGexf } from '../../../src/model/formats/exportGexf';
import { exportGraphml } from '../../../src/model/formats/exportGraphml';
import { exportJson } from '../../../src/model/formats/exportJson';
import { importCsv } from '../../../src/model/formats/importCsv';
import { parseArticleJson } from '../../../src/model/formats/parseArticleJson';
import { parseDataset } from '../../../src/model/parseDataset';
import { loadDataset, parseFixture, readFixtureJson } from '../../fixtures';

const small = loadDataset('small');
const bundled = loadDataset('russia-poach-rebels-2016');

/** The small fixture with text a writer must escape: markup, quotes, a control character, line breaks. */
function hostile(): Dataset {
  const json = readFixtureJson('small');
  json.actors[0].name = 'North<land> & "Sons" \u0001\u{1F600}';
  json.actors[0].description = 'Line one\r\nline two\ttabbed ]]> end';
  json.relations[0].summary = '=HYPERLINK("http://evil.example","click")';
  json.relations[0].x_note = { kept: ['a', 1] };
  return parseFixture(json);
}

// Values exactly as written: character references decoded, nothing trimmed or turned into numbers.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  htmlEntities: true,
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ['node', 'edge', 'attvalue', 'attribute', 'attributes', 'key', 'data'].includes(name),
});
const inXml = (text: string) => text.replace('\u0001', '\uFFFD');

describe('exportJson', () => {
  it('writes the dataset exactly, unknown fields included, with 2-space indent and a final newline', () => {
    const json = readFixtureJson('small');
    json.notes = [{ title: 'kept' }];
    json.actors[0].confidence = 0.5;
    const dataset = parseFixture(json);
    const text = exportJson(dataset);
    expect(JSON.parse(text)).toEqual(json);
    expect(text).toMatch(/^\{\n {2}"\$schema"/);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('exportCsv', () => {
  it('writes the columns people expect, with a byte-order mark for Excel', () => {
    const { actorsCsv, relationsCsv, articleText } = exportCsv(small);
    expect(actorsCsv.split('\n')[0]).toBe('\uFEFFid,name,kind,aliases,partOf,description,evidence,wikidataId');
    expect(relationsCsv.split('\n')[0]).toBe('\uFEFFid,source,target,stance,status,summary,when,date,claimedBy,amount,quote');
    expect(relationsCsv).toContain(
      'southland-pays-stipend,southland,harbour-militia,payment,partly-delivered,"Pays the militia a monthly stipend, the last two payments missing",since 2018,2018/2020-03,mara-vell,a monthly stipend,Southland has paid the militia a monthly stipend since 2018 | the last two payments never arrived\n',
    );
    expect(articleText).toBe(`${small.article.paragraphs.join('\n\n')}\n`);
  });

  it('writes article.json with what the other three files do not hold: no actors, relations or paragraphs', () => {
    const head = JSON.parse(exportCsv(small).articleJson);
    expect(Object.keys(head)).toEqual(Object.keys(small).filter((key) => key !== 'actors' && key !== 'relations'));
    const { paragraphs: _paragraphs, ...article } = small.article;
    expect(head.article).toEqual(article);
  });

  it('guards cells that a spreadsheet would run as formulas, and reads them back unguarded', () => {
    const dataset = hostile();
    const files = exportCsv(dataset);
    const rows = Papa.parse<string[]>(files.relationsCsv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[1]![rows[0]!.indexOf('summary')]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    const head = parseArticleJson(files.articleJson);
    if (!head.ok) throw new Error('article.json');
    const back = importCsv({ ...files, articleMeta: head.articleMeta!, datasetMeta: head.datasetMeta });
    expect(back.ok && back.dataset).toEqual(dataset);
  });

  it('keeps what the columns cannot carry in an extra column of JSON', () => {
    const json = readFixtureJson('small');
    json.relations[4].evidence = [{ quote: 'Raider camps', paragraph: 2, suffix: ' in support' }];
    json.actors[1].evidence.push({ quote: 'Southland has paid | not a separator' });
    json.article.paragraphs[1] += ' Southland has paid | not a separator.';
    const dataset = parseFixture(json);
    const files = exportCsv(dataset);
    expect(files.actorsCsv.split('\n')[0]).toBe('\uFEFFid,name,kind,aliases,partOf,description,evidence,wikidataId,extra');
    expect(files.actorsCsv).toContain(',"{""evidence"":[{""quote"":""Southland has paid the militia a monthly stipend""},{""quote"":""Southland has paid | not a separator""}]}"\n');
    expect(files.relationsCsv).toContain(',"{""evidence"":[{""quote"":""Raider camps"",""paragraph"":2,""suffix"":"" in support""}]}"\n');
    const head = parseArticleJson(files.articleJson);
    if (!head.ok) throw new Error('article.json');
    const back = importCsv({ ...files, articleMeta: head.articleMeta!, datasetMeta: head.datasetMeta });
    expect(back.ok && back.dataset).toEqual(dataset);
  });

  it('keeps claimants in article.json, and reads a claimant credited by name in relations.csv', () => {
    const json = readFixtureJson('small');
    json.claimants = [{ id: 'port-official', name: 'A port official' }];
    json.relations[0].claimedBy = 'port-official';
    const dataset = parseFixture(json);
    const files = exportCsv(dataset);
    expect(JSON.parse(files.articleJson).claimants).toEqual([{ id: 'port-official', name: 'A port official' }]);
    const head = parseArticleJson(files.articleJson);
    if (!head.ok) throw new Error('article.json');
    const back = importCsv({ ...files, articleMeta: head.articleMeta!, datasetMeta: head.datasetMeta });
    expect(back.ok && back.dataset).toEqual(dataset);
    const byName = importCsv({ ...files, relationsCsv: files.relationsCsv.replace(',port-official,', ',A Port Official,'), articleMeta: head.articleMeta!, datasetMeta: head.datasetMeta });
    expect(byName.ok && byName.dataset.relations[0]!.claimedBy).toBe('port-official');
  });

  it('round-trips the bundled dataset through the CSV files', () => {
    const files = exportCsv(bundled);
    const head = parseArticleJson(files.articleJson);
    if (!head.ok) throw new Error('article.json');
    const back = importCsv({ ...files, articleMeta: head.articleMeta!, datasetMeta: head.datasetMeta });
    expect(back.ok && back.dataset).toEqual(bundled);
  });
});

describe.each([
  ['the small fixture', small],
  ['the bundled dataset', bundled],
  ['text that needs escaping', hostile()],
])('GEXF and GraphML of %s', (_name, dataset) => {
  it('GEXF 1.3 is well-formed, with a node per actor and an edge per relation, and their attributes', () => {
    const xml = exportGexf(dataset);
    expect(XMLValidator.validate(xml)).toBe(true);
    const { gexf } = parser.parse(xml);
    expect(gexf.version).toBe('1.3');
    expect(gexf.xmlns).toBe('http://gexf.net/1.3');
    const graph = gexf.graph;
    expect([graph.mode, graph.defaultedgetype]).toEqual(['static', 'directed']);
    // Attributes that do not change over time, for nodes and edges alike.
    expect(graph.attributes.map((list: { class: string; mode: string }) => [list.class, list.mode])).toEqual([
      ['node', 'static'],
      ['edge', 'static'],
    ]);
    const declared = (kind: string) => graph.attributes.find((list: { class: string }) => list.class === kind).attribute.map((attribute: { id: string }) => attribute.id);
    expect(declared('node')).toEqual(expect.arrayContaining(['kind', 'description', 'partOf']));
    expect(declared('edge')).toEqual(expect.arrayContaining(['stance', 'status', 'summary', 'claimedBy', 'when', 'quotes']));
    expect(graph.nodes.node).toHaveLength(dataset.actors.length);
    expect(graph.edges.edge).toHaveLength(dataset.relations.length);

    const values = (element: { attvalues?: { attvalue: { for: string; value: string }[] } }) =>
      Object.fromEntries((element.attvalues?.attvalue ?? []).map((value) => [value.for, String(value.value)]));
    dataset.actors.forEach((actor, index) => {
      const node = graph.nodes.node[index];
      expect([node.id, node.label]).toEqual([actor.id, inXml(actor.name)]);
      expect(values(node).kind).toBe(actor.kind);
      expect(values(node).description).toBe(inXml(actor.description));
      expect(values(node).partOf).toBe(actor.partOf);
    });
    dataset.relations.forEach((relation, index) => {
      const edge = graph.edges.edge[index];
      expect([edge.id, edge.source, edge.target, edge.label]).toEqual([relation.id, relation.source, relation.target, relation.summary]);
      expect(values(edge)).toMatchObject({ stance: relation.stance, status: relation.status, claimedBy: relation.claimedBy });
      expect(values(edge).quotes).toBe(relation.evidence.map((evidence) => evidence.quote).join(' | '));
    });
  });

  it('GraphML is well-formed, declares a key for each attribute, and has a node per actor and an edge per relation', () => {
    const xml = exportGraphml(dataset);
    expect(XMLValidator.validate(xml)).toBe(true);
    const { graphml } = parser.parse(xml);
    const keys = graphml.key as { id: string; for: string; 'attr.name': string }[];
    expect(new Set(keys.map((key) => key.id)).size).toBe(keys.length);
    const names = (kind: string) => keys.filter((key) => key.for === kind).map((key) => key['attr.name']);
    expect(names('node')).toEqual(expect.arrayContaining(['label', 'kind', 'description', 'partOf']));
    expect(names('edge')).toEqual(expect.arrayContaining(['label', 'stance', 'status', 'summary', 'claimedBy', 'when', 'quotes']));
    expect(graphml.graph.edgedefault).toBe('directed');
    expect(graphml.graph.node).toHaveLength(dataset.actors.length);
    expect(graphml.graph.edge).toHaveLength(dataset.relations.length);
    const data = (element: { data: { key: string; '#text': unknown }[] }) => Object.fromEntries(element.data.map((item) => [item.key, String(item['#text'])]));
    dataset.actors.forEach((actor, index) => {
      expect(graphml.graph.node[index].id).toBe(actor.id);
      expect(data(graphml.graph.node[index])).toMatchObject({ actor_label: inXml(actor.name), actor_kind: actor.kind, actor_description: inXml(actor.description) });
    });
    expect(data(graphml.graph.edge[0])).toMatchObject({ relation_stance: dataset.relations[0]!.stance, relation_summary: dataset.relations[0]!.summary });
  });
});

// The FollowTheMoney schemata used, with the properties each has (its own and inherited), from followthemoney/schema/*.yaml.
const THING = ['name', 'summary', 'description', 'alias', 'weakAlias', 'sourceUrl', 'publisher', 'wikidataId', 'notes', 'proof', 'keywords'];
const INTERVAL = ['startDate', 'endDate', 'date', 'summary', 'description', 'recordId', 'sourceUrl', 'publisher'];
const FTM_PROPERTIES: Record<string, string[]> = {
  Article: [...THING, 'title', 'author', 'publishedAt', 'date'],
  Person: THING,
  Organization: THING,
  PublicBody: THING,
  LegalEntity: THING,
  Payment: [...INTERVAL, 'payer', 'beneficiary', 'amount', 'currency', 'purpose'],
  UnknownLink: [...INTERVAL, 'role', 'status', 'subject', 'object'],
  Membership: [...INTERVAL, 'role', 'status', 'member', 'organization'],
};
const ENTITY_PROPERTIES = ['proof', 'payer', 'beneficiary', 'subject', 'object', 'member', 'organization'];

describe('exportFtm', () => {
  const entitiesOf = (dataset: Dataset): FtmEntity[] => exportFtm(dataset).trimEnd().split('\n').map((line) => JSON.parse(line));

  it.each([['small', small], ['bundled', bundled], ['hostile', hostile()]])('writes one valid entity a line for the %s dataset', (_name, dataset) => {
    const text = exportFtm(dataset);
    expect(text.endsWith('}\n')).toBe(true);
    const entities = entitiesOf(dataset);
    const ids = new Set(entities.map((entity) => entity.id));
    expect(ids.size).toBe(entities.length);
    for (const entity of entities) {
      expect(entity.id).toMatch(/^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$/);
      expect(Object.keys(FTM_PROPERTIES)).toContain(entity.schema);
      for (const [property, values] of Object.entries(entity.properties)) {
        expect(FTM_PROPERTIES[entity.schema], `${entity.schema}.${property}`).toContain(property);
        expect(values.length).toBeGreaterThan(0);
        for (const value of values) expect(typeof value).toBe('string');
        if (ENTITY_PROPERTIES.includes(property)) for (const value of values) expect(ids).toContain(value);
      }
    }
    expect(entities.filter((entity) => ['Person', 'Organization', 'PublicBody', 'LegalEntity'].includes(entity.schema))).toHaveLength(dataset.actors.length);
    expect(entities.filter((entity) => ['Payment', 'UnknownLink'].includes(entity.schema) && entity.id.includes('.relation.'))).toHaveLength(dataset.relations.length);
  });

  it('maps kinds to schemata, payments to Payment, other stances to UnknownLink, partOf to Membership', () => {
    const entities = new Map(entitiesOf(small).map((entity) => [entity.id, entity]));
    const schemaOf = (id: string) => entities.get(id)?.schema;
    expect(['northland', 'southland-navy', 'harbour-militia', 'mara-vell'].map((id) => schemaOf(`stancemap-harbour-dispute-${id}`))).toEqual([
      'PublicBody', 'PublicBody', 'Organization', 'Person',
    ]);
    expect(entities.get('stancemap-harbour-dispute.relation.southland-pays-stipend')).toEqual({
      id: 'stancemap-harbour-dispute.relation.southland-pays-stipend',
      schema: 'Payment',
      properties: {
        payer: ['stancemap-harbour-dispute-southland'],
        beneficiary: ['stancemap-harbour-dispute-harbour-militia'],
        summary: ['Pays the militia a monthly stipend, the last two payments missing'],
        description: [
          '“Southland has paid the militia a monthly stipend since 2018”\n“the last two payments never arrived”\nStatus: partly-delivered. Claimed by: Mara Vell. When: since 2018. Amount: a monthly stipend.',
        ],
        recordId: ['southland-pays-stipend'],
        startDate: ['2018'],
        endDate: ['2020-03'],
        sourceUrl: ['https://example.org/harbour-dispute'],
        publisher: ['The Example Gazette'],
      },
    });
    expect(entities.get('stancemap-harbour-dispute.relation.northland-offers-boats')?.properties).toMatchObject({
      subject: ['stancemap-harbour-dispute-northland'],
      object: ['stancemap-harbour-dispute-harbour-militia'],
      role: ['offer (proposed)'],
    });
    expect(entities.get('stancemap-harbour-dispute-northland')).toEqual({
      id: 'stancemap-harbour-dispute-northland',
      schema: 'PublicBody',
      properties: {
        name: ['Northland'],
        alias: ['Northland’s envoy'],
        description: ['A state that wants the militia on its side.'],
        wikidataId: ['Q1'],
        notes: ['“Northland has offered the Harbour Militia”'],
        proof: ['stancemap-harbour-dispute.article'],
        sourceUrl: ['https://example.org/harbour-dispute'],
        publisher: ['The Example Gazette'],
      },
    });
    expect(entities.get('stancemap-harbour-dispute.part-of.mara-vell')).toMatchObject({
      schema: 'Membership',
      properties: { member: ['stancemap-harbour-dispute-mara-vell'], organization: ['stancemap-harbour-dispute-harbour-militia'], role: ['part of'] },
    });
  });

  it('gives a payment its figure and currency, and an article its language by the code FollowTheMoney reads, whatever the tag’s case', () => {
    const json = readFixtureJson('small');
    const stipend = json.relations.find((relation: { id: string }) => relation.id === 'southland-pays-stipend');
    stipend.amount = { text: 'a monthly stipend', value: 250, currency: 'USD' };
    json.article.language = 'PT-br';
    const entities = new Map(entitiesOf(json as Dataset).map((entity) => [entity.id, entity]));
    expect(entities.get('stancemap-harbour-dispute.relation.southland-pays-stipend')?.properties).toMatchObject({ amount: ['250'], currency: ['USD'] });
    expect(entities.get('stancemap-harbour-dispute.article')?.properties.language).toEqual(['por']);
  });
});

describe('EXPORT_FORMATS', () => {
  it('lists each one-file format once, and each writes the small fixture', () => {
    expect(EXPORT_FORMATS.map((format) => format.id)).toEqual(['json', 'gexf', 'graphml', 'ftm']);
    // As the Export menu names them.
    expect(EXPORT_FORMATS.map((format) => format.label)).toEqual(['stancemap dataset (JSON)', 'GEXF, for Gephi', 'GraphML, for yEd, Cytoscape, NetworkX', 'FollowTheMoney entities, for Aleph']);
    for (const format of EXPORT_FORMATS) expect(format.write(small).length).toBeGreaterThan(100);
    expect(parseDataset(JSON.parse(EXPORT_FORMATS[0]!.write(small))).ok).toBe(true);
  });
});

describe('the spreadsheet formula guard', () => {
  it('guards every character a spreadsheet starts a formula with, not only =', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const cell = `${start}SUM(A1:A9)`;
      expect(encodeCell(cell), JSON.stringify(start)).toBe(`'${cell}`);
    }
    for (const start of ['=', '+', '-', '@']) expect(decodeCell(encodeCell(`${start}SUM(A1:A9)`))).toBe(`${start}SUM(A1:A9)`);
    // Ordinary text, and an apostrophe the author wrote, are left as they are.
    expect(encodeCell('Raiders (pirates)')).toBe('Raiders (pirates)');
    expect(decodeCell(encodeCell("'quoted"))).toBe("'quoted");
  });
});

describe('what a dataset does not give, the exports leave out', () => {
  /** The small fixture as a draft: no description, the outlet and date not given yet, one relation credited to a person quoted who is not on the map. */
  function draft(): Dataset {
    const json = readFixtureJson('small');
    delete json.description;
    json.article.outlet = '';
    json.article.published = '';
    json.claimants = [{ id: 'harbour-master', name: 'The Harbour Master', description: 'Keeps the port’s records.', evidence: json.relations[0].evidence }];
    json.relations[0].claimedBy = 'harbour-master';
    json.claimants.push({ id: 'harbour-clerk', name: 'The Harbour Clerk', description: 'Writes the port’s letters.', evidence: json.relations[1].evidence });
    json.relations[1].claimedBy = 'harbour-clerk';
    return json as Dataset;
  }

  it('GEXF: no empty attribute values, and a description from the article’s title alone', () => {
    const { gexf } = parser.parse(exportGexf(draft()));
    expect(gexf.meta.description.split('\n')[0]).toBe(small.article.title);
    const valuesOf = (id: string) => (gexf.graph.nodes.node.find((node: { id: string }) => node.id === id).attvalues?.attvalue ?? []).map((value: { for: string }) => value.for);
    expect(valuesOf('northland')).toEqual(expect.arrayContaining(['aliases', 'wikidataId']));
    expect(valuesOf('southland')).toEqual(['kind', 'description', 'quotes']);
  });

  it('GEXF and GraphML: nothing but markup where a value is left out', () => {
    // Every value of a node or an edge here is one line, so a line there that does not open with a tag is stray text.
    for (const xml of [exportGexf(draft()), exportGraphml(draft())]) {
      const lines = xml.split('\n');
      const graph = lines.slice(lines.findIndex((line) => line.trimStart().startsWith('<node')));
      expect(graph.length).toBeGreaterThan(draft().actors.length);
      expect(graph.filter((line) => line.trim() !== '' && !line.trimStart().startsWith('<'))).toEqual([]);
    }
  });

  it('GEXF and GraphML: an actor’s empty description (as a reviewed suggestion has), a missing web address and rights line are left out', () => {
    const json = draft() as Dataset & { article: { url?: string; rights?: string } };
    delete json.article.url;
    delete json.article.rights;
    json.actors[1]!.description = '';
    const { gexf } = parser.parse(exportGexf(json));
    expect(gexf.meta.description).toBe(small.article.title);
    const gexfValues = gexf.graph.nodes.node[1].attvalues.attvalue.map((value: { for: string }) => value.for);
    expect(gexfValues).toContain('kind');
    expect(gexfValues).not.toContain('description');
    const { graphml } = parser.parse(exportGraphml(json));
    expect(graphml.graph.desc).toBe(`${small.title}\nSource: ${small.article.title}`);
    const graphmlData = graphml.graph.node[1].data.map((data: { key: string[] }) => String(data.key));
    expect(graphmlData).toContain('actor_kind');
    expect(graphmlData).not.toContain('actor_description');
  });

  it('GraphML: no empty data, and a source line without gaps', () => {
    const { graphml } = parser.parse(exportGraphml(draft()));
    expect(graphml.graph.desc).toBe(`${small.title}\nSource: ${small.article.title}, ${small.article.url}\n${small.article.rights}`);
    const dataOf = (id: string) => (graphml.graph.node.find((node: { id: string }) => node.id === id).data ?? []).map((data: { key: string[] }) => String(data.key));
    expect(dataOf('northland')).toEqual(expect.arrayContaining(['actor_aliases', 'actor_wikidataId']));
    expect(dataOf('southland')).toEqual(['actor_label', 'actor_kind', 'actor_description', 'actor_quotes']);
  });

  it('FollowTheMoney: no publisher while the outlet is not given, a quoted person’s name, and a membership in a state', () => {
    const entities = exportFtm(draft()).trimEnd().split('\n').map((line) => JSON.parse(line) as FtmEntity);
    for (const entity of entities) expect(entity.properties.publisher, entity.id).toBeUndefined();
    const first = entities.find((entity) => entity.id === `stancemap-harbour-dispute.relation.${small.relations[0]!.id}`)!;
    expect(first.properties.description![0]).toContain('Claimed by: The Harbour Master.');
    const second = entities.find((entity) => entity.id === `stancemap-harbour-dispute.relation.${small.relations[1]!.id}`)!;
    expect(second.properties.description![0]).toContain('Claimed by: The Harbour Clerk.');
    // The navy is part of Southland, a state: a public body has members as an organisation does.
    expect(entities.find((entity) => entity.id === 'stancemap-harbour-dispute.part-of.southland-navy')).toMatchObject({
      schema: 'Membership',
      properties: { member: ['stancemap-harbour-dispute-southland-navy'], organization: ['stancemap-harbour-dispute-southland'] },
    });
  });
});

