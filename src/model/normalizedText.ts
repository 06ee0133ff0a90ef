/**
 * `normalizeForMatching(original).text` for long texts, without the map back to the original:
 * the same rules applied to the whole string at once (an article searched for every alias). The
 * validator's: the explorer's first load does not carry it.
 */
import { DASHES, DOUBLE_QUOTES, INVISIBLE, normalizeForMatching, SINGLE_QUOTES } from './locateQuote';

const SURROGATES = /[\uD800-\uDFFF]/;
const ALL_INVISIBLE = new RegExp(INVISIBLE.source, 'g');
const ALL_SINGLE_QUOTES = new RegExp(SINGLE_QUOTES.source, 'g');
const ALL_DOUBLE_QUOTES = new RegExp(DOUBLE_QUOTES.source, 'g');
const ALL_DASHES = new RegExp(DASHES.source, 'g');
// Runs of white space other than a lone space, so the single spaces between words (almost every
// match of a plain /\s+/) are not replaced one by one: the same text, several times faster.
const SPACE_RUNS = /\s\s+|[^\S ]/g;

export function normalizedText(original: string): string {
  // Whole-string lower-casing differs from one character at a time for astral letters and a
  // final sigma: astral text takes the careful path, and sigma is lowered before its context counts.
  if (SURROGATES.test(original)) return normalizeForMatching(original).text;
  return original
    .replace(ALL_INVISIBLE, '')
    .replace(SPACE_RUNS, ' ')
    .replace(/Σ/g, 'σ')
    .replace(ALL_SINGLE_QUOTES, "'")
    .replace(ALL_DOUBLE_QUOTES, '"')
    .replace(ALL_DASHES, '-')
    .replace(/…/g, '...')
    .toLowerCase();
}
