/**
 * The interface's words in the reader's language. Every string the interface shows is written in
 * English in the code, wrapped in `t` (or `tn` for a count): English needs no catalogue, and a
 * catalogue (public/locales/<tag>.json) maps each English string to its translation. A string a
 * catalogue lacks shows in English; the catalogue test lists any that are missing.
 */

import { languageDirection } from '../model/textDirection';

/** A translation, or for a count, one per plural category of the language (Intl.PluralRules). */
export type Translation = string | Partial<Record<Intl.LDMLPluralRule, string>>;
export type Catalogue = Readonly<Record<string, Translation>>;

let current: { locale: string; catalogue: Catalogue; plurals: Intl.PluralRules; rightToLeft: boolean } = { locale: 'en', catalogue: {}, plurals: new Intl.PluralRules('en'), rightToLeft: false };

/** The language the interface speaks: `en` until a catalogue is set. */
export const interfaceLocale = (): string => current.locale;

/** Whether that language reads right to left (direction.ts mirrors arrows and keys by it). */
export const interfaceIsRightToLeft = (): boolean => current.rightToLeft;

/** The language and catalogue in use, for a worker to speak the same (parseWorker.ts). */
export const interfaceCatalogue = (): { locale: string; catalogue: Catalogue } => ({ locale: current.locale, catalogue: current.catalogue });

export function setCatalogue(locale: string, catalogue: Catalogue): void {
  current = { locale, catalogue, plurals: new Intl.PluralRules(locale), rightToLeft: languageDirection(locale) === 'rtl' };
}

/**
 * The interface's own words with their ← and → swapped when it reads right to left: an arrow from
 * a source to its target, or to the next step, points the way the line reads ("Next →" there is
 * "التالي ←"; the ← key then moves forward, direction.ts). Dataset text filled in is left alone.
 */
const ARROWS: Readonly<Record<string, string>> = { '←': '→', '→': '←' };
export const swapArrows = (text: string): string => text.replace(/[←→]/g, (arrow) => ARROWS[arrow]!);
const inDirection = (text: string) => (current.rightToLeft ? swapArrows(text) : text);

const fill = (text: string, values?: Readonly<Record<string, string | number>>) =>
  values ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? format(values[name]!) : whole)) : text;
const format = (value: string | number) => (typeof value === 'number' ? value.toLocaleString(current.locale) : value);

/** `english` in the interface's language, with `{name}` filled from `values`. */
export function t(english: string, values?: Readonly<Record<string, string | number>>): string {
  const translation = current.catalogue[english];
  return fill(inDirection(typeof translation === 'string' ? translation : english), values);
}

/**
 * A count in words: `tn(3, '{count} relation', '{count} relations')`. The catalogue gives the
 * plural forms under the English plural, one per category its language has (Arabic has six).
 */
export function tn(count: number, one: string, other: string, values?: Readonly<Record<string, string | number>>): string {
  const translation = current.catalogue[other];
  const forms = typeof translation === 'object' ? translation : undefined;
  const english = count === 1 ? one : other;
  const text = forms ? (forms[current.plurals.select(count)] ?? forms.other ?? english) : typeof translation === 'string' ? translation : english;
  return fill(inDirection(text), { count, ...values });
}
