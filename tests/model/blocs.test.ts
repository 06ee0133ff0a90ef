import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actorsOf, aggregateRelations, blocMembers, blocView, drawnAs, formatBlocs, outermostBloc, parseBlocs } from '../../src/model/blocs';
import { indexDataset } from '../../src/model/indexDataset';
import { relationLines } from '../../src/model/relationLines';
import type { Dataset } from '../../src/model/datasetSchema';
import { loadFixture, parseFixture, readFixtureJson } from '../fixtures';
import { runs } from '../propertyRuns';

/**
 * The harbour dispute with the militia made part of Southland: Southland's bloc then holds its navy,
 * the militia and, through the militia, Mara Vell (a member's member).
 */
function nestedHarbour() {
  const json = readFixtureJson('small');
  json.actors.find((actor: { id: string }) => actor.id === 'harbour-militia').partOf = 'southland';
  return indexDataset(parseFixture(json));
}

describe('blocMembers', () => {
  it('lists every actor a bloc holds, members of members included, and only actors with members are blocs', () => {
    const blocs = blocMembers(nestedHarbour());
    expect(blocs).toEqual(
      new Map([
        ['southland', ['southland-navy', 'harbour-militia', 'mara-vell']],
        ['harbour-militia', ['mara-vell']],
      ]),
    );
  });
});

describe('blocMembers on a dataset the validator would refuse', () => {
  it('stops at a partOf cycle instead of walking it for ever', () => {
    const json = readFixtureJson('small');
    json.actors.find((actor: { id: string }) => actor.id === 'northland').partOf = 'raiders';
    json.actors.find((actor: { id: string }) => actor.id === 'raiders').partOf = 'northland';
    // Not parsed: the validator refuses the cycle, and this is what the walk does if one gets through.
    const blocs = blocMembers(indexDataset(json as Dataset));
    expect(blocs.get('northland')).toEqual(['raiders']);
    expect(blocs.get('raiders')).toEqual(['northland']);
  });
});

describe('drawnAs and aggregateRelations', () => {
  it('draws members in the outermost closed bloc and counts the relations with both ends in it inside', () => {
    const index = nestedHarbour();
    const drawn = drawnAs(index, new Set(['southland', 'harbour-militia']));
    expect(drawn.get('mara-vell')).toBe('southland');
    expect(drawn.get('northland')).toBe('northland');
    const { between, inside } = aggregateRelations(index.dataset.relations, drawn);
    // Inside Southland: it pays the militia, its navy backs the militia, the militia backs it.
    expect(inside).toEqual(new Map([['southland', ['southland-pays-stipend', 'navy-supports-militia', 'militia-supports-southland']]]));
    expect(between.map(({ id, source, target }) => `${id}: ${source}>${target}`)).toEqual([
      'northland-offers-boats: northland>southland',
      'militia-fights-raiders: southland>raiders',
      'navy-shells-raiders: southland>raiders',
      'northland-rivals-southland: northland>southland',
      'northland-disparages-southland: northland>southland',
    ]);
  });

  it('groups a bloc’s lines by stance and direction with their count, as grouped lines do', () => {
    const index = nestedHarbour();
    const { between } = aggregateRelations(index.dataset.relations, drawnAs(index, new Set(['southland'])));
    const lines = relationLines(between, 'grouped');
    const counted = (source: string, target: string, stance: string) => lines.find((line) => line.source === source && line.target === target && line.stance === stance)?.relationIds;
    expect(counted('southland', 'raiders', 'hostility')).toEqual(['militia-fights-raiders', 'navy-shells-raiders']);
    expect(counted('northland', 'southland', 'hostility')).toEqual(['northland-rivals-southland', 'northland-disparages-southland']);
    expect(counted('northland', 'southland', 'offer')).toEqual(['northland-offers-boats']);
  });

  it('keeps a relation from a bloc’s own actor to a member inside it, and a plain self-relation on its line', () => {
    const index = loadFixture('small');
    const drawn = drawnAs(index, new Set(['southland']));
    const relations = [
      { id: 'to-member', source: 'southland', target: 'southland-navy', stance: 'support' as const },
      { id: 'self', source: 'raiders', target: 'raiders', stance: 'hostility' as const },
    ];
    const { between, inside } = aggregateRelations(relations, drawn);
    expect(inside.get('southland')).toEqual(['to-member']);
    expect(between.map((relation) => relation.id)).toEqual(['self']);
  });

  it('puts every relation on exactly one drawn line or inside exactly one bloc, whatever blocs are closed', () => {
    const index = loadFixture('russia-poach-rebels-2016');
    const blocs = [...blocMembers(index).keys()];
    fc.assert(
      fc.property(fc.subarray(blocs), fc.constantFrom('grouped' as const, 'all' as const), (closed, mode) => {
        const drawn = drawnAs(index, new Set(closed));
        const { between, inside } = aggregateRelations(index.dataset.relations, drawn);
        const onLines = relationLines(between, mode).flatMap((line) => line.relationIds);
        const counted = [...inside.values()].flat();
        const all = [...onLines, ...counted].sort();
        expect(all).toEqual(index.dataset.relations.map((relation) => relation.id).sort());
        // No line ends at an actor hidden in a closed bloc.
        for (const relation of between) for (const end of [relation.source, relation.target]) expect(drawn.get(end)).toBe(end);
      }),
      runs(60),
    );
  });
});

