/**
 * The dataset as GEXF 1.3, Gephi's format: a static directed graph whose nodes are the actors
 * (label = name) and whose edges are the relations (label = summary), each with the attributes of
 * graphAttributes.ts. Parallel relations between the same two actors stay separate edges.
 */
import type { Dataset } from '../datasetSchema';
import { ACTOR_ATTRIBUTES, RELATION_ATTRIBUTES, type GraphAttribute } from './graphAttributes';
import { openTag, xmlText } from './xml';

function declarations<T>(kind: 'node' | 'edge', attributes: GraphAttribute<T>[]): string[] {
  return [
    `    ${openTag('attributes', { class: kind, mode: 'static' })}`,
    ...attributes.map((attribute) => `      ${openTag('attribute', { id: attribute.id, title: attribute.id, type: attribute.type }, true)}`),
    '    </attributes>',
  ];
}

function values<T>(item: T, attributes: GraphAttribute<T>[]): string[] {
  const written = attributes.flatMap((attribute) => {
    const value = attribute.value(item);
    return value === undefined || value === '' ? [] : [`        ${openTag('attvalue', { for: attribute.id, value }, true)}`];
  });
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArrayDeclaration: every actor has a kind and every relation a stance, so none is without a value
  return written.length === 0 ? [] : ['      <attvalues>', ...written, '      </attvalues>'];
}

export function exportGexf(dataset: Dataset): string {
  const { article } = dataset;
  const description = dataset.description ?? [article.title, article.outlet, article.published].filter(Boolean).join(', ');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>stancemap</creator>',
    `    <title>${xmlText(dataset.title)}</title>`,
    `    <description>${xmlText([description, article.url && `Source: ${article.url}`, article.rights, article.language && `Language: ${article.language}`].filter(Boolean).join('\n'))}</description>`,
    '  </meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    ...declarations('node', ACTOR_ATTRIBUTES),
    ...declarations('edge', RELATION_ATTRIBUTES),
    '    <nodes>',
    ...dataset.actors.flatMap((actor) => [
      `      ${openTag('node', { id: actor.id, label: actor.name })}`,
      ...values(actor, ACTOR_ATTRIBUTES).map((line) => `  ${line}`),
      '      </node>',
    ]),
    '    </nodes>',
    '    <edges>',
    ...dataset.relations.flatMap((relation) => [
      `      ${openTag('edge', { id: relation.id, source: relation.source, target: relation.target, label: relation.summary })}`,
      ...values(relation, RELATION_ATTRIBUTES).map((line) => `  ${line}`),
      '      </edge>',
    ]),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
