import { useLayoutEffect, type RefObject } from 'react';

/**
 * The first of `sizes` (largest first) at which `fits` holds, or the last when none does: type is
 * shrunk to fit, never below the smallest size, and a step too long for that scrolls instead.
 */
export function largestFitting<T>(sizes: readonly T[], fits: (size: T) => boolean): T {
  for (const size of sizes) if (fits(size)) return size;
  return sizes[sizes.length - 1]!;
}

/**
 * A presentation's caption column, in vh: on a 1920×1080 projector 36 px down to 24 px, the
 * smallest a class reads from the back of a room; the same share of any other screen's height.
 */
export const CAPTION_SIZES_VH = [3.33, 3.1, 2.9, 2.7, 2.5, 2.36, 2.22] as const;

/**
 * Sets the element's font size to the largest that lets its content fit its box without
 * scrolling, again whenever the box changes size or `content` changes. Sizes are tried on the
 * element itself, before paint, so no size but the chosen one is ever seen.
 */
export function useFitText(ref: RefObject<HTMLElement | null>, content: unknown, sizes: readonly number[] = CAPTION_SIZES_VH) {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const sizeToFit = () => {
      largestFitting(sizes, (size) => {
        element.style.fontSize = `${size}vh`;
        return element.scrollHeight <= element.clientHeight + 1;
      });
    };
    sizeToFit();
    if (typeof ResizeObserver === 'undefined') return;
    let width = element.clientWidth;
    let height = element.clientHeight;
    // Only a change of the box, not the refit's own reflow, sizes the text again.
    const observer = new ResizeObserver(() => {
      if (element.clientWidth === width && element.clientHeight === height) return;
      width = element.clientWidth;
      height = element.clientHeight;
      sizeToFit();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, content, sizes]);
}
