/**
 * A dataset as the files importCsv reads: actors.csv, relations.csv, article.txt and article.json.
 * Importing them gives the dataset back, whatever it holds: what the columns cannot carry
 * (several quotes one of which holds ` | `, a quote's paragraph, prefix or suffix, unknown fields…)
 * goes, as JSON, to an `extra` column, which appears only when a row needs it. One limit: a
 * paragraph that starts or ends with white space, or holds an empty line, does not survive a
 * plain text file; published paragraphs never do.
 */
import type { Dataset } from '../datasetSchema';
import { joinArticleText } from './articleText';
import {
  ACTOR_FIELDS,
  actorFromCells,
  actorToCells,
  extraFields,
  RELATION_FIELDS,
  relationFromCells,
  relationToCells,
  type ActorColumn,
  type RelationColumn,
} from './csvColumns';
import { decodeCell, encodeCell, writeCsv } from './csvTable';

export interface CsvExport {
  actorsCsv: string;
  relationsCsv: string;
  articleText: string;
  /** article.json: the dataset without its actors, relations and paragraphs. */
  articleJson: string;
}

const ALWAYS_ACTOR_COLUMNS: ActorColumn[] = ['id', 'name', 'kind', 'aliases', 'partOf', 'description', 'evidence'];
const ALWAYS_RELATION_COLUMNS: RelationColumn[] = ['id', 'source', 'target', 'stance', 'status', 'summary', 'when', 'claimedBy', 'quote'];
const ACTOR_COLUMN_ORDER: ActorColumn[] = [...ALWAYS_ACTOR_COLUMNS, 'wikidataId', 'extra'];
const RELATION_COLUMN_ORDER: RelationColumn[] = [
  'id', 'source', 'target', 'stance', 'status', 'summary', 'when', 'date', 'claimedBy', 'amount', 'amountValue', 'amountCurrency', 'quote', 'extra',
];

/** The cells as the importer will read them back from the file. */
function asReadBack<C extends string>(cells: Record<C, string>): Record<C, string> {
  return Object.fromEntries(Object.entries<string>(cells).map(([column, value]) => [column, decodeCell(encodeCell(value))])) as Record<C, string>;
}

function table<C extends string>(rows: Record<C, string>[], always: readonly C[], order: readonly C[]): string {
  const columns = order.filter((column) => always.includes(column) || rows.some((row) => row[column] !== ''));
  return writeCsv(columns, rows.map((row) => columns.map((column) => row[column])));
}

export function exportCsv(dataset: Dataset): CsvExport {
  const actorRows = dataset.actors.map((actor) => {
    const cells = actorToCells(actor);
    const extra = extraFields(actor, actorFromCells(asReadBack(cells)).record, ACTOR_FIELDS);
    return { ...cells, extra: extra ? JSON.stringify(extra) : '' };
  });
  const relationRows = dataset.relations.map((relation) => {
    const cells = relationToCells(relation);
    const extra = extraFields(relation, relationFromCells(asReadBack(cells)).record, RELATION_FIELDS);
    return { ...cells, extra: extra ? JSON.stringify(extra) : '' };
  });

  const head: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(dataset)) {
    if (key === 'actors' || key === 'relations') continue;
    if (key === 'article') {
      const { paragraphs: _paragraphs, ...articleMeta } = dataset.article;
      head.article = articleMeta;
    } else head[key] = value;
  }

  return {
    actorsCsv: table(actorRows, ALWAYS_ACTOR_COLUMNS, ACTOR_COLUMN_ORDER),
    relationsCsv: table(relationRows, ALWAYS_RELATION_COLUMNS, RELATION_COLUMN_ORDER),
    articleText: joinArticleText(dataset.article.paragraphs),
    articleJson: `${JSON.stringify(head, null, 2)}\n`,
  };
}

/** The four files under their usual names, as the CLI writes them and a page would offer them. */
export function exportCsvFiles(dataset: Dataset): { name: string; text: string }[] {
  const { actorsCsv, relationsCsv, articleText, articleJson } = exportCsv(dataset);
  return [
    { name: 'actors.csv', text: actorsCsv },
    { name: 'relations.csv', text: relationsCsv },
    { name: 'article.txt', text: articleText },
    { name: 'article.json', text: articleJson },
  ];
}
