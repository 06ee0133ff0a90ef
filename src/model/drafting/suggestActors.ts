/**
 * Actor suggestions from an article's text, by rule, for a person to confirm before relations are
 * suggested (suggestRelations needs confirmed actors and their aliases). Names are runs of
 * capitalised words; the other words the text uses for a country (its demonym, its capital, its
 * seat of government: countries.en.json) join the country; a bare surname joins the full name, a
 * shorter form of a name joins the longer, an acronym in brackets joins what it abbreviates.
 * Titles are stripped ("President"), places are left out ("in Aleppo"), and so is the outlet. The
 * kind is guessed from the words of the name. Pure.
 */
import type { ArticlePart } from '../locateQuote';
import { capitalisedNames } from '../proposeActors';
import type { ActorKind } from '../vocabulary';
import { splitSentences } from './suggestRelations';
import { COUNTRIES, COUNTRY_BY_KEY, keyOf } from './countries';

export interface ActorSuggestion {
  name: string;
  kind: ActorKind;
  /** The other words the text uses for it, as written. */
  aliases: string[];
  /** How many times the text names it. */
  mentions: number;
  /** The first sentence that names it. */
  sentence: string;
}

/** A key's words, “al-Assad” as “al assad”. */
const tokensOf = (key: string) => key.split(/[\s-]+/);

