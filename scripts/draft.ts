/**
 * `npm run draft -- article.txt [--meta article.json] [--actors actors.csv|actors.json] [--out draft.json]`:
 * a draft map of an article. --meta gives the article's credit and the dataset's id, title and
 * description, as article.json does beside a CSV pair. The actors are a confirmed list (a
 * spreadsheet with the CSV form's actor columns, at least name and kind; a stancemap dataset; or a
 * JSON array of actors, each with an id, a name, a kind and its aliases), or without --actors the
 * ones the text names (suggestActors, each marked `"suggested": true`); the relations are the
 * rules' suggestions (src/model/drafting), each marked `"suggested": true` with its `confidence`,
 * for a person to review. The file passes `npm run validate`. Without --out, the draft goes to
 * standard output.
 *
 * Exit codes: 0 written, 1 a file cannot be read, is broken (each problem named at its row and
 * column, or its line) or holds no actors, 2 the command line is wrong.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { relationFromSuggestion } from '../src/model/drafting/review';
import { suggestActors } from '../src/model/drafting/suggestActors';
import { suggestRelations } from '../src/model/drafting/suggestRelations';
import { kebabCase, uniqueId } from '../src/model/kebabCase';
import { addRelation, newDataset, type RawDataset } from '../src/model/edits';
import { evidenceAt } from '../src/model/evidenceAt';
import { articleParts } from '../src/model/locateQuote';
import { findMentions } from '../src/model/proposeActors';
import { ACTOR_COLUMNS, actorFromCells } from '../src/model/formats/csvColumns';
import { readCsvTable } from '../src/model/formats/csvTable';
import { formatImportIssue, importIssue } from '../src/model/formats/importIssue';
import { parseArticleJson } from '../src/model/formats/parseArticleJson';

const USAGE = 'usage: npm run draft -- article.txt [--meta article.json] [--actors actors.csv|actors.json] [--out draft.json]';
function fail(problem: string, code = 1): never {
  console.error(code === 2 ? `${problem}\n${USAGE}` : problem);
  process.exit(code);
}

let args: ReturnType<typeof parseArgs<{ options: { actors: { type: 'string' }; meta: { type: 'string' }; out: { type: 'string' } }; allowPositionals: true }>>;
try {
  args = parseArgs({ options: { actors: { type: 'string' }, meta: { type: 'string' }, out: { type: 'string' } }, allowPositionals: true });
} catch (cause) {
  fail((cause as Error).message, 2);
}
const [articleFile] = args.positionals;
if (!articleFile || args.positionals.length > 1) fail('give one article text file.', 2);

const read = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    return fail(`${file}: cannot be read (${(cause as NodeJS.ErrnoException).code ?? String(cause)}).`);
  }
};
const body = read(articleFile);
// The article's credit and the dataset's head, as article.json gives them beside a CSV pair.
let head: { dataset: Record<string, unknown>; article: Record<string, unknown> } = { dataset: {}, article: {} };
if (args.values.meta) {
  const given = parseArticleJson(read(args.values.meta), args.values.meta);
  if (!given.ok) fail(given.errors.map(formatImportIssue).join('\n'));
  head = { dataset: given.datasetMeta, article: given.articleMeta ?? {} };
}
const textField = (value: unknown) => (typeof value === 'string' ? value : undefined);
let actors: Record<string, unknown>[];
if (args.values.actors && /\.(?:csv|tsv)$/i.test(args.values.actors)) {
  // A spreadsheet of actors, in the CSV form's columns; ids made from the names where the id column is missing or blank.
  const file = args.values.actors;
  const table = readCsvTable(read(file), file, ACTOR_COLUMNS, ['name', 'kind']);
  const problems = table.issues.filter((found) => found.severity === 'error');
  const taken = new Set<string>(['outlet']);
  actors = table.rows.map(({ row, cells }) => {
    const { record, issues } = actorFromCells(cells);
    for (const found of issues) problems.push(importIssue('error', [], found.message, { file, row, column: table.headers[found.column] ?? found.column }));
    const id = String(record.id) || uniqueId(kebabCase(String(record.name), 'actor'), taken);
    taken.add(id);
    return { ...record, id };
  });
  if (problems.length > 0) fail(problems.map(formatImportIssue).join('\n'));
  if (actors.length === 0) fail(`${file}: holds no actors (a row for each, under a header naming at least name and kind).`);
} else if (args.values.actors) {
  let listed: unknown;
  try {
    listed = JSON.parse(read(args.values.actors));
  } catch (cause) {
    fail(`${args.values.actors}: is not JSON (${(cause as Error).message}).`);
  }
  const given = (Array.isArray(listed) ? listed : (listed as { actors?: unknown })?.actors) as Record<string, unknown>[] | undefined;
  if (!Array.isArray(given) || given.length === 0) fail(`${args.values.actors}: holds no actors (a dataset's "actors", or an array of them).`);
  actors = given;
} else {
  // The actors the text names, for a person to confirm: each marked as suggested.
  const taken = new Set<string>(['outlet']);
  actors = suggestActors(articleParts(newDataset({ body }).article as Parameters<typeof articleParts>[0])).map((actor) => {
    const id = uniqueId(kebabCase(actor.name, 'actor'), taken);
    taken.add(id);
    return { id, name: actor.name, kind: actor.kind, aliases: actor.aliases, suggested: true };
  });
  if (actors.length === 0) fail(`${articleFile}: names no actor the rules can find; give them with --actors.`);
}

// A given title and dek keep the text's first lines as paragraphs; the rest of the credit is copied in below.
const headline = Object.fromEntries((['title', 'dek'] as const).flatMap((field) => (textField(head.article[field]) ? [[field, textField(head.article[field])!]] : [])));
const started = newDataset({ body, ...headline });
let draft: RawDataset = {
  ...started,
  ...head.dataset,
  article: { ...(started.article as Record<string, unknown>), ...head.article, paragraphs: (started.article as { paragraphs: string[] }).paragraphs },
  actors: actors.map((actor) => ({ aliases: [], description: '', evidence: [], ...actor })),
  relations: [],
};
const article = draft.article as { title: string; dek: string; paragraphs: string[] };
const parts = articleParts(article);
// An actor needs a passage: without one, the first words of the article that name it; an actor
// the article never names cannot have one, and is left out.
draft.actors = draft.actors.flatMap((actor) => {
  if (Array.isArray(actor.evidence) && actor.evidence.length > 0 && actor.description) return [actor];
  const named = { id: String(actor.id), name: String(actor.name), aliases: (actor.aliases as string[]) ?? [] };
  for (const part of parts) {
    const [first] = findMentions(part.text, [named]);
    if (!first) continue;
    const words = part.text.slice(first.start, first.end);
    return [{ ...actor, description: String(actor.description ?? '') || `Named in the article as “${words}”.`, evidence: [evidenceAt({ part: part.key, start: first.start, quote: words }, parts)] }];
  }
  console.error(`${named.name}: not named in the article, left out.`);
  return [];
});
const names = new Map(draft.actors.map((actor) => [String(actor.id), String(actor.name)]));
const suggestions = suggestRelations(parts, draft.actors.map((actor) => ({ id: String(actor.id), name: String(actor.name), aliases: (actor.aliases as string[]) ?? [], ...(typeof actor.partOf === 'string' ? { partOf: actor.partOf } : {}) })));
for (const suggestion of suggestions) {
  const added = addRelation(draft, relationFromSuggestion(suggestion, (id) => names.get(id) ?? id, parts));
  if (!added.ok) continue;
  draft = added.dataset;
  const relation = draft.relations.at(-1)!;
  Object.assign(relation, { suggested: true, confidence: suggestion.confidence });
}
const text = `${JSON.stringify(draft, null, 2)}\n`;
if (args.values.out) writeFileSync(args.values.out, text);
else process.stdout.write(text);
console.error(`${suggestions.length} relations suggested among ${draft.actors.length} actors${args.values.out ? `, written to ${args.values.out}` : ''}.`);
