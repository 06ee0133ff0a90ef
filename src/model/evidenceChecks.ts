/**
 * Warnings about what a relation's passages say, which a fact-check would otherwise have to catch
 * by reading: passages that never name the parties, a summary that states a number no passage
 * gives, and the same passage given twice for one claim. Read defensively, as checkDataset reads.
 */
import { t } from '../i18n/translate';
import type { PathSegment } from './formatPath';
import { normalizedText } from './normalizedText';
import { joinedForms } from './joinedForms';
import { createMultiSearch } from './multiSearch';
import { showValue } from './validationIssue';

type Loose = Record<string, unknown>;

export interface EvidenceActor {
  id: string;
  name: string;
  aliases: string[];
  partOf?: string;
}
export interface EvidenceRelation {
  source?: string;
  target?: string;
  stance?: string;
  summary?: string;
  quotes: string[];
}

// Each run of other characters becomes one space; a lone space, already one, is not matched, which
// makes this several times faster than /[^\p{L}\p{N}$]+/ on prose (a match between every two words).
const NOT_WORD_RUNS = /[^\p{L}\p{N}$ ][^\p{L}\p{N}$]*| [^\p{L}\p{N}$]+/gu;
const folded = (text: string) => ` ${normalizedText(text).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(NOT_WORD_RUNS, ' ').trim()} `;
// Numbers as a summary writes them: “$250”, “1,000”, “2016”; compared without their commas.
const NUMBERS = /\d[\d,.]*\d|\d/g;
const digits = (text: string) => (text.match(NUMBERS) ?? []).map((number) => number.replace(/[,.]/g, ''));

/**
 * The warnings, each with its path. An end is named by its name or an alias, or by those of the
 * actor it is part of or of one of its members: a quote about “the U.S. military” names the
 * Pentagon, a quote by the brigade's leader names the brigade's man.
 */
export function evidenceWarnings(actors: readonly EvidenceActor[], relations: readonly EvidenceRelation[]): { path: PathSegment[]; message: string }[] {
  const warnings: { path: PathSegment[]; message: string }[] = [];
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  // Every actor's names, looked for in each relation's passages in one pass. A name several actors
  // share ("the council") is one pattern; for it, the ids of its owners and of the actors they are part of.
  const namesOf = new Map<string, { ids: Set<string>; parents: Set<string> }>();
  for (const actor of actors) {
    const names = [actor.name, ...actor.aliases].map(folded);
    for (const name of [...names, ...names.flatMap((name) => joinedForms(name.trim()).map((form) => ` ${form} `))]) {
      if (name.trim().length === 0) continue;
      const owners = namesOf.get(name) ?? { ids: new Set<string>(), parents: new Set<string>() };
      owners.ids.add(actor.id);
      if (actor.partOf) owners.parents.add(actor.partOf);
      namesOf.set(name, owners);
    }
  }
  const nameSearch = createMultiSearch([...namesOf.keys()]);
  const owners = [...namesOf.values()];
  // Kin of an end: the actor itself, one of its members, or the actor it is part of.
  const namesKin = (quotes: string[], source: string, target: string) => {
    const sourceParent = byId.get(source)?.partOf ?? source;
    const targetParent = byId.get(target)?.partOf ?? target;
    let named = false;
    const found = (pattern: number) => {
      const { ids, parents } = owners[pattern]!;
      named ||= ids.has(source) || ids.has(target) || ids.has(sourceParent) || ids.has(targetParent) || parents.has(source) || parents.has(target);
    };
    for (const quote of quotes) {
      nameSearch.forEachMatch(quote, found);
      if (named) return true;
    }
    return false;
  };
  const foldedQuotes = relations.map((relation) => relation.quotes.map(folded));
  relations.forEach((relation, index) => {
    const quotes = foldedQuotes[index]!;
    const { source, target } = relation;
    if (quotes.length > 0 && source && target && byId.has(source) && byId.has(target)) {
      if (!namesKin(quotes, source, target)) {
        warnings.push({
          path: ['relations', index, 'evidence'],
          message: t(
            'no passage names {source} or {target}, nor an alias of either: a reader cannot see who the claim is about. Quote the words that name one of them, or add the article’s word for them as an alias.',
            { source: showValue(byId.get(source)!.name), target: showValue(byId.get(target)!.name) },
          ),
        });
      }
    }
    const given = new Set(relation.quotes.flatMap(digits));
    // Numbers in its parties' names (“Group 7”) are names, not claims.
    const named = [source, target].map((id) => (id ? byId.get(id)?.name : undefined)).filter((name): name is string => name !== undefined);
    // Stryker disable next-line StringLiteral: a relation without a summary states no number, whatever it is read as
    const summary = named.sort((a, b) => b.length - a.length).reduce((text, name) => text.split(name).join(' '), relation.summary ?? '');
    const unsupported = digits(summary).filter((number) => !given.has(number));
    if (unsupported.length > 0) {
      const numbers = unsupported.map((number) => showValue(number)).join(', ');
      warnings.push({ path: ['relations', index, 'summary'], message: t('states {numbers}, which none of its passages gives: a summary adds nothing to the passages.', { numbers }) });
    }
  });
  // The same claim twice: one source, target and stance, one passage.
  const seen = new Map<string, number>();
  relations.forEach((relation, index) => {
    foldedQuotes[index]!.forEach((quote, position) => {
      const key = `${relation.source}>${relation.target}:${relation.stance}:${quote}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else {
        const message = t('is also relations[{first}]’s passage, with the same actors and stance: one claim, mapped twice. Merge the two, or quote what tells them apart.', { first: String(first) });
        warnings.push({ path: ['relations', index, 'evidence', position, 'quote'], message });
      }
    });
  });
  return warnings;
}

/** The relations and actors as checkDataset reads them, skipping what is malformed (the schema reports it). */
export function readForEvidenceChecks(actors: (Loose | undefined)[], relations: (Loose | undefined)[]): [EvidenceActor[], EvidenceRelation[]] {
  const text = (owner: Loose | undefined, key: string) => (typeof owner?.[key] === 'string' ? (owner[key] as string) : undefined);
  // Stryker disable next-line ArrayDeclaration: malformed aliases (the schema's to report) are none here; a made-up one would name an actor in no quote
  const list = (owner: Loose | undefined, key: string) => (Array.isArray(owner?.[key]) ? (owner[key] as unknown[]) : []);
  return [
    actors.flatMap((actor) => {
      const id = text(actor, 'id');
      const name = text(actor, 'name');
      return id && name ? [{ id, name, aliases: list(actor, 'aliases').filter((alias): alias is string => typeof alias === 'string'), ...(text(actor, 'partOf') ? { partOf: text(actor, 'partOf')! } : {}) }] : [];
    }),
    relations.map((relation) => ({
      source: text(relation, 'source'),
      target: text(relation, 'target'),
      stance: text(relation, 'stance'),
      summary: text(relation, 'summary'),
      quotes: list(relation, 'evidence').flatMap((evidence) => (typeof (evidence as Loose | null)?.quote === 'string' ? [(evidence as Loose).quote as string] : [])),
    })),
  ];
}
