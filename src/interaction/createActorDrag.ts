/**
 * Dragging an actor pins it where it is dropped; a double-click releases it. A press that does not
 * move is a click: it neither pins the actor nor wakes the layout. Mutates the graph's nodes
 * (fx, fy), which is how d3-force is told about pins.
 */
import type { SimNode, SimulationGraph } from '../layout/simulationGraph';
import { CLICK_DISTANCE, createDrag } from './createDrag';

export interface ActorDragOptions {
  viewport: SVGGElement;
  graph: SimulationGraph;
  /** The layout should run while an actor is dragged (target > 0) and come to rest after (0). */
  wake(alphaTarget: number): void;
  /** An actor moved: paint it. */
  onMove(): void;
}

export function createActorDrag({ viewport, graph, wake, onMove }: ActorDragOptions): { destroy(): void } {
  const elementOf = (node: SimNode) => viewport.querySelector(`[data-actor-id="${node.id}"]`);
  let pressedAt: { x: number; y: number } | null = null;
  let dragging = false;
  const drag = createDrag<SimNode>({
    container: viewport,
    subjectAt: (target) => {
      const id = target.closest?.('[data-actor-id]')?.getAttribute('data-actor-id');
      return id ? graph.nodeById.get(id) : undefined;
    },
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
      node.fx = node.x = point.x;
      node.fy = node.y = point.y;
      onMove();
    },
    onEnd: (node) => {
      if (!dragging) return;
      dragging = false;
      wake(0);
      elementOf(node)?.setAttribute('data-pinned', 'true');
    },
  });
  const release = (event: MouseEvent) => {
    const id = (event.target as Element).closest?.('[data-actor-id]')?.getAttribute('data-actor-id');
    const node = id ? graph.nodeById.get(id) : undefined;
    if (!node || node.fx == null) return;
    node.fx = node.fy = null;
    elementOf(node)?.removeAttribute('data-pinned');
    wake(0);
  };
  viewport.addEventListener('dblclick', release);
  return {
    destroy() {
      drag.destroy();
      viewport.removeEventListener('dblclick', release);
    },
  };
}
