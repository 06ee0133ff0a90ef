import { describe, expect, it } from 'vitest';
import { paintMap, type PaintScene } from '../../src/components/graph/canvas/paintMap';
import type { SimLink, SimNode } from '../../src/layout/simulationGraph';
import { lineWidth } from '../../src/model/relationLines';

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

/** A 2D context that records each stroke's width and colour, and the text it writes. */
function strokeRecorder() {
  const strokes: { width: number; colour: string; moves: number }[] = [];
  const texts: { text: string; font: string }[] = [];
  const state: Record<string, unknown> = { lineWidth: 1, strokeStyle: '#000', font: '' };
  let moves = 0;
  const context = new Proxy(
    {
      beginPath: () => (moves = 0),
      moveTo: () => moves++,
      stroke: () => strokes.push({ width: state.lineWidth as number, colour: state.strokeStyle as string, moves }),
      fillText: (text: string) => texts.push({ text, font: state.font as string }),
      measureText: (text: string) => ({ width: text.length * 6 }),
    } as Record<string, unknown>,
    {
      get: (target, key: string) => (key in target ? target[key] : key in state ? state[key] : () => {}),
      set: (_target, key: string, value) => ((state[key] = value), true),
    },
  );
  return { context: context as unknown as CanvasRenderingContext2D, strokes, texts };
}

/** Two actors with three hostile relations drawn as one line (`grouped`) or three (`all`), at scale k. */
function hostileScene(k: number, lines: 'grouped' | 'all', visible = ['h1', 'h2', 'h3']): PaintScene {
  const scene = sceneAt(k, false);
  const [a, b] = scene.graph.nodes as [SimNode, SimNode];
  const ids = ['h1', 'h2', 'h3'];
  const links: SimLink[] =
    lines === 'grouped'
      ? [{ id: 'lines:a>b:hostility', role: 'relation', relationIds: ids, source: a, target: b, curveOffset: 0 }]
      : ids.map((id, i) => ({ id, role: 'relation', relationIds: [id], source: a, target: b, curveOffset: (i - 1) * 26 }));
  return {
    ...scene,
    graph: { ...scene.graph, links },
    index: { relationsById: new Map(ids.map((id) => [id, { stance: 'hostility', status: 'ongoing' }] as const)), actorsById: new Map() },
    visibility: { actorIds: new Set(['a', 'b']), relationIds: new Set(visible) },
  };
}

const HOSTILE = '#D55E00';
const hostileLines = (strokes: { width: number; colour: string; moves: number }[]) => strokes.filter((stroke) => stroke.colour === HOSTILE && stroke.width > 2);

describe('the canvas map’s grouped lines', () => {
  it('draw a group as one line as wide as the SVG map draws it, with its count once zoomed in far enough to read', () => {
    const { context, strokes, texts } = strokeRecorder();
    paintMap(context, hostileScene(1, 'grouped'));
    expect(hostileLines(strokes)).toEqual([{ width: lineWidth(3), colour: HOSTILE, moves: 1 }]);
    expect(texts.filter(({ text }) => text === '3')).toEqual([{ text: '3', font: '700 12px sans-serif' }]);
  });

  it('leave the count out where it would be under 10 px', () => {
    const { context, strokes, texts } = strokeRecorder();
    paintMap(context, hostileScene(0.8, 'grouped'));
    expect(hostileLines(strokes)).toEqual([{ width: lineWidth(3), colour: HOSTILE, moves: 1 }]);
    expect(texts.map(({ text }) => text)).not.toContain('3');
  });

  it('count only the relations the filters show', () => {
    const { context, strokes, texts } = strokeRecorder();
    paintMap(context, hostileScene(1, 'grouped', ['h1', 'h3']));
    expect(hostileLines(strokes)).toEqual([{ width: lineWidth(2), colour: HOSTILE, moves: 1 }]);
    expect(texts.map(({ text }) => text)).toContain('2');
  });

  it('draw every relation apart, thin and without a count, when lines are all drawn', () => {
    const { context, strokes, texts } = strokeRecorder();
    paintMap(context, hostileScene(1, 'all'));
    expect(hostileLines(strokes)).toEqual([{ width: lineWidth(1), colour: HOSTILE, moves: 3 }]);
    expect(texts.map(({ text }) => text)).not.toContain('3');
  });
});

/** Many actors in a ring, each with a dashed, proposed (hollow-headed) offer to the next: `lines` lines at scale k. */
function crowdedScene(lines: number, layoutMoving: boolean): PaintScene {
  const base = sceneAt(2, layoutMoving);
  const nodes = Array.from({ length: lines }, (_, i): SimNode => ({ id: `n${i}`, kind: 'state', radius: 10, labelLines: [`n${i}`], labelWidth: 20, labelScale: 1, group: 'g', x: 200 * Math.cos(i), y: 200 * Math.sin(i) }));
  const links: SimLink[] = nodes.map((node, i) => ({ id: `r${i}`, role: 'relation', relationIds: [`r${i}`], source: node, target: nodes[(i + 1) % lines]!, curveOffset: 0 }));
  return {
    ...base,
    graph: { nodes, links, nodeById: new Map(nodes.map((n) => [n.id, n])) },
    index: { relationsById: new Map(links.map((link) => [link.id, { stance: 'offer', status: 'proposed' }] as const)), actorsById: new Map() },
    visibility: { actorIds: new Set(nodes.map((n) => n.id)), relationIds: new Set(links.map((link) => link.id)) },
    transform: { x: 400, y: 300, k: 2 },
  };
}

/** Records the dash pattern of every stroke and counts the filled triangles (arrowheads). */
function detailRecorder() {
  const dashes: number[][] = [];
  let dash: number[] = [];
  let corners = 0;
  let triangles = 0;
  const context = new Proxy(
    {
      setLineDash: (pattern: number[]) => (dash = pattern),
      beginPath: () => (corners = 0),
      moveTo: () => (corners = 1),
      lineTo: () => corners++,
      stroke: () => dashes.push(dash),
      fill: () => (triangles += corners >= 4 ? 1 : 0),
      measureText: (text: string) => ({ width: text.length * 6 }),
    } as Record<string, unknown>,
    { get: (target, key: string) => (key in target ? target[key] : () => {}), set: () => true },
  );
  return { context: context as unknown as CanvasRenderingContext2D, dashed: () => dashes.filter((pattern) => pattern.length > 0 && pattern[0]! > 1).length, arrowheads: () => triangles };
}

describe('a crowded canvas map while its layout moves', () => {
  it('draws over a thousand lines plain, without dashes or arrowheads, and brings them back at rest', () => {
    const moving = detailRecorder();
    paintMap(moving.context, crowdedScene(1200, true));
    expect(moving.dashed()).toBe(0);
    expect(moving.arrowheads()).toBe(0);

    const resting = detailRecorder();
    paintMap(resting.context, crowdedScene(1200, false));
    expect(resting.dashed()).toBeGreaterThan(0);
    expect(resting.arrowheads()).toBeGreaterThan(0);
  });

  it('keeps the detail of a few hundred moving lines, big enough to read', () => {
    const recorder = detailRecorder();
    paintMap(recorder.context, crowdedScene(300, true));
    expect(recorder.dashed()).toBeGreaterThan(0);
    expect(recorder.arrowheads()).toBeGreaterThan(0);
  });
});