describe('blocView', () => {
  it('never folds away what is shown: a bloc that is, or holds, a shown actor stays open', () => {
    const index = nestedHarbour();
    const blocs = blocMembers(index);
    expect([...blocView(index, blocs, ['southland', 'harbour-militia']).closedBlocs]).toEqual(['southland', 'harbour-militia']);
    // A deep link to Mara Vell opens both blocs that hold her; one to the stipend, the bloc holding its ends.
    expect(blocView(index, blocs, ['southland', 'harbour-militia'], actorsOf(index, { kind: 'actor', id: 'mara-vell' })).closedBlocs.size).toBe(0);
    expect(actorsOf(index, { kind: 'relation', id: 'southland-pays-stipend' })).toEqual(['southland', 'harbour-militia']);
    expect(blocView(index, blocs, ['southland'], actorsOf(index, { kind: 'relation', id: 'southland-pays-stipend' })).closedBlocs.size).toBe(0);
    // Choosing the closed bloc itself opens it, and only it.
    const opened = blocView(index, blocs, ['southland', 'harbour-militia'], ['southland']);
    expect([...opened.closedBlocs]).toEqual(['harbour-militia']);
    expect(opened.drawn.get('mara-vell')).toBe('harbour-militia');
    // Ids that are no bloc are left out.
    expect(blocView(index, blocs, ['northland', 'gone']).closedBlocs.size).toBe(0);
  });

  it('shows no actor for no selection or a relation the map does not have', () => {
    const index = nestedHarbour();
    expect(actorsOf(index, null)).toEqual([]);
    expect(actorsOf(index, { kind: 'relation', id: 'gone' })).toEqual([]);
    expect(actorsOf(index, { kind: 'actor', id: 'raiders' })).toEqual(['raiders']);
  });

  it('names each actor’s bloc: the outermost actor holding it', () => {
    const index = nestedHarbour();
    expect(outermostBloc(index, 'mara-vell')).toBe('southland');
    expect(outermostBloc(index, 'harbour-militia')).toBe('southland');
    expect(outermostBloc(index, 'southland')).toBeNull();
    expect(outermostBloc(index, 'northland')).toBeNull();
  });
});

describe('?blocs=', () => {
  const blocs = new Map([
    ['united-states', ['pentagon']],
    ['russia', ['putin']],
  ]);
  it('reads all, none and a list, leaving out what is no bloc', () => {
    expect(parseBlocs('all', blocs)).toEqual(new Set(['united-states', 'russia']));
    expect(parseBlocs('none', blocs)).toEqual(new Set());
    expect(parseBlocs('russia,nowhere', blocs)).toEqual(new Set(['russia']));
    expect(parseBlocs(null, blocs)).toBeNull();
  });
  it('reads “none” as no bloc closed, even where an actor is called none', () => {
    expect(parseBlocs('none', new Map([['none', ['a']]]))).toEqual(new Set());
  });
  it('writes the closed blocs of several as a list, in the dataset’s order', () => {
    const three = new Map([...blocs, ['corvia', ['port']]]);
    expect(formatBlocs(new Set(['corvia', 'united-states']), three)).toBe('united-states,corvia');
  });
  it('writes the shortest form, and reads back what it wrote', () => {
    expect(formatBlocs(new Set(['russia', 'united-states']), blocs)).toBe('all');
    expect(formatBlocs(new Set(), blocs)).toBe('none');
    expect(formatBlocs(new Set(['russia']), blocs)).toBe('russia');
    for (const closed of [new Set<string>(), new Set(['russia']), new Set(['russia', 'united-states'])]) expect(parseBlocs(formatBlocs(closed, blocs), blocs)).toEqual(closed);
  });
});
