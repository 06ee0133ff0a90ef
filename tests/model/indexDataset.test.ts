import { describe, expect, it } from 'vitest';
import { actorName, claimantName, indexDataset, relationLabel, relationsByStance, searchActors, type DatasetIndex } from '../../src/model/indexDataset';
import { loadDataset, loadFixture, parseFixture, readFixtureJson } from '../fixtures';

// For the lookups and the search. The tests of indexing itself index inside the test: mutation
// testing credits a test only with the code it runs, and an index built as the file loads counts for none.
const small = loadFixture('small');
const russia = loadFixture('russia-poach-rebels-2016');

const relation = (index: DatasetIndex, id: string) => {
  const found = index.relationsById.get(id);
  if (!found) throw new Error(`no relation ${id}`);
  return found;
};
const names = (actors: { name: string }[]) => actors.map((actor) => actor.name);

describe('indexDataset', () => {
  it('finds actors and relations by id', () => {
    const small = loadFixture('small');
    expect(small.actorsById.get('mara-vell')?.name).toBe('Mara Vell');
    expect(relation(small, 'northland-offers-boats').stance).toBe('offer');
    expect(small.actorsById.size).toBe(6);
    expect(small.relationsById.size).toBe(8);
  });

  it('lists the relations each actor is the source or the target of, in dataset order', () => {
    const small = loadFixture('small');
    expect(Object.fromEntries(small.relationIdsByActor)).toEqual({
      northland: ['northland-offers-boats', 'northland-rivals-southland', 'northland-disparages-southland'],
      southland: ['southland-pays-stipend', 'northland-rivals-southland', 'northland-disparages-southland', 'militia-supports-southland'],
      'southland-navy': ['navy-shells-raiders', 'navy-supports-militia'],
      'harbour-militia': ['northland-offers-boats', 'southland-pays-stipend', 'militia-fights-raiders', 'navy-supports-militia', 'militia-supports-southland'],
      'mara-vell': [],
      raiders: ['militia-fights-raiders', 'navy-shells-raiders'],
    });
  });

  it('lists the members of each group', () => {
    const small = loadFixture('small');
    const russia = loadFixture('russia-poach-rebels-2016');
    expect(Object.fromEntries(small.memberIdsByActor)).toEqual({
      northland: [],
      southland: ['southland-navy'],
      'southland-navy': [],
      'harbour-militia': ['mara-vell'],
      'mara-vell': [],
      raiders: [],
    });
    expect(russia.memberIdsByActor.get('united-states')).toEqual(['pentagon', 'state-department', 'barack-obama']);
  });

  it('puts each actor in the group at the top of its partOf chain', () => {
    const small = loadFixture('small');
    const russia = loadFixture('russia-poach-rebels-2016');
    expect(Object.fromEntries(small.groupOf)).toEqual({
      northland: 'northland',
      southland: 'southland',
      'southland-navy': 'southland',
      'harbour-militia': 'harbour-militia',
      'mara-vell': 'harbour-militia',
      raiders: 'raiders',
    });
    // CENTCOM is part of the Pentagon, which is part of the United States.
    expect(russia.groupOf.get('centcom')).toBe('united-states');
    expect(russia.groupOf.get('us-army-captains')).toBe('united-states');
    expect(russia.groupOf.get('nicholas-heras')).toBe('jamestown-foundation');
  });

  it('places every relation passage in the part of the article it quotes, overlaps included', () => {
    const small = loadFixture('small');
    const { paragraphs } = loadDataset('small').article;
    const at = (part: number, quote: string, key: string) => {
      const start = paragraphs[part]!.indexOf(quote);
      return { start, end: start + quote.length, key };
    };
    const navyQuote = 'Southland’s navy has shelled Raider camps';
    expect(Object.fromEntries(small.passagesByPart)).toEqual({
      0: [at(0, 'Northland has offered the Harbour Militia “all the boats it needs” if the militia stops working with Southland', 'northland-offers-boats')],
      1: [
        at(1, 'Southland has paid the militia a monthly stipend since 2018', 'southland-pays-stipend'),
        at(1, 'the last two payments never arrived', 'southland-pays-stipend'),
      ],
      2: [
        at(2, 'The militia has fought the Raiders along the coast for two years', 'militia-fights-raiders'),
        at(2, navyQuote, 'navy-shells-raiders'),
        at(2, `${navyQuote} in support`, 'navy-supports-militia'),
      ],
      3: [
        at(3, 'Northland and Southland have been rivals since the war', 'northland-rivals-southland'),
        at(3, 'Northland’s envoy called Southland “an unreliable friend.”', 'northland-disparages-southland'),
      ],
      dek: [{ start: 0, end: 'The militia says the old alliance has run its course.'.length, key: 'militia-supports-southland' }],
    });
    expect(small.passagesByPart.has('title')).toBe(false);
  });

  it('keeps one span per evidence entry, and leaves a quote it cannot find unmarked', () => {
    const small = loadFixture('small');
    expect(small.evidenceSpans.get('southland-pays-stipend')).toHaveLength(2);
    const dataset = loadDataset('small');
    dataset.relations[0]!.evidence[0]!.quote = 'a sentence the article never printed';
    const index = indexDataset(dataset);
    expect(index.evidenceSpans.get('northland-offers-boats')).toEqual([undefined]);
    expect(index.passagesByPart.has(0)).toBe(false);
  });

  it('indexes every relation of the bundled dataset with a located passage', () => {
    const russia = loadFixture('russia-poach-rebels-2016');
    expect(russia.relationsById.size).toBe(62);
    for (const [id, spans] of russia.evidenceSpans) {
      expect(spans.every((span) => span !== undefined), id).toBe(true);
    }
  });
});

