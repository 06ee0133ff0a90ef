/**
 * The attributes a graph file (GEXF, GraphML) carries for each actor and relation, as text,
 * declared once so both formats write the same columns. Lists are joined with ` | `, as in the CSV.
 */
import type { Actor, Relation } from '../datasetSchema';
import { joinList } from './csvTable';

export interface GraphAttribute<T> {
  id: string;
  type: 'string' | 'double';
  value: (item: T) => string | undefined;
}

const quotes = (item: Actor | Relation) => joinList(item.evidence.map((evidence) => evidence.quote));

export const ACTOR_ATTRIBUTES: GraphAttribute<Actor>[] = [
  { id: 'kind', type: 'string', value: (actor) => actor.kind },
  { id: 'description', type: 'string', value: (actor) => actor.description },
  { id: 'partOf', type: 'string', value: (actor) => actor.partOf },
  // No aliases join to '', which the writers leave out as they do any empty value.
  { id: 'aliases', type: 'string', value: (actor) => joinList(actor.aliases) },
  { id: 'wikidataId', type: 'string', value: (actor) => actor.wikidataId },
  { id: 'quotes', type: 'string', value: quotes },
];

export const RELATION_ATTRIBUTES: GraphAttribute<Relation>[] = [
  { id: 'stance', type: 'string', value: (relation) => relation.stance },
  { id: 'status', type: 'string', value: (relation) => relation.status },
  { id: 'summary', type: 'string', value: (relation) => relation.summary },
  { id: 'claimedBy', type: 'string', value: (relation) => relation.claimedBy },
  { id: 'when', type: 'string', value: (relation) => relation.when?.text },
  { id: 'date', type: 'string', value: (relation) => relation.when?.date },
  { id: 'amount', type: 'string', value: (relation) => relation.amount?.text },
  { id: 'amountValue', type: 'double', value: (relation) => (relation.amount?.value !== undefined ? String(relation.amount.value) : undefined) },
  { id: 'amountCurrency', type: 'string', value: (relation) => relation.amount?.currency },
  { id: 'quotes', type: 'string', value: quotes },
];
