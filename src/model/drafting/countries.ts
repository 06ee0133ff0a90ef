/**
 * The countries' other names (countries.en.json): demonyms, capitals, seats of government. Actor
 * suggestions join them to their country; relation suggestions read them as the country's names.
 */
import gazetteer from './countries.en.json';

export const COUNTRIES: readonly { name: string; aliases: readonly string[] }[] = gazetteer.countries;

/** Lower case, no accents, one apostrophe, no dots: “U.S.” and “US”, “Erdoğan” and “Erdogan” alike. */
export const keyOf = (text: string) =>
  text
    .trim()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/\./g, '')
    .replace(/^the\s+/i, '')
    .toLowerCase()
    .trim();

/** Each name of each country, by its key, to the country's own name. */
export const COUNTRY_BY_KEY = new Map<string, string>();
for (const country of COUNTRIES) for (const name of [country.name, ...country.aliases]) COUNTRY_BY_KEY.set(keyOf(name), country.name);

/**
 * The actors, each state among them with its country's other names as aliases too: “a
 * U.S.-Russian agreement” and “their American counterparts” name the United States and Russia
 * even where the list of actors gives only “Russia” and “the Americans”.
 */
export function withCountryNames<A extends { name: string; aliases: readonly string[] }>(actors: readonly A[]): A[] {
  return actors.map((actor) => {
    const country = [actor.name, ...actor.aliases].map((name) => COUNTRY_BY_KEY.get(keyOf(name))).find((found) => found !== undefined);
    const entry = country === undefined ? undefined : COUNTRIES.find((candidate) => candidate.name === country);
    if (!entry) return actor;
    const known = new Set([actor.name, ...actor.aliases].map(keyOf));
    const more = [entry.name, ...entry.aliases].filter((name) => !known.has(keyOf(name)));
    return more.length === 0 ? actor : { ...actor, aliases: [...actor.aliases, ...more] };
  });
}
