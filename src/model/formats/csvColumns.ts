/**
 * The columns of actors.csv and relations.csv, and the one mapping between a row's cells and a
 * dataset record, used both ways: the importer reads rows with `…FromCells`, and the exporter
 * writes rows with `…ToCells`, then reads them back with the same function to find what the
 * columns could not carry, which it writes to the `extra` column as JSON. So an exported file
 * always imports to the dataset it came from.
 */
import { t } from '../../i18n/translate';
import type { Actor, Relation } from '../datasetSchema';
import type { PathSegment } from '../formatPath';
import { showValue } from '../validationIssue';
import { ACTOR_KINDS, RELATION_STATUSES, STANCES } from '../vocabulary';
import { joinList, splitList } from './csvTable';

export const ACTOR_COLUMNS = ['id', 'name', 'kind', 'aliases', 'partOf', 'description', 'evidence', 'wikidataId', 'extra'] as const;
export type ActorColumn = (typeof ACTOR_COLUMNS)[number];
export const REQUIRED_ACTOR_COLUMNS: readonly ActorColumn[] = ['name', 'kind', 'description'];

export const RELATION_COLUMNS = [
  'id', 'source', 'target', 'stance', 'status', 'summary', 'when', 'date', 'claimedBy',
  'amount', 'amountValue', 'amountCurrency', 'quote', 'extra',
] as const;
export type RelationColumn = (typeof RELATION_COLUMNS)[number];
export const REQUIRED_RELATION_COLUMNS: readonly RelationColumn[] = ['source', 'target', 'stance', 'status', 'summary', 'claimedBy', 'quote'];

type Loose = Record<string, unknown>;
export type Cells<C extends string> = Partial<Record<C, string>>;

/** A problem the cells show before the dataset is checked, at a path inside the record. */
export interface CellIssue<C extends string> {
  path: PathSegment[];
  column: C;
  message: string;
}

export interface RecordFromCells<C extends string> {
  record: Loose;
  issues: CellIssue<C>[];
}

/** Field order of the records, as the schema has it: the order of fields in the `extra` JSON. */
export const ACTOR_FIELDS = ['id', 'name', 'kind', 'aliases', 'partOf', 'description', 'evidence', 'wikidataId'];
export const RELATION_FIELDS = ['id', 'source', 'target', 'stance', 'summary', 'status', 'when', 'claimedBy', 'amount', 'evidence'];

/** The column a field at `path` (inside an actor record) comes from, when a column holds it. */
export function actorColumnOf(path: readonly PathSegment[]): ActorColumn | undefined {
  const [field] = path;
  return typeof field === 'string' && (ACTOR_COLUMNS as readonly string[]).includes(field) && field !== 'extra' ? (field as ActorColumn) : undefined;
}

export function relationColumnOf(path: readonly PathSegment[]): RelationColumn | undefined {
  const [field, inner] = path;
  if (field === 'when') return inner === 'date' ? 'date' : 'when';
  if (field === 'amount') return inner === 'value' ? 'amountValue' : inner === 'currency' ? 'amountCurrency' : 'amount';
  if (field === 'evidence') return 'quote';
  return typeof field === 'string' && (RELATION_COLUMNS as readonly string[]).includes(field) && field !== 'extra' ? (field as RelationColumn) : undefined;
}

/** `Armed group`, `ARMED_GROUP` → `armed-group`; anything else stays as written, to be reported as written. */
function vocabularyCell(cell: string | undefined, vocabulary: readonly string[]): string {
  // Stryker disable next-line StringLiteral: an empty cell is told “is empty” at its field, which hides what the checks say of the value beneath it
  const value = cell ?? '';
  const canonical = value.toLowerCase().replace(/[\s_]+/g, '-');
  return vocabulary.includes(canonical) ? canonical : value;
}

const quotesOf = (cell: string | undefined) => splitList(cell).map((quote) => ({ quote }));

export function actorFromCells(cells: Cells<ActorColumn>): RecordFromCells<ActorColumn> {
  const issues: CellIssue<ActorColumn>[] = [];
  const record: Loose = {
    id: cells.id ?? '',
    // Stryker disable next-line LogicalOperator,StringLiteral: a required column: readCsvTable refuses a file without it, and the exporter writes every column
    name: cells.name ?? '',
    kind: vocabularyCell(cells.kind, ACTOR_KINDS),
    aliases: splitList(cells.aliases),
  };
  if (cells.partOf) record.partOf = cells.partOf;
  // Stryker disable next-line LogicalOperator,StringLiteral: a required column, as name above
  record.description = cells.description ?? '';
  const evidence = quotesOf(cells.evidence);
  if (evidence.length > 0) record.evidence = evidence;
  if (cells.wikidataId) record.wikidataId = cells.wikidataId;
  if (!cells.kind) issues.push({ path: ['kind'], column: 'kind', message: t('is empty; write one of: {values}.', { values: ACTOR_KINDS.join(', ') }) });
  return { record, issues };
}

const NUMBER = /^\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

