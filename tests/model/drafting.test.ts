import { describe, expect, it } from 'vitest';
import { scoreActors, scoreDraft, type ScoredRelation } from '../../src/model/drafting/scoreDraft';
import { splitSentences, suggestRelations } from '../../src/model/drafting/suggestRelations';

/** A fictional river dispute: three states, a militia, a minister. */
const ACTORS = [
  { id: 'ardenia', name: 'Ardenia', aliases: ['the Ardenians', 'Ardenian government'] },
  { id: 'belmar', name: 'Belmar', aliases: ['the Belmari'] },
  { id: 'corvia', name: 'Corvia', aliases: [] },
  { id: 'river-guard', name: 'River Guard', aliases: ['the militia'] },
  { id: 'ines-tal', name: 'Ines Tal', aliases: ['Tal'] },
];
const suggest = (...sentences: string[]) => suggestRelations([{ key: 0, text: sentences.join(' ') }], ACTORS);
const triples = (text: string) => suggest(text).map(({ source, stance, target, status }) => `${source} ${stance} ${target} ${status}`);
/** Each suggestion among other actors than the river dispute's: `norway support finland`. */
const pairsAmong = (actors: Parameters<typeof suggestRelations>[1], text: string) => suggestRelations([{ key: 0, text }], actors).map(({ source, stance, target }) => `${source} ${stance} ${target}`);
/** Each suggestion with who says it: `belmar hostility river-guard (ines-tal)`. */
const claimed = (text: string) => suggest(text).map(({ source, stance, target, claimedBy }) => `${source} ${stance} ${target} (${claimedBy})`);
/** Each suggestion with its words: `ardenia payment river-guard: Ardenia wired $2,000 to the River Guard`. */
const quoted = (text: string) => suggest(text).map(({ source, stance, target, quote }) => `${source} ${stance} ${target}: ${quote}`);

describe('splitSentences', () => {
  it('ends sentences at a stop before a capital or a quote, not after initials or abbreviations', () => {
    const text = 'The U.S. Navy left on Aug. 9 at dawn. “We will return,” she said. Gen. Marr agreed!';
    expect(splitSentences(text).map(({ start, end }) => text.slice(start, end))).toEqual(['The U.S. Navy left on Aug. 9 at dawn.', '“We will return,” she said.', 'Gen. Marr agreed!']);
  });
});

