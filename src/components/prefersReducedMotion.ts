/**
 * Read at the moment of moving, so a change of the system setting applies at once. An embed's
 * `motion=reduce` (data-motion on the root element) counts as well.
 */
export const prefersReducedMotion = () =>
  typeof document !== 'undefined' &&
  (document.documentElement.dataset.motion === 'reduce' ||
    (typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches));
