/**
 * Which renderer draws a map, and where its layout runs. The thresholds come from `npm run bench`
 * on a two-core machine with software rendering (docs/performance.md): SVG holds 60 fps to a few
 * hundred actors and falls to ~13 fps at 2,000; a canvas holds 50–60 fps there.
 */
export type Renderer = 'svg' | 'canvas';

/** Above this many actors the map is drawn on a canvas; at or below, in SVG (the accessible path). */
export const CANVAS_ABOVE_ACTORS = 400;
/** Above this many actors the first layout runs in a worker instead of before the first paint. */
export const WORKER_LAYOUT_ABOVE_ACTORS = 150;

/** `?renderer=svg` or `?renderer=canvas` overrides the choice (for a screen reader on a large map, or to compare). */
export function rendererPreference(search = typeof window === 'undefined' ? '' : window.location.search): Renderer | null {
  const wanted = new URLSearchParams(search).get('renderer');
  return wanted === 'svg' || wanted === 'canvas' ? wanted : null;
}

export function chooseRenderer(actorCount: number, preference: Renderer | null): Renderer {
  return preference ?? (actorCount > CANVAS_ABOVE_ACTORS ? 'canvas' : 'svg');
}
