/**
 * What the SVG and canvas maps share: what a fit shows, how the layout is woken and put to rest,
 * and the two performance marks a benchmark reads.
 */
import { fitPadding, MAX_FIT_SCALE, MIN_FIT_SCALE, nodeBounds } from '../../layout/edgeGeometry';
import { applyShape, shapeNode, shapeToBox, type FitBox } from '../../layout/shapeToBox';
import { visiblePart } from '../../interaction/revealTransform';
import type { Selection } from '../../model/selection';
import type { MapView } from './mapView';
import type { LayoutEngine } from '../../layout/layoutEngine';
import type { SimulationGraph } from '../../layout/simulationGraph';
import type { Visibility } from '../../model/filters';
import type { ElementSet, MapState, MapStore } from '../../store/createMapStore';

/** However it was woken, the layout comes to rest this soon after it is let go. */
export const LAYOUT_STOPS_WITHIN_MS = 5000;

/** How long the camera glides from one story step to the next (Manylines: 500 ms, eased). */
const STEP_GLIDE_MS = 500;

/**
 * When the store's change moves the view: a step's camera always (even after the reader moved the
 * map), gliding or cutting as the step asks; a change of what is shown only while the reader has
 * not moved it. Returns whether the reader's own view still stands.
 */
export function fitOnChange(state: MapState, previous: MapState, userMoved: boolean, fitView: (animate: boolean, duration?: number) => void): boolean {
  if (state.stepCamera !== previous.stepCamera && state.stepCamera) {
    fitView(state.stepCamera.motion === 'glide', STEP_GLIDE_MS);
    return false;
  }
  if ((state.visibility !== previous.visibility || state.spotlight !== previous.spotlight || state.frame !== previous.frame) && !userMoved) fitView(true);
  return userMoved;
}

/**
 * What the view fits: a story step's frame (the actors its camera kept), else a presentation step's
 * actors with room around them, else every visible actor.
 */
export function boundsToFit(graph: SimulationGraph, visibility: Visibility, spotlight: ElementSet | null, frame: ReadonlySet<string> | null = null) {
  if (frame && graph.nodes.some((node) => frame.has(node.id) && visibility.actorIds.has(node.id))) {
    const framed = graph.nodes.filter((node) => frame.has(node.id) && visibility.actorIds.has(node.id));
    return nodeBounds(framed.map((node) => ({ x: node.x ?? 0, y: node.y ?? 0, radius: node.radius, labelWidth: node.labelWidth, labelLineCount: node.labelLines.length, labelScale: node.labelScale })));
  }
  const shown = (id: string) => visibility.actorIds.has(id) && (!spotlight || spotlight.actorIds.size === 0 || spotlight.actorIds.has(id));
  const nodes = graph.nodes.filter((node) => shown(node.id));
  const bounds = nodeBounds(nodes.map((node) => ({ x: node.x ?? 0, y: node.y ?? 0, radius: node.radius, labelWidth: node.labelWidth, labelLineCount: node.labelLines.length, labelScale: node.labelScale })));
  if (!spotlight) return bounds;
  const marginX = Math.max(80, (bounds.maxX - bounds.minX) * 0.15);
  const marginY = Math.max(60, (bounds.maxY - bounds.minY) * 0.15);
  return { minX: bounds.minX - marginX, maxX: bounds.maxX + marginX, minY: bounds.minY - marginY, maxY: bounds.maxY + marginY };
}

/** The box a fit fills: the map's size, less a padding that shrinks on a small screen. */
export function fitBox(width: number, height: number): FitBox {
  return { width, height, padding: fitPadding(width, height), maxScale: MAX_FIT_SCALE, minScale: MIN_FIT_SCALE };
}

export interface DrawingShaper {
  /** Shapes the settled drawing to a box of this size (shapeToBox), from where the layout left it. */
  shapeTo(width: number, height: number): void;
  /** The layout moved the actors (a drag, a worker's run): shape from where they are now. */
  takePositions(): void;
}

