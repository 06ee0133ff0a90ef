/**
 * Writes simulation positions straight to the registered SVG elements, at most once per
 * animation frame, without going through React. Runs every frame while the layout moves.
 */
import { edgeGeometry } from '../../layout/edgeGeometry';
import type { SimLink, SimNode, SimulationGraph } from '../../layout/simulationGraph';

interface EdgeParts {
  paths: SVGPathElement[];
  mark: SVGGElement | null;
}

export interface TickPainter {
  registerNode(id: string, element: SVGGElement | null): void;
  /** A line's element; `key` tells apart two elements of one line (its hit area is in a layer of its own). */
  registerEdge(id: string, element: SVGGElement | null, key?: string): void;
  /** Paints on the next animation frame; repeated calls within a frame paint once. */
  schedule(): void;
  /** Paints now, and drops a paint scheduled for the next frame. */
  flush(): void;
  destroy(): void;
}

export function createTickPainter(graph: SimulationGraph): TickPainter {
  const nodeElements = new Map<string, SVGGElement>();
  const edgeElements = new Map<string, EdgeParts & { linkId: string }>();
  let frame = 0;

  const paintNode = (node: SimNode, element: SVGGElement) => {
    element.setAttribute('transform', nodeTransform(node));
  };
  const paintEdge = (link: SimLink, parts: EdgeParts) => {
    const geometry = linkGeometry(link);
    for (const path of parts.paths) path.setAttribute('d', geometry.path);
    parts.mark?.setAttribute('transform', geometry.markTransform);
  };

  const paintNow = () => {
    frame = 0;
    for (const [id, element] of nodeElements) {
      const node = graph.nodeById.get(id);
      if (node) paintNode(node, element);
    }
    for (const parts of edgeElements.values()) {
      const link = graph.linkById.get(parts.linkId);
      if (link) paintEdge(link, parts);
    }
  };

  return {
    registerNode(id, element) {
      if (!element) return void nodeElements.delete(id);
      // Already in place: elements render with their position (nodeTransform); the painter moves them on ticks.
      nodeElements.set(id, element);
    },
    registerEdge(id, element, key = id) {
      if (!element) return void edgeElements.delete(key);
      const parts = { linkId: id, paths: [...element.querySelectorAll<SVGPathElement>('path[data-geometry]')], mark: element.querySelector<SVGGElement>('[data-status-mark]') };
      edgeElements.set(key, parts);
    },
    schedule() {
      if (frame === 0) frame = requestAnimationFrame(paintNow);
    },
    flush() {
      if (frame !== 0) cancelAnimationFrame(frame);
      paintNow();
    },
    destroy() {
      if (frame !== 0) cancelAnimationFrame(frame);
      nodeElements.clear();
      edgeElements.clear();
    },
  };
}

const round = (value: number | undefined) => Math.round((value ?? 0) * 10) / 10;

/**
 * Where an actor is drawn. Elements also carry it from their first render, so a map rendered
 * without running any script (the prerendered first frame) is already in place.
 */
export const nodeTransform = (node: Pick<SimNode, 'x' | 'y'>) => `translate(${round(node.x)},${round(node.y)})`;

/** Where a line and its status mark are drawn; see nodeTransform. */
export function linkGeometry(link: Pick<SimLink, 'source' | 'target' | 'curveOffset'>): { path: string; markTransform: string } {
  const geometry = edgeGeometry(
    { x: link.source.x ?? 0, y: link.source.y ?? 0, radius: link.source.radius },
    { x: link.target.x ?? 0, y: link.target.y ?? 0, radius: link.target.radius },
    link.curveOffset,
  );
  return { path: geometry.path, markTransform: nodeTransform(geometry.mid) };
}
