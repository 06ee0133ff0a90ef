/**
 * The paint worker's side of the conversation (paintWorker.ts wires it to the worker's messages):
 * rebuilds from the page's messages only what a drawing reads, and draws at most once per worker
 * animation frame, the newest request. The page may ask every frame without waiting for an
 * answer: requests that arrive while a drawing is under way are folded into the next one (a full
 * drawing asked for meanwhile is never downgraded to a move), so none queue up behind it.
 */
import type { SimLink, SimNode } from '../../../layout/simulationGraph';
import { createCanvasPainter, type CanvasPainter, type PaintKind, type Transform } from './canvasPainter';
import type { PaintGraph, PaintIndex } from './paintMap';
import type { PaintCommand, PaintReply } from './paintSurface';

export function createPaintReceiver({ requestFrame, reply, createPainter = createCanvasPainter }: { requestFrame: (callback: () => void) => void; reply: (message: PaintReply) => void; createPainter?: typeof createCanvasPainter }) {
  let painter: CanvasPainter | null = null;
  let nodes: SimNode[] = [];
  let due: { transform: Transform; kind: PaintKind } | null = null;
  let frameRequested = false;

  const paintDue = () => {
    frameRequested = false;
    if (!painter || !due) return;
    const { transform, kind } = due;
    due = null;
    try {
      painter.paint(transform, kind);
      reply({ type: 'painted', kind });
    } catch (error) {
      reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (command: PaintCommand) => {
    try {
      if (command.type === 'init') {
        nodes = command.nodes.map((node) => ({ ...node }));
        const links: SimLink[] = command.links.map(({ source, target, ...link }) => ({ ...link, source: nodes[source]!, target: nodes[target]! }));
        const graph: PaintGraph = { nodes, links, nodeById: new Map(nodes.map((node) => [node.id, node])) };
        const index: PaintIndex = {
          relationsById: new Map(command.relations.map(([id, stance, status]) => [id, { stance, status }])),
          actorsById: new Map(nodes.map((node) => [node.id, { kind: node.kind }])),
        };
        painter = createPainter(command.canvas, { graph, index, tints: command.tints, scene: command.scene });
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
        due = { transform: command.transform, kind: command.kind === 'full' || due?.kind === 'full' ? 'full' : 'moved' };
        if (!frameRequested) {
          frameRequested = true;
          requestFrame(paintDue);
        }
      }
    } catch (error) {
      reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
}