/**
 * Keeps the layout's own positions and writes the shaped ones into the graph's nodes, so that a
 * phone that turns is shaped afresh from the same drawing, not from the last shape. Mutates the
 * graph's nodes; the caller repaints and tells a worker.
 */
export function createDrawingShaper(graph: SimulationGraph): DrawingShaper {
  let natural = graph.nodes.map((node) => ({ x: node.x ?? 0, y: node.y ?? 0 }));
  let lastSize = '';
  return {
    shapeTo(width, height) {
      const size = `${Math.round(width)}x${Math.round(height)}`;
      if (size === lastSize || width <= 0 || height <= 0) return;
      lastSize = size;
      const nodes = graph.nodes.map((node, i) => shapeNode({ ...node, ...natural[i]! }));
      const shape = shapeToBox(nodes, fitBox(width, height));
      graph.nodes.forEach((node, i) => {
        const { x, y } = applyShape(natural[i]!, shape);
        node.x = x;
        node.y = y;
        if (node.fx != null) [node.fx, node.fy] = [x, y];
      });
    },
    takePositions() {
      natural = graph.nodes.map((node) => ({ x: node.x ?? 0, y: node.y ?? 0 }));
      lastSize = '';
    },
  };
}

/** What a selection covers on the map, in map units: an actor with its label, or a line's two ends. */
export function selectionBounds(graph: SimulationGraph, selection: Selection) {
  if (!selection) return null;
  if (selection.kind === 'actor') {
    const node = graph.nodeById.get(selection.id);
    return node ? nodeBounds([{ x: node.x ?? 0, y: node.y ?? 0, radius: node.radius, labelWidth: node.labelWidth, labelLineCount: node.labelLines.length, labelScale: node.labelScale }]) : null;
  }
  // A relation is drawn by its own line or by its group's.
  const link = graph.lineByRelation.get(selection.id) ?? graph.linkById.get(selection.id);
  if (!link) return null;
  const ends = [link.source, link.target].map((node) => ({ x: node.x ?? 0, y: node.y ?? 0, radius: node.radius }));
  return {
    minX: Math.min(...ends.map((end) => end.x - end.radius)),
    maxX: Math.max(...ends.map((end) => end.x + end.radius)),
    minY: Math.min(...ends.map((end) => end.y - end.radius)),
    maxY: Math.max(...ends.map((end) => end.y + end.radius)),
  };
}

/**
 * Keeps a selection out from under its own details: reads where the details panel covers the
 * map (a phone's bottom sheet, an embed's overlay; beside the map it covers nothing) and what of
 * the map is inside the window, and asks the view to reveal the selection there.
 */
export function revealSelection(view: Pick<MapView, 'reveal'> | null, graph: SimulationGraph, selection: Selection, surface: Element) {
  const bounds = selectionBounds(graph, selection);
  const document = surface.ownerDocument;
  const window = document.defaultView;
  // A map without a size (not laid out, or hidden) has nothing to reveal in.
  if (!view || !bounds || !window || surface.getBoundingClientRect().height === 0) return;
  const panel = document.querySelector('.details-panel:not([data-empty])');
  const windowBox = () => ({ left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight });
  const covering = () => (panel && panel.getClientRects().length > 0 ? panel.getBoundingClientRect() : null);
  let visible = visiblePart(surface.getBoundingClientRect(), windowBox(), covering());
  // A sheet over a map that starts low on a phone's page can leave none of it in sight: the page
  // scrolls the map up first, below the bar that sticks to the top.
  if (visible.bottom - visible.top < window.innerHeight * MIN_VISIBLE_SHARE) {
    window.scrollBy({ top: surface.getBoundingClientRect().top - STICKY_BAR_ROOM, behavior: 'instant' });
    visible = visiblePart(surface.getBoundingClientRect(), { ...windowBox(), top: STICKY_BAR_ROOM }, covering());
  }
  view.reveal(bounds, visible);
}

/** Below this share of the window's height, the visible part of a map is too small to show a selection in. */
const MIN_VISIBLE_SHARE = 0.2;
/** Room left above a map scrolled to the top of the window, for a bar that sticks there (the phone's tabs). */
const STICKY_BAR_ROOM = 48;
/** How long after a selection its details may still arrive and grow the panel. */
const DETAILS_ARRIVE_MS = 2000;

