/**
 * Dragging an actor pins it where it is dropped; a double-click releases it. A press that does not
 * move is a click: it neither pins the actor nor wakes the layout.
 */
import type { LayoutEngine } from '../layout/layoutEngine';
import type { SimNode } from '../layout/simulationGraph';
import { CLICK_DISTANCE, createDrag } from './createDrag';

interface Point {
  x: number;
  y: number;
}

export interface ActorDragOptions {
  /** The SVG viewport group, or the canvas. */
  container: HTMLElement | SVGGElement;
  /** The actor under a pointer event, if any. */
  actorAt(event: MouseEvent): SimNode | undefined;
  /** From the container's coordinates to the map's: the SVG viewport's are the map's already. */
  toMap?(point: Point): Point;
  engine: Pick<LayoutEngine, 'pin' | 'release'>;
  /** The layout should run while an actor is dragged (target > 0) and come to rest after (0). */
  wake(alphaTarget: number): void;
  /** An actor moved: paint it. */
  onMove(): void;
  /** An actor was pinned or released, for renderers that show pins. */
  onPinChange?(node: SimNode, pinned: boolean): void;
}

export function createActorDrag({ container, actorAt, toMap = (point) => point, engine, wake, onMove, onPinChange }: ActorDragOptions): { destroy(): void } {
  let pressedAt: Point | null = null;
  let dragging = false;
  const drag = createDrag<SimNode>({
    container,
    subjectAt: actorAt,
    onStart: (_node, point) => {
      pressedAt = point;
      dragging = false;
    },
    onDrag: (node, point) => {
      if (!dragging) {
        if (!pressedAt || Math.hypot(point.x - pressedAt.x, point.y - pressedAt.y) < CLICK_DISTANCE) return;
        dragging = true;
        wake(0.25);
      }
      const at = toMap(point);
      engine.pin(node, at.x, at.y);
      onMove();
    },
    onEnd: (node) => {
      if (!dragging) return;
      dragging = false;
      wake(0);
      onPinChange?.(node, true);
    },
  });
  const release = (event: MouseEvent) => {
    const node = actorAt(event);
    if (!node || node.fx == null) return;
    engine.release(node);
    onPinChange?.(node, false);
    wake(0);
  };
  container.addEventListener('dblclick', release as EventListener);
  return {
    destroy() {
      drag.destroy();
      container.removeEventListener('dblclick', release as EventListener);
    },
  };
}
