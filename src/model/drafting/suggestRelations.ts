/**
 * Relation suggestions from an article and its confirmed actors, by rule: in each sentence that
 * names two actors (by name or alias), a stance cue (cues.en.json) suggests a relation from the
 * actor named before the cue to the one named after it, with a status read from the words around
 * the cue, the actor who says it (or the outlet), and the sentence's words that carry it as the
 * evidence, verbatim. A person accepts, edits or rejects each one. Pure.
 */
import type { Actor } from '../datasetSchema';
import type { ArticlePart, ArticlePartKey } from '../locateQuote';
import { findMentions, type Mention } from '../proposeActors';
import { OUTLET_CLAIMANT, STANCES, type RelationStatus, type Stance } from '../vocabulary';
import { withCountryNames } from './countries';
import cues from './cues.en.json';

export interface RelationSuggestion {
  source: string;
  target: string;
  stance: Stance;
  status: RelationStatus;
  /** An actor's id, or `outlet`. */
  claimedBy: string;
  /** The sentence's words that carry the relation, verbatim from the part. */
  quote: string;
  part: ArticlePartKey;
  /** Where the quote starts in the part's text. */
  start: number;
  /** The whole sentence, for the reviewer. */
  sentence: string;
  /** The cue as written. */
  cue: string;
  /** 0–1: how sure the rules are of the ends and their direction. */
  confidence: number;
}

export interface SentenceSpan {
  start: number;
  end: number;
}

// A full stop after these does not end a sentence: "U.S.", "Mr.", "Aug. 9".
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'no', 'vs', 'etc', 'inc', 'co', 'jr', 'sr']);

/** Sentences of a text, as character spans: a stop, then a space and a capital or an opening quote. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const boundary = /[.!?]["”’)]*\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu;
  for (const match of text.matchAll(boundary)) {
    const stop = match.index!;
    const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, stop - 12), stop))?.[1] ?? '';
    // "U.S." or a single capital ("J.") or a known abbreviation: not an end.
    if (/^(?:\p{L}\.)+\p{L}?$/u.test(word) || /^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase())) continue;
    const end = stop + match[0].trimEnd().length;
    spans.push({ start, end });
    start = stop + match[0].length;
  }
  if (start < text.length && text.slice(start).trim()) spans.push({ start, end: text.trimEnd().length });
  return spans;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One regular expression for a list of words and phrases, whole words only, longest first. */
const wordsPattern = (words: readonly string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...words].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');