describe('suggestRelations', () => {
  it('finds each stance family by its cues, from the actor before the cue to the one after', () => {
    expect(triples('Ardenia armed the River Guard.')).toEqual(['ardenia support river-guard past']);
    expect(triples('Belmar shelled the militia’s camps.')).toEqual(['belmar hostility river-guard past']);
    expect(triples('Corvia offered Belmar a ceasefire.')).toEqual(['corvia offer belmar proposed']);
    expect(triples('Ardenia pays the River Guard a monthly stipend.')).toEqual(['ardenia payment river-guard ongoing']);
  });

  it('names an actor by an alias without its article: “the militia” in “a border militia”', () => {
    expect(triples('Belmar shelled a border militia.')).toEqual(['belmar hostility river-guard past']);
  });

  it('takes a name in a compound for a modifier, an end only of the compound’s own cue', () => {
    // Belmar-supplied rifles: Belmar is not who fights Corvia.
    expect(triples('The militia used Belmar-supplied rifles to fight Corvia.')).toEqual(['river-guard hostility corvia ongoing']);
    // Ardenia-backed militia: the compound joins Ardenia to the militia.
    expect(triples('An Ardenia-backed militia crossed the river.')).toEqual(['ardenia support river-guard ongoing']);
  });

  it('gives a verb coordinated after the object the clause’s subject and object, and guesses no other end', () => {
    expect(triples('Ardenia backs the River Guard, and has paid it since May.')).toEqual(['ardenia support river-guard ongoing', 'ardenia payment river-guard ongoing']);
    // An actor before the cue and none after: no object to join.
    expect(triples('Belmar watched as the River Guard fought on.')).toEqual([]);
  });

  it('takes the owner of a stance noun for its agent: “Corvia’s offer”, “Belmar’s shelling of the militia”', () => {
    // The other end follows the noun, or else is who the clause is about.
    expect(triples('Belmar’s shelling of the River Guard went on.')).toEqual(['belmar hostility river-guard ongoing']);
    expect(triples('The River Guard is weighing Corvia’s offer.')).toEqual(['corvia offer river-guard considered']);
    // Not a noun further on: “the militia’s strike fund” is no payment by the militia.
    expect(triples('Belmar backs the River Guard, and has paid the militia’s strike fund.')).toEqual(['belmar support river-guard ongoing', 'belmar payment river-guard ongoing']);
  });

  it('joins actors within the cue’s clause: a dash or a semicolon ends it', () => {
    // Belmar shelled a dam, not Corvia.
    expect(triples('Belmar shelled the dam—Corvia, meanwhile, armed the River Guard.')).toEqual(['corvia support river-guard past']);
    expect(triples('Belmar shelled the dam; Corvia armed the River Guard.')).toEqual(['corvia support river-guard past']);
  });

  it('reads the status from the words around the cue', () => {
    expect(triples('Ardenia promised the River Guard new boats.')).toEqual(['ardenia offer river-guard promised']);
    expect(triples('Belmar threatened to blockade Corvia.')).toEqual(['belmar hostility corvia threatened']);
    expect(triples('Corvia is weighing whether to back Belmar.')).toEqual(['corvia support belmar considered']);
    expect(triples('Ardenia fought Belmar two years ago.')).toEqual(['ardenia hostility belmar past']);
    expect(triples('Ardenia pays the River Guard only sporadically.')).toEqual(['ardenia payment river-guard partly-delivered']);
  });

  it('reads the simple past and the past passive as past, and the present perfect, the present passive and a participle as ongoing', () => {
    expect(triples('Belmar shelled the militia.')).toEqual(['belmar hostility river-guard past']);
    expect(triples('Corvia fought Belmar.')).toEqual(['corvia hostility belmar past']);
    expect(triples('The River Guard was ambushed by Belmar.')).toEqual(['belmar hostility river-guard past']);
    expect(triples('Belmar has shelled the militia.')).toEqual(['belmar hostility river-guard ongoing']);
    expect(triples('The River Guard is backed by Ardenia.')).toEqual(['ardenia support river-guard ongoing']);
    expect(triples('The Ardenia-backed River Guard held the bridge.')).toEqual(['ardenia support river-guard ongoing']);
    // A pronoun for the subject: “they met”.
    expect(triples('Once Corvia called, they met with Belmar.')).toEqual(['corvia support belmar past']);
    // What “after years of” names is over, whatever the tense around it.
    expect(triples('Belmar trades with Corvia after years of bitter hostility toward the River Guard.')).toEqual(['corvia hostility river-guard past']);
  });

  it('drops a negated stance, but keeps a promise not kept as not-delivered', () => {
    expect(triples('Belmar has not attacked Corvia.')).toEqual([]);
    expect(triples('Ardenia never paid the River Guard the bonus it promised, which never materialized.')[0]).toBe('ardenia payment river-guard not-delivered');
    expect(triples('Corvia has never backed the militia.')).toEqual([]);
  });

  it('takes the agent of a passive, and “X-backed Y”, as the source', () => {
    expect(triples('The River Guard was trained by Ardenia.')).toEqual(['ardenia support river-guard past']);
    expect(triples('The Belmar-backed River Guard held the bridge.')).toEqual(['belmar support river-guard ongoing']);
  });

  it('takes the agent of a stance noun too: “a coup attempt by the militia” is the militia’s', () => {
    expect(triples('Ines Tal survived a coup attempt by the militia last spring.')).toEqual(['river-guard hostility ines-tal ongoing']);
  });

  it('reads a name that declares itself against another actor as hostility toward it, in a sentence of its own', () => {
    const actors = [...ACTORS, { id: 'anti-belmar-front', name: 'Anti-Belmar Front', aliases: ['the anti-Belmari front'] }];
    const found = suggestRelations([{ key: 0, text: 'The anti-Belmari front held the ridge.' }], actors);
    expect(found.map(({ source, stance, target, quote }) => `${source} ${stance} ${target}: ${quote}`)).toEqual(['anti-belmar-front hostility belmar: The anti-Belmari front']);
    // "anti-" before no actor's name, or in a name of no actor, suggests nothing.
    expect(suggestRelations([{ key: 0, text: 'An anti-tank unit and an anti-Belmari rally met.' }], actors)).toEqual([]);
  });

  it('credits who says it, not as an end: “X said”, “according to X”, and “she said” after a named speaker', () => {
    const [said] = suggest('Belmar is shelling the River Guard, Ines Tal said.');
    expect([said!.source, said!.target, said!.claimedBy]).toEqual(['belmar', 'river-guard', 'ines-tal']);
    expect(suggest('According to Tal, Corvia supports Belmar.')[0]!.claimedBy).toBe('ines-tal');
    const later = suggest('Tal said the talks were over.', 'Ardenia attacked Belmar at dawn, she said.');
    expect(later.map((suggestion) => suggestion.claimedBy)).toEqual(['ines-tal']);
    expect(suggest('Ardenia attacked Belmar at dawn.')[0]!.claimedBy).toBe('outlet');
  });

  it('quotes the shortest words of the sentence that carry the relation, verbatim', () => {
    const text = 'After a long winter, Ardenia armed the River Guard with rifles and boats.';
    const [suggestion] = suggest(text);
    expect(suggestion!.quote).toBe('Ardenia armed the River Guard');
    expect(text).toContain(suggestion!.quote);
    expect(suggestion!.sentence).toBe(text);
  });

  it('counts what an offer offers as its content, not as stances of its own', () => {
    expect(triples('Corvia offered Belmar weapons and air support to fight the River Guard.')).toEqual(['corvia offer belmar proposed']);
    // A third actor's own act close by is no content of the offer.
    expect(triples('Corvia courts the River Guard, trained by Ardenia for the war against Belmar.')).toEqual(['corvia offer river-guard proposed', 'ardenia support river-guard ongoing', 'ardenia hostility belmar ongoing']);
  });

  it('reads a relative clause closed before the cue as an aside: the cue’s subject is who it is about', () => {
    expect(triples('Ines Tal, who fought Belmar for years, will meet with Corvia.')).toEqual(['ines-tal hostility belmar past', 'ines-tal support corvia proposed']);
  });

  it('joins no ends for a passive without its agent, nor support toward whom the fight is against', () => {
    // Who offered is not said; Belmar is what the weapons are for.
    expect(triples('Ines Tal was offered weapons to fight Belmar.')).toEqual(['ines-tal hostility belmar proposed']);
    // Ardenia is a friend in fighting Belmar, not Belmar's friend.
    expect(triples('Ardenia is a friend in fighting Belmar.')).toEqual(['ardenia hostility belmar ongoing']);
  });

  it('takes a meeting for support and abandoning for hostility, but not a plan “met with skepticism”', () => {
    expect(triples('Ardenia met with Corvia.')).toEqual(['ardenia support corvia past']);
    expect(triples('The River Guard abandoned Ardenia.')).toEqual(['river-guard hostility ardenia past']);
    expect(triples('The Ardenian plan met with skepticism in Belmar.')).toEqual([]);
  });

  it('names a state by its country’s other words too, its demonym and capital: “Norwegian trawlers”, “Oslo”', () => {
    const actors = [
      { id: 'norway', name: 'Norway', aliases: [] },
      { id: 'finland', name: 'Finland', aliases: ['the Finns'] },
      { id: 'fishers-union', name: 'Fishers’ Union', aliases: [] },
    ];
    const found = (text: string) => pairsAmong(actors, text);
    expect(found('The Fishers’ Union condemned Norwegian trawlers.')).toEqual(['fishers-union hostility norway']);
    expect(found('Helsinki backs the Fishers’ Union.')).toEqual(['finland support fishers-union']);
    // A demonym after another name and a hyphen qualifies a noun, as a name does: no end of its own.
    expect(found('The Fishers’ Union met at the Swedish-Norwegian border to fight Finland.')).toEqual(['fishers-union hostility finland']);
  });

  it('takes an agreement for support each way between its parties, “a Norwegian-Finnish pact” too', () => {
    const actors = [
      { id: 'norway', name: 'Norway', aliases: [] },
      { id: 'finland', name: 'Finland', aliases: [] },
    ];
    const found = (text: string) => pairsAmong(actors, text);
    expect(found('A tentative Norwegian-Finnish fishing pact was signed.')).toEqual(['norway support finland', 'finland support norway']);
    expect(found('Norway signed an agreement with Finland.')).toEqual(['norway support finland', 'finland support norway']);
    expect(found('A council will weigh a deal between Finland and Norway.')).toEqual(['finland support norway', 'norway support finland']);
    // Not where the words between are more than “between … and”.
    expect(found('A council will weigh a deal between the ports of Finland and Norway.')).toEqual([]);
    expect(found('A council will weigh a deal between Finland, then Norway.')).toEqual([]);
    // Parties guessed from what follows are not guessed twice.
    expect(found('The pact, a plan of Norway, is under review in Finland.')).toEqual([]);
  });

  it('takes a proxy’s patron from its own name, and the proxy from the words right after it', () => {
    expect(triples('The river is held by a Belmar proxy, the River Guard.')).toEqual(['belmar support river-guard ongoing']);
    // “its proxies”: whose, the sentence does not say here.
    expect(triples('Belmar and its many proxies, only the River Guard among them, held the river.')).toEqual([]);
    // The proxy named far on is not the one meant.
    expect(triples('A Belmar proxy took the bridge at dawn after a long night of waiting for the River Guard.')).toEqual([]);
  });

  it('joins a passive’s agent to the subject right before the verb, and to no name further back', () => {
    expect(triples('The River Guard, a militia, was besieged by Belmar.')).toEqual(['belmar hostility river-guard past']);
    // The town was besieged, not Ardenia.
    expect(triples('The River Guard waited for Ardenia’s boats as the old town on the hill was besieged by Belmar.')).toEqual([]);
    // A noun's agent may stand further from whom it befell.
    expect(triples('Ines Tal, who recently survived a daring coup attempt by the River Guard, spoke.')).toEqual(['river-guard hostility ines-tal ongoing']);
  });

  it('takes an offensive against an actor for hostility', () => {
    expect(triples('The River Guard is mounting a counteroffensive against Belmar.')).toEqual(['river-guard hostility belmar ongoing']);
  });

  it('reads “we” in a speaker’s own quoted words as the group the speaker is part of, and “I” as the speaker', () => {
    const actors = [...ACTORS.filter((actor) => actor.id !== 'ines-tal'), { id: 'ines-tal', name: 'Ines Tal', aliases: ['Tal'], partOf: 'river-guard' }];
    const found = (...sentences: string[]) => suggestRelations([{ key: 0, text: sentences.join(' ') }], actors).map(({ source, stance, target, claimedBy }) => `${source} ${stance} ${target} (${claimedBy})`);
    expect(found('“Belmar shelled us for a year,” Tal said.')).toEqual(['belmar hostility river-guard (ines-tal)']);
    expect(found('Tal said: “I blame Belmar.”')).toEqual(['ines-tal hostility belmar (ines-tal)']);
    // A quotation that runs on into the next sentence is still the speaker’s.
    expect(found('“We waited,” Tal said. “Then Corvia armed us.')).toEqual(['corvia support river-guard (ines-tal)']);
    // Not outside the quotation marks, and not without a speaker; “US” is not “us”.
    expect(found('Tal said Belmar shelled us.')).toEqual([]);
    expect(found('“Belmar shelled us,” the report reads.')).toEqual([]);
    expect(found('“Belmar armed the US navy,” Tal said.')).toEqual([]);
    // Straight quotation marks too; a quotation closed before the pronoun leaves it the writer's.
    expect(found('"Belmar shelled us," Tal said.')).toEqual(['belmar hostility river-guard (ines-tal)']);
    expect(found('“We waited,” Tal said, and Belmar shelled us.')).toEqual([]);
    // A name that holds a pronoun stays the name.
    const named = [...actors, { id: 'we-are-many', name: 'We Are Many', aliases: [] }];
    expect(suggestRelations([{ key: 0, text: '“We Are Many armed Belmar,” Tal said.' }], named).map(({ source, target }) => `${source} ${target}`)).toEqual(['we-are-many belmar']);
  });

  it('joins a verb after “, and” to the clause’s ends, but not an adjective after a bare “and”', () => {
    expect(triples('Ardenia asked Belmar for boats for its injured and killed crews.')).toEqual([]);
  });

  it('reads ties gone bad as hostility: “X’s relationship with Y has been fraught”, “relations between X and Y soured”', () => {
    expect(triples('Tal’s relationship with the River Guard has been fraught.')).toEqual(['ines-tal hostility river-guard ongoing']);
    expect(triples('Relations between Ardenia and Belmar have soured.')).toEqual(['ardenia hostility belmar ongoing']);
    // Fraught, but not the ties of two named actors.
    expect(triples('Ardenia said the crossing with Belmar was fraught.')).toEqual([]);
  });

  it('takes no speaker from an infinitive (“to say the least”) or from a name after a comma (“As Y reported, X’s …”)', () => {
    expect(claimed('Tal’s relationship with Belmar has been fraught, to say the least.')).toEqual(['ines-tal hostility belmar (outlet)']);
    expect(claimed('As noted, Tal’s relationship with Belmar has been fraught.')).toEqual(['ines-tal hostility belmar (outlet)']);
    // A speaker right after the verb is one: “…, said Tal.”
    expect(claimed('Belmar shelled the River Guard, said Tal.')).toEqual(['belmar hostility river-guard (ines-tal)']);
  });

  it('suggests nothing that a clause denies: “X denied that Y pays Z”', () => {
    expect(triples('Ines Tal denied that Belmar pays the River Guard.')).toEqual([]);
    expect(triples('Belmar denies arming the River Guard.')).toEqual([]);
    // A denial in another clause leaves this one's relation alone.
    expect(triples('Corvia denied it; Belmar pays the River Guard.')).toEqual(['belmar payment river-guard ongoing']);
  });

  it('takes a sum of money for a payment: from the name before it to the one after, or from the first of two names right before it to the second', () => {
    expect(quoted('Ardenia wired $2,000 to the River Guard.')).toEqual([
      'ardenia payment river-guard: Ardenia wired $2,000 to the River Guard',
    ]);
    expect(quoted('Ardenia sent the River Guard $5 million.')).toEqual([
      'ardenia payment river-guard: Ardenia sent the River Guard $5 million',
    ]);
    // Two names joined by “and” are both paid, not one the other's payer; a sum further on is no one's.
    expect(triples('Ardenia sent the River Guard and Belmar $5 million.')).toEqual([]);
    expect(triples('Ardenia sent the River Guard a further $5 million.')).toEqual([]);
    // A sum is no cue of any other stance.
    expect(triples('Belmar and Corvia spent $40 million.')).toEqual([]);
  });

  it('reads a negation with a curly apostrophe as one with a straight one', () => {
    expect(triples('Belmar hasn’t armed the River Guard.')).toEqual([]);
    expect(triples('Belmar hasn\'t armed the River Guard.')).toEqual([]);
    expect(triples('Belmar didn’t shell the militia.')).toEqual([]);
  });

  it('reads the simple past across an aside between commas, and a month before a comma as no modal', () => {
    expect(triples('In May, Ardenia armed the River Guard.')).toEqual(['ardenia support river-guard past']);
    expect(triples('Ardenia, in a long statement issued late on Friday night, armed the River Guard.')).toEqual(['ardenia support river-guard past']);
    // “may” within the cue's own stretch is the modal.
    expect(triples('Ardenia may arm the River Guard.')).toEqual(['ardenia support river-guard considered']);
  });

  it('reads a cue inside a relative clause as being about whom the clause is about, and ends the clause at its comma', () => {
    expect(quoted('Ardenia, which Belmar fought for years, armed the River Guard.')).toEqual([
      'belmar hostility ardenia: Ardenia, which Belmar fought',
      'ardenia support river-guard: Ardenia, which Belmar fought for years, armed the River Guard',
    ]);
    expect(triples('Ardenia, whom Belmar fought, armed the River Guard.')).toEqual(['belmar hostility ardenia past', 'ardenia support river-guard past']);
    // A clause that names its own object keeps it.
    expect(triples('Ardenia, which fought Belmar for years, armed the River Guard.')).toEqual(['ardenia hostility belmar past', 'ardenia support river-guard past']);
  });

  it('takes a name right after “said” for the speaker only when the name ends the clause', () => {
    // “said Ardenia armed …”: Ardenia is the reported clause's subject, not its speaker.
    expect(claimed('The envoy said Ardenia armed the River Guard.')).toEqual(['ardenia support river-guard (outlet)']);
    expect(claimed('The envoy said Ardenia armed the River Guard, said Tal.')).toEqual(['ardenia support river-guard (ines-tal)']);
    expect(claimed('“Belmar shelled the River Guard,” said Tal.')).toEqual(['belmar hostility river-guard (ines-tal)']);
  });

  it('ends a sentence at a stop, a “!” or a “?” before a capital or a figure, and not after an initial', () => {
    const text = 'Ardenia attacked Belmar!  Corvia attacked the militia? 2016 was the year of J. Tal. The U.S. envoy left.  ';
    expect(splitSentences(text).map(({ start, end }) => text.slice(start, end))).toEqual(['Ardenia attacked Belmar!', 'Corvia attacked the militia?', '2016 was the year of J. Tal.', 'The U.S. envoy left.']);
    // A stop before a lower-case word, and an initial like “U.S.” or “J.”, end nothing.
    const run = 'Ardenia left at 9 a.m. on Friday. Tal met the A.B.C. Group.';
    expect(splitSentences(run).map(({ start, end }) => run.slice(start, end))).toEqual(['Ardenia left at 9 a.m. on Friday.', 'Tal met the A.B.C. Group.']);
    expect(splitSentences('   ')).toEqual([]);
  });

  it('is surer of ends named right by the cue and joined by the rules than of ends guessed from what follows', () => {
    const [near] = suggest('Ardenia armed the River Guard.');
    const [far] = suggest('Ardenia, in a long and winding statement issued late on Friday night, armed the River Guard.');
    const [guessed] = suggest('Ardenia sent the River Guard $5 million.');
    expect([near!.confidence, far!.confidence, guessed!.confidence]).toEqual([0.9, 0.65, 0.6]);
  });

  it('gives a verb after “, and” the clause’s subject, not the object before it', () => {
    expect(triples('Ardenia backs Belmar, and has armed Corvia.')).toEqual(['ardenia support belmar ongoing', 'ardenia support corvia ongoing']);
    expect(triples('The Ardenians met with Belmar, and fought Corvia.')).toEqual(['ardenia support belmar past', 'ardenia hostility corvia past']);
    // A second clause with a subject of its own keeps it.
    expect(triples('Ardenia backs Belmar, and Corvia armed the militia.')).toEqual(['ardenia support belmar ongoing', 'corvia support river-guard past']);
  });

  it('places every suggestion at its words in the part, in any sentence and any part', () => {
    const parts = [
      { key: 'title' as const, text: 'Belmar shells the River Guard' },
      { key: 0 as const, text: 'It was a long winter. Ardenia armed the River Guard. Later, the Anti-Belmar League attacked Corvia.' },
      { key: 1 as const, text: '“Ardenia armed us,” said Tal. "Belmar shelled us. Corvia backed us," Tal said.' },
    ];
    const actors = [...ACTORS, { id: 'league', name: 'Anti-Belmar League', aliases: [] }];
    const found = suggestRelations(parts, actors);
    expect(found.map(({ source, stance, target, part, cue, claimedBy }) => `${String(part)}: ${source} ${stance} ${target} (${cue}, ${claimedBy})`)).toEqual([
      'title: belmar hostility river-guard (shells, outlet)',
      '0: ardenia support river-guard (armed, outlet)',
      '0: league hostility belmar (anti-, outlet)',
      '0: league hostility corvia (attacked, outlet)',
      // In the speaker’s own words, “us” is the speaker; a quotation in straight marks runs on into the next sentence.
      '1: ardenia support ines-tal (armed, ines-tal)',
      '1: belmar hostility ines-tal (shelled, ines-tal)',
      '1: corvia support ines-tal (backed, ines-tal)',
    ]);
    for (const suggestion of found) {
      const text = parts.find((part) => part.key === suggestion.part)!.text;
      expect(text.slice(suggestion.start, suggestion.start + suggestion.quote.length)).toBe(suggestion.quote);
    }
    expect(found.find((suggestion) => suggestion.cue === 'anti-')).toMatchObject({ quote: 'Anti-Belmar League', status: 'ongoing', confidence: 0.65 });
  });

  it('suggests a stance once per pair in a sentence, none between an actor and itself, and none from a cue inside a name', () => {
    expect(triples('Ardenia armed the River Guard and armed the River Guard again.')).toEqual(['ardenia support river-guard past']);
    expect(triples('Ardenia attacked the Ardenians.')).toEqual([]);
    const actors = [...ACTORS, { id: 'funded', name: 'Ardenia-Funded Rebels', aliases: [] }];
    const found = (text: string) => pairsAmong(actors, text);
    // “Funded” in the name is no payment; the name stands whole, not as Ardenia.
    expect(found('Corvia attacked the Ardenia-Funded Rebels.')).toEqual(['corvia hostility funded']);
    expect(found('The Ardenia-Funded Rebels and Belmar met.')).toEqual([]);
  });

  it('takes the speaker from a name close to the speech verb, an aside between them apart, and from “according to” a name close by', () => {
    expect(claimed('Tal, who spoke for hours on Monday, said Ardenia armed the River Guard.')).toEqual(['ardenia support river-guard (ines-tal)']);
    expect(claimed('Ardenia armed the River Guard, Tal told reporters.')).toEqual(['ardenia support river-guard (ines-tal)']);
    expect(claimed('Ardenia armed the River Guard, said   Tal.')).toEqual(['ardenia support river-guard (ines-tal)']);
    // A name far from the verb is what is said, not who says it.
    expect(claimed('Ardenia armed the River Guard across the long river valley, officials said.')).toEqual(['ardenia support river-guard (outlet)']);
    expect(claimed('According to reports from the region, Ardenia armed the River Guard.')).toEqual(['ardenia support river-guard (outlet)']);
    // A pronoun or an infinitive before the verb: no speaker named here.
    expect(claimed('Ardenia armed the River Guard, he said.')).toEqual(['ardenia support river-guard (outlet)']);
    expect(claimed('Ardenia armed the River Guard, needless to say.')).toEqual(['ardenia support river-guard (outlet)']);
  });

  it('reads a negation among the two words before the cue only', () => {
    expect(triples('It was no surprise Ardenia armed the River Guard.')).toEqual(['ardenia support river-guard past']);
    expect(triples('Belmar did not arm the River Guard.')).toEqual([]);
  });

  it('joins a passive’s agent across an adverb or an appositive, and takes the first of two agents', () => {
    expect(triples('The River Guard was attacked.')).toEqual([]);
    expect(triples('The River Guard was brutally attacked by Ardenia.')).toEqual(['ardenia hostility river-guard past']);
    expect(triples('The River Guard was attacked yesterday by Ardenia.')).toEqual(['ardenia hostility river-guard past']);
    expect(triples('The River Guard was attacked by Ardenia and Belmar.')).toEqual(['ardenia hostility river-guard past']);
  });

  it('takes the owner’s noun complement for the other end, not a name in the next clause', () => {
    expect(triples('The River Guard is weighing Belmar’s offer, and Corvia agreed.')).toEqual(['belmar offer river-guard considered']);
    expect(triples('Corvia and Ardenia watched as Belmar’s shelling of the militia went on.')).toEqual(['belmar hostility river-guard ongoing']);
    expect(triples('Tal\'s relationship with Belmar has been fraught.')).toEqual(['ines-tal hostility belmar ongoing']);
    expect(triples('Belmar’s offer pleased Belmar.')).toEqual([]);
  });

  it('takes “helped Y fight Z” for support of Y and Y’s fight, not support of Z', () => {
    expect(triples('Corvia-provided rifles helped Belmar fight the militia.')).toEqual(['corvia support belmar ongoing', 'belmar hostility river-guard ongoing']);
  });

  it('joins an agreement’s parties named by a hyphen before it, at most one word apart, or “between X and Y”, and no third', () => {
    expect(triples('The Corvia-Belmar border pact was signed.')).toEqual(['corvia support belmar ongoing', 'belmar support corvia ongoing']);
    expect(triples('The Corvia-Belmar long-awaited border pact was signed.')).toEqual([]);
    expect(triples('A pact between Corvia and Belmar was signed.')).toEqual(['corvia support belmar ongoing', 'belmar support corvia ongoing']);
    expect(triples('A pact between Corvia, Belmar and Ardenia was signed.')).toEqual([]);
    expect(triples('Corvia and Belmar signed a pact with Ardenia.')).toEqual(['belmar support ardenia ongoing', 'ardenia support belmar ongoing']);
  });

  it('joins a passive’s agent after one more verb, but not after a longer phrase, and never an actor to itself', () => {
    expect(triples('The River Guard was trained and armed by Ardenia.')).toEqual(['ardenia support river-guard past']);
    expect(triples('The River Guard was trained in secret camps by Ardenia.')).toEqual([]);
    expect(triples('The River Guard was attacked by the militia.')).toEqual([]);
    expect(triples('Ines Tal survived a long and bloody coup attempt by the militia.')).toEqual(['river-guard hostility ines-tal ongoing']);
  });

  it('joins “X-backed Y” when Y follows within a word or two, and no further', () => {
    expect(triples('The Belmar-backed militia fought Corvia.')).toEqual(['belmar support river-guard ongoing', 'river-guard hostility corvia past']);
    expect(triples('The Belmar-backed force of the north, the River Guard, fought Corvia.')).toEqual(['river-guard hostility corvia past']);
  });

  it('suggests nothing for a sentence that names one actor, or a false friend of a cue', () => {
    expect(triples('Ardenia fought hard.')).toEqual([]);
    expect(triples('Ardenia paid a visit to Belmar.')).toEqual([]);
  });
});

