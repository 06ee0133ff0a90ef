/**
 * Keeps the SVG map's actor labels legible: the same size on screen at any zoom, and only where
 * they neither overlap each other nor cover an actor. Framework-free, like the tick painter: it
 * writes to the DOM, never through React.
 *
 * A zoom costs one style write (`--label-unscale` on the viewport; the labels' CSS does the rest).
 * Which labels show, and on which side of their shape, `placeLabels` decides in screen space at
 * most once per animation frame after the view changed (zoom, layout, resize, hover, selection,
 * focus, filters), and only labels whose side changed are written (`data-label-side`).
 */
import { placeLabels, type Box, type LabelCandidate, type LabelSide } from '../../layout/placeLabels';
import type { SimulationGraph } from '../../layout/simulationGraph';
import type { MapState } from '../../store/createMapStore';
import { selectNeighbourhood } from '../../store/selectors';
import { actorHitRadius, LABEL_FONT_PX, LABEL_GAP_EM, LABEL_LINE_EM, LABEL_PADDING_EM, shapeExtent } from './labelGeometry';

export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

export interface LabelPainter {
  /** The zoom changed: the labels keep their size at once, and are placed again on the next frame. */
  setTransform(transform: ViewTransform): void;
  /** Places the labels on the next animation frame; repeated calls within a frame place once. */
  schedule(): void;
  /** Places them now (before printing, or exporting). */
  placeNow(): void;
  destroy(): void;
}

interface StoreApi {
  getState(): MapState;
  subscribe(listener: (state: MapState, previous: MapState) => void): () => void;
}

const LABEL_SELECTOR = '[data-actor-id] > .actor-label';

/** What is drawn over the map: its buttons and its key, marked `data-covers-map` on their container. */
const overlaysOf = (surface: Element) => [...((surface.closest('.map-stage, .embed-stage, .stage-map') ?? surface.closest('.stance-map'))?.querySelectorAll('[data-covers-map]') ?? [])];

/** The boxes of what covers the map, in the map's own screen pixels. */
function overlayBoxes(surface: Element, map: DOMRect): Box[] {
  const boxes: Box[] = [];
  for (const overlay of overlaysOf(surface)) {
    for (const item of overlay.children) {
      const { left, top, right, bottom, width, height } = item.getBoundingClientRect();
      if (width > 0 && height > 0) boxes.push({ x0: left - map.left, y0: top - map.top, x1: right - map.left, y1: bottom - map.top });
    }
  }
  return boxes;
}

const sideOf = (label: Element): LabelSide | undefined => {
  const side = label.getAttribute('data-label-side');
  return side === 'below' || side === 'above' || side === 'right' || side === 'left' ? side : undefined;
};

/** Actors whose labels always show: the selection and its neighbours, what is hovered or focused, a presentation step's actors. */
export function forcedLabels(state: MapState, focusedActorId: string | null): Set<string> {
  const forced = new Set<string>();
  const { selection, hover, spotlight } = state;
  if (selection) for (const id of selectNeighbourhood({ ...state, hover: null })?.actors ?? []) forced.add(id);
  // Not a hovered line's ends: labels moving in under the pointer would take the click meant for the line.
  if (hover?.kind === 'actor') forced.add(hover.id);
  if (!selection && !hover && spotlight) for (const id of spotlight.actorIds) forced.add(id);
  if (focusedActorId) forced.add(focusedActorId);
  return forced;
}

