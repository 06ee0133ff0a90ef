/// <reference lib="webworker" />
/**
 * The paint worker: holds a large map's canvas (an OffscreenCanvas the page handed over) and
 * draws it when the page asks, so neither the drawing script nor software rasterising blocks the
 * page. It rebuilds from the page's messages only what a drawing reads.
 */
import type { SimLink, SimNode } from '../../../layout/simulationGraph';
import { createCanvasPainter, type CanvasPainter } from './canvasPainter';
import type { PaintGraph, PaintIndex } from './paintMap';
import type { PaintCommand, PaintReply } from './paintSurface';

declare const self: DedicatedWorkerGlobalScope;

let painter: CanvasPainter | null = null;
let nodes: SimNode[] = [];
const reply = (message: PaintReply) => self.postMessage(message);

self.onmessage = ({ data: command }: MessageEvent<PaintCommand>) => {
  try {
    if (command.type === 'init') {
      nodes = command.nodes.map((node) => ({ ...node }));
      const links: SimLink[] = command.links.map(({ source, target, ...link }) => ({ ...link, source: nodes[source]!, target: nodes[target]! }));
      const graph: PaintGraph = { nodes, links, nodeById: new Map(nodes.map((node) => [node.id, node])) };
      const index: PaintIndex = {
        relationsById: new Map(command.relations.map(([id, stance, status]) => [id, { stance, status }])),
        actorsById: new Map(nodes.map((node) => [node.id, { kind: node.kind }])),
      };
      painter = createCanvasPainter(command.canvas, { graph, index, tints: command.tints, scene: command.scene });
      return;
    }
    if (!painter) return;
    if (command.type === 'resize') painter.resize(command.size);
    else if (command.type === 'scene') painter.setScene(command.parts);
    else {
      const { positions } = command;
      if (positions) {
        nodes.forEach((node, i) => {
          node.x = positions[3 * i]!;
          node.y = positions[3 * i + 1]!;
          node.fx = positions[3 * i + 2] ? node.x : null;
        });
      }
      painter.paint(command.transform, command.kind);
      reply({ type: 'painted', kind: command.kind });
    }
  } catch (error) {
    reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
