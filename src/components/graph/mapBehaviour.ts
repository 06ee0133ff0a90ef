/**
 * What the SVG and canvas maps share: what a fit shows, how the layout is woken and put to rest,
 * and the two performance marks a benchmark reads.
 */
import { nodeBounds } from '../../layout/edgeGeometry';
import type { LayoutEngine } from '../../layout/layoutEngine';
import type { SimulationGraph } from '../../layout/simulationGraph';
import type { Visibility } from '../../model/filters';
import type { ElementSet } from '../../store/createMapStore';

/** However it was woken, the layout comes to rest this soon after it is let go. */
export const LAYOUT_STOPS_WITHIN_MS = 5000;

/** What the view fits: a presentation step's actors with room around them, or every visible actor. */
export function boundsToFit(graph: SimulationGraph, visibility: Visibility, spotlight: ElementSet | null) {
  const shown = (id: string) => visibility.actorIds.has(id) && (!spotlight || spotlight.actorIds.size === 0 || spotlight.actorIds.has(id));
  const nodes = graph.nodes.filter((node) => shown(node.id));
  const bounds = nodeBounds(nodes.map((node) => ({ x: node.x ?? 0, y: node.y ?? 0, radius: node.radius, labelWidth: node.labelWidth, labelLineCount: node.labelLines.length, labelScale: node.labelScale })));
  if (!spotlight) return bounds;
  const marginX = Math.max(80, (bounds.maxX - bounds.minX) * 0.15);
  const marginY = Math.max(60, (bounds.maxY - bounds.minY) * 0.15);
  return { minX: bounds.minX - marginX, maxX: bounds.maxX + marginX, minY: bounds.minY - marginY, maxY: bounds.maxY + marginY };
}

/** Marks a moment once per page, for `npm run bench` and anyone profiling: `stancemap:first-frame`, `stancemap:settled`. */
export function markOnce(name: 'stancemap:first-frame' | 'stancemap:settled') {
  if (typeof performance.mark !== 'function' || performance.getEntriesByName(name).length > 0) return;
  performance.mark(name);
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
