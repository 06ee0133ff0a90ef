import { describe, expect, it } from 'vitest';
import { exportFtm, type FtmEntity } from '../../../src/model/formats/exportFtm';
import { exportGexf } from '../../../src/model/formats/exportGexf';
import { exportGraphml } from '../../../src/model/formats/exportGraphml';
import { exportJson } from '../../../src/model/formats/exportJson';
import { parseFixture, readFixtureJson } from '../../fixtures';

// What a person who opens an export in Gephi, yEd or Aleph sees first: where the graph comes from.
const small = parseFixture(readFixtureJson('small'));
const withoutDescription = () => {
  const json = readFixtureJson('small');
  delete json.description;
  return parseFixture(json);
};

describe('the head of a GEXF file', () => {
  it('credits stancemap and gives the dataset’s title, description, source and rights', () => {
    const lines = exportGexf(small).split('\n');
    expect(lines[0]).toBe('<?xml version="1.0" encoding="UTF-8"?>');
    expect(lines.slice(2, 9)).toEqual([
      '  <meta>',
      '    <creator>stancemap</creator>',
      '    <title>A fictional harbour dispute</title>',
      '    <description>A small made-up dataset that every test layer shares.',
      'Source: https://example.org/harbour-dispute',
      'Fictional text written for stancemap’s tests.</description>',
      '  </meta>',
    ]);
  });

  it('describes a dataset without a description by its article: title, outlet and date', () => {
    expect(exportGexf(withoutDescription())).toContain('<description>Northland Offers Eastport’s Militia a Better Deal, The Example Gazette, 2020-03-14\nSource: https://example.org/harbour-dispute');
  });

  it('leaves out the attributes an actor does not have', () => {
    const northland = exportGexf(small).split('<node id="northland"')[1]!.split('</node>')[0]!;
    expect(northland).toContain('<attvalue for="wikidataId" value="Q1"/>');
    expect(northland).not.toContain('for="partOf"');
    const southland = exportGexf(small).split('<node id="southland"')[1]!.split('</node>')[0]!;
    expect(southland).not.toContain('for="wikidataId"');
    expect(southland).not.toContain('for="aliases"');
  });
});

describe('the head of a GraphML file', () => {
  it('gives the dataset’s title, its source article in full, and the rights', () => {
    const lines = exportGraphml(small).split('\n');
    expect(lines[0]).toBe('<?xml version="1.0" encoding="UTF-8"?>');
    const desc = lines.findIndex((line) => line.startsWith('    <desc>'));
    expect(lines.slice(desc, desc + 3)).toEqual([
      '    <desc>A fictional harbour dispute',
      'Source: Northland Offers Eastport’s Militia a Better Deal, The Example Gazette, 2020-03-14, https://example.org/harbour-dispute',
      'Fictional text written for stancemap’s tests.</desc>',
    ]);
    expect(exportGraphml(small)).toContain('<edge id="navy-shells-raiders" source="southland-navy" target="raiders">');
    const northland = exportGraphml(small).split('<node id="northland">')[1]!.split('</node>')[0]!;
    expect(northland).not.toContain('key="actor_partOf"');
  });
});

describe('FollowTheMoney entities', () => {
  const entities = (json = readFixtureJson('small')) => new Map(exportFtm(parseFixture(json)).trimEnd().split('\n').map((line): [string, FtmEntity] => {
    const entity = JSON.parse(line) as FtmEntity;
    return [entity.id, entity];
  }));

  it('say who claims a relation, the outlet by its name, and add when and an amount only when given', () => {
    const description = entities().get('stancemap-harbour-dispute.relation.navy-shells-raiders')!.properties.description;
    expect(description).toEqual(['“Southland’s navy has shelled Raider camps”\nStatus: ongoing. Claimed by: the outlet (The Example Gazette).']);
  });

  it('date a relation of one date by that date, and one of a range by its start and end', () => {
    const json = readFixtureJson('small');
    json.relations[2].when = { text: 'in 2019', date: '2019' };
    const fights = entities(json).get('stancemap-harbour-dispute.relation.militia-fights-raiders')!.properties;
    expect(fights.date).toEqual(['2019']);
    expect(fights).not.toHaveProperty('startDate');
    expect(fights.description).toEqual(['“The militia has fought the Raiders along the coast for two years”\nStatus: ongoing. Claimed by: the outlet (The Example Gazette). When: in 2019.']);
    const pays = entities(json).get('stancemap-harbour-dispute.relation.southland-pays-stipend')!.properties;
    expect([pays.startDate, pays.endDate, pays.date]).toEqual([['2018'], ['2020-03'], undefined]);
  });

  it('write a part of a person as an unknown link, not a membership', () => {
    const json = readFixtureJson('small');
    json.actors.push({ id: 'aide', name: 'An aide', kind: 'person', aliases: [], partOf: 'mara-vell', description: 'Mara Vell’s aide.', evidence: [{ quote: 'Mara Vell' }] });
    expect(entities(json).get('stancemap-harbour-dispute.part-of.aide')).toEqual({
      id: 'stancemap-harbour-dispute.part-of.aide',
      schema: 'UnknownLink',
      properties: {
        subject: ['stancemap-harbour-dispute-aide'],
        object: ['stancemap-harbour-dispute-mara-vell'],
        role: ['part of'],
        sourceUrl: ['https://example.org/harbour-dispute'],
        publisher: ['The Example Gazette'],
      },
    });
  });
});

describe('the article’s language in every export', () => {
  const arabic = parseFixture(readFixtureJson('arabic-dam'));

  it('GEXF says it in the description, GraphML as the graph’s own attribute', () => {
    expect(exportGexf(arabic)).toContain('نص خيالي كُتب لاختبارات stancemap.\nLanguage: ar</description>');
    const graphml = exportGraphml(arabic);
    expect(graphml).toContain('  <key id="graph_language" for="graph" attr.name="language" attr.type="string"/>');
    expect(graphml).toContain('    <data key="graph_language">ar</data>\n    <node id="valley-republic">');
    // A dataset that does not say its language writes no value for it.
    expect(exportGraphml(small)).not.toContain('<data key="graph_language">');
    expect(exportGexf(small)).not.toContain('Language:');
  });

  it('FollowTheMoney gives the article its three-letter language code, and leaves out one it cannot name', () => {
    const article = (dataset: typeof arabic) =>
      exportFtm(dataset)
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as FtmEntity)
        .find((entity) => entity.schema === 'Article')!;
    expect(article(arabic).properties.language).toEqual(['ara']);
    const json = readFixtureJson('arabic-dam');
    json.article.language = 'sq-AL';
    expect(article(parseFixture(json)).properties.language).toBeUndefined();
    json.article.language = 'ckb';
    expect(article(parseFixture(json)).properties.language).toEqual(['ckb']);
  });

  it('the JSON file keeps it', () => {
    expect(JSON.parse(exportJson(arabic)).article.language).toBe('ar');
  });
});
