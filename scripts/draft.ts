/**
 * `npm run draft -- article.txt [--actors actors.json] [--out draft.json]`: a draft map of an
 * article. The actors are a confirmed list (a stancemap dataset, or a JSON array of actors, each
 * with an id, a name, a kind and its aliases), or without --actors the ones the text names
 * (suggestActors, each marked `"suggested": true`); the relations are the rules' suggestions
 * (src/model/drafting), each marked `"suggested": true` with its `confidence`, for a person to
 * review. The file passes `npm run validate`. Without --out, the draft goes to standard output.
 *
 * Exit codes: 0 written, 1 a file cannot be read or holds no actors, 2 the command line is wrong.
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

const USAGE = 'usage: npm run draft -- article.txt [--actors actors.json] [--out draft.json]';
function fail(problem: string, code = 1): never {
  console.error(code === 2 ? `${problem}\n${USAGE}` : problem);
  process.exit(code);
}

let args: ReturnType<typeof parseArgs<{ options: { actors: { type: 'string' }; out: { type: 'string' } }; allowPositionals: true }>>;
try {
  args = parseArgs({ options: { actors: { type: 'string' }, out: { type: 'string' } }, allowPositionals: true });
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
let actors: Record<string, unknown>[];
if (args.values.actors) {
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

let draft: RawDataset = { ...newDataset({ body }), actors: actors.map((actor) => ({ aliases: [], description: '', evidence: [], ...actor })) };
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
