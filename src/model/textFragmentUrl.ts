/**
 * A link that opens the publisher's page scrolled to a passage and highlights it, using the
 * URL Text Fragment syntax (`#:~:text=start,end`). Long quotes are cut to their first and
 * last words, as the syntax intends, so the link survives small differences in the middle.
 */

const WORDS_EACH_END = 5;
const LONGEST_EXACT_QUOTE = 80;

// The fragment syntax gives `-`, `,` and `&` a meaning of their own: encodeURIComponent escapes
// the comma and the ampersand, and the hyphen is escaped here.
function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

export function textFragmentUrl(pageUrl: string, quote: string): string {
  const base = pageUrl.split('#')[0]!;
  const words = quote.trim().split(/\s+/);
  const directive =
    quote.length <= LONGEST_EXACT_QUOTE || words.length <= WORDS_EACH_END * 2
      ? encodeFragmentText(quote.trim())
      : `${encodeFragmentText(words.slice(0, WORDS_EACH_END).join(' '))},${encodeFragmentText(words.slice(-WORDS_EACH_END).join(' '))}`;
  return `${base}#:~:text=${directive}`;
}

/** Only http(s) links leave the app: a dataset cannot smuggle in `javascript:` or `data:` URLs. */
export function isSafeHttpUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}
