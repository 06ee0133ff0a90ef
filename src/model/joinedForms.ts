/**
 * Arabic and Hebrew write their one-letter words ("and", "by", "to", "like", "from", "that", "the")
 * joined to the word they stand before: the article says "للشركة" (to the company) where the map
 * names "الشركة", and "לאיגוד הדייגים" (to the fishers' union) for "איגוד הדייגים". These are the
 * forms a name takes so, for the checks that look for an actor's names in the text.
 */

// wa, fa, bi, ka, li, and their pairs.
const ARABIC_PREFIXES = ['و', 'ف', 'ب', 'ك', 'ل', 'وب', 'وك', 'ول', 'فب', 'فك', 'فل'];
// ve, ha, be, ke, le, mi, she, and their common pairs.
const HEBREW_PREFIXES = ['ו', 'ה', 'ב', 'כ', 'ל', 'מ', 'ש', 'וב', 'וכ', 'ול', 'ומ', 'וש', 'וה', 'שב', 'שכ', 'של', 'שמ', 'שה', 'מה', 'כש', 'וכש'];
const ARABIC = /^[\u0600-\u06FF]/;
const HEBREW = /^[\u0590-\u05FF]/;

/** The name with each prefix joined to it, as the text would write it; [] for other scripts. */
export function joinedForms(name: string): string[] {
  if (ARABIC.test(name)) {
    // li + al- is written lil-: "ل" + "الشركة" is "للشركة".
    return ARABIC_PREFIXES.map((prefix) => (prefix.endsWith('ل') && name.startsWith('ال') ? prefix + name.slice(1) : prefix + name));
  }
  if (HEBREW.test(name)) {
    // be, ke and le take the place of the article ha-: "ל" + "העירייה" is "לעירייה".
    return HEBREW_PREFIXES.map((prefix) => (/[בכל]$/.test(prefix) && name.startsWith('ה') ? prefix + name.slice(1) : prefix + name));
  }
  return [];
}
