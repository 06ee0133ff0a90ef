import { useRef, type KeyboardEvent } from 'react';

/** The keys of a review list, one each (announced by the list's help): A accepts, E edits, R rejects; ↑ ↓ move. */
export interface ReviewKeys {
  accept(): void;
  reject(): void;
  edit?(): void;
}

/**
 * A list of suggestions answered one by one with the keyboard: after an answer the focus stays
 * where it was, on the suggestion that took its place.
 */
export function useReviewList() {
  const list = useRef<HTMLOListElement>(null);
  const focusAt = (at: number) => requestAnimationFrame(() => list.current?.querySelectorAll<HTMLElement>('.suggestion')[Math.min(at, (list.current?.childElementCount ?? 1) - 1)]?.focus());
  const handleKey = (event: KeyboardEvent, at: number, keys: ReviewKeys) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.target !== event.currentTarget) return;
    const key = event.key.toLowerCase();
    if (key === 'a') keys.accept();
    else if (key === 'e' && keys.edit) keys.edit();
    else if (key === 'r') keys.reject();
    else if (event.key === 'ArrowDown') focusAt(at + 1);
    else if (event.key === 'ArrowUp') focusAt(Math.max(0, at - 1));
    else return;
    event.preventDefault();
  };
  return { list, focusAt, handleKey };
}