export function createLabelPainter({ surface, viewport, graph, store }: { surface: SVGSVGElement; viewport: SVGGElement; graph: SimulationGraph; store: StoreApi }): LabelPainter {
  let transform: ViewTransform = { x: 0, y: 0, k: 1 };
  let frame = 0;
  let destroyed = false;
  // Label widths in their own pixels, measured once (and again once the fonts have loaded).
  let widths = new WeakMap<Element, number>();

  const measure = (label: SVGTextElement) => {
    let width = widths.get(label);
    if (width === undefined) {
      width = typeof label.getBBox === 'function' ? label.getBBox().width : 0;
      if (width > 0) widths.set(label, width);
    }
    return width;
  };

  const placeNow = () => {
    cancelAnimationFrame(frame);
    frame = 0;
    if (destroyed) return;
    const state = store.getState();
    const box = surface.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    const focused = (document.activeElement as Element | null)?.closest?.('[data-actor-id]');
    const forced = forcedLabels(state, focused && surface.contains(focused) ? focused.getAttribute('data-actor-id') : null);
    const nearHover = state.hover?.kind === 'actor' ? selectNeighbourhood(state)?.actors : undefined;
    const highlighted = selectNeighbourhood({ ...state, hover: state.hover?.kind === 'actor' ? state.hover : null })?.actors;
    const { x: tx, y: ty, k } = transform;
    const labels = [...viewport.querySelectorAll<SVGTextElement>(LABEL_SELECTOR)];
    const candidates: LabelCandidate[] = [];
    let fontPx = LABEL_FONT_PX;
    for (const label of labels) {
      const id = label.parentElement!.getAttribute('data-actor-id')!;
      const node = graph.nodeById.get(id);
      if (!node) continue;
      fontPx = LABEL_FONT_PX * node.labelScale;
      const extent = shapeExtent(node.kind, node.radius * k);
      const degree = state.index.relationIdsByActor.get(id)?.length ?? 0;
      // The hovered actor's neighbours come next after what must show; dimmed actors come last.
      const priority = degree + (nearHover?.has(id) ? 10_000 : 0) - (highlighted && !highlighted.has(id) ? 10_000 : 0);
      candidates.push({
        id,
        x: tx + k * (node.x ?? 0),
        y: ty + k * (node.y ?? 0),
        shape: extent,
        hitRadius: actorHitRadius(node.radius) * k,
        width: measure(label),
        height: node.labelLines.length * LABEL_LINE_EM * fontPx,
        priority,
        forced: forced.has(id),
        // The hovered actor's label stays where the pointer found it; the others take their best side.
        currentSide: state.hover?.kind === 'actor' && state.hover.id === id ? sideOf(label) : undefined,
      });
    }
    // Visible relations as straight chords on screen: labels keep off them where they can, so that
    // each line keeps stretches of its own to click.
    const lines: [number, number, number, number][] = [];
    for (const link of graph.links) {
      if (link.role !== 'relation' || !state.visibility.relationIds.has(link.id)) continue;
      lines.push([tx + k * (link.source.x ?? 0), ty + k * (link.source.y ?? 0), tx + k * (link.target.x ?? 0), ty + k * (link.target.y ?? 0)]);
    }
    const placed = placeLabels(candidates, { width: box.width, height: box.height, gap: LABEL_GAP_EM * fontPx, padding: LABEL_PADDING_EM * fontPx, lines, obstacles: overlayBoxes(surface, box) });
    for (const label of labels) {
      const id = label.parentElement!.getAttribute('data-actor-id')!;
      const side = placed.get(id)?.side ?? 'none';
      if (label.getAttribute('data-label-side') !== side) label.setAttribute('data-label-side', side);
    }
  };

  const schedule = () => {
    if (frame === 0 && !destroyed) frame = requestAnimationFrame(placeNow);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.selection !== previous.selection || state.hover !== previous.hover || state.visibility !== previous.visibility || state.spotlight !== previous.spotlight || state.keyboardCursor !== previous.keyboardCursor) schedule();
  });
  surface.addEventListener('focusin', schedule);
  surface.addEventListener('focusout', schedule);
  void document.fonts?.ready.then(() => {
    widths = new WeakMap();
    schedule();
  });
  // The key unfolding over the map moves the labels out from under it.
  const overlayResize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);
  for (const overlay of overlaysOf(surface)) for (const item of overlay.children) overlayResize?.observe(item);

  return {
    setTransform(next) {
      transform = next;
      viewport.style.setProperty('--label-unscale', String(1 / next.k));
      schedule();
    },
    schedule,
    placeNow,
    destroy() {
      destroyed = true;
      cancelAnimationFrame(frame);
      unsubscribe();
      surface.removeEventListener('focusin', schedule);
      surface.removeEventListener('focusout', schedule);
      overlayResize?.disconnect();
    },
  };
}
