/**
 * Finding the passage an author meant by a quote that is not in the article word for word: first
 * the same words in other typography (typography.ts), then a near passage a few edits away.
 * embed.html, a reader's page, builds without it (closestPassage.reader.ts).
 */
import type { ArticlePart } from './articleParts';
import type { QuoteSuggestion } from './locateQuote';
import { normalizeForMatching, type NormalizedText } from './typography';

/** Whether a quote not found is searched for the passage meant (checkDataset.ts words its error so). */
export const SEARCHES_CLOSEST_PASSAGE = true;

function originalSpan(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  return { start: normalized.origin[start]!, end: normalized.origin[end - 1]! + 1 };
}

const LONGEST_QUOTE_FOR_APPROXIMATE_SEARCH = 1200;

/** The passage a journalist most likely meant by a quote not found word for word, if one comes close. */
export function closestPassage(parts: readonly ArticlePart[], quote: string): QuoteSuggestion | undefined {
  const wanted = normalizeForMatching(quote).text.trim();
  if (!wanted) return undefined;
  const normalizedParts = parts.map((part) => ({ part, normalized: normalizeForMatching(part.text) }));

  for (const { part, normalized } of normalizedParts) {
    const start = normalized.text.indexOf(wanted);
    if (start === -1) continue;
    const span = { part: part.key, ...originalSpan(normalized, start, start + wanted.length) };
    return { span, text: part.text.slice(span.start, span.end), closeness: 'typography' };
  }

  if (wanted.length > LONGEST_QUOTE_FOR_APPROXIMATE_SEARCH) return undefined;
  let best: { part: ArticlePart; normalized: NormalizedText; start: number; end: number; distance: number } | undefined;
  for (const { part, normalized } of normalizedParts) {
    const match = closestSubstring(wanted, normalized.text);
    if (match && (!best || match.distance < best.distance)) best = { part, normalized, ...match };
  }
  if (!best || best.distance > Math.max(3, wanted.length * 0.35)) return undefined;
  const words = wholeWordsAround(best.normalized.text, best.start, best.end);
  if (!words) return undefined;
  const { start, end } = words;
  const span = { part: best.part.key, ...originalSpan(best.normalized, start, end) };
  return { span, text: best.part.text.slice(span.start, span.end), closeness: 'approximate' };
}

/**
 * The substring of `text` with the fewest edits from `pattern` (Sellers' algorithm), with its
 * start tracked alongside the cost. O(pattern × text): used only to explain an error.
 */
export function closestSubstring(pattern: string, text: string): { start: number; end: number; distance: number } | undefined {
  const m = pattern.length;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a shortcut; with an empty pattern or text the loop finds no span either
  if (m === 0 || text.length === 0) return undefined;
  let cost = Array.from({ length: m + 1 }, (_, i) => i);
  let from = new Array<number>(m + 1).fill(0);
  let best = { start: 0, end: 0, distance: cost[m]! };
  for (let j = 1; j <= text.length; j++) {
    const nextCost = [0];
    const nextFrom = [j];
    for (let i = 1; i <= m; i++) {
      const substitute = cost[i - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      const skipText = cost[i]! + 1;
      const skipPattern = nextCost[i - 1]! + 1;
      // Stryker disable next-line EqualityOperator: on a tie either alignment is as cheap, so either start gives a span exactly as near (the brute-force test holds for both)
      if (substitute <= skipText && substitute <= skipPattern) {
        nextCost[i] = substitute;
        nextFrom[i] = from[i - 1]!;
      } else if (
        // Stryker disable next-line EqualityOperator: a tie again, as above
        skipText <= skipPattern
      ) {
        nextCost[i] = skipText;
        nextFrom[i] = from[i]!;
      } else {
        nextCost[i] = skipPattern;
        nextFrom[i] = nextFrom[i - 1]!;
      }
    }
    cost = nextCost;
    from = nextFrom;
    if (cost[m]! < best.distance) best = { start: from[m]!, end: j, distance: cost[m]! };
  }
  return best.end > best.start ? best : undefined;
}

/** The near match widened to the whole words it cuts into and trimmed of spaces; none if it holds no word at all. */
function wholeWordsAround(text: string, start: number, end: number): { start: number; end: number } | undefined {
  // Past either end of the text a character is undefined, which stops the widening there.
  const isWordCharacter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}'-]/u.test(ch);
  while (isWordCharacter(text[start - 1]) && isWordCharacter(text[start])) start--;
  while (isWordCharacter(text[end]) && isWordCharacter(text[end - 1])) end++;
  // Spaces and punctuation alone (a quote's spaces matched, its letters not) are no passage to suggest.
  if (!/[\p{L}\p{N}]/u.test(text.slice(start, end))) return undefined;
  // The span holds a letter or digit, so neither trim can pass the other.
  while (text[start] === ' ') start++;
  while (text[end - 1] === ' ') end--;
  return { start, end };
}