export function relationFromCells(cells: Cells<RelationColumn>): RecordFromCells<RelationColumn> {
  const issues: CellIssue<RelationColumn>[] = [];
  const problem = (path: PathSegment[], column: RelationColumn, message: string) => issues.push({ path, column, message });
  const record: Loose = {
    id: cells.id ?? '',
    // Stryker disable LogicalOperator,StringLiteral: required columns: readCsvTable refuses a file without them, and the exporter writes every column
    source: cells.source ?? '',
    target: cells.target ?? '',
    stance: vocabularyCell(cells.stance, STANCES),
    summary: cells.summary ?? '',
    // Stryker restore LogicalOperator,StringLiteral
    status: vocabularyCell(cells.status, RELATION_STATUSES),
  };
  if (cells.when || cells.date) {
    // Stryker disable next-line LogicalOperator,StringLiteral: without a when column its emptiness is reported below at ['when'], and the importer leaves out the checks beneath a path it has reported
    record.when = { text: cells.when ?? '', ...(cells.date ? { date: cells.date } : {}) };
    if (!cells.when) problem(['when'], 'when', t('is empty, but column “date” is not: write when as the article says it, like “since 2018”.'));
  }
  // Stryker disable next-line LogicalOperator,StringLiteral: a required column, as source above
  record.claimedBy = cells.claimedBy ?? '';
  if (cells.amount || cells.amountValue || cells.amountCurrency) {
    // Stryker disable next-line LogicalOperator,StringLiteral: without an amount column its emptiness is reported below at ['amount'], as for when above
    const amount: Loose = { text: cells.amount ?? '' };
    if (cells.amountValue) {
      if (NUMBER.test(cells.amountValue)) amount.value = Number(cells.amountValue);
      else problem(['amount', 'value'], 'amountValue', t('{value} is not a number: write the figure alone, like 250 or 1500.5.', { value: showValue(cells.amountValue) }));
    }
    if (cells.amountCurrency) amount.currency = /^[a-z]{3}$/i.test(cells.amountCurrency) ? cells.amountCurrency.toUpperCase() : cells.amountCurrency;
    record.amount = amount;
    if (!cells.amount) problem(['amount'], 'amount', t('is empty, but column “amountValue” or “amountCurrency” is not: write the amount as the article gives it, like “$250 per man”.'));
  }
  record.evidence = quotesOf(cells.quote);

  const emptyRequired: [RelationColumn, () => string][] = [
    ['source', () => t('is empty; write the id or the name of the actor who holds the stance.')],
    ['target', () => t('is empty; write the id or the name of the actor the stance is toward.')],
    ['stance', () => t('is empty; write one of: {values}.', { values: STANCES.join(', ') })],
    ['status', () => t('is empty; write one of: {values}.', { values: RELATION_STATUSES.join(', ') })],
    ['claimedBy', () => t('is empty; write the id or the name of the actor who makes the claim, or “outlet” for the reporter’s own statements.')],
    ['quote', () => t('is empty; every relation needs at least one passage of the article that supports it.')],
  ];
  for (const [column, message] of emptyRequired) {
    if (!cells[column]) problem([column === 'quote' ? 'evidence' : column], column, message());
  }
  return { record, issues };
}

export function actorToCells(actor: Actor): Record<Exclude<ActorColumn, 'extra'>, string> {
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    aliases: joinList(actor.aliases),
    partOf: actor.partOf ?? '',
    description: actor.description,
    evidence: joinList(actor.evidence.map((evidence) => evidence.quote)),
    wikidataId: actor.wikidataId ?? '',
  };
}

export function relationToCells(relation: Relation): Record<Exclude<RelationColumn, 'extra'>, string> {
  return {
    id: relation.id,
    source: relation.source,
    target: relation.target,
    stance: relation.stance,
    status: relation.status,
    summary: relation.summary,
    when: relation.when?.text ?? '',
    date: relation.when?.date ?? '',
    claimedBy: relation.claimedBy,
    amount: relation.amount?.text ?? '',
    amountValue: relation.amount?.value !== undefined ? String(relation.amount.value) : '',
    amountCurrency: relation.amount?.currency ?? '',
    quote: joinList(relation.evidence.map((evidence) => evidence.quote)),
  };
}

/** Equality of JSON values, whatever the order of object keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameJson(item, b[index]));
  const aKeys = Object.keys(a);
  const bRecord = b as Loose;
  return aKeys.length === Object.keys(b).length && aKeys.every((key) => Object.hasOwn(bRecord, key) && sameJson((a as Loose)[key], bRecord[key]));
}

/**
 * The fields of `original` that `rebuilt` (what the cells import to) does not reproduce, in
 * schema order then the record's own order; undefined when the cells carry everything.
 */
export function extraFields(original: Loose, rebuilt: Loose, fieldOrder: readonly string[]): Loose | undefined {
  // Stryker disable next-line MethodExpression: a field the record lacks is undefined and skipped below, and a key listed twice keeps its first place
  const keys = [...fieldOrder.filter((key) => Object.hasOwn(original, key)), ...Object.keys(original).filter((key) => !fieldOrder.includes(key))];
  const extra: Loose = {};
  for (const key of keys) {
    if (original[key] !== undefined && !sameJson(original[key], rebuilt[key])) extra[key] = original[key];
  }
  return Object.keys(extra).length > 0 ? extra : undefined;
}
