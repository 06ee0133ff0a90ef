/// <reference lib="webworker" />
/**
 * The paint worker: holds a large map's canvas (an OffscreenCanvas the page handed over) and
 * draws it when the page asks, so neither the drawing script nor software rasterising blocks the
 * page. What it does with each message is in paintReceiver.ts.
 */
import { createPaintReceiver } from './paintReceiver';
import type { PaintCommand, PaintReply } from './paintSurface';

declare const self: DedicatedWorkerGlobalScope;

const receive = createPaintReceiver({
  // A worker holding an OffscreenCanvas has animation frames of its own.
  requestFrame: (callback) => self.requestAnimationFrame(callback),
  reply: (message: PaintReply) => self.postMessage(message),
});
self.onmessage = ({ data }: MessageEvent<PaintCommand>) => receive(data);
