import type { ArticlePartKey } from '../../model/locateQuote';

export interface SelectedPassage {
  part: ArticlePartKey;
  start: number;
  quote: string;
  /** Where the selection is drawn, relative to the viewport, to place the menu beside it. */
  rect: { top: number; left: number; bottom: number };
}

/**
 * The reader's text selection as a passage of the article: within one part (title, dek or a
 * paragraph), trimmed of surrounding spaces, with its offset in that part's text.
 */
export function selectedPassage(container: HTMLElement, selection: Selection | null): SelectedPassage | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  // The part's own element (a paragraph, the title, the dek), not a marked passage inside it, which says its part too.
  const partOf = (node: Node) => (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement)?.closest(':not(mark)[data-part]');
  const startPart = partOf(range.startContainer);
  const endPart = partOf(range.endContainer);
  if (!startPart || startPart !== endPart || !container.contains(startPart)) return null;
  const before = document.createRange();
  before.setStart(startPart, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const raw = range.toString();
  const quote = raw.trim();
  if (quote.length < 2) return null;
  const start = before.toString().length + (raw.length - raw.trimStart().length);
  const key = startPart.getAttribute('data-part')!;
  const box = range.getBoundingClientRect();
  return { part: key === 'title' || key === 'dek' ? key : Number(key), start, quote, rect: { top: box.top, left: box.left, bottom: box.bottom } };
}