describe('scoreDraft', () => {
  const relation = (source: string, stance: ScoredRelation['stance'], target: string, status = 'ongoing', claimedBy = 'outlet'): ScoredRelation => ({ source, target, stance, status, claimedBy });
  const reference = [relation('ardenia', 'support', 'river-guard'), relation('belmar', 'hostility', 'corvia', 'past'), relation('corvia', 'offer', 'belmar', 'proposed', 'ines-tal')];

  it('counts unique triples: precision over the draft, recall over the reference', () => {
    const draft = [relation('ardenia', 'support', 'river-guard'), relation('ardenia', 'support', 'river-guard'), relation('belmar', 'hostility', 'corvia', 'ongoing'), relation('corvia', 'hostility', 'belmar')];
    expect(scoreDraft(draft, reference)).toEqual({ precision: 0.67, recall: 0.67, suggested: 3, expected: 3, correct: 2, status: 0.5, claimant: 1 });
  });

  it('lets an actor stand for its partOf parent or child in the lenient mode only', () => {
    const draft = [relation('ines-tal', 'offer', 'belmar', 'proposed', 'ines-tal')];
    expect(scoreDraft(draft, reference).correct).toBe(0);
    expect(scoreDraft(draft, reference, new Map([['ines-tal', 'corvia']])).correct).toBe(1);
    // And the other way round: a parent stands for its child, at either end.
    const byParent = [relation('ardenia', 'support', 'corvia')];
    expect(scoreDraft(byParent, [relation('ardenia', 'support', 'ines-tal')], new Map([['ines-tal', 'corvia']])).correct).toBe(1);
    expect(scoreDraft(byParent, [relation('ardenia', 'support', 'ines-tal')], new Map([['ines-tal', 'belmar']])).correct).toBe(0);
  });

  it('scores an empty draft or reference as 0, not as a division by zero', () => {
    expect(scoreDraft([], reference)).toEqual({ precision: 0, recall: 0, suggested: 0, expected: 3, correct: 0, status: 0, claimant: 0 });
    expect(scoreDraft(reference, [])).toEqual({ precision: 0, recall: 0, suggested: 3, expected: 0, correct: 0, status: 0, claimant: 0 });
  });

  it('counts a triple’s status right when any of its suggestions has the reference’s status', () => {
    const draft = [relation('belmar', 'hostility', 'corvia', 'ongoing'), relation('belmar', 'hostility', 'corvia', 'past'), relation('ardenia', 'support', 'river-guard', 'past')];
    expect(scoreDraft(draft, reference)).toMatchObject({ correct: 2, status: 0.5, claimant: 1 });
  });
});

