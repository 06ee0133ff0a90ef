/**
 * `normalizeForMatching(original).text` for long texts, without the map back to the original:
 * the same rules applied to the whole string at once (an article searched for every alias). The
 * validator's: the explorer's first load does not carry it.
 */
import { normalizeForMatching } from './locateQuote';
import { DASHES, DOUBLE_QUOTES, INVISIBLE, latinPunctuation, letterForm, OTHER_LETTER_FORM, OTHER_PUNCTUATION, SINGLE_QUOTES, TATWEEL, VOWEL_MARKS } from './typography';

const SURROGATES = /[\uD800-\uDFFF]/;
const everywhere = (...patterns: RegExp[]) => new RegExp(patterns.map((pattern) => pattern.source).join('|'), 'g');
const ALL_DROPPED = everywhere(INVISIBLE, TATWEEL, VOWEL_MARKS);
const ALL_SINGLE_QUOTES = everywhere(SINGLE_QUOTES);
const ALL_DOUBLE_QUOTES = everywhere(DOUBLE_QUOTES);
const ALL_DASHES = everywhere(DASHES);
const ALL_LETTER_FORMS = everywhere(OTHER_LETTER_FORM);
const ALL_PUNCTUATION = everywhere(OTHER_PUNCTUATION);
// Runs of white space other than a lone space, so the single spaces between words (almost every
// match of a plain /\s+/) are not replaced one by one: the same text, several times faster.
const SPACE_RUNS = /\s\s+|[^\S ]/g;

export function normalizedText(original: string): string {
  // Whole-string lower-casing differs from one character at a time for astral letters and a
  // final sigma: astral text takes the careful path, and sigma is lowered before its context counts.
  if (SURROGATES.test(original)) return normalizeForMatching(original).text;
  return original
    .replace(ALL_DROPPED, '')
    .replace(SPACE_RUNS, ' ')
    .replace(/Σ/g, 'σ')
    .replace(ALL_SINGLE_QUOTES, "'")
    .replace(ALL_DOUBLE_QUOTES, '"')
    .replace(ALL_DASHES, '-')
    .replace(/…/g, '...')
    .replace(ALL_LETTER_FORMS, letterForm)
    .replace(ALL_PUNCTUATION, latinPunctuation)
    .toLowerCase();
}
