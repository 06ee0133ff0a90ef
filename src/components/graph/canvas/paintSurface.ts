/**
 * Where a canvas map is drawn: here on the page, or in a paint worker that holds the canvas as
 * an OffscreenCanvas. Drawing thousands of lines costs tens of milliseconds a frame in script and
 * as much again in software rasterising; in the worker, neither blocks the page, so pointer,
 * keyboard and panels answer while a large layout animates. The page keeps everything else:
 * positions (for hit-testing), the view, what is selected; it sends the worker what a drawing
 * needs, and asks for a drawing at most once per frame; the worker draws the newest.
 */
import type { SimLink, SimNode } from '../../../layout/simulationGraph';
import type { RelationStatus, Stance } from '../../../model/vocabulary';
import { createCanvasPainter, type CanvasPainter, type CanvasSize, type PaintKind, type SceneParts, type Transform } from './canvasPainter';
import type { PaintGraph, PaintIndex } from './paintMap';

export interface PaintSurface {
  resize(size: CanvasSize): void;
  setScene(parts: Partial<SceneParts>): void;
  paint(transform: Transform, kind: PaintKind): void;
  /** Called once each drawing is done (in the worker: once it has been handed to the screen). */
  onPainted(listener: (kind: PaintKind) => void): void;
  /** The worker could not start or failed: the page should draw instead, on a fresh canvas. */
  onFailed(listener: () => void): void;
  destroy(): void;
}

interface SurfaceInput {
  graph: PaintGraph;
  index: PaintIndex;
  tints: ReadonlyMap<string, string>;
  scene: SceneParts;
}

export function createPageSurface(canvas: HTMLCanvasElement, input: SurfaceInput): PaintSurface {
  const painter: CanvasPainter = createCanvasPainter(canvas, input);
  const painted = new Set<(kind: PaintKind) => void>();
  return {
    resize: painter.resize,
    setScene: painter.setScene,
    paint(transform, kind) {
      painter.paint(transform, kind);
      painted.forEach((listener) => listener(kind));
    },
    onPainted: (listener) => void painted.add(listener),
    onFailed: () => {},
    destroy: () => painted.clear(),
  };
}

/** A node as the worker gets it: what a drawing reads, without positions. */
export type WorkerNode = Pick<SimNode, 'id' | 'kind' | 'radius' | 'labelLines' | 'labelWidth' | 'labelScale' | 'group'>;
/** A drawn line as the worker gets it: one relation, a group of them (relationIds), or a partOf tie (none). */
export type WorkerLink = Pick<SimLink, 'id' | 'role' | 'relationIds' | 'curveOffset'> & {
  /** Indexes into the nodes. */
  source: number;
  target: number;
};

export type PaintCommand =
  | { type: 'init'; canvas: OffscreenCanvas; nodes: WorkerNode[]; links: WorkerLink[]; relations: [string, Stance, RelationStatus][]; tints: ReadonlyMap<string, string>; scene: SceneParts }
  | { type: 'resize'; size: CanvasSize }
  | { type: 'scene'; parts: Partial<SceneParts> }
  /** `positions`: x, y and 1 for a pinned actor (0 otherwise), per node in order; sent with full drawings. */
  | { type: 'paint'; transform: Transform; kind: PaintKind; positions?: Float64Array };
export type PaintReply = { type: 'painted'; kind: PaintKind } | { type: 'failed'; message: string };

/** Can this page hand a canvas to a worker? Not in one-file builds (no second file to start one from). */
export function canPaintInWorker(): boolean {
  return !import.meta.env.SINGLE_FILE && typeof Worker !== 'undefined' && typeof HTMLCanvasElement !== 'undefined' && 'transferControlToOffscreen' in HTMLCanvasElement.prototype;
}

export function createWorkerSurface(canvas: HTMLCanvasElement, { graph, index, tints, scene }: SurfaceInput, startWorker: () => Worker): PaintSurface {
  const painted = new Set<(kind: PaintKind) => void>();
  const failed = new Set<() => void>();
  // Started first: a worker that cannot start throws before the canvas is handed over for good.
  const worker = startWorker();
  const offscreen = canvas.transferControlToOffscreen();
  const post = (command: PaintCommand, transfer: Transferable[] = []) => worker.postMessage(command, transfer);
  const nodeIndex = new Map(graph.nodes.map((node, i) => [node, i]));
  post(
    {
      type: 'init',
      canvas: offscreen,
      nodes: graph.nodes.map(({ id, kind, radius, labelLines, labelWidth, labelScale, group }) => ({ id, kind, radius, labelLines, labelWidth, labelScale, group })),
      links: graph.links.map(({ id, role, relationIds, source, target, curveOffset }) => ({ id, role, relationIds, source: nodeIndex.get(source)!, target: nodeIndex.get(target)!, curveOffset })),
      relations: graph.links.flatMap((link) =>
        link.relationIds.flatMap((id) => {
          const relation = index.relationsById.get(id);
          return relation ? [[id, relation.stance, relation.status] as [string, Stance, RelationStatus]] : [];
        }),
      ),
      tints,
      scene,
    },
    [offscreen],
  );

  const positions = () => {
    const packed = new Float64Array(graph.nodes.length * 3);
    graph.nodes.forEach((node, i) => {
      packed[3 * i] = node.x ?? 0;
      packed[3 * i + 1] = node.y ?? 0;
      packed[3 * i + 2] = node.fx == null ? 0 : 1;
    });
    return packed;
  };
  // Asked for at most once a page frame (CanvasMap schedules), and never waited on: the worker
  // folds what arrives during a drawing into its next one (paintReceiver.ts).
  const send = (transform: Transform, kind: PaintKind) => {
    if (kind === 'full') {
      const packed = positions();
      post({ type: 'paint', transform, kind, positions: packed }, [packed.buffer]);
    } else post({ type: 'paint', transform, kind });
  };
  let alive = true;
  const fail = () => {
    if (!alive) return;
    alive = false;
    worker.terminate();
    failed.forEach((listener) => listener());
  };
  worker.onmessage = ({ data }: MessageEvent<PaintReply>) => {
    if (data.type === 'failed') return fail();
    painted.forEach((listener) => listener(data.kind));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    fail();
  };

  return {
    resize: (size) => post({ type: 'resize', size }),
    setScene: (parts) => post({ type: 'scene', parts }),
    paint(transform, kind) {
      if (alive) send(transform, kind);
    },
    onPainted: (listener) => void painted.add(listener),
    onFailed: (listener) => void failed.add(listener),
    destroy() {
      alive = false;
      painted.clear();
      failed.clear();
      worker.terminate();
    },
  };
}
