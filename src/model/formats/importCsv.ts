/**
 * The spreadsheet form of a dataset, in the shape Kumu and Flourish users know: actors.csv,
 * relations.csv, the article as plain text, and its metadata (article.json, see parseArticleJson).
 * The files become a dataset that parseDataset checks like any other, so every quote is anchored and
 * every reference resolved; each problem that comes from a cell is reported at its file, row (as a
 * spreadsheet numbers it: the header is row 1) and column.
 *
 * Beyond the cells as written:
 * - a cell may hold several aliases or quotes separated by ` | `;
 * - `source`, `target`, `claimedBy` and `partOf` may name an actor by its name instead of its id;
 * - an empty actor id is made from the name, an empty relation id from source-stance-target
 *   (`northland-offer-harbour-militia`), each made unique with -2, -3…;
 * - an actor without evidence gets the first relation quote that names it (its own relations
 *   first, then any; its name first, then its aliases), else the first sentence of the article
 *   that names it;
 * - the `extra` column holds, as a JSON object, fields the other columns cannot (the exporter
 *   writes it; people rarely need to).
 */
import { t } from '../../i18n/translate';
import type { Dataset } from '../datasetSchema';
import { formatPath, type PathSegment } from '../formatPath';
import { normalizeForMatching } from '../locateQuote';
import { parseDataset, type ParseResult } from '../parseDataset';
import { showValue } from '../validationIssue';
import { splitArticleText } from './articleText';
import {
  ACTOR_COLUMNS,
  actorColumnOf,
  actorFromCells,
  REQUIRED_ACTOR_COLUMNS,
  REQUIRED_RELATION_COLUMNS,
  RELATION_COLUMNS,
  relationColumnOf,
  relationFromCells,
  type CellIssue,
} from './csvColumns';
import { readCsvTable, type CsvTable } from './csvTable';
import { importIssue, type ImportIssue, type ImportLocation } from './importIssue';
import { kebabCase, uniqueId } from '../kebabCase';

export { formatImportIssue, type ImportIssue, type ImportLocation } from './importIssue';

export interface CsvFileNames {
  actors: string;
  relations: string;
  article: string;
  meta: string;
}

// Stryker disable next-line StringLiteral: read once as the module loads, before any mutant is switched on; the tests read these names in every message
export const DEFAULT_CSV_FILE_NAMES: CsvFileNames = { actors: 'actors.csv', relations: 'relations.csv', article: 'article.txt', meta: 'article.json' };

type Loose = Record<string, unknown>;

export interface CsvImportInput {
  actorsCsv: string;
  relationsCsv: string;
  /** The article: paragraphs separated by blank lines. Without `articleMeta.title`, its first line is the title and the lines right under it the dek. */
  articleText: string;
  /** The article's title, dek, outlet, author, published, url and rights: the "article" of article.json. */
  articleMeta?: Loose;
  /** The rest of article.json: the dataset's id, title, description, story. */
  datasetMeta?: Loose;
  /** The names messages give the files; by default actors.csv, relations.csv, article.txt and article.json. */
  fileNames?: Partial<CsvFileNames>;
}

export type ImportResult =
  | { ok: true; dataset: Dataset; warnings: ImportIssue[] }
  | { ok: false; errors: ImportIssue[]; warnings: ImportIssue[] };

// An ImportResult is a ParseResult whose issues carry locations.
// Stryker disable next-line ArrowFunction: a check for the compiler alone; nothing calls it
const _isParseResult = (result: ImportResult): ParseResult => result;

interface Origin {
  location: ImportLocation;
  /** Set when the value came from JSON (article.json, an `extra` cell): the path inside it. */
  jsonPath?: PathSegment[];
}

const isRecord = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const pathKey = (path: readonly PathSegment[]) => JSON.stringify(path);
const startsWith = (path: readonly PathSegment[], prefix: readonly PathSegment[]) => prefix.every((segment, index) => path[index] === segment);

