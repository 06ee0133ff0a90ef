/**
 * Draws a map on one canvas, on whichever thread holds it: the page's canvas, or in the paint
 * worker the OffscreenCanvas the page handed over. It keeps what a drawing needs between frames
 * (the scene, the size) and the last full drawing, to move and scale while a gesture pans or
 * zooms. When to draw is the page's business (CanvasMap); this only draws when told.
 */
import { paintMap, type PaintGraph, type PaintIndex, type PaintScene } from './paintMap';

type AnyCanvas = HTMLCanvasElement | OffscreenCanvas;
type AnyContext = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** What changes with the reader's actions, not with every frame. */
export type SceneParts = Pick<PaintScene, 'visibility' | 'neighbourhood' | 'selection' | 'cursor' | 'colours' | 'layoutMoving'>;
export interface CanvasSize {
  width: number;
  height: number;
  pixelRatio: number;
}
export type Transform = PaintScene['transform'];
/** `full`: draw everything; `moved`: only the view moved (a gesture), so move the last drawing. */
export type PaintKind = 'full' | 'moved';

export interface CanvasPainter {
  resize(size: CanvasSize): void;
  setScene(parts: Partial<SceneParts>): void;
  paint(transform: Transform, kind: PaintKind): void;
}

const spareCanvas = (): AnyCanvas => (typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(1, 1) : document.createElement('canvas'));

export function createCanvasPainter(canvas: AnyCanvas, { graph, index, tints, scene }: { graph: PaintGraph; index: PaintIndex; tints: ReadonlyMap<string, string>; scene: SceneParts }): CanvasPainter {
  const context = canvas.getContext('2d') as AnyContext | null;
  let parts = scene;
  let size: CanvasSize = { width: 800, height: 600, pixelRatio: 1 };
  // The last full drawing, kept to be moved and scaled while a gesture pans or zooms: a copy of
  // pixels costs the same at 50 actors or 10,000. Copied only when a gesture first needs it, so
  // the frames of a running layout, all drawn in full, do not pay for a copy each.
  let snapshot: AnyCanvas | null = null;
  let snapshotTransform: Transform | null = null;
  let lastFull: Transform | null = null;

  const moveLastDrawing = (transform: Transform): boolean => {
    if (!context) return false;
    if (lastFull) {
      snapshot ??= spareCanvas();
      snapshot.width = canvas.width;
      snapshot.height = canvas.height;
      (snapshot.getContext('2d') as AnyContext | null)?.drawImage(canvas, 0, 0);
      snapshotTransform = lastFull;
      lastFull = null;
    }
    if (!snapshot || !snapshotTransform) return false;
    const scale = transform.k / snapshotTransform.k;
    const { pixelRatio } = size;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.fillStyle = parts.colours.background;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.setTransform(scale, 0, 0, scale, pixelRatio * (transform.x - scale * snapshotTransform.x), pixelRatio * (transform.y - scale * snapshotTransform.y));
    context.drawImage(snapshot, 0, 0);
    return true;
  };

  return {
    resize(next) {
      size = next;
      // Crisp on high-density screens: one canvas pixel per device pixel.
      canvas.width = Math.round(size.width * size.pixelRatio);
      canvas.height = Math.round(size.height * size.pixelRatio);
      lastFull = snapshotTransform = null;
    },
    setScene(changes) {
      parts = { ...parts, ...changes };
    },
    paint(transform, kind) {
      if (!context) return;
      if (kind === 'moved' && moveLastDrawing(transform)) return;
      // paintMap is written for the page's context; an OffscreenCanvas's has the same drawing calls.
      paintMap(context as CanvasRenderingContext2D, { graph, index, tints, ...parts, transform, ...size });
      lastFull = { ...transform };
      snapshotTransform = null;
    },
  };
}
