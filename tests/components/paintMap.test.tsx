import { describe, expect, it } from 'vitest';
import { paintMap, type PaintScene } from '../../src/components/graph/canvas/paintMap';
import type { SimLink, SimNode } from '../../src/layout/simulationGraph';

/** A 2D context that records what is filled: each fill with the points of the path it fills. */
function recordingContext() {
  const fills: { x: number; y: number }[][] = [];
  let path: { x: number; y: number }[] = [];
  const record = (x: number, y: number) => path.push({ x, y });
  const context = new Proxy(
    {
      beginPath: () => (path = []),
      moveTo: record,
      lineTo: record,
      fill: () => fills.push(path),
      measureText: (text: string) => ({ width: text.length * 6 }),
    } as Record<string, unknown>,
    { get: (target, key: string) => (key in target ? target[key] : () => {}), set: () => true },
  );
  return { context: context as unknown as CanvasRenderingContext2D, fills };
}

function sceneAt(k: number, layoutMoving: boolean): PaintScene {
  const node = (id: string, x: number): SimNode => ({ id, kind: 'state', radius: 10, labelLines: [id], labelWidth: 20, labelScale: 1, group: id, x, y: 0 });
  const nodes = [node('a', 0), node('b', 400)];
  const links: SimLink[] = [{ id: 'r1', role: 'relation', relationIds: ['r1'], source: nodes[0]!, target: nodes[1]!, curveOffset: 0 }];
  return {
    graph: { nodes, links, nodeById: new Map(nodes.map((n) => [n.id, n])) },
    index: { relationsById: new Map([['r1', { stance: 'support', status: 'ongoing' }]]), actorsById: new Map() },
    visibility: { actorIds: new Set(['a', 'b']), relationIds: new Set(['r1']) },
    neighbourhood: null,
    selection: null,
    cursor: null,
    tints: new Map(),
    colours: { background: '#fff', text: '#000', nodeStroke: '#000', focus: '#00f', muted: '#666', fontFamily: 'sans-serif' },
    transform: { x: 100, y: 100, k },
    width: 800,
    height: 600,
    pixelRatio: 1,
    layoutMoving,
  };
}

/** Fills whose path is a triangle pointing at the target actor's edge: arrowheads. */
const arrowheads = (fills: { x: number; y: number }[][]) => fills.filter((points) => points.length === 4 && points[0]!.x === points[3]!.x && points[0]!.x > 300);

describe('the canvas map’s arrowheads', () => {
  it('are drawn once a few pixels long, and left out while the layout moves until they are readable', () => {
    // 11 map units long: 4.4 pixels at scale 0.4, 8.8 at 0.8.
    for (const [k, moving, expected] of [[0.4, false, 1], [0.4, true, 0], [0.8, true, 1], [0.2, false, 0]] as const) {
      const { context, fills } = recordingContext();
      paintMap(context, sceneAt(k, moving));
      expect(arrowheads(fills), `scale ${k}, ${moving ? 'moving' : 'at rest'}`).toHaveLength(expected);
    }
  });
});