export function importCsv(input: CsvImportInput): ImportResult {
  const names: CsvFileNames = { ...DEFAULT_CSV_FILE_NAMES, ...input.fileNames };
  const actorsTable = readCsvTable(input.actorsCsv, names.actors, ACTOR_COLUMNS, REQUIRED_ACTOR_COLUMNS);
  const relationsTable = readCsvTable(input.relationsCsv, names.relations, RELATION_COLUMNS, REQUIRED_RELATION_COLUMNS);
  const tableIssues = [...actorsTable.issues, ...relationsTable.issues];
  if (tableIssues.some((found) => found.severity === 'error')) return result(tableIssues);

  const origins = new Map<string, Origin>();
  const setOrigin = (path: PathSegment[], origin: Origin) => origins.set(pathKey(path), origin);
  const ownIssues: ImportIssue[] = [];
  const report = (severity: 'error' | 'warning', path: PathSegment[], message: string, location: ImportLocation) =>
    ownIssues.push(importIssue(severity, path, message, location));
  const cellLocation = <C extends string>(table: CsvTable<C>, file: string, row: number, column: C): ImportLocation => ({
    file,
    row,
    column: table.headers[column] ?? column,
  });

  // The article -----------------------------------------------------------------------------
  const { article: metaArticle, actors: _actors, relations: _relations, ...head } = input.datasetMeta ?? {};
  for (const key of ['actors', 'relations'] as const) {
    if (input.datasetMeta && key in input.datasetMeta) {
      const message = key === 'actors' ? t('is ignored: the actors come from {file}.', { file: names.actors }) : t('is ignored: the relations come from {file}.', { file: names.relations });
      report('warning', [key], message, { file: names.meta, field: key });
    }
  }
  const articleMeta: Loose = input.articleMeta ?? (isRecord(metaArticle) ? metaArticle : {});
  const { paragraphs: _paragraphs, ...metaFields } = articleMeta;
  if ('paragraphs' in articleMeta) {
    report('warning', ['article', 'paragraphs'], t('is ignored: the paragraphs come from {file}.', { file: names.article }), { file: names.meta, field: 'article.paragraphs' });
  }

  const blocks = splitArticleText(input.articleText);
  const article: Loose = {};
  const hasMetaTitle = Object.hasOwn(metaFields, 'title');
  if (!hasMetaTitle) {
    const [headBlock] = blocks;
    if (headBlock) {
      const [title, ...under] = headBlock.text.split('\n');
      article.title = title!.trim();
      setOrigin(['article', 'title'], { location: { file: names.article, line: headBlock.line } });
      if (under.length > 0 && Object.hasOwn(metaFields, 'dek')) {
        report(
          'warning',
          ['article', 'dek'],
          t('lines {first}–{last} of {file} stand under the title, where a dek would, but {meta} gives the dek; they are ignored.', {
            first: String(headBlock.line + 1),
            last: String(headBlock.line + under.length),
            file: names.article,
            meta: names.meta,
          }),
          { file: names.article, line: headBlock.line + 1 },
        );
      } else {
        // With no line under the title the dek is empty.
        // Stryker disable next-line MethodExpression: splitArticleText has trimmed each line already
        article.dek = under.join('\n').trim();
        setOrigin(['article', 'dek'], { location: { file: names.article, line: headBlock.line + 1 } });
      }
      blocks.shift();
    }
  }
  // article.json's dek, if any, is laid over this one.
  if (!('dek' in article)) article.dek = '';
  Object.assign(article, metaFields);
  article.paragraphs = blocks.map((block) => block.text);
  const paragraphLines = blocks.map((block) => block.line);
  // Stryker disable next-line StringLiteral,ArrayDeclaration: no check reports at the list of paragraphs itself once it has one (an empty one is refused below), and no place is looked up at the root
  setOrigin(['article', 'paragraphs'], { location: { file: names.article } });
  blocks.forEach((block, index) => setOrigin(['article', 'paragraphs', index], { location: { file: names.article, line: block.line } }));
  // Without a body no quote can be checked: say so alone, as for a missing file.
  if (blocks.length === 0) {
    const message = hasMetaTitle
      ? t('has no paragraphs: write the article’s body, paragraphs separated by blank lines.')
      : t('is empty: write the article, its title on the first line (unless {meta} gives it), then its paragraphs, separated by blank lines.', { meta: names.meta });
    return result([...tableIssues, importIssue('error', ['article', 'paragraphs'], message, { file: names.article })]);
  }

  // Actors ----------------------------------------------------------------------------------
  const actors: Loose[] = [];
  const actorRows = actorsTable.rows.map((row) => row.row);
  actorsTable.rows.forEach(({ row, cells }, index) => {
    const path = ['actors', index];
    const { record, issues } = actorFromCells(cells);
    setOrigin(path, { location: { file: names.actors, row } });
    for (const key of Object.keys(record)) {
      const column = actorColumnOf([key]);
      if (column) setOrigin([...path, key], { location: cellLocation(actorsTable, names.actors, row, column) });
    }
    const overridden = mergeExtra(record, cells.extra, path, cellLocation(actorsTable, names.actors, row, 'extra'));
    reportCellIssues(issues, path, overridden, (column) => cellLocation(actorsTable, names.actors, row, column));
    actors.push(record);
  });

  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: an id made from a name is never '' and never equals one that is no text
  const isGivenId = (id: unknown): id is string => typeof id === 'string' && id !== '';
  const givenActorIds = actors.map((actor) => actor.id).filter(isGivenId);
  const takenActorIds = new Set<string>(['outlet', ...givenActorIds]);
  for (const actor of actors) {
    if (actor.id === '') actor.id = uniqueId(kebabCase(typeof actor.name === 'string' ? actor.name : '', 'actor'), takenActorIds);
  }
  // Stryker disable next-line MethodExpression,ConditionalExpression: an id that is no text never equals a value looked up, which is text
  const actorIds = new Set(actors.map((actor) => actor.id).filter((id): id is string => typeof id === 'string'));
  const idByName = actorIdsByName(actors);
  const resolve = (value: unknown, outletAllowed: boolean): unknown => {
    // An empty value stays empty: actorIdsByName keeps no empty name.
    if (typeof value !== 'string' || actorIds.has(value)) return value;
    if (outletAllowed && value.toLowerCase() === 'outlet') return 'outlet';
    return idByName.get(nameKey(value)) ?? value;
  };
  // Claimants (people quoted who are not on the map) travel in article.json; relations.csv may
  // credit one by id or by name.
  const claimantIdByName = actorIdsByName(Array.isArray(head.claimants) ? head.claimants.filter(isRecord) : []);
  const resolveClaimedBy = (value: unknown): unknown => {
    const resolved = resolve(value, true);
    return typeof resolved === 'string' && !actorIds.has(resolved) ? (claimantIdByName.get(nameKey(resolved)) ?? resolved) : resolved;
  };
  // Stryker disable next-line ConditionalExpression: a partOf resolved from nothing is undefined, which the dataset reads as no partOf
  for (const actor of actors) if ('partOf' in actor) actor.partOf = resolve(actor.partOf, false);

  // Relations -------------------------------------------------------------------------------
  const relations: Loose[] = [];
  const relationRows = relationsTable.rows.map((row) => row.row);
  // The fields inside `when` and `amount` that have a column of their own (their `text` is the field's column).
  const innerFields = new Map([
    ['when', ['date']],
    ['amount', ['value', 'currency']],
  ]);
  relationsTable.rows.forEach(({ row, cells }, index) => {
    const path = ['relations', index];
    const { record, issues } = relationFromCells(cells);
    setOrigin(path, { location: { file: names.relations, row } });
    for (const key of Object.keys(record)) {
      // Stryker disable next-line ArrayDeclaration: a field inside any other is read from that field's own column
      const inner = innerFields.get(key) ?? [];
      for (const fieldPath of [[key], ...inner.map((field) => [key, field])]) {
        const column = relationColumnOf(fieldPath);
        if (column) setOrigin([...path, ...fieldPath], { location: cellLocation(relationsTable, names.relations, row, column) });
      }
    }
    const overridden = mergeExtra(record, cells.extra, path, cellLocation(relationsTable, names.relations, row, 'extra'));
    reportCellIssues(issues, path, overridden, (column) => cellLocation(relationsTable, names.relations, row, column));
    record.source = resolve(record.source, false);
    record.target = resolve(record.target, false);
    record.claimedBy = resolveClaimedBy(record.claimedBy);
    relations.push(record);
  });
  const takenRelationIds = new Set(relations.map((relation) => relation.id).filter(isGivenId));
  for (const relation of relations) {
    if (relation.id !== '') continue;
    // Stryker disable next-line ConditionalExpression,StringLiteral: an end that is no text is refused at its field, and the id made with it is never shown
    const parts = [relation.source, relation.stance, relation.target].map((part) => (typeof part === 'string' ? part : ''));
    relation.id = uniqueId(kebabCase(parts.join('-'), 'relation'), takenRelationIds);
  }

  // Evidence for actors that have none ------------------------------------------------------
  actors.forEach((actor, index) => {
    if (actor.evidence !== undefined) return;
    const found = findEvidence(actor, relations, article);
    const path = ['actors', index, 'evidence'];
    const actorCell = cellLocation(actorsTable, names.actors, actorRows[index]!, 'evidence');
    if (found === undefined) {
      report(
        'error',
        path,
        t('is empty, and no quote in {file} and no sentence of the article names {name}: copy the passage of the article that introduces the actor.', { file: names.relations, name: showValue(actor.name) }),
        actorCell,
      );
      // Stryker disable next-line ArrayDeclaration: the error above is the evidence's, and the checks beneath a reported path are left out
      actor.evidence = [];
      return;
    }
    actor.evidence = [{ quote: found.quote }];
    const relationRow = found.relationIndex !== undefined ? relationRows[found.relationIndex] : undefined;
    setOrigin(path, { location: relationRow !== undefined ? cellLocation(relationsTable, names.relations, relationRow, 'quote') : actorCell });
  });

  // The dataset -----------------------------------------------------------------------------
  // Without its own title and id, the dataset takes the article's title, and an id made from it. The
  // title is taken as it is, so that one that is no text is told once, as the article's.
  const textOr = (value: unknown, otherwise: string) => (typeof value === 'string' ? value : otherwise);
  // Stryker disable next-line StringLiteral: with no title that is text the import stops at the title's error, and the id is never seen
  const datasetId = kebabCase(textOr(head.title, textOr(article.title, '')), 'dataset');
  const raw: Loose = { schemaVersion: 1, id: datasetId, title: article.title, ...head, article, actors, relations };
  if (!Object.hasOwn(head, 'title')) {
    setOrigin(['title'], origins.get(pathKey(['article', 'title'])) ?? { location: { file: names.meta }, jsonPath: ['article', 'title'] });
  }

  const parsed = parseDataset(raw);
  const reported = ownIssues.filter((found) => found.severity === 'error').map((found) => found.path);
  const located = [...(parsed.ok ? [] : parsed.errors), ...parsed.warnings]
    .filter((found) => found.severity === 'warning' || !reported.some((path) => startsWith(found.path, path)))
    .map((found) => importIssue(found.severity, found.path, rewriteMessage(found.message), locate(found.path)));
  const all = [...tableIssues, ...ownIssues, ...located];
  if (all.some((found) => found.severity === 'error') || !parsed.ok) return result(all);
  return { ok: true, dataset: parsed.dataset, warnings: sortAndDedupe(all) };

  // -----------------------------------------------------------------------------------------

  /** Reports what the cells show, except in the fields the `extra` column gives instead. */
  function reportCellIssues<C extends string>(issues: CellIssue<C>[], path: PathSegment[], overridden: string[], where: (column: C) => ImportLocation) {
    for (const found of issues) {
      if (!overridden.includes(String(found.path[0]))) report('error', [...path, ...found.path], found.message, where(found.column));
    }
  }

  /** Lays the fields of an `extra` cell over the record; returns their names. */
  function mergeExtra(record: Loose, cell: string | undefined, path: PathSegment[], location: ImportLocation): string[] {
    // Stryker disable next-line ArrayDeclaration: no field is named like a mutant's filler, so any list without the real fields reads the same
    if (!cell) return [];
    let extra: unknown;
    try {
      extra = JSON.parse(cell);
    } catch {
      // Not JSON: reported below, as any value that is not an object.
    }
    if (!isRecord(extra)) {
      report('error', path, t('is not a JSON object { … }: this column holds, as JSON, the fields the other columns cannot.'), location);
      // Stryker disable next-line ArrayDeclaration: as above, no field is named like a mutant's filler
      return [];
    }
    for (const [key, value] of Object.entries(extra)) {
      record[key] = value;
      const fieldKey = pathKey([...path, key]);
      for (const known of origins.keys()) if (known.startsWith(fieldKey.slice(0, -1))) origins.delete(known);
      setOrigin([...path, key], { location, jsonPath: [key] });
    }
    return Object.keys(extra);
  }

  /** The place in the files of what stands at `path`; none for the dataset as a whole (the count of problems past the list's end). */
  function locate(path: PathSegment[]): ImportLocation | undefined {
    if (path.length === 0) return undefined;
    // Stryker disable next-line EqualityOperator: no origin is kept for the root, so a look there finds none
    for (let length = path.length; length > 0; length--) {
      const origin = origins.get(pathKey(path.slice(0, length)));
      if (!origin) continue;
      if (!origin.jsonPath) return origin.location;
      return { ...origin.location, field: formatPath([...origin.jsonPath, ...path.slice(length)]) };
    }
    // Everything not traced to a cell or a line is the dataset's own field, from article.json.
    return { file: names.meta, field: formatPath(path) };
  }

  /** Messages name other places by JSON path; in the files they are rows and lines. */
  function rewriteMessage(message: string): string {
    return message
      .replace(/article\.paragraphs\[(\d+)\]/g, (whole, index: string, at: number) => {
        const line = paragraphLines[Number(index)];
        if (line === undefined) return whole;
        const values = { line: String(line), file: names.article };
        // Capitalized where it begins a sentence, or the message.
        const capitalized =
          message.slice(0, at).endsWith('. ') ||
          // Stryker disable next-line ConditionalExpression: no message in any catalogue begins with a paragraph's path yet
          at === 0;
        return capitalized ? t('The paragraph at line {line} of {file}', values) : t('the paragraph at line {line} of {file}', values);
      })
      .replace(/\b(actors|relations)\[(\d+)\]/g, (whole, list: string, index: string) => {
        const row = (list === 'actors' ? actorRows : relationRows)[Number(index)];
        // Stryker disable next-line ConditionalExpression: every actor and relation was read from a row; the guard keeps a path that has none as written
        return row === undefined ? whole : t('row {row} of {file}', { row: String(row), file: list === 'actors' ? names.actors : names.relations });
      });
  }

  function result(issues: ImportIssue[]): ImportResult {
    const sorted = sortAndDedupe(issues);
    return { ok: false, errors: sorted.filter((found) => found.severity === 'error'), warnings: sorted.filter((found) => found.severity === 'warning') };
  }

  /** File by file, row by row, column by column as the file orders them; each problem once. */
  function sortAndDedupe(issues: ImportIssue[]): ImportIssue[] {
    const files = [names.actors, names.relations, names.article, names.meta];
    // The file's own column order, then the columns it lacks in the format's order.
    const orderOf = <C extends string>(table: CsvTable<C>, all: readonly C[]) => [
      ...table.columnOrder.map((column) => table.headers[column] ?? column),
      // Stryker disable next-line MethodExpression: a column listed twice ranks by its first place
      ...all.filter((column) => !table.columnOrder.includes(column)),
    ];
    const columnOrder = new Map<string, string[]>([
      [names.actors, orderOf(actorsTable, ACTOR_COLUMNS)],
      [names.relations, orderOf(relationsTable, RELATION_COLUMNS)],
    ]);
    const rank = ({ location }: ImportIssue): number[] => {
      // The one issue with no place, the count of those past the list's end, goes last.
      // Stryker disable next-line ArrayDeclaration: parseDataset puts that count last already, and the sort keeps the order of equals
      if (!location) return [files.length];
      // Stryker disable next-line ArrayDeclaration: only the two CSV files have columns
      const columns = columnOrder.get(location.file) ?? [];
      // Every place is in one of the four files.
      return [files.indexOf(location.file), location.row ?? location.line ?? 0, location.column === undefined ? -1 : columns.indexOf(location.column)];
    };
    const seen = new Set<string>();
    const unique = issues.filter((found) => {
      const key = JSON.stringify([found.severity, found.location ?? found.path, found.message]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const ranked = unique.map((found) => ({ found, rank: rank(found) }));
    ranked.sort((a, b) => {
      // Stryker disable next-line EqualityOperator: one step past the end compares undefined with undefined
      for (let i = 0; i < a.rank.length; i++) if (a.rank[i] !== b.rank[i]) return a.rank[i]! - b.rank[i]!;
      return 0;
    });
    return ranked.map(({ found }) => found);
  }
}

// Stryker disable next-line MethodExpression: names and cells are trimmed already; normalizing keeps at most one outer space
const nameKey = (name: string) => normalizeForMatching(name).text.trim();

/** Actor ids by name, for names only one actor has. */
function actorIdsByName(actors: Loose[]): Map<string, string> {
  const byName = new Map<string, string | null>();
  for (const { id, name } of actors) {
    // Stryker disable next-line ConditionalExpression,StringLiteral: an empty name's key is empty, and resolve never looks up an empty value
    if (typeof id !== 'string' || typeof name !== 'string' || name === '') continue;
    const key = nameKey(name);
    byName.set(key, byName.has(key) ? null : id);
  }
  // Stryker disable next-line ConditionalExpression: a name kept as null resolves as an unknown one does, to the value as written
  return new Map([...byName].filter((entry): entry is [string, string] => entry[1] !== null));
}

function findEvidence(actor: Loose, relations: Loose[], article: Loose): { quote: string; relationIndex?: number } | undefined {
  // Stryker disable next-line ArrayDeclaration: aliases that are no list are refused at their field; a mutant's filler names no one
  const aliases: unknown[] = Array.isArray(actor.aliases) ? actor.aliases : [];
  const names = [actor.name, ...aliases]
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '')
    .map(nameKey);
  const quotesOf = (relation: Loose) =>
    // Stryker disable next-line ArrayDeclaration: evidence that is no list (refused at its field) gives no quote; a mutant's filler is no passage and is dropped below
    (Array.isArray(relation.evidence) ? relation.evidence : [])
      .map((evidence: unknown) => (isRecord(evidence) && typeof evidence.quote === 'string' ? evidence.quote : undefined))
      .filter((quote): quote is string => quote !== undefined);
  const own = relations.map((relation, index) => ({ relation, index })).filter(({ relation }) => relation.source === actor.id || relation.target === actor.id);
  // Stryker disable next-line MethodExpression: the own relations searched again find nothing new
  const others = relations.map((relation, index) => ({ relation, index })).filter((entry) => !own.includes(entry));
  for (const name of names) {
    for (const { relation, index } of [...own, ...others]) {
      const quote = quotesOf(relation).find((candidate) => normalizeForMatching(candidate).text.includes(name));
      if (quote !== undefined) return { quote, relationIndex: index };
    }
  }
  // Stryker disable next-line ArrayDeclaration: the paragraphs are a list of text here
  const paragraphs: unknown[] = Array.isArray(article.paragraphs) ? article.paragraphs : [];
  // Stryker disable next-line MethodExpression: an empty part, or one that is no text, holds no name
  const parts = [article.title, article.dek, ...paragraphs].filter(
    // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: as above
    (part): part is string => typeof part === 'string' && part !== '',
  );
  for (const name of names) {
    for (const part of parts) {
      const normalized = normalizeForMatching(part);
      const at = normalized.text.indexOf(name);
      if (at !== -1) return { quote: sentenceAt(part, normalized.origin[at]!) };
    }
  }
  return undefined;
}

/** The sentence of `text` around `position`, exactly as written. */
function sentenceAt(text: string, position: number): string {
  // Stryker disable next-line Regex: the sentence found is trimmed, so one space or several end it alike
  const boundary = /[.!?…]["”’')\]]*\s+/g;
  let start = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const next = match.index + match[0].length;
    if (next > position) return text.slice(start, next).trim();
    start = next;
  }
  // Stryker disable next-line MethodExpression: the parts searched are trimmed already
  return text.slice(start).trim();
}
