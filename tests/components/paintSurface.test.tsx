import { createPaintReceiver } from '../../src/components/graph/canvas/paintReceiver';
import { createWorkerSurface, type PaintCommand, type PaintReply } from '../../src/components/graph/canvas/paintSurface';
import type { SimLink, SimNode } from '../../src/layout/simulationGraph';

/** A worker that keeps what it is sent and answers only when the test says so. */
function fakeWorker() {
  const sent: PaintCommand[] = [];
  const worker = {
    postMessage: (command: PaintCommand) => sent.push(command),
    terminate: vi.fn(),
    onmessage: null as ((event: MessageEvent<PaintReply>) => void) | null,
    onerror: null as ((event: Event) => void) | null,
  };
  const answer = (reply: PaintReply) => worker.onmessage!({ data: reply } as MessageEvent<PaintReply>);
  return { worker, sent, answer };
}

function graph() {
  const node = (id: string, x: number, y: number): SimNode => ({ id, kind: 'state', radius: 10, labelLines: [id], labelWidth: 20, labelScale: 1, group: id, x, y });
  const nodes = [node('a', 1, 2), node('b', 3, 4)];
  const links: SimLink[] = [{ id: 'r1', role: 'relation', relationIds: ['r1'], source: nodes[0]!, target: nodes[1]!, curveOffset: 0 }];
  return { nodes, links, nodeById: new Map(nodes.map((n) => [n.id, n])) };
}

function surfaceWith(fake: ReturnType<typeof fakeWorker>, painted: string[] = []) {
  const canvas = { transferControlToOffscreen: () => ({ offscreen: true }) } as unknown as HTMLCanvasElement;
  const map = graph();
  const surface = createWorkerSurface(
    canvas,
    {
      graph: map,
      index: { relationsById: new Map([['r1', { stance: 'support', status: 'ongoing' }]]), actorsById: new Map() },
      tints: new Map(),
      scene: { visibility: { actorIds: new Set(['a', 'b']), relationIds: new Set(['r1']) }, neighbourhood: null, selection: null, cursor: null, colours: { background: '#fff', text: '#000', nodeStroke: '#000', focus: '#00f', muted: '#666', fontFamily: 'sans-serif' }, layoutMoving: false },
    },
    () => fake.worker as unknown as Worker,
  );
  surface.onPainted((kind) => painted.push(kind));
  return { surface, map };
}

const paints = (sent: PaintCommand[]) => sent.filter((command): command is Extract<PaintCommand, { type: 'paint' }> => command.type === 'paint');
const view = (k: number) => ({ x: 0, y: 0, k });

