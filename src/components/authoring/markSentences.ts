import type { ArticlePartKey } from '../../model/locateQuote';

/** The name the article's marks for what the map leaves out go by, in CSS (`::highlight(…)`). */
export const UNCOVERED_HIGHLIGHT = 'stancemap-uncovered';

/**
 * Marks stretches of the article reader's text, each given by its part and its offsets in that
 * part's text, with the CSS Custom Highlight API: nothing is added to the reader's DOM, which React
 * renders and whose text offsets the passage menu reads. A part not rendered (yet) is skipped.
 * Returns what removes the marks; where the browser has no highlights, nothing is marked.
 */
export function markSentences(reader: HTMLElement, sentences: readonly { part: ArticlePartKey; start: number; text: string }[], name = UNCOVERED_HIGHLIGHT): () => void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return () => {};
  const ranges: Range[] = [];
  for (const sentence of sentences) {
    // The part's own element (a paragraph, the title or the dek), not a mark inside it.
    const element = reader.querySelector(`:is(p, h2)[data-part="${String(sentence.part)}"]`);
    const range = element && rangeOf(element, sentence.start, sentence.start + sentence.text.length);
    if (range) ranges.push(range);
  }
  CSS.highlights.set(name, new Highlight(...ranges));
  return () => CSS.highlights.delete(name);
}

/** The range between two offsets of an element's text, across the text nodes of its marks and links. */
function rangeOf(element: Element, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let seen = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue?.length ?? 0;
    if (!started && start <= seen + length) {
      range.setStart(node, start - seen);
      started = true;
    }
    if (started && end <= seen + length) {
      range.setEnd(node, end - seen);
      return range;
    }
    seen += length;
  }
  return null;
}