// Titles before a name: “President Barack Obama”, “Gen. Marr”.
const TITLES = new Set(
  'president prime minister deputy foreign defence defense secretary general gen col colonel lt lieutenant maj major capt captain adm admiral sen senator rep representative gov governor mr mrs ms dr sheikh king queen prince emir commander chancellor ambassador mayor pope spokesman spokeswoman chief leader'.split(' '),
);
const KIND_WORDS: [ActorKind, RegExp][] = [
  ['state', /\b(?:republic|kingdom|emirates?|sultanate|principality|confederation)\b/i],
  ['armed-group', /\b(?:brigades?|forces|army|militias?|front|guards?|battalions?|regiments?|rangers?|legion|rebels|jabhat|liwa|harakat|insurgents|fighters)\b/i],
  ['government-body', /\b(?:department|ministry|command|pentagon|agency|council|office|government|parliament|senate|congress|authority|commission|bureau|navy|air force|police|court|cabinet|administration|embassy|province|state department)\b/i],
  ['organisation', /\b(?:foundation|institute|union|company|corporation|association|party|coalition|alliance|committee|cent(?:er|re)|university|federation|cooperatives?|bank|board|group|network|power|energy|airlines?|mission|organi[sz]ation|fund|shipping|inc|ltd|news|press)\b/i],
];
// Where capitalised words are a place or a time: “in Aleppo”, “in the Third World”, “during the Cold War”.
const SETTING_BEFORE = /(?:^|[^\p{L}])(?:in|at|near|outside|around|across|inside|during|throughout)\s+(?:the\s+)?$/iu;
// Capitalised at a sentence's start without naming anyone: discourse words, contractions, month abbreviations.
const NOT_NAMES = new Set('instead furthermore moreover however just still yet indeed meanwhile then now later earlier afterwards today yesterday tomorrow here there so also even only fellow former other others many some several both each every all most few such jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
const notAName = (word: string) => NOT_NAMES.has(keyOf(word)) || /['’](?:re|ll|ve|d|m)$/iu.test(word) || /\d/.test(word);

// People and groups named by their role: “his Russian contact”, “Turkish coup plotters”, “the anti-ISIS coalition”.
const ROLES: [ActorKind, string][] = [
  ['person', 'contact diplomat commander envoy representative minister spokesman spokeswoman official adviser advisor ambassador negotiator mediator governor mayor chairman chairwoman'],
  ['armed-group', 'rebels insurgents fighters militants troops opposition plotters militia'],
  ['government-body', 'navy army police coastguard ministry'],
  ['organisation', 'coalition analysts officials diplomats captains assets experts observers lawmakers union'],
];
const ROLE_KIND = new Map(ROLES.flatMap(([kind, words]) => words.split(' ').map((word) => [word, kind] as const)));
// A country's word or a name, or “anti-X”, then at most two lower-case words, then the role.
const ROLE_PHRASE = /(?<![\p{L}])((?:anti-)?(?:\p{Lu}[\p{L}’'.-]*)(?:\s+\p{Lu}[\p{L}’'.-]*)*)((?:\s+\p{Ll}[\p{L}-]*){0,2}?)\s+(\p{Ll}+)(?![\p{L}])/gu;

interface Found {
  name: string;
  key: string;
  forms: Map<string, string>;
  mentions: number;
  sentence: string;
  first: number;
  place: boolean;
  /** Named somewhere other than at a sentence's start. */
  inside: boolean;
}

/** Suggested actors, in the order the text first names them. `outlet` is never one: it is the claimant `outlet`. */
export function suggestActors(parts: readonly ArticlePart[], outlet = ''): ActorSuggestion[] {
  const body = parts.filter((part) => part.key !== 'title');
  const allText = body.map((part) => part.text).join('\n');
  const lowerWords = new Set(allText.match(/(?<![\p{L}])\p{Ll}[\p{L}’']*/gu) ?? []);
  const outletKey = keyOf(outlet);
  const found = new Map<string, Found>();
  const roles = new Map<string, ActorKind>();
  const heads = new Map<string, string>();
  /** Names that follow a title: “Minister Tal” is a person. */
  const titledPeople = new Set<string>();
  let order = 0;

  const add = (surface: string, sentence: string, place: boolean, opensSentence: boolean) => {
    const country = COUNTRY_BY_KEY.get(keyOf(surface));
    const name = country ?? surface;
    const key = keyOf(name);
    if (!key || (outletKey && (key === outletKey || outletKey.includes(key)))) return;
    const entry = found.get(key) ?? { name, key, forms: new Map(), mentions: 0, sentence, first: order++, place: true, inside: false };
    entry.mentions++;
    entry.inside ||= !opensSentence || surface.includes(' ');
    // A place only if every mention reads as one.
    entry.place &&= place && !country;
    if (keyOf(surface) !== key) entry.forms.set(keyOf(surface), surface);
    found.set(key, entry);
  };

  for (const part of body) {
    for (const span of splitSentences(part.text)) {
      const sentence = part.text.slice(span.start, span.end);
      for (const match of sentence.matchAll(ROLE_PHRASE)) {
        const [, named, middle, role] = match;
        // “a Belmari commander”, “Some Belmari envoys”: the article and the quantifier go (“The
        // fighters” names no one); the role is read in the singular.
        const headWords = named!.split(/\s+/);
        while (headWords.length > 0 && (/^(?:A|An|The)$/u.test(headWords[0]!) || NOT_NAMES.has(keyOf(headWords[0]!)))) headWords.shift();
        const head = headWords.join(' ');
        const singular = ROLE_KIND.get(role!.replace(/s$/, ''));
        // “envoys” are a group of people.
        const kind = ROLE_KIND.get(role!) ?? (singular === 'person' ? 'organisation' : singular);
        // “Dam Company-backed militia”: who backs it is named, the militia is not.
        if (!kind || !head || notAName(head) || /-\p{Ll}/u.test(head)) continue;
        // The country's own government is the country (“the Russian government”), not an actor of its own.
        const phrase = `${head}${middle}${' '}${role}`.replace(/\s+/g, ' ');
        roles.set(keyOf(phrase), kind);
        heads.set(keyOf(phrase), keyOf(head));
        add(phrase, sentence, false, false);
      }
      for (const candidate of capitalisedNames(sentence)) {
        let words = candidate.text.split(/\s+/);
        let start = candidate.start;
        // “al Qaeda”: a particle before the first capital belongs to the name.
        const particle = /(?:^|\s)(al[\s-])$/iu.exec(sentence.slice(0, start));
        if (particle) {
          start -= particle[1]!.length;
          words = [`${particle[1]!.trim()}${particle[1]!.endsWith('-') ? '' : ' '}${words[0]}`.replace(/ $/, ''), ...words.slice(1)];
          if (!particle[1]!.endsWith('-')) words = [...words[0]!.split(' '), ...words.slice(1)];
        }
        // A sentence's first word is capitalised anyway: a word the text also writes in lower case is no name.
        if (candidate.start === sentence.search(/\p{L}/u) && lowerWords.has(words[0]!.toLowerCase())) {
          start += words[0]!.length + 1;
          words = words.slice(1);
        }
        // “Turkish President Recep Tayyip Erdogan”: the demonym and the title go, and a title says
        // what follows is a person (“Minister Tal”).
        let titled = false;
        while (words.length > 1 && (TITLES.has(keyOf(words[0]!)) || (COUNTRY_BY_KEY.has(keyOf(words[0]!)) && TITLES.has(keyOf(words[1]!))))) {
          titled ||= TITLES.has(keyOf(words[0]!));
          start += words[0]!.length + 1;
          words = words.slice(1);
        }
        // “D.C.-based Jamestown Foundation”, “Pentagon-backed”: a compound with a lower-case part
        // qualifies what follows; “U.S.-Russian” joins two names.
        const names: string[][] = [[]];
        /** The name right after a title inside the run: a person's. */
        let afterTitle: string[] | null = null;
        words.forEach((word, position) => {
          const pieces = word.split('-');
          if (notAName(word)) names.push([]);
          // “Tarn Republic Foreign Minister Ilio Brask”: a title inside a run ends the name before it,
          // goes, and opens a person's name.
          else if (position > 0 && position < words.length - 1 && TITLES.has(keyOf(word))) {
            if (names.at(-1)!.length > 0) names.push([]);
            afterTitle = names.at(-1)!;
          }
          else if (pieces.length > 1 && !/^al$/i.test(pieces[0]!) && pieces.some((piece) => /^\p{Ll}/u.test(piece))) {
            if (position === words.length - 1) names.at(-1)!.push(pieces.filter((piece) => /^\p{Lu}/u.test(piece)).join('-'));
            names.push([]);
          } else if (pieces.length > 1 && !/^al$/i.test(pieces[0]!) && pieces.every((piece) => /^\p{Lu}/u.test(piece)) && COUNTRY_BY_KEY.has(keyOf(pieces[0]!))) {
            names.push(...pieces.map((piece) => [piece]), []);
          } else names.at(-1)!.push(word);
        });
        for (const name of names) {
          if (name.length === 0 || !name.join('')) continue;
          const surface = name.join(' ');
          if (/^\p{Lu}\p{Ll}*$/u.test(surface) && TITLES.has(keyOf(surface))) continue;
          const at = sentence.indexOf(surface, start);
          const opensSentence = at === sentence.search(/\p{L}/u);
          const institutional = KIND_WORDS.some(([, pattern]) => pattern.test(surface));
          if (((titled && name === names[0]) || name === afterTitle) && !institutional) titledPeople.add(keyOf(surface));
          add(surface, sentence, !institutional && !/^\p{Lu}{2,}$/u.test(surface) && SETTING_BEFORE.test(sentence.slice(0, Math.max(0, at))), opensSentence);
        }
        // “U.S. Central Command (CENTCOM)”: the acronym is the name's.
        const acronym = /^\s*\((\p{Lu}[\p{Lu}.]{1,9})\)/u.exec(sentence.slice(candidate.end));
        const last = names.filter((name) => name.length > 0).at(-1)?.join(' ');
        if (acronym && last) found.get(keyOf(COUNTRY_BY_KEY.get(keyOf(last)) ?? last))?.forms.set(keyOf(acronym[1]!), acronym[1]!);
      }
    }
  }

  // Shorter forms join the longer name: a surname its person, “Mu’tasim Brigade” its brigade, an acronym its name.
  // “State Department officials” are the State Department's; a country's people (“Russian contact”) are actors of their own.
  for (const [key, head] of heads) {
    const named = found.get(head);
    const role = found.get(key);
    if (!named || !role || COUNTRY_BY_KEY.has(head)) continue;
    named.forms.set(key, role.name);
    found.delete(key);
  }
  // “Raider” and “Raiders”: one actor, under the form named most.
  for (const entry of [...found.values()]) {
    const plural = found.get(`${entry.key}s`);
    if (!plural || !found.has(entry.key)) continue;
    const [kept, gone] = plural.mentions >= entry.mentions ? [plural, entry] : [entry, plural];
    kept.mentions += gone.mentions;
    kept.forms.set(gone.key, gone.name);
    found.delete(gone.key);
  }
  const entries = [...found.values()].filter((entry) => !entry.place);
  for (const short of [...entries].sort((a, b) => tokensOf(b.key).length - tokensOf(a.key).length)) {
    if (COUNTRY_BY_KEY.has(short.key)) continue;
    const inside = (long: Found) => long !== short && found.has(long.key) && ` ${tokensOf(long.key).join(' ')} `.includes(` ${tokensOf(short.key).join(' ')} `);
    // A surname its person's; a single word that is part of only one longer name, that name's.
    const holders = entries.filter(inside);
    const longer =
      holders.find((long) => tokensOf(short.key).length > 1 || tokensOf(long.key).at(-1) === short.key) ??
      (holders.length === 1 && !roles.has(holders[0]!.key) && short.mentions < holders[0]!.mentions ? holders[0] : undefined);
    const named = longer ?? entries.find((long) => long !== short && found.has(long.key) && [...long.forms.keys()].includes(short.key));
    if (!named) continue;
    named.mentions += short.mentions;
    named.forms.set(short.key, short.name);
    for (const [key, form] of short.forms) named.forms.set(key, form);
    found.delete(short.key);
  }

  // A single word only ever opening a sentence is no name if it reads as an adverb (“Honestly”), or
  // opens one sentence only and the headline never says it (“Fictional”, “Two”).
  const headline = keyOf(parts.find((part) => part.key === 'title')?.text ?? '');
  for (const entry of found.values()) {
    if (entry.inside || COUNTRY_BY_KEY.has(entry.key)) continue;
    if (/ly$/.test(entry.key) || (entry.mentions === 1 && !` ${headline} `.includes(` ${entry.key} `))) found.delete(entry.key);
  }
  return [...found.values()]
    .filter((entry) => !entry.place)
    .sort((a, b) => a.first - b.first)
    .map((entry) => ({ name: entry.name, kind: roles.get(entry.key) ?? (titledPeople.has(entry.key) ? 'person' : kindOf(entry)), aliases: [...entry.forms.values()].filter((form) => keyOf(form) !== entry.key), mentions: entry.mentions, sentence: entry.sentence }));
}

function kindOf(entry: Found): ActorKind {
  if (COUNTRIES.some((country) => country.name === entry.name)) return 'state';
  for (const [kind, words] of KIND_WORDS) if (words.test(entry.name)) return kind;
  const words = entry.name.split(/\s+/);
  // Two to four capitalised words, none an institution's: a person's name.
  if (words.length >= 2 && words.length <= 4 && words.every((word) => /^(?:(?:\p{Lu}[\p{Ll}’'.-]+)+|\p{Lu}\.|al-\p{Lu}[\p{L}’']+|bin|ibn|al|de|van|von)$/u.test(word))) return 'person';
  return 'organisation';
}