/**
 * Reveals each new selection (revealSelection) once the details it opens have been laid out, two
 * frames on, and a selection the map opened with (a deep link). Returns the unsubscribe.
 */
export function followSelection(store: MapStore, view: () => MapView | null, graph: SimulationGraph, surface: Element): () => void {
  let frame = 0;
  const schedule = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => revealSelection(view(), graph, store.getState().selection, surface));
    });
  };
  let selectedAt = performance.now();
  if (store.getState().selection) schedule();
  const unsubscribe = store.subscribe((state, previous) => {
    if (!state.selection || state.selection === previous.selection) return;
    selectedAt = performance.now();
    schedule();
  });
  // The details load after the first frame: when they arrive just after a selection and the sheet
  // grows, the selection is revealed again, above it.
  const panel = import.meta.env.EMBED_PAGE ? null : surface.ownerDocument.querySelector('.details-panel');
  const grown = panel && typeof ResizeObserver !== 'undefined' ? new ResizeObserver(() => store.getState().selection && performance.now() - selectedAt < DETAILS_ARRIVE_MS && schedule()) : null;
  if (panel) grown?.observe(panel);
  return () => {
    cancelAnimationFrame(frame);
    grown?.disconnect();
    unsubscribe();
  };
}

/** Marks a moment once per page, for `npm run bench` and anyone profiling: `stancemap:first-frame`, `stancemap:settled`. */
export function markOnce(name: 'stancemap:first-frame' | 'stancemap:settled') {
  if (typeof performance.mark !== 'function' || performance.getEntriesByName(name).length > 0) return;
  performance.mark(name);
}

/**
 * Calls `then` once the map has drawn its first frame (its `stancemap:first-frame` mark, from the
 * map or the prerendered frame), at once if it has, or after `atMostMs` without one (no map on
 * screen). Returns a cancel. For work that would compete with the first drawing for the machine.
 */
export function afterFirstDrawing(then: () => void, atMostMs: number): () => void {
  const name = 'stancemap:first-frame';
  if (typeof PerformanceObserver !== 'function' || performance.getEntriesByName(name).length > 0) {
    then();
    return () => {};
  }
  const observer = new PerformanceObserver((entries) => {
    if (entries.getEntriesByName(name).length > 0) done();
  });
  const timer = setTimeout(() => done(), atMostMs);
  const cancel = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  const done = () => {
    cancel();
    then();
  };
  observer.observe({ type: 'mark' });
  return cancel;
}

export interface LayoutDriver {
  wake(alphaTarget: number): void;
  /** Stop now (the Freeze button). */
  rest(): void;
  destroy(): void;
}

/**
 * Wakes and rests the layout for gestures, and shows its state on the surface as `data-layout`
 * (`running` or `settled`). Under reduced motion or while frozen, a drag moves one actor alone.
 * A large map's first layout runs in the worker from the start.
 */
export function createLayoutDriver(engine: LayoutEngine, surface: Element, { reducedMotion, frozen }: { reducedMotion: () => boolean; frozen: () => boolean }): LayoutDriver {
  let stopTimer: ReturnType<typeof setTimeout> | undefined;
  const show = () => {
    surface.setAttribute('data-layout', engine.moving ? 'running' : 'settled');
    if (!engine.moving) markOnce('stancemap:settled');
  };
  show();
  engine.onRest(show);
  return {
    wake(alphaTarget) {
      if (reducedMotion() || frozen()) return;
      engine.wake(alphaTarget);
      show();
      clearTimeout(stopTimer);
      if (alphaTarget === 0) stopTimer = setTimeout(() => engine.moving && engine.rest(), LAYOUT_STOPS_WITHIN_MS);
    },
    rest() {
      clearTimeout(stopTimer);
      if (engine.moving) engine.rest();
      show();
    },
    destroy() {
      clearTimeout(stopTimer);
    },
  };
}
