/**
 * Stands in for d3-transition (see vite.config.ts). d3-zoom imports it only to interrupt
 * transitions, and the map starts none: its animated moves are its own (createZoom). The real
 * package brings d3-color, d3-ease and the value interpolators with it, ~10 kB gzip of a page
 * whose whole budget is ~108.
 */
import { selection } from 'd3-selection';

export function interrupt(): void {}

// d3-zoom calls selection.interrupt() before it sets a transform.
(selection.prototype as unknown as { interrupt(): unknown }).interrupt = function interruptNothing(this: unknown) {
  return this;
};
