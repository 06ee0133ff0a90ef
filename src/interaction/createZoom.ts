/**
 * Pan and zoom (d3-zoom) on the map's surface: an SVG, written to its viewport group, or a canvas,
 * which repaints from `onTransform`. Created once per map; the map calls `fitTo` when it wants the
 * whole graph in view.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { Bounds } from '../layout/edgeGeometry';
import { fitPadding, fitTransform, MIN_FIT_SCALE } from '../layout/edgeGeometry';
import { revealTransform, type Rect } from './revealTransform';

export interface ZoomController {
  /** `duration` in ms, when animated: a story step's glide is longer than a refit's. */
  fitTo(bounds: Bounds, options?: { animate?: boolean; duration?: number }): void;
  zoomBy(factor: number): void;
  /** Moves the view to this transform (animated unless the reader asked for less motion). */
  moveTo(transform: { x: number; y: number; k: number }, options?: { animate?: boolean }): void;
  /** Moves the view as little as it can so that `bounds` (map units) lies inside `visible` (revealTransform). */
  reveal(bounds: Bounds, visible: Rect): void;
  /** The view now: translation and scale, and the surface's size in CSS pixels. */
  view(): { x: number; y: number; k: number; width: number; height: number };
  /** Whether a one-finger touch on the map moves it (always, unless the map is cooperative and not activated). */
  takesTouch(event: Event): boolean;
  destroy(): void;
}

/** Why a gesture did not move a cooperative map: the page scrolled instead. */
export type GestureHint = 'touch' | 'wheel';

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
  /**
   * A map inside someone else's page (an embed): one finger and a plain wheel scroll the page, as
   * they would over a picture; two fingers, ctrl/⌘ + wheel, or any gesture after a tap or click
   * on the map move it. A touch or press elsewhere hands the gestures back to the page.
   */
  cooperative?: boolean;
  /** A gesture scrolled the page instead of moving the map: say how to move it. */
  onGestureHint?: (hint: GestureHint) => void;
}

const DURATION = 300;

const overActorElement = (event: MouseEvent) => Boolean((event.target as Element).closest?.('[data-actor-id]'));

export function createZoom({ surface, viewport, isOverActor = overActorElement, onTransform, reducedMotion = () => false, interactive = true, cooperative = false, onGestureHint }: ZoomOptions): ZoomController {
  // Whether one finger and a plain wheel move the map; `data-gestures` tells the styles (touch-action).
  let active = !cooperative;
  const activate = (value: boolean) => {
    active = value || !cooperative;
    if (cooperative) surface.setAttribute('data-gestures', active ? 'active' : 'cooperative');
  };
  activate(false);
  // On pointerup, not click: a tap on the map is answered from its pointer events, and its click
  // may be cancelled (see recognizeTaps).
  const handleSurfacePress = () => activate(true);
  const handleElsewhere = (event: Event) => {
    if (!surface.contains(event.target as Node)) activate(false);
  };
  if (cooperative && interactive) {
    surface.addEventListener('pointerup', handleSurfacePress);
    surface.ownerDocument.addEventListener('pointerdown', handleElsewhere, true);
  }
  const size = () => {
    const rect = surface.getBoundingClientRect();
    return { width: rect.width || surface.clientWidth || 800, height: rect.height || surface.clientHeight || 600 };
  };
  const behaviour: ZoomBehavior<Element, unknown> = zoom<Element, unknown>()
    .scaleExtent([MIN_FIT_SCALE, 5])
    // A double-click zooms at once: an animated one would need d3-transition, which the map does without.
    .duration(0)
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
      if (!active && event.type === 'touchstart' && (event as TouchEvent).touches.length < 2) {
        onGestureHint?.('touch');
        return false;
      }
      if (!active && event.type === 'wheel' && !(event as WheelEvent).ctrlKey && !(event as WheelEvent).metaKey) {
        onGestureHint?.('wheel');
        return false;
      }
      return (!(event as MouseEvent).ctrlKey || event.type === 'wheel') && !(event as MouseEvent).button;
    })
    .on('zoom', (event) => {
      // A gesture takes over from an animation under way.
      if (event.sourceEvent) cancelAnimation();
      const { x, y, k } = event.transform;
      viewport?.setAttribute('transform', `translate(${x},${y}) scale(${k})`);
      onTransform?.({ x, y, k });
    });
  const selection = select(surface).call(behaviour);

  // Animated moves, by hand rather than through d3-transition (which brings d3-color and the
  // interpolators along, a tenth of the embed's weight): x, y and k eased over a few frames.
  let animation = 0;
  const cancelAnimation = () => {
    cancelAnimationFrame(animation);
    animation = 0;
  };
  const animateTo = (target: ZoomTransform, duration: number) => {
    cancelAnimation();
    const from = zoomTransform(surface);
    const started = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - started) / duration);
      const eased = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
      const k = from.k * (target.k / from.k) ** eased;
      const x = from.x + (target.x - from.x) * eased;
      const y = from.y + (target.y - from.y) * eased;
      selection.call(behaviour.transform, zoomIdentity.translate(x, y).scale(k));
      animation = t < 1 ? requestAnimationFrame(step) : 0;
    };
    animation = requestAnimationFrame(step);
  };

  const moveTo: ZoomController['moveTo'] = ({ x, y, k }, { animate = true } = {}) => {
    const target = zoomIdentity.translate(x, y).scale(k);
    if (animate && !reducedMotion()) animateTo(target, DURATION);
    else {
      cancelAnimation();
      selection.call(behaviour.transform, target);
    }
  };

  return {
    fitTo(bounds, { animate = false, duration = DURATION } = {}) {
      const { width, height } = size();
      const { x, y, k } = fitTransform(bounds, width, height, fitPadding(width, height));
      const target = zoomIdentity.translate(x, y).scale(k);
      if (animate && !reducedMotion()) animateTo(target, duration);
      else {
        cancelAnimation();
        selection.call(behaviour.transform, target);
      }
    },
    moveTo,
    takesTouch(event) {
      return active || event.type !== 'touchstart' || (event as TouchEvent).touches.length > 1;
    },
    reveal(bounds, visible) {
      const { width, height } = size();
      const target = revealTransform(zoomTransform(surface), bounds, visible, Math.min(16, fitPadding(width, height)));
      if (target) moveTo(target);
    },
    view() {
      const { x, y, k } = zoomTransform(surface);
      return { x, y, k, ...size() };
    },
    zoomBy(factor) {
      const { width, height } = size();
      const current = zoomTransform(surface);
      const [minScale, maxScale] = behaviour.scaleExtent();
      const k = Math.max(minScale, Math.min(maxScale, current.k * factor));
      // Around the middle of the view, as d3's scaleBy does.
      const target = zoomIdentity.translate(width / 2 - ((width / 2 - current.x) / current.k) * k, height / 2 - ((height / 2 - current.y) / current.k) * k).scale(k);
      if (reducedMotion()) selection.call(behaviour.transform, target);
      else animateTo(target, DURATION / 2);
    },
    destroy() {
      cancelAnimation();
      selection.on('.zoom', null);
      // d3-zoom keeps a touch gesture on the element: left there, the next zoom on this surface
      // (after a bloc opens, say) would end the old gesture's double tap and read a first tap it never saw.
      delete (surface as Element & { __zooming?: unknown }).__zooming;
      surface.removeEventListener('pointerup', handleSurfacePress);
      surface.ownerDocument.removeEventListener('pointerdown', handleElsewhere, true);
    },
  };
}