describe('names and labels', () => {
  it('labels a relation with both actors’ names and its stance', () => {
    expect(relationLabel(small, relation(small, 'northland-offers-boats'))).toBe('Northland — offer → Harbour Militia');
    expect(relationLabel(small, relation(small, 'navy-shells-raiders'))).toBe('Southland’s navy — hostility → The Raiders');
  });

  it('names the claimant, or the outlet for the reporter’s own statements', () => {
    expect(claimantName(small, 'mara-vell')).toBe('Mara Vell');
    expect(claimantName(small, 'outlet')).toBe('The Example Gazette');
    expect(actorName(small, 'nobody')).toBe('nobody');
  });

  it('groups an actor’s relations by stance', () => {
    const grouped = relationsByStance(small, small.relationIdsByActor.get('harbour-militia')!);
    expect(Object.fromEntries([...grouped].map(([stance, relations]) => [stance, relations.map((r) => r.id)]))).toEqual({
      offer: ['northland-offers-boats'],
      payment: ['southland-pays-stipend'],
      hostility: ['militia-fights-raiders'],
      support: ['navy-supports-militia', 'militia-supports-southland'],
    });
  });
});

describe('searchActors', () => {
  it('finds an actor by an alias the article uses', () => {
    expect(names(searchActors(russia, 'Kremlin'))).toEqual(['Russia']);
    expect(names(searchActors(russia, 'centcom'))).toEqual(['U.S. Central Command']);
    expect(names(searchActors(small, 'envoy'))).toEqual(['Northland']);
  });

  it('ignores apostrophes, so “mutasim” finds “Mu’tasim”', () => {
    expect(names(searchActors(russia, 'mutasim'))).toEqual(['Liwa al-Mu’tasim Brigade']);
    expect(names(searchActors(russia, "Mu'tasim"))).toEqual(['Liwa al-Mu’tasim Brigade']);
    expect(names(searchActors(small, 'southlands'))).toEqual(['Southland’s navy']);
  });

  it('ignores diacritics, in the query and in the names', () => {
    expect(names(searchActors(russia, 'Erdoğan'))).toEqual(['Recep Tayyip Erdogan']);
    const json = readFixtureJson('small');
    json.actors[4].name = 'Mara Véll';
    const index = indexDataset(parseFixture(json));
    expect(names(searchActors(index, 'vell'))).toEqual(['Mara Véll']);
  });

  it('folds Arabic and Hebrew spelling: vowel marks, tatweel, hamzas and the Persian letter forms', () => {
    const json = readFixtureJson('small');
    json.actors[0].name = 'الولايات المتحدة';
    json.actors[1].name = 'أحمد الشرع';
    json.actors[2].name = 'وزیر نیرو';
    json.actors[4].name = 'کابل';
    json.actors[3].name = 'צָבָא הַהֲגָנָה';
    const index = indexDataset(parseFixture(json));
    expect(names(searchActors(index, 'الولايات'))).toEqual(['الولايات المتحدة']);
    expect(names(searchActors(index, 'احمد'))).toEqual(['أحمد الشرع']);
    expect(names(searchActors(index, 'أحمـــد'))).toEqual(['أحمد الشرع']);
    expect(names(searchActors(index, 'وزير'))).toEqual(['وزیر نیرو']);
    // Persian keheh read as Arabic kaf: “كابل” finds “کابل”.
    expect(names(searchActors(index, 'كابل'))).toEqual(['کابل']);
    expect(names(searchActors(index, 'צבא'))).toEqual(['צָבָא הַהֲגָנָה']);
    // Another letter is another name: beh is not a form of yeh.
    expect(searchActors(index, 'وزبر')).toEqual([]);
    expect(searchActors(index, 'محمد')).toEqual([]);
  });

  it('ignores case and the spaces around the query', () => {
    expect(names(searchActors(small, '  HARBOUR '))).toEqual(['Harbour Militia']);
  });

  it('ranks names that start with the query, then names that contain it, then aliases', () => {
    expect(names(searchActors(small, 's'))).toEqual(['Southland', 'Southland’s navy', 'The Raiders', 'Northland']);
    // A name starting with the query comes first even where the alphabet would put it last.
    expect(names(searchActors(small, 't')).slice(0, 2)).toEqual(['The Raiders', 'Harbour Militia']);
  });

  it('finds nothing for an empty query or one no actor matches', () => {
    expect(searchActors(small, '')).toEqual([]);
    expect(searchActors(small, '   ')).toEqual([]);
    expect(searchActors(small, 'atlantis')).toEqual([]);
  });
});
