/**
 * Which language the interface speaks, and loading its catalogue: `?lang=` first, then the
 * browser's languages; English when none has a catalogue. Catalogues are fetched beside the page
 * (locales/<tag>.json), so neither the explorer's first load nor embed.html carries any.
 */
import { languageDirection } from '../model/textDirection';
import { setCatalogue, type Catalogue } from './translate';

/** The languages with a catalogue in public/locales, and English (vite.config.ts lists them). */
export const INTERFACE_LOCALES: readonly string[] = (import.meta.env.INTERFACE_LOCALES ?? 'en').split(',');

/** The first of the wanted languages the interface speaks, by exact tag, then by language alone. */
export function chooseLocale(wanted: readonly (string | null | undefined)[]): string {
  for (const tag of wanted) {
    if (!tag) continue;
    const lower = tag.toLowerCase();
    const found = INTERFACE_LOCALES.find((locale) => locale.toLowerCase() === lower) ?? INTERFACE_LOCALES.find((locale) => locale === lower.split('-')[0]);
    if (found) return found;
  }
  return 'en';
}

/**
 * Loads the catalogue of the language chosen from `search` and the browser, and sets the page's
 * `lang` and direction. Null for English, which needs nothing; else a promise that resolves when
 * the interface can render in the language. A catalogue that cannot be fetched leaves it in English.
 */
export function startInterfaceLanguage(search: string, root: HTMLElement, languages: readonly string[] = navigator.languages ?? []): Promise<void> | null {
  const locale = chooseLocale([new URLSearchParams(search).get('lang'), ...languages]);
  if (locale === 'en') return null;
  return fetch(new URL(`locales/${locale}.json`, document.baseURI))
    .then((response) => (response.ok ? (response.json() as Promise<Catalogue>) : null))
    .then((catalogue) => {
      if (!catalogue) return;
      setCatalogue(locale, catalogue);
      root.lang = locale;
      root.dir = languageDirection(locale)!;
    })
    .catch(() => {});
}
