/**
 * The dataset as GraphML, which yEd, Cytoscape, Gephi, NetworkX and igraph read: one directed
 * graph, a `<key>` for each attribute of graphAttributes.ts, and `label` keys for the actor's name
 * and the relation's summary.
 */
import type { Actor, Dataset, Relation } from '../datasetSchema';
import { ACTOR_ATTRIBUTES, RELATION_ATTRIBUTES, type GraphAttribute } from './graphAttributes';
import { openTag, xmlText } from './xml';

type Keyed<T> = GraphAttribute<T> & { key: string };

// Key ids are unique across nodes and edges; attr.name is what programs show.
const keyed = <T>(prefix: string, attributes: GraphAttribute<T>[]): Keyed<T>[] => attributes.map((attribute) => ({ ...attribute, key: `${prefix}_${attribute.id}` }));
const ACTOR_KEYS = keyed<Actor>('actor', [
  { id: 'label', type: 'string', value: (actor) => actor.name },
  ...ACTOR_ATTRIBUTES,
]);
const RELATION_KEYS = keyed<Relation>('relation', [
  { id: 'label', type: 'string', value: (relation) => relation.summary },
  ...RELATION_ATTRIBUTES,
]);

// The graph's own attributes: the language of the article's text, when the dataset gives it.
const GRAPH_KEYS = keyed<Dataset>('graph', [{ id: 'language', type: 'string', value: (dataset) => dataset.article.language }]);

function keyLines<T>(kind: 'node' | 'edge' | 'graph', keys: Keyed<T>[]): string[] {
  return keys.map((key) => `  ${openTag('key', { id: key.key, for: kind, 'attr.name': key.id, 'attr.type': key.type }, true)}`);
}

function dataLines<T>(item: T, keys: Keyed<T>[]): string[] {
  return keys.flatMap((key) => {
    const value = key.value(item);
    return value === undefined || value === '' ? [] : [`      ${openTag('data', { key: key.key })}${xmlText(value)}</data>`];
  });
}

export function exportGraphml(dataset: Dataset): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyLines('node', ACTOR_KEYS),
    ...keyLines('edge', RELATION_KEYS),
    ...keyLines('graph', GRAPH_KEYS),
    `  ${openTag('graph', { id: dataset.id, edgedefault: 'directed' })}`,
    `    <desc>${xmlText([dataset.title, `Source: ${[dataset.article.title, dataset.article.outlet, dataset.article.published, dataset.article.url].filter(Boolean).join(', ')}`, dataset.article.rights].filter(Boolean).join('\n'))}</desc>`,
    // Stryker disable next-line MethodExpression: indentation only, which XML readers ignore
    ...dataLines(dataset, GRAPH_KEYS).map((line) => line.slice(2)),
    ...dataset.actors.flatMap((actor) => [`    ${openTag('node', { id: actor.id })}`, ...dataLines(actor, ACTOR_KEYS), '    </node>']),
    ...dataset.relations.flatMap((relation) => [
      `    ${openTag('edge', { id: relation.id, source: relation.source, target: relation.target })}`,
      ...dataLines(relation, RELATION_KEYS),
      '    </edge>',
    ]),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