describe('scoreActors', () => {
  it('names a reference actor by any of its names, without case, accents, curly apostrophes, dots or a leading “the”', () => {
    const reference = [{ name: 'Fishers’ Union', aliases: ['the FU'] }, { name: 'Ardenia' }];
    for (const name of ["fishers' union", 'F.U.', 'The Fishers’ Union', 'Fishers’ Union'.normalize('NFD')]) expect(scoreActors([{ name }], reference).correct).toBe(1);
    expect(scoreActors([{ name: 'Ardénia' }], reference).correct).toBe(1);
    expect(scoreActors([{ name: 'Ardeni' }, { name: 'Fishers Onion' }], reference).correct).toBe(0);
    // By one of the suggestion's aliases too.
    expect(scoreActors([{ name: 'The Union of Fishers', aliases: ['FU'] }], reference).correct).toBe(1);
  });

  it('takes an exact name before a name held in words, and names each reference actor once', () => {
    const reference = [{ name: 'Central Command' }, { name: 'U.S. Central Command' }];
    // “U.S. Central Command” holds “Central Command” too, but it is the second one's own name.
    expect(scoreActors([{ name: 'US Central Command' }, { name: 'Command' }], reference)).toEqual({ precision: 1, recall: 1, correct: 2, found: 2, suggested: 2, expected: 2 });
    expect(scoreActors([{ name: 'Central Command' }, { name: 'Central Command' }], [{ name: 'Central Command' }])).toMatchObject({ correct: 1, found: 1, precision: 0.5 });
  });
});
