/**
 * Which way a piece of dataset text runs. HTML lays text out by `dir="auto"` or the article's
 * language; the map's labels (SVG and canvas) and exports need the direction said outright.
 */

// Languages written right to left, by their primary subtag (BCP 47), or by a right-to-left script
// subtag (Azeri, Kurdish, Punjabi and others written in Arabic script say so).
const RIGHT_TO_LEFT_LANGUAGE = /^(?:ar|arc|ckb|dv|fa|he|iw|ks|nqo|ps|sd|syr|ug|ur|yi)\b|-(?:arab|hebr|syrc|thaa|nkoo)\b/i;
// Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, and their presentation forms.
const RIGHT_TO_LEFT_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]|\uD802[\uDC00-\uDFFF]|\uD803[\uDC00-\uDE7F]/;
const FIRST_LETTER = /\p{L}/u;

export type TextDirection = 'ltr' | 'rtl';

/** The direction of text in a language (a BCP 47 tag such as `ar`, `fa-IR` or `en-GB`), if one is given. */
export function languageDirection(language: string | undefined): TextDirection | undefined {
  return language ? (RIGHT_TO_LEFT_LANGUAGE.test(language) ? 'rtl' : 'ltr') : undefined;
}

/** The direction of a text by its first letter, as `dir="auto"` decides it. */
export function textDirection(text: string): TextDirection {
  const first = FIRST_LETTER.exec(text)?.[0];
  return first !== undefined && RIGHT_TO_LEFT_LETTER.test(first) ? 'rtl' : 'ltr';
}

/**
 * What an element showing the article's own words carries: its language when the dataset says it,
 * and its direction from that language, or from each text's first letter.
 */
export function articleTextAttributes(language: string | undefined): { lang?: string; dir: TextDirection | 'auto' } {
  return language ? { lang: language, dir: languageDirection(language)! } : { dir: 'auto' };
}
