/**
 * What a journalist's eye passes over when it compares a quote with the article, in every script
 * the format takes: quote marks, dashes, spacing, capitals, invisible and direction marks, and in
 * Arabic, Persian and Hebrew the tatweel, the vowel marks and the letters written in more than one
 * form. Each rule maps one character to at most one, so a match in the folded text maps back to
 * the original (locateQuote.ts).
 */
import { t } from '../i18n/translate';

export const SINGLE_QUOTES = /[‘’‚‛′`´‹›\u05F3]/; // … and the Hebrew geresh
export const DOUBLE_QUOTES = /[“”„‟″«»\u05F4]/; // … and the Hebrew gershayim
export const DASHES = /[‐‑‒–—―−\u05BE]/; // … and the Hebrew maqaf
// Soft hyphen, zero-width space, non-joiner and joiner, byte-order mark, and the direction marks
// and isolates that text copied from a right-to-left page carries.
export const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;
// The Arabic tatweel (a stretch of the line between letters).
export const TATWEEL = /\u0640/;
// Arabic harakat and the dagger alef; Hebrew points and cantillation marks.
export const VOWEL_MARKS = /[\u064B-\u065F\u0670\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7]/;

/** Letters written in more than one form, and the one the comparison uses. */
const LETTER_FORMS: Readonly<Record<string, string>> = {
  // Persian yeh and alef maksura read as Arabic yeh; keheh as kaf.
  '\u06CC': '\u064A',
  '\u0649': '\u064A',
  '\u06A9': '\u0643',
  // Alef with hamza or madda, and alef wasla, read as a bare alef.
  '\u0622': '\u0627',
  '\u0623': '\u0627',
  '\u0625': '\u0627',
  '\u0671': '\u0627',
};
export const OTHER_LETTER_FORM = new RegExp(`[${Object.keys(LETTER_FORMS).join('')}]`);
export const letterForm = (ch: string): string => LETTER_FORMS[ch] ?? ch;

/** Arabic and Persian punctuation and digits, and the Latin ones they stand for. */
const PUNCTUATION: Readonly<Record<string, string>> = { '\u060C': ',', '\u061B': ';', '\u061F': '?', '\u066B': '.', '\u066C': ',' };
const digitOf = (ch: string): string | undefined => {
  const code = ch.charCodeAt(0);
  // Stryker disable next-line ConditionalExpression: only OTHER_PUNCTUATION's characters come here, none below U+0660.
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: the one range left of OTHER_PUNCTUATION's.
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return undefined;
};
export const OTHER_PUNCTUATION = /[\u060C\u061B\u061F\u066B\u066C\u0660-\u0669\u06F0-\u06F9]/;
export const latinPunctuation = (ch: string): string => PUNCTUATION[ch] ?? digitOf(ch) ?? ch;

/**
 * One character as the comparison sees it: '' when it is dropped, else its plain form (still
 * to be lower-cased). White space is the caller's: runs of it become one space.
 */
export function plainCharacter(ch: string): string {
  if (INVISIBLE.test(ch) || TATWEEL.test(ch) || VOWEL_MARKS.test(ch)) return '';
  if (SINGLE_QUOTES.test(ch)) return "'";
  if (DOUBLE_QUOTES.test(ch)) return '"';
  if (DASHES.test(ch)) return '-';
  if (ch === '…') return '...';
  if (OTHER_LETTER_FORM.test(ch)) return letterForm(ch);
  // Stryker disable next-line ConditionalExpression: a shortcut; latinPunctuation leaves any other character as it is.
  if (OTHER_PUNCTUATION.test(ch)) return latinPunctuation(ch);
  return ch;
}

export interface NormalizedText {
  text: string;
  /** For each character of `text`, the index of the character of the original it came from. */
  origin: number[];
}

/** Lower case, single spaces and plain characters (typography.ts): what a journalist's eye ignores. */
export function normalizeForMatching(original: string): NormalizedText {
  let text = '';
  const origin: number[] = [];
  let lastWasSpace = false;
  // Stryker disable next-line EqualityOperator: one step past the end reads nothing, which is dropped.
  for (let i = 0; i < original.length; i++) {
    const plain = plainCharacter(original[i]!);
    if (!plain) continue;
    if (/\s/.test(plain)) {
      if (!lastWasSpace) {
        text += ' ';
        origin.push(i);
      }
      lastWasSpace = true;
      continue;
    }
    lastWasSpace = false;
    for (const out of plain.toLowerCase()) {
      text += out;
      origin.push(i);
    }
  }
  return { text, origin };
}

// ---- what differs ------------------------------------------------------------------------

const everywhere = (pattern: RegExp) => new RegExp(pattern.source, 'g');

/** Each way two texts may differ that the comparison ignores, with the words a message uses (in the interface's language). */
const DIFFERENCES: readonly { name: () => string; fold: (text: string) => string }[] = [
  { name: () => t('invisible characters or direction marks'), fold: (text) => text.replace(everywhere(INVISIBLE), '') },
  { name: () => t('quote marks or apostrophes'), fold: (text) => text.replace(everywhere(SINGLE_QUOTES), "'").replace(everywhere(DOUBLE_QUOTES), '"') },
  { name: () => t('dashes'), fold: (text) => text.replace(everywhere(DASHES), '-') },
  { name: () => t('ellipses'), fold: (text) => text.replace(/…/g, '...') },
  { name: () => t('spacing'), fold: (text) => text.replace(/\s+/g, ' ').trim() },
  { name: () => t('capitals'), fold: (text) => text.toLowerCase() },
  { name: () => t('tatweel'), fold: (text) => text.replace(everywhere(TATWEEL), '') },
  { name: () => t('vowel marks'), fold: (text) => text.replace(everywhere(VOWEL_MARKS), '') },
  { name: () => t('letter forms (yeh, kaf or alef)'), fold: (text) => text.replace(everywhere(OTHER_LETTER_FORM), letterForm) },
  { name: () => t('Arabic punctuation or digits'), fold: (text) => text.replace(everywhere(OTHER_PUNCTUATION), latinPunctuation) },
];

/**
 * The ways `quote` differs from `passage`, when the comparison ignores all of them: each is named
 * when the two texts still differ with every other way folded away.
 */
export function typographyDifferences(quote: string, passage: string): string[] {
  return DIFFERENCES.filter((_, skipped) => {
    const foldAllBut = (text: string) => DIFFERENCES.reduce((folded, difference, i) => (i === skipped ? folded : difference.fold(folded)), text);
    return foldAllBut(quote) !== foldAllBut(passage);
  }).map((difference) => difference.name());
}