describe('drawing in the paint worker', () => {
  it('hands over the canvas with what a drawing reads, relations by index into the actors', () => {
    const fake = fakeWorker();
    surfaceWith(fake);
    const init = fake.sent[0] as Extract<PaintCommand, { type: 'init' }>;
    expect(init.type).toBe('init');
    expect(init.nodes.map((node) => node.id)).toEqual(['a', 'b']);
    expect(init.links).toEqual([{ id: 'r1', role: 'relation', relationIds: ['r1'], source: 0, target: 1, curveOffset: 0 }]);
    expect(init.relations).toEqual([['r1', 'support', 'ongoing']]);
  });

  it('hands over a grouped line with the relations it draws, and each of them for their looks', () => {
    const fake = fakeWorker();
    const canvas = { transferControlToOffscreen: () => ({}) } as unknown as HTMLCanvasElement;
    const { nodes, nodeById } = graph();
    const links: SimLink[] = [{ id: 'lines:a>b:hostility', role: 'relation', relationIds: ['h1', 'h2'], source: nodes[0]!, target: nodes[1]!, curveOffset: 0 }];
    const relationsById = new Map([
      ['h1', { stance: 'hostility', status: 'ongoing' }],
      ['h2', { stance: 'hostility', status: 'threatened' }],
    ] as const);
    createWorkerSurface(canvas, { graph: { nodes, links, nodeById }, index: { relationsById, actorsById: new Map() }, tints: new Map(), scene: {} as never }, () => fake.worker as unknown as Worker);
    const init = fake.sent[0] as Extract<PaintCommand, { type: 'init' }>;
    expect(init.links).toEqual([{ id: 'lines:a>b:hostility', role: 'relation', relationIds: ['h1', 'h2'], source: 0, target: 1, curveOffset: 0 }]);
    expect(init.relations).toEqual([
      ['h1', 'hostility', 'ongoing'],
      ['h2', 'hostility', 'threatened'],
    ]);
  });

  it('sends positions with full drawings (pinned actors flagged), none with moves', () => {
    const fake = fakeWorker();
    const painted: string[] = [];
    const { surface, map } = surfaceWith(fake, painted);
    map.nodes[1]!.fx = 3;
    surface.paint(view(1), 'full');
    expect([...paints(fake.sent)[0]!.positions!]).toEqual([1, 2, 0, 3, 4, 1]);
    surface.paint(view(2), 'moved');
    expect(paints(fake.sent)[1]).toEqual({ type: 'paint', transform: view(2), kind: 'moved' });
    fake.answer({ type: 'painted', kind: 'full' });
    expect(painted).toEqual(['full']);
  });

  it('gives up on a worker that fails, and says so, so the page can draw instead', () => {
    const fake = fakeWorker();
    const { surface } = surfaceWith(fake);
    const failed = vi.fn();
    surface.onFailed(failed);
    fake.answer({ type: 'failed', message: 'no 2d context' });
    expect(failed).toHaveBeenCalledOnce();
    expect(fake.worker.terminate).toHaveBeenCalled();
    surface.paint(view(1), 'full');
    expect(paints(fake.sent)).toHaveLength(0);
  });
});

describe('the paint worker’s side', () => {
  function receiverWith() {
    const frames: (() => void)[] = [];
    const replies: PaintReply[] = [];
    const drawings: { transform: { k: number }; kind: string; firstX: number | undefined }[] = [];
    let nodes: SimNode[] = [];
    const receive = createPaintReceiver({
      requestFrame: (callback) => frames.push(callback),
      reply: (message) => replies.push(message),
      createPainter: (_canvas, { graph }) => {
        nodes = graph.nodes;
        return { resize: () => {}, setScene: () => {}, paint: (transform, kind) => drawings.push({ transform, kind, firstX: nodes[0]!.x }) };
      },
    });
    const map = graph();
    receive({
      type: 'init',
      canvas: {} as OffscreenCanvas,
      nodes: map.nodes.map(({ id, kind, radius, labelLines, labelWidth, labelScale, group }) => ({ id, kind, radius, labelLines, labelWidth, labelScale, group })),
      links: [{ id: 'r1', role: 'relation', relationIds: ['r1'], source: 0, target: 1, curveOffset: 0 }],
      relations: [['r1', 'support', 'ongoing']],
      tints: new Map(),
      scene: {} as never,
    });
    const nextFrame = () => frames.splice(0).forEach((callback) => callback());
    return { receive, nextFrame, replies, drawings };
  }

  it('draws once a frame, the newest request, full if any request since the last drawing was full, with the newest positions', () => {
    const { receive, nextFrame, replies, drawings } = receiverWith();
    receive({ type: 'paint', transform: view(1), kind: 'full', positions: new Float64Array([5, 0, 0, 6, 0, 0]) });
    receive({ type: 'paint', transform: view(2), kind: 'moved' });
    receive({ type: 'paint', transform: view(3), kind: 'full', positions: new Float64Array([7, 0, 0, 8, 0, 0]) });
    receive({ type: 'paint', transform: view(4), kind: 'moved' });
    expect(drawings).toEqual([]);
    nextFrame();
    expect(drawings).toEqual([{ transform: view(4), kind: 'full', firstX: 7 }]);
    expect(replies).toEqual([{ type: 'painted', kind: 'full' }]);

    // Moves alone stay moves.
    receive({ type: 'paint', transform: view(5), kind: 'moved' });
    nextFrame();
    expect(drawings[1]).toMatchObject({ transform: view(5), kind: 'moved' });
    nextFrame();
    expect(drawings).toHaveLength(2);
  });
});
