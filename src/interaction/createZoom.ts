/**
 * Pan and zoom (d3-zoom) on the map's surface: an SVG, written to its viewport group, or a canvas,
 * which repaints from `onTransform`. Created once per map; the map calls `fitTo` when it wants the
 * whole graph in view.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import 'd3-transition';
import type { Bounds } from '../layout/edgeGeometry';
import { fitTransform, MIN_FIT_SCALE } from '../layout/edgeGeometry';

export interface ZoomController {
  fitTo(bounds: Bounds, options?: { animate?: boolean }): void;
  zoomBy(factor: number): void;
  destroy(): void;
}

export interface ZoomOptions {
  /** What takes the gestures: the SVG, or the canvas. */
  surface: Element;
  /** The SVG group that carries the transform; a canvas has none. */
  viewport?: SVGGElement;
  /** Whether a pointer event is over an actor: a double-click there releases its pin instead of zooming. */
  isOverActor?: (event: MouseEvent) => boolean;
  /** Called after each change with the scale, e.g. to keep labels legible. */
  onTransform?: (transform: { x: number; y: number; k: number }) => void;
  reducedMotion?: () => boolean;
  /** False for a static map: it still fits itself, but no gesture moves it. */
  interactive?: boolean;
}

const DURATION = 300;

const overActorElement = (event: MouseEvent) => Boolean((event.target as Element).closest?.('[data-actor-id]'));

export function createZoom({ surface, viewport, isOverActor = overActorElement, onTransform, reducedMotion = () => false, interactive = true }: ZoomOptions): ZoomController {
  const size = () => {
    const rect = surface.getBoundingClientRect();
    return { width: rect.width || surface.clientWidth || 800, height: rect.height || surface.clientHeight || 600 };
  };
  const behaviour: ZoomBehavior<Element, unknown> = zoom<Element, unknown>()
    .scaleExtent([MIN_FIT_SCALE, 5])
    // The viewport in CSS pixels; d3's default reads SVG attributes that a CSS-sized SVG does not have.
    .extent(() => {
      const { width, height } = size();
      return [
        [0, 0],
        [width, height],
      ];
    })
    // A double-click on an actor releases its pin; it must not zoom as well.
    // Synthetic events without a view (from scripts and assistive tools) cannot start a gesture:
    // d3 needs the view to follow the pointer.
    .filter((event: Event) => {
      if (!interactive) return false;
      if ((event as UIEvent).view == null && event.type !== 'wheel') return false;
      if (event.type === 'dblclick') return !isOverActor(event as MouseEvent);
      return (!(event as MouseEvent).ctrlKey || event.type === 'wheel') && !(event as MouseEvent).button;
    })
    .on('zoom', (event) => {
      const { x, y, k } = event.transform;
      viewport?.setAttribute('transform', `translate(${x},${y}) scale(${k})`);
      onTransform?.({ x, y, k });
    });
  const selection = select(surface).call(behaviour);

  return {
    fitTo(bounds, { animate = false } = {}) {
      const { width, height } = size();
      const { x, y, k } = fitTransform(bounds, width, height, 24);
      const target = zoomIdentity.translate(x, y).scale(k);
      if (animate && !reducedMotion()) selection.transition().duration(DURATION).call(behaviour.transform, target);
      else selection.call(behaviour.transform, target);
    },
    zoomBy(factor) {
      if (reducedMotion()) selection.call(behaviour.scaleBy, factor);
      else selection.transition().duration(DURATION / 2).call(behaviour.scaleBy, factor);
    },
    destroy() {
      selection.on('.zoom', null);
      selection.interrupt();
    },
  };
}
