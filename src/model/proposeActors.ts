/**
 * Who the selected words name: the actors on the map whose name or alias appears in them, in the
 * order they appear, and capitalised names that no actor has yet. The relation form proposes the
 * first actor as source and the second as target; the person confirms or changes them.
 *
 * Matching ignores capitals, accents and the shape of apostrophes (“Erdogan” finds “Erdoğan”,
 * “Southland's” finds “Southland’s”), and only whole words count: “Rus” does not match inside
 * “Russia”. Names of three capitals or fewer (“US”, “UN”) must match their capitals, or every
 * “us” in a quote would be the United States.
 */
import type { Actor } from './datasetSchema';
import { createMultiSearch, type MultiSearch } from './multiSearch';

export interface NamedActor {
  actorId: string;
  /** The words as the passage writes them. */
  text: string;
}

export interface ActorProposals {
  /** Actors the words name, each once, in the order they first appear. */
  named: NamedActor[];
  /** Capitalised names in the words that no actor has: candidates for a new actor. */
  newNames: string[];
}

interface Folded {
  text: string;
  /** For each character of `text`, the index of the original character it came from (null: the same index). */
  origin: number[] | null;
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[‘’ʼ`´′]/;
const IS_WORD_CHAR = /[\p{L}\p{N}]/u;
const SHORT_ACRONYM = /^[\p{Lu}.]{1,3}$/u;

// Text that folds character for character into itself, but for capitals: printable ASCII and line
// breaks, without the backtick (an apostrophe).
const PLAIN = /^[\t\n\r\x20-\x5f\x61-\x7e]*$/;

/** Where the folded text's character `at` came from in the original. */
const originOf = (folded: Folded, at: number) => (folded.origin ? folded.origin[at]! : at);

function fold(original: string, keepCase = false): Folded {
  // Stryker disable next-line ConditionalExpression: the fast path; the loop below folds plain text to the same.
  if (PLAIN.test(original)) return { text: keepCase ? original : original.toLowerCase(), origin: null };
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    const code = original.charCodeAt(i);
    // Plain ASCII (all but the backtick, an apostrophe) folds to itself: the fast path for long texts.
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: the fast path; normalising folds ASCII to the same.
    if (code < 128 && code !== 96) {
      text += keepCase || code < 65 || code > 90 ? ch : String.fromCharCode(code + 32);
      origin.push(i);
      continue;
    }
    const plain = APOSTROPHES.test(ch) ? "'" : ch.normalize('NFKD').replace(COMBINING_MARKS, '');
    for (const out of keepCase ? plain : plain.toLowerCase()) {
      text += out;
      origin.push(i);
    }
  }
  return { text, origin };
}

const isBoundary = (text: string, at: number) => at < 0 || at >= text.length || !IS_WORD_CHAR.test(text[at]!);

interface Match {
  actorId: string;
  start: number;
  end: number;
}

/** A place where words name an actor, in the words' own character offsets. */
export interface Mention {
  actorId: string;
  start: number;
  end: number;
}

/**
 * Every place the words name an actor by its name or an alias, in order; where two names overlap,
 * the longest wins (“Southland’s navy” over “Southland”). Same matching rules as proposeActors.
 */
export function findMentions(words: string, actors: readonly Pick<Actor, 'id' | 'name' | 'aliases'>[]): Mention[] {
  const folded = fold(words);
  return longestMatches(words, actors, folded).map((match) => ({ actorId: match.actorId, start: originOf(folded, match.start), end: originOf(folded, match.end - 1) + 1 }));
}

type NamedBy = Pick<Actor, 'id' | 'name' | 'aliases'>;

/** Every actor's names, folded once and searched for together (multiSearch.ts). */
interface MentionFinder {
  /** Short acronyms, matched with their capitals. */
  withCase: MultiSearch;
  folded: MultiSearch;
  /** For each pattern of each search, its actor and its rank in the actors' order of names. */
  withCaseOwners: { actorId: string; rank: number }[];
  foldedOwners: { actorId: string; rank: number }[];
}

function createMentionFinder(actors: readonly NamedBy[]): MentionFinder {
  // Names that several actors share are searched for once: at one place the first actor listed
  // wins anyway, so only the first owner of each text is kept.
  const withCase = new Map<string, { actorId: string; rank: number }>();
  const folded = new Map<string, { actorId: string; rank: number }>();
  let rank = 0;
  const add = (patterns: typeof folded, text: string, actorId: string) => {
    if (!patterns.has(text)) patterns.set(text, { actorId, rank });
    rank++;
  };
  for (const actor of actors) {
    for (const name of [actor.name, ...actor.aliases]) {
      const trimmed = name.trim();
      if (SHORT_ACRONYM.test(trimmed)) add(withCase, fold(trimmed, true).text, actor.id);
      else add(folded, fold(trimmed).text, actor.id);
      // “the rebels” names them in “Syrian rebels” and “a rebel brigade’s rebels” too: the article is not the name.
      const bare = /^the\s+(.{4,})$/i.exec(trimmed)?.[1];
      if (bare) add(folded, fold(bare).text, actor.id);
    }
  }
  return {
    withCase: createMultiSearch([...withCase.keys()]),
    folded: createMultiSearch([...folded.keys()]),
    withCaseOwners: [...withCase.values()],
    foldedOwners: [...folded.values()],
  };
}

// A finder per list of actors: a coverage check asks about every sentence with the same list.
const finders = new WeakMap<readonly NamedBy[], MentionFinder>();
function mentionFinder(actors: readonly NamedBy[]): MentionFinder {
  let finder = finders.get(actors);
  if (!finder) finders.set(actors, (finder = createMentionFinder(actors)));
  return finder;
}

function longestMatches(words: string, actors: readonly NamedBy[], folded: Folded): Match[] {
  const finder = mentionFinder(actors);
  const matches: (Match & { rank: number })[] = [];
  const collect = (haystack: string, search: MultiSearch, owners: MentionFinder['foldedOwners']) =>
    search.forEachMatch(haystack, (pattern, at) => {
      const end = at + search.patterns[pattern]!.length;
      if (isBoundary(haystack, at - 1) && isBoundary(haystack, end)) matches.push({ actorId: owners[pattern]!.actorId, rank: owners[pattern]!.rank, start: at, end });
    });
  if (finder.withCaseOwners.length > 0) collect(fold(words, true).text, finder.withCase, finder.withCaseOwners);
  collect(folded.text, finder.folded, finder.foldedOwners);
  // At one place the longest name wins (“Southland’s navy” over “Southland”); between equals, the first actor listed.
  matches.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const taken: Match[] = [];
  let takenEnd = -Infinity;
  for (const { actorId, start, end } of matches) {
    // Sorted by start, so a match overlaps one taken exactly when it starts before the last end.
    if (start >= takenEnd) {
      taken.push({ actorId, start, end });
      takenEnd = end;
    }
  }
  return taken;
}

export function proposeActors(words: string, actors: readonly Pick<Actor, 'id' | 'name' | 'aliases'>[]): ActorProposals {
  const folded = fold(words);
  const taken = longestMatches(words, actors, folded);
  const named: NamedActor[] = [];
  for (const match of taken) {
    if (named.some((item) => item.actorId === match.actorId)) continue;
    named.push({ actorId: match.actorId, text: words.slice(originOf(folded, match.start), originOf(folded, match.end - 1) + 1) });
  }

  const covered = taken.map((match) => ({ start: originOf(folded, match.start), end: originOf(folded, match.end - 1) + 1 }));
  const knownWords = new Set(actors.flatMap((actor) => [actor.name, ...actor.aliases]).flatMap((name) => fold(name).text.split(/[^\p{L}\p{N}']+/u)));
  const newNames: string[] = [];
  for (const candidate of capitalisedNames(words)) {
    if (covered.some((span) => candidate.start < span.end && candidate.end > span.start)) continue;
    // “Vell” alone, when Mara Vell is on the map, is her, not someone new.
    if (fold(candidate.text).text.split(/\s+/).every((word) => knownWords.has(word))) continue;
    if (!newNames.includes(candidate.text)) newNames.push(candidate.text);
  }
  return { named, newNames };
}

// Words that start a sentence or a clause with a capital without naming anyone.
const NOT_NAMES = new Set(
  (
    'a an the this that these those he she it its they them their we our you your i his her ' +
    'and but or if when while after before since as at in on of for from by with to into over under ' +
    'according also although however meanwhile then now later earlier yesterday today tomorrow last next mr mrs ms dr ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december'
  ).split(' '),
);
// Lower-case particles inside a name: “Liwa al-Mu’tasim”, “Ministry of Defence”, “Ursula von der Leyen”.
const PARTICLES = new Set(['of', 'al', 'el', 'de', 'del', 'der', 'la', 'le', 'bin', 'ibn', 'van', 'von', 'da', 'du']);

export interface Candidate {
  text: string;
  start: number;
  end: number;
}

/** Runs of capitalised words, with particles between them, minus a leading “The” and a final “’s”. */
export function capitalisedNames(words: string): Candidate[] {
  const tokens = [...words.matchAll(/[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu)].map((token) => ({
    text: token[0].replace(/['’]s$|['’.-]+$/u, ''),
    start: token.index,
  }));
  // “al-Qamar” is as capitalised as “Qamar”.
  const isCapitalised = (text: string) => /^(?:\p{Ll}{1,3}-)?\p{Lu}/u.test(text);
  const runs: Candidate[] = [];
  let run: typeof tokens = [];
  const close = () => {
    while (run.length > 0 && (NOT_NAMES.has(run[0]!.text.toLowerCase()) || !isCapitalised(run[0]!.text))) run.shift();
    while (run.length > 0 && !isCapitalised(run[run.length - 1]!.text)) run.pop();
    if (run.length > 0) {
      const last = run[run.length - 1]!;
      runs.push({ text: words.slice(run[0]!.start, last.start + last.text.length), start: run[0]!.start, end: last.start + last.text.length });
    }
    run = [];
  };
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    // A run stops at punctuation other than a space between words.
    // An initial's full stop is part of the name: “Nicholas A. Heras”.
    // A possessive joins: “Vessaland’s Army”, and a plural’s “Delta Farmers’ Union”.
    const between = words.slice(previous ? previous.start + previous.text.length : 0, token.start).replace(previous && /s$/.test(previous.text) ? /^['’]s?/ : /^['’]s/, '');
    if (previous && run.length > 0 && !/^\s+$/.test(/^\p{Lu}$/u.test(previous.text) ? between.replace(/^\./, '') : between)) close();
    if (isCapitalised(token.text)) run.push(token);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a particle opening a run is dropped by close() anyway.
    else if (run.length > 0 && PARTICLES.has(token.text.toLowerCase().split('-')[0]!)) run.push(token);
    else close();
  });
  close();
  return runs;
}