// Words with a rule of their own (an agreement, a proxy, ties gone bad) are cues of their stance too.
const STANCE_WORDS: Record<Stance, readonly string[]> = {
  ...cues.stances,
  support: [...cues.stances.support, ...cues.mutual, ...cues.nextToTarget],
  hostility: [...cues.stances.hostility, ...cues.strainedTies],
};
const STANCE_CUES = new Map(STANCES.map((stance) => [stance, wordsPattern(STANCE_WORDS[stance])]));
const HOSTILITY_CUE = new RegExp(STANCE_CUES.get('hostility')!.source, 'iu');
const MONEY = /\$\s?\d(?:[\d,.]*\d)?(?:\s+(?:thousand|million|billion|trillion))?/g;
const FALSE_FRIENDS = wordsPattern(cues.falseFriends);
/** Nouns of an agreement between parties: a relation each way. */
const MUTUAL = new Set(cues.mutual);
/** What ties between two are when they are bad: “X’s relationship with Y has been fraught”. */
const STRAINED_TIES = new Set(cues.strainedTies);
const TIES_WITH = /^['’]s\s+(?:[\p{L}-]+\s+)?(?:relationship|relations|ties|dealings)\s+with\s+(?:the\s+)?$/iu;
const TIES_BETWEEN = /(?:relationship|relations|ties|dealings)\s+between\s+(?:the\s+)?$/iu;

/** Nouns whose other end stands right after them (“X's proxy, the Y”), not anywhere in the clause. */
const NEXT_TO_TARGET = new Set(cues.nextToTarget);
const NEXT_TO_TARGET_WORDS = 4;
const SPEECH = wordsPattern(cues.speech);
const ATTRIBUTION = wordsPattern(cues.attribution);
const NEGATION = new Set(cues.negation);
// The order in which a status wins when several are said around a cue.
const STATUS_ORDER = ['not-delivered', 'partly-delivered', 'threatened', 'historical', 'promised', 'considered', 'proposed', 'past'] as const satisfies readonly RelationStatus[];
const STATUS_CUES = new Map(STATUS_ORDER.map((status) => [status, wordsPattern(cues.status[status])]));
const STATUS_WINDOW = 40;
/** How many words may stand between a passive's subject and its verb: “X, a brigade trained by Y”. */
const PATIENT_REACH_WORDS = 4;
/** How far after an offer's cue the words are still what it offers. */
const OFFER_REACH = 80;

interface Cue {
  stance: Stance;
  start: number;
  end: number;
  text: string;
}

function cuesIn(sentence: string): Cue[] {
  const falseFriends = [...sentence.matchAll(FALSE_FRIENDS)].map((match) => ({ start: match.index!, end: match.index! + match[0].length }));
  const found: Cue[] = [];
  for (const [stance, pattern] of STANCE_CUES) {
    const matches = [...sentence.matchAll(pattern), ...(stance === 'payment' ? sentence.matchAll(MONEY) : [])];
    for (const match of matches) {
      const start = match.index!;
      const end = start + match[0].length;
      if (falseFriends.some((friend) => start < friend.end && end > friend.start)) continue;
      found.push({ stance, start, end, text: match[0] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "not", "never", "no" or "…n't" among the two words before the cue. */
function negated(sentence: string, cue: Cue): boolean {
  const words = lastWords(sentence.slice(Math.max(0, cue.start - 30), cue.start), 2);
  return words.some((word) => NEGATION.has(word) || word.endsWith("n't"));
}

// “X denied that Y pays Z”: what is denied is not told as a relation.
const DENIAL = new RegExp(`${wordsPattern(cues.denial).source}\\s+(?:[^,;]*\\s)?$`, 'iu');
/** Whether the cue stands in what its clause denies. */
const denied = (sentence: string, cue: Cue) => DENIAL.test(sentence.slice(Math.max(0, cue.start - 60), cue.start));

/** The last words of a stretch, in lower case, with a curly apostrophe read as a straight one (“hasn’t”). */
const lastWords = (stretch: string, count: number) => stretch.toLowerCase().replaceAll('’', "'").split(/[^\p{L}']+/u).filter(Boolean).slice(-count);

const PAST_FORMS = new Set(cues.tense.pastForms);
// “after a period of hostility”: words that close what follows them, read just before the cue only.
const ENDED_JUST_BEFORE = new RegExp(`(?:${cues.tense.endedJustBefore.map(escape).join('|')})\\s+(?:[\\p{L}’'-]+\\s+)?$`, 'iu');
const PAST_AUXILIARIES = new Set(cues.tense.pastAuxiliaries);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);
const PRESENT_AUXILIARIES = new Set(cues.tense.presentAuxiliaries);

/**
 * Whether the cue is a verb in the simple past or a past passive: “Belmar shelled the militia”,
 * “were kidnapped by”, not “has shelled”, “is backed”, “will fight” or the adjective of
 * “Ardenia-backed”. A past form right after its subject, or after was, were or had.
 */
function inPastTense(sentence: string, cue: Cue, subject: Mention): boolean {
  const verb = cue.text.toLowerCase();
  if (!(PAST_FORMS.has(verb) || PAST_FORMS.has(verb.split(' ')[0]!) || /^[a-z]+ed\b/.test(verb)) || sentence[cue.start - 1] === '-') return false;
  // The words of the cue's own stretch since a comma: “In May, X armed” is no modal “may”.
  const before = lastWords(sentence.slice(Math.max(0, cue.start - 30, sentence.lastIndexOf(',', cue.start) + 1), cue.start), 2);
  if (before.some((word) => PAST_AUXILIARIES.has(word))) return true;
  // “he met”, “they fought”: a pronoun for the subject.
  if (before.length > 0 && SUBJECT_PRONOUNS.has(before.at(-1)!)) return true;
  if (before.some((word) => PRESENT_AUXILIARIES.has(word) || word.endsWith("'s"))) return false;
  // No auxiliary: a past form just after its subject is the simple past, an aside between commas
  // apart (“X, which Y fought for years, armed Z”), as is one after “, and” (“X met Y, and
  // fought Z”); elsewhere it may be a participle (“rebels trained by X”), which says nothing of when.
  const between = sentence.slice(subject.end, cue.start).replace(/,[^,]*,/gu, ' ').replace(/^.*,\s*and\s+$/su, '');
  return subject.end <= cue.start && between.split(/[^\p{L}'’]+/u).filter(Boolean).length <= 1;
}

function statusAround(sentence: string, cue: Cue): RelationStatus {
  // Within the cue's stretch between commas: “X, who fought Y, will meet Z” — “will” is not the fight's.
  const commaBefore = sentence.lastIndexOf(',', cue.start);
  const commaAfter = sentence.indexOf(',', cue.end);
  const window = sentence.slice(Math.max(0, cue.start - STATUS_WINDOW, commaBefore + 1), Math.min(cue.end + STATUS_WINDOW, commaAfter === -1 ? sentence.length : commaAfter));
  for (const [status, pattern] of STATUS_CUES) {
    // “May” with its capital inside a sentence is the month, not the modal.
    if ([...window.matchAll(pattern)].some((match) => match[0] !== 'May' || window.slice(0, match.index).trim() === '')) return status;
  }
  return 'ongoing';
}

/** A relative clause between commas: “, who spoke for hours on Monday,”. */
const ASIDE = /,\s+(?:who|whom|which|whose)\s[^,]*,/giu;
/** A relative clause still open at the end of a stretch: “X, which Y fought” (“whose” names its own subject). */
const OPEN_RELATIVE = /,\s+(?:who|whom|which)\s[^,]*$/iu;

/** Who says the sentence: "X said", "said X", "according to X"; else null. */
function speakerIn(sentence: string, mentions: readonly Mention[]): Mention | null {
  for (const match of sentence.matchAll(SPEECH)) {
    const at = match.index!;
    // "…, she said": the speaker is the pronoun's, named in an earlier sentence.
    if (/(?:^|[^\p{L}])(?:he|she|they|we|i)\s+$/iu.test(sentence.slice(Math.max(0, at - 6), at))) continue;
    // “to say the least”, “needless to say”: an infinitive reports no one's words.
    if (/(?:^|[^\p{L}])to\s+$/iu.test(sentence.slice(Math.max(0, at - 4), at))) continue;
    // The speaker right after the verb ends its clause: “…, said X.”, ““…,” said X”, “said X, the
    // envoy”; not “said X armed Y”, where X is the reported clause's subject.
    const after = mentions.find((mention) => mention.start >= at + match[0].length && /^\s{0,3}$/u.test(sentence.slice(at + match[0].length, mention.start)) && /^\s*(?:[,.;:!?”"’)]|$)/u.test(sentence.slice(mention.end)));
    // After a comma the verb is inverted (“…, said X”); “As Y reported, X’s …” names no speaker there.
    if (after && /,[”"’]?\s*$/u.test(sentence.slice(0, at))) return after;
    // Else the name just before the verb, an aside between them apart: “X, who spoke for hours, said”.
    const before = mentions.filter((mention) => mention.end <= at && sentence.slice(mention.end, at).replace(ASIDE, ',').length <= 25).at(-1);
    if (before) return before;
    if (after) return after;
  }
  for (const match of sentence.matchAll(ATTRIBUTION)) {
    const end = match.index! + match[0].length;
    const after = mentions.find((mention) => mention.start >= end && mention.start - end <= 25);
    if (after) return after;
  }
  return null;
}

const PRONOUN_SPEECH = /(?<![\p{L}])(?:he|she|they)\s+(?:said|says|told|added|noted|claimed|insisted)(?![\p{L}])/iu;

// Where a clause ends: a dash, a semicolon, brackets, or a relative clause (“, who”, “, which”).
const CLAUSE_BREAK = /\s*[—–;]\s*/gu;

/** The ends a cue joins: before and after it, or the agent of a passive ("trained by X"), or "X-backed Y". */
function endsOf(sentence: string, cue: Cue, all: readonly Mention[]): { source: Mention; target: Mention; sure: boolean } | null {
  // Within the cue's own clause.
  let from = 0;
  let to = sentence.length;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    if (match.index! + match[0].length <= cue.start) from = match.index! + match[0].length;
    else if (match.index! >= cue.end) {
      to = match.index!;
      break;
    }
  }
  // A relative clause closed before the cue (“X, who survived a coup by Y, is set to meet Z”) is
  // an aside: the cue's subject is who it is about, not what it names.
  const asides = [...sentence.slice(from, cue.start).matchAll(ASIDE)].map((match) => ({ start: from + match.index!, end: from + match.index! + match[0].length }));
  // A cue inside a relative clause (“X, which Y fought for years, armed Z”): the clause ends at
  // its comma, and what it says is about X, its object when the clause names none.
  const relative = OPEN_RELATIVE.exec(sentence.slice(from, cue.start));
  const relativeStart = relative ? from + relative.index : -1;
  const relativeEnd = relative ? sentence.indexOf(',', cue.end) : -1;
  if (relativeEnd !== -1 && relativeEnd < to) to = relativeEnd;
  const mentions = all.filter((mention) => mention.start >= from && mention.end <= to && !asides.some((aside) => mention.start >= aside.start && mention.end <= aside.end));
  const before = mentions.filter((mention) => mention.end <= cue.start);
  const after = mentions.filter((mention) => mention.start >= cue.end);
  const antecedent = relative ? before.filter((mention) => mention.end <= relativeStart).at(-1) : undefined;
  if (antecedent && after.length === 0 && before.at(-1)!.start > relativeStart) {
    const agent = before.at(-1)!;
    return agent.actorId === antecedent.actorId ? null : { source: agent, target: antecedent, sure: false };
  }
  // Ties gone bad: “X’s relationship with Y has been fraught”, “relations between X and Y soured”.
  if (STRAINED_TIES.has(cue.text.toLowerCase())) {
    for (let i = 0; i + 1 < before.length; i++) {
      const [first, second] = [before[i]!, before[i + 1]!];
      const between = sentence.slice(first.end, second.start);
      if (TIES_WITH.test(between) || (/^\s+and\s+$/u.test(between) && TIES_BETWEEN.test(sentence.slice(0, first.start)))) return { source: first, target: second, sure: true };
    }
    return null;
  }
  // “Russia’s offer”, “Ankara’s downing of a Russian jet”: the owner is the agent; the other end
  // follows the cue, or else is who the clause is about (“the rebels are considering Russia’s offer”).
  const owner = before.at(-1);
  if (owner && /^['’]s\s+$/u.test(sentence.slice(owner.end, cue.start))) {
    // After the noun, only its own complement (“offer to X”, “shelling of the X”), not a name in the next clause.
    const complement = after.find((mention) => mention.actorId !== owner.actorId && !/[,;:]/u.test(sentence.slice(cue.end, mention.start)));
    const other = complement ?? [...before].reverse().find((mention) => mention.actorId !== owner.actorId);
    return other ? { source: owner, target: other, sure: true } : null;
  }
  // “X-backed Y”: the compound joins X to the noun it qualifies, when that noun names an actor.
  if (sentence[cue.start - 1] === '-') return before.length && after.length && /^[\s\p{L}’']{0,15}$/u.test(sentence.slice(cue.end, after[0]!.start)) ? { source: before.at(-1)!, target: after[0]!, sure: true } : null;
  // “trained by X”, “trained and equipped by X”, and a stance noun with its agent: “a coup attempt by X”.
  const byAgent = /^\s*(?:(?:and\s+)?[\p{L}-]+\s+)?by\s/u.exec(sentence.slice(cue.end));
  if (byAgent && before.length) {
    const agent = after.find((mention) => mention.start >= cue.end + byAgent[0].length - 1 && mention.start - cue.end <= byAgent[0].length + 4);
    const patient = before.at(-1)!;
    // A verb's subject is named just before it (“the brigade was besieged by X”); a name further
    // back is not (“U.S. resupplies as the town was besieged by X”): who undergoes it is unnamed.
    // (A noun's is further: “Y, who survived a coup attempt by X”.)
    const verb = /ed$/i.test(cue.text) || PAST_FORMS.has(cue.text.toLowerCase());
    const wordsBetween = sentence.slice(patient.end, cue.start).split(/[^\p{L}’'-]+/u).filter(Boolean).length;
    if (agent && verb && wordsBetween > PATIENT_REACH_WORDS) return null;
    if (agent && agent.actorId !== patient.actorId) return { source: agent, target: patient, sure: true };
  }
  // A passive without its agent (“he was offered weapons to fight X”): the subject is the one it
  // is done to, and who does it is not said; what follows is its content.
  if (/(?:^|[^\p{L}])(?:was|were|is|are|been|being)\s+(?:[\p{L}]+ly\s+)?$/iu.test(sentence.slice(Math.max(0, cue.start - 25), cue.start)) && /^\p{L}+ed$/iu.test(cue.text)) return null;
  // “X backs Y, and has armed Z”: a verb after “, and” whose own subject is not named is the
  // clause subject's, not the object's before it.
  const nearest = before.at(-1);
  const coordinated = nearest && /^,\s*and\s+(?:[\p{L}’']+\s+){0,2}$/u.test(sentence.slice(nearest.end, cue.start)) && after.length > 0;
  const source = (coordinated && before.find((mention) => mention.actorId !== nearest.actorId)) || nearest;
  const target = after.find((mention) => mention.actorId !== source?.actorId);
  if (NEXT_TO_TARGET.has(cue.text.toLowerCase())) {
    // “its proxies”: the proxies of whoever “its” is, not named here.
    if (/(?:^|[^\p{L}])(?:its|their|his|her|our|my|your)\s+(?:[\p{L}-]+\s+)?$/iu.test(sentence.slice(0, cue.start))) return null;
    if (target && sentence.slice(cue.end, target.start).split(/[^\p{L}’'-]+/u).filter(Boolean).length > NEXT_TO_TARGET_WORDS) return null;
  }
  // “a friend in fighting X”, “help them fight X”: X is whom the fight is against, not whom the support is for.
  if (cue.stance === 'support' && target && HOSTILITY_CUE.test(sentence.slice(cue.end, target.start))) return null;
  if (source && target) return { source, target, sure: true };
  // “X backs Y, and has paid …”: a verb coordinated after the object shares the clause's subject and object.
  // (After a comma: “injured and killed soldiers” coordinates two adjectives.)
  if (source && /,\s*and\s+(?:[\p{L}’']+\s+){0,2}$/u.test(sentence.slice(source.end, cue.start))) {
    const other = [...before].reverse().find((mention) => mention.actorId !== source.actorId);
    return other ? { source: other, target: source, sure: false } : null;
  }
  // “X sent Y $5 million”: a sum right after two names is paid by the first to the second.
  if (source && cue.text.startsWith('$') && sentence.slice(source.end, cue.start).trim() === '') {
    const payer = [...before].reverse().find((mention) => mention.actorId !== source.actorId);
    // “X sent Y and Z $5 million”: Y is no payer.
    return payer && !/^\s*(?:,|and|or)\s*$/u.test(sentence.slice(payer.end, source.start)) ? { source: payer, target: source, sure: false } : null;
  }
  if (source) return null;
  const first = after[0];
  const second = after.find((mention) => mention.actorId !== first?.actorId);
  // “helped Y fight Z”: support for Y, not for whom Y fights (as above).
  if (cue.stance === 'support' && first && second && HOSTILITY_CUE.test(sentence.slice(first.end, second.start))) return null;
  return first && second ? { source: first, target: second, sure: false } : null;
}

/**
 * An agreement's parties as its words name them: “a U.S.-Russian agreement” (two names joined by
 * a hyphen, the noun at most one word on) or “a deal between X and Y”.
 */
function agreementParties(sentence: string, cue: Cue, mentions: readonly Mention[]): { source: Mention; target: Mention; sure: boolean } | null {
  const second = mentions.filter((mention) => mention.end <= cue.start).at(-1);
  const first = second && mentions.find((mention) => mention.end === second.start - 1 && sentence[mention.end] === '-');
  if (first && /^\s+(?:[\p{L}’'-]+\s+)?$/u.test(sentence.slice(second.end, cue.start))) return { source: first, target: second, sure: true };
  const [one, other] = mentions.filter((mention) => mention.start >= cue.end);
  if (one && other && /^\s+between\s+$/iu.test(sentence.slice(cue.end, one.start)) && /^\s+and\s+$/iu.test(sentence.slice(one.end, other.start))) return { source: one, target: other, sure: true };
  return null;
}

/** Whether a name is one half of a hyphened compound: “U.S.-provided”, “Syrian-Turkish”. */
const inCompound = (sentence: string, mention: Mention) =>
  /^-\p{L}/u.test(sentence.slice(mention.end, mention.end + 2)) || /(?:^|[^\p{L}.])\p{Lu}[\p{L}.]*-$/u.test(sentence.slice(Math.max(0, mention.start - 30), mention.start));

/** Where a sentence is inside quotation marks, given whether a quotation was open as it began. */
function quotedStretches(sentence: string, openAtStart: boolean): { stretches: SentenceSpan[]; openAtEnd: boolean } {
  const stretches: SentenceSpan[] = [];
  let from = openAtStart ? 0 : -1;
  for (let i = 0; i < sentence.length; i++) {
    const mark = sentence[i];
    const opens = mark === '“' || (mark === '"' && from === -1);
    const closes = mark === '”' || (mark === '"' && from !== -1);
    if (opens && from === -1) from = i + 1;
    else if (closes && from !== -1) {
      stretches.push({ start: from, end: i });
      from = -1;
    }
  }
  if (from !== -1) stretches.push({ start: from, end: sentence.length });
  return { stretches, openAtEnd: from !== -1 };
}

// In a speaker's own words, “we”, “us” and “our” are the group the speaker speaks for (the
// brigade of its commander, the state of its envoy), and “I”, “me” and “my” the speaker. Case
// matters: “US” is a country.
const FIRST_PERSON = /(?<![\p{L}’'])(?:(we|We|us|Us|our|Our)|(I|me|Me|my|My))(?![\p{L}])/gu;

/** The named mentions, and the speaker's first-person pronouns inside quotation marks as mentions of the speaker or the speaker's group. */
function withSpeakersPronouns(sentence: string, named: readonly Mention[], quoted: readonly SentenceSpan[], speaker: string, speakersGroup: string | undefined): readonly Mention[] {
  const pronouns: Mention[] = [];
  for (const match of sentence.matchAll(FIRST_PERSON)) {
    const start = match.index!;
    const end = start + match[0].length;
    if (!quoted.some((stretch) => start >= stretch.start && end <= stretch.end)) continue;
    if (named.some((mention) => start < mention.end && end > mention.start)) continue;
    pronouns.push({ actorId: match[1] ? (speakersGroup ?? speaker) : speaker, start, end });
  }
  return pronouns.length === 0 ? named : [...named, ...pronouns].sort((a, b) => a.start - b.start);
}

/**
 * The actor a name declares itself against: “the anti-ISIS coalition”, “anti-Assad insurgents”
 * stand against ISIS and Assad, whoever else the sentence names. Null when the word after “anti-”
 * names no other actor.
 */
function opposedIn(name: string, actors: readonly Pick<Actor, 'id' | 'name' | 'aliases'>[], owner: string): string | null {
  const anti = /(?<![\p{L}])anti-(?=\p{L})/iu.exec(name);
  if (!anti) return null;
  const rest = name.slice(anti.index + anti[0].length);
  const opposed = findMentions(rest, actors).find((mention) => mention.start === 0 && mention.actorId !== owner);
  return opposed?.actorId ?? null;
}

/** Suggestions for every sentence of the article that names two of the actors and carries a stance cue. */
export function suggestRelations(parts: readonly ArticlePart[], confirmed: readonly (Pick<Actor, 'id' | 'name' | 'aliases'> & { partOf?: string })[]): RelationSuggestion[] {
  const actors = withCountryNames(confirmed);
  const suggestions: RelationSuggestion[] = [];
  let lastSpeaker: string | null = null;
  const partOf = new Map(actors.map((actor) => [actor.id, actor.partOf]));
  for (const part of parts) {
    let quoteOpen = false;
    for (const span of splitSentences(part.text)) {
      const sentence = part.text.slice(span.start, span.end);
      const named = findMentions(sentence, actors);
      const speaker = speakerIn(sentence, named);
      const opensWithQuote = /^["“‘]/.test(sentence);
      const claimedBy = speaker?.actorId ?? ((PRONOUN_SPEECH.test(sentence) || opensWithQuote) && lastSpeaker ? lastSpeaker : OUTLET_CLAIMANT);
      if (speaker) lastSpeaker = speaker.actorId;
      const quoted = quotedStretches(sentence, quoteOpen);
      quoteOpen = quoted.openAtEnd;
      const mentions = claimedBy === OUTLET_CLAIMANT ? named : withSpeakersPronouns(sentence, named, quoted.stretches, claimedBy, partOf.get(claimedBy));
      for (const mention of mentions) {
        const against = opposedIn(sentence.slice(mention.start, mention.end), actors, mention.actorId);
        if (!against) continue;
        suggestions.push({
          source: mention.actorId,
          target: against,
          stance: 'hostility',
          status: 'ongoing',
          claimedBy,
          quote: sentence.slice(mention.start, mention.end),
          part: part.key,
          start: span.start + mention.start,
          sentence,
          cue: 'anti-',
          confidence: 0.65,
        });
      }
      // The speaker of "X said" tells of the relation; X is not one of its ends.
      const ends = mentions.filter((mention) => mention !== speaker);
      if (new Set(ends.map((mention) => mention.actorId)).size < 2) continue;
      // One suggestion per stance and pair of ends in a sentence.
      const done = new Set<string>();
      let offered: { end: number; parties: readonly string[] } | null = null;
      for (const cue of cuesIn(sentence)) {
        // A cue inside a name ("U.S.-Trained Rebels") is the name's, not a stance.
        if (mentions.some((mention) => cue.start < mention.end && cue.end > mention.start)) continue;
        // “U.S.-provided weapons”, “the Syrian-Turkish border”: a name in a compound modifies a noun,
        // and is an end only of the compound's own cue, or of an agreement between the two.
        const mutual = MUTUAL.has(cue.text.toLowerCase());
        const joined = (mutual && agreementParties(sentence, cue, ends)) || endsOf(sentence, cue, sentence[cue.start - 1] === '-' ? ends : ends.filter((mention) => !inCompound(sentence, mention)));
        if (!joined || joined.source.actorId === joined.target.actorId) continue;
        // An agreement's parties are both named around it, or not guessed at.
        if (mutual && !joined.sure) continue;
        // What an offer offers ("offered support to fight X") is its content, not a stance of its own.
        // (A third actor's own act nearby is not: “poach rebels trained by X for the war against Y”.)
        if (offered && cue.start - offered.end <= OFFER_REACH && offered.parties.includes(joined.source.actorId)) continue;
        if (cue.stance === 'offer') offered = { end: cue.end, parties: [joined.source.actorId, joined.target.actorId] };
        if (done.has(`${cue.stance}:${joined.source.actorId}>${joined.target.actorId}`)) continue;
        if (denied(sentence, cue)) continue;
        let status = statusAround(sentence, cue);
        if (negated(sentence, cue)) {
          // "never paid" is a promise not kept; "has not attacked" is no relation.
          if (cue.stance === 'hostility' || status !== 'not-delivered') continue;
        }
        if (cue.stance === 'offer' && status === 'ongoing') status = 'proposed';
        else if (status === 'ongoing' && (inPastTense(sentence, cue, joined.source) || ENDED_JUST_BEFORE.test(sentence.slice(Math.max(0, cue.start - 40), cue.start)))) status = 'past';
        const from = Math.min(joined.source.start, joined.target.start, cue.start);
        const to = Math.max(joined.source.end, joined.target.end, cue.end);
        const near = Math.max(Math.abs(cue.start - joined.source.end), Math.abs(joined.target.start - cue.end)) <= STATUS_WINDOW;
        // An agreement binds both parties: each stands with the other.
        const pairs: [Mention, Mention][] = mutual ? [[joined.source, joined.target], [joined.target, joined.source]] : [[joined.source, joined.target]];
        for (const [source, target] of pairs) {
          const key = `${cue.stance}:${source.actorId}>${target.actorId}`;
          if (done.has(key)) continue;
          done.add(key);
          suggestions.push({
            source: source.actorId,
            target: target.actorId,
            stance: cue.stance,
            status,
            claimedBy,
            quote: sentence.slice(from, to),
            part: part.key,
            start: span.start + from,
            sentence,
            cue: cue.text,
            confidence: Math.round((0.35 + (joined.sure ? 0.3 : 0) + (near ? 0.25 : 0)) * 100) / 100,
          });
        }
      }
    }
  }
  return suggestions;
}
