import { afterEach, describe, expect, it } from 'vitest';
import { selectedPassage } from '../../src/components/authoring/selectedPassage';

/** A paragraph as the article reader draws it: plain text and marked passages (marks carry data-part too). */
function paragraph() {
  const container = document.createElement('section');
  container.innerHTML = '<p data-part="2">The envoy said <mark data-part="2" data-start="15" data-end="29"><a href="?r">the port stays</a></mark> open; the port stays open, the envoy said.</p>';
  document.body.append(container);
  return container;
}

/** Selects from one text node and offset to another, as a reader's drag would. */
function select(start: [Node, number], end: [Node, number]) {
  const range = document.createRange();
  range.setStart(...start);
  range.setEnd(...end);
  // jsdom lays nothing out: the menu's position is not what is tested here.
  range.getBoundingClientRect = () => new DOMRect(0, 0, 10, 10);
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

afterEach(() => document.body.replaceChildren());

describe('the reader’s selection as a passage of the article', () => {
  it('counts its offset from the paragraph, not from a marked passage it starts in', () => {
    const container = paragraph();
    const marked = container.querySelector('a')!.firstChild!;
    // “port stays”, inside the mark: the paragraph's text has it twice, so the offset tells them apart.
    const passage = selectedPassage(container, select([marked, 4], [marked, 14]));
    expect(passage).toMatchObject({ part: 2, quote: 'port stays', start: 19 });
    expect(container.querySelector('p')!.textContent!.slice(19, 29)).toBe('port stays');
  });

  it('takes words that run from plain text into a marked passage, or out of one', () => {
    const container = paragraph();
    const [before, mark, after] = [...container.querySelector('p')!.childNodes];
    const marked = mark!.firstChild!.firstChild!;
    expect(selectedPassage(container, select([before!, 4], [marked, 8]))).toMatchObject({ part: 2, quote: 'envoy said the port', start: 4 });
    expect(selectedPassage(container, select([marked, 4], [after!, 6]))).toMatchObject({ part: 2, quote: 'port stays open;', start: 19 });
  });

  it('is no passage when it runs across two parts of the article', () => {
    const container = paragraph();
    const other = document.createElement('p');
    other.dataset.part = '3';
    other.textContent = 'Another paragraph.';
    container.append(other);
    expect(selectedPassage(container, select([container.querySelector('p')!.firstChild!, 0], [other.firstChild!, 7]))).toBeNull();
  });
});
