/**
 * Draws the map on a 2D canvas: the same marks as the SVG map (stance by colour and dash, status by
 * arrowhead and mid-line mark, kind by shape, group by tint, emphasis by fading the rest), batched
 * so that thousands of lines cost a few strokes, and with detail that comes with zoom: arrowheads,
 * marks and labels appear once they are big enough on screen to read.
 */
import { curvePoints, type Point } from '../../../layout/edgeGeometry';
import type { SimLink, SimNode, SimulationGraph } from '../../../layout/simulationGraph';
import type { Visibility } from '../../../model/filters';
import type { Selection } from '../../../model/selection';
import { STATUS_MODALITY, type ActorKind, type RelationStatus, type Stance } from '../../../model/vocabulary';
import { lineWidth } from '../../../model/relationLines';
import { paintLabels } from './paintLabels';
import { paintLineCounts, type LineCount } from './paintLineCounts';
import { kindOutline, modalityStyle, sharedStatus, STANCE_STYLES, UNGROUPED_TINT, type ModalityStyle } from '../../theme';

export interface MapColours {
  background: string;
  text: string;
  nodeStroke: string;
  focus: string;
  muted: string;
  fontFamily: string;
}

/** What of the layout's graph a drawing reads: the page's SimulationGraph, or the paint worker's copy. */
export type PaintGraph = Pick<SimulationGraph, 'nodes' | 'links' | 'nodeById'>;
/** What of the dataset a drawing reads: the page's DatasetIndex, or the paint worker's copy. */
export interface PaintIndex {
  relationsById: ReadonlyMap<string, { stance: Stance; status: RelationStatus }>;
  actorsById: ReadonlyMap<string, { kind: ActorKind }>;
}

export interface PaintScene {
  graph: PaintGraph;
  index: PaintIndex;
  visibility: Visibility;
  /** What hover or selection brings forward; null when nothing does. */
  neighbourhood: { actors: ReadonlySet<string>; relations: ReadonlySet<string> } | null;
  selection: Selection;
  /** The keyboard's place, drawn with a focus ring while the map has focus. */
  cursor: Selection;
  /** Whether the layout is moving the actors: detail too small to read while they move is left out. */
  layoutMoving: boolean;
  tints: ReadonlyMap<string, string>;
  colours: MapColours;
  transform: { x: number; y: number; k: number };
  /** CSS pixels, and device pixels per CSS pixel. */
  width: number;
  height: number;
  pixelRatio: number;
}

const ARROW_LENGTH = 11;
/**
 * Arrowheads are drawn once they are this many device pixels long. While the layout moves the
 * actors, only once they are clearly readable: a fitted 2,000-actor map has 3-pixel arrowheads,
 * which cost half of each drawing's rasterising (20 → 11 ms) and show no direction in motion.
 */
const ARROWS_FROM_PX = 3;
const ARROWS_WHILE_MOVING_FROM_PX = 6;
/**
 * While the layout moves more lines than this in view, they are drawn plain: no dashes, arrowheads
 * status marks or counts. A large map starts as a small ball that the view zooms in on, so every line is
 * long and big enough for its detail, which no one can read in a moving tangle: at 2,000 actors the
 * first drawings took 80–550 ms each (dashed, headed lines crossing the whole map), and the map
 * showed 4–30 drawings a second for its first 1.5 s, 44 after. Detail returns when the layout rests.
 */
const PLAIN_WHILE_MOVING_ABOVE_LINES = 1000;

type Emphasis = 'dimmed' | 'normal' | 'highlighted';
type Positioned = SimNode & { x: number; y: number };

type Look = { stance: Stance; status: RelationStatus };

// A line's look, as a batch key, worked out once per line rather than once per frame.
const styleKeys = new WeakMap<Look, string>();
const styleKey = (look: Look) => {
  let key = styleKeys.get(look);
  if (key === undefined) styleKeys.set(look, (key = `${look.stance}:${STATUS_MODALITY[look.status]}`));
  return key;
};
// A grouped line looks like its first relation, with the status its relations share (drawn as
// happening when they differ), as RelationEdge draws it in SVG.
const groupLooks = new WeakMap<SimLink, Look | null>();
function lookOf(link: SimLink, index: PaintIndex): Look | null | undefined {
  if (link.relationIds.length === 1) return index.relationsById.get(link.relationIds[0]!);
  let look = groupLooks.get(link);
  if (look === undefined) {
    const relations = link.relationIds.map((id) => index.relationsById.get(id)).filter((relation) => relation !== undefined);
    look = relations[0] ? { stance: relations[0].stance, status: sharedStatus(relations.map((relation) => relation.status)) ?? 'ongoing' } : null;
    groupLooks.set(link, look);
  }
  return look;
}

/**
 * Paths of this many shapes each. Software rasterising (a page without a GPU) strokes and fills a
 * path of thousands of overlapping shapes several times slower than the same shapes in small
 * paths (6,000 arrowheads: 99 ms in one path, 39 ms in paths of 16; 2,000 circles: 63 → 23 ms);
 * one path per shape is slower again.
 */
const SHAPES_PER_PATH = 16;

function inChunks<T>(context: CanvasRenderingContext2D, items: readonly T[], trace: (item: T) => void, paint: () => void) {
  for (let start = 0; start < items.length; start += SHAPES_PER_PATH) {
    context.beginPath();
    const end = Math.min(items.length, start + SHAPES_PER_PATH);
    for (let i = start; i < end; i++) trace(items[i]!);
    paint();
  }
}

/** The curve's middle, where a status mark or a group's count sits. */
const midOf = ({ start, control, end }: { start: Point; control: Point; end: Point }): Point => ({ x: 0.25 * start.x + 0.5 * control.x + 0.25 * end.x, y: 0.25 * start.y + 0.5 * control.y + 0.25 * end.y });

const dashOf = (dash: string) => (dash ? dash.split(/\s+/).map(Number) : []);

export function paintMap(context: CanvasRenderingContext2D, scene: PaintScene) {
  const { graph, index, visibility, neighbourhood, selection, cursor, tints, colours, transform, width, height, pixelRatio } = scene;
  const { x: tx, y: ty, k } = transform;
  const screen = k * pixelRatio;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, width * pixelRatio, height * pixelRatio);
  if (colours.background !== 'transparent' && colours.background !== 'rgba(0, 0, 0, 0)') {
    context.fillStyle = colours.background;
    context.fillRect(0, 0, width * pixelRatio, height * pixelRatio);
  }
  context.setTransform(screen, 0, 0, screen, tx * pixelRatio, ty * pixelRatio);

  // What is in view, in map units, with a margin for labels and curves.
  const margin = 60;
  const view = { minX: -tx / k - margin, minY: -ty / k - margin, maxX: (width - tx) / k + margin, maxY: (height - ty) / k + margin };
  const inView = (node: SimNode) => node.x! >= view.minX && node.x! <= view.maxX && node.y! >= view.minY && node.y! <= view.maxY;
  const lineInView = (link: SimLink) => {
    const { source: s, target: t } = link;
    return !((s.x! < view.minX && t.x! < view.minX) || (s.x! > view.maxX && t.x! > view.maxX) || (s.y! < view.minY && t.y! < view.minY) || (s.y! > view.maxY && t.y! > view.maxY));
  };
  const emphasisOf = (set: 'actors' | 'relations', id: string): Emphasis => (!neighbourhood ? 'normal' : neighbourhood[set].has(id) ? 'highlighted' : 'dimmed');

  // partOf ties: faint dotted lines.
  context.beginPath();
  for (const link of graph.links) {
    if (link.role !== 'member' || !visibility.actorIds.has(link.source.id) || !visibility.actorIds.has(link.target.id) || !lineInView(link)) continue;
    context.moveTo(link.source.x!, link.source.y!);
    context.lineTo(link.target.x!, link.target.y!);
  }
  context.globalAlpha = neighbourhood ? 0.2 : 0.7;
  context.strokeStyle = colours.muted;
  context.lineWidth = 1.2;
  context.setLineDash([1, 3]);
  context.lineCap = 'round';
  context.stroke();

  // Lines, batched by how they look; dimmed first so what is brought forward lies on top. A line
  // draws one relation, or a group of them (relationLines.ts): a group is wider by its count.
  interface Batch {
    colour: string;
    dash: number[];
    width: number;
    alpha: number;
    modality: ModalityStyle;
    links: { link: SimLink; start: { x: number; y: number }; control: { x: number; y: number }; end: { x: number; y: number } }[];
  }
  // One map of batches per emphasis, keyed by stance and status (and count, for a group): no
  // string built per single line per frame.
  const batchesByEmphasis = [new Map<string, Batch>(), new Map<string, Batch>(), new Map<string, Batch>()] as const;
  let selectedLine: Batch['links'][number] | null = null;
  let cursorLine: Batch['links'][number] | null = null;
  const counts: LineCount[] = [];
  const drawsSelected = (link: SimLink, target: Selection) => target?.kind === 'relation' && (link.relationIds.length === 1 ? link.id === target.id : link.relationIds.includes(target.id));
  for (const link of graph.links) {
    if (link.role !== 'relation' || !lineInView(link)) continue;
    let shown = 0;
    for (const id of link.relationIds) if (visibility.relationIds.has(id)) shown++;
    if (shown === 0) continue;
    const look = lookOf(link, index);
    if (!look) continue;
    const emphasis = !neighbourhood ? 'normal' : link.relationIds.some((id) => neighbourhood.relations.has(id)) ? 'highlighted' : 'dimmed';
    const batches = batchesByEmphasis[emphasis === 'dimmed' ? 0 : emphasis === 'normal' ? 1 : 2];
    const key = shown === 1 ? styleKey(look) : `${styleKey(look)}×${shown}`;
    let batch = batches.get(key);
    if (!batch) {
      const style = STANCE_STYLES[look.stance];
      const modality = modalityStyle(look.status);
      batch = { colour: style.colour, dash: dashOf(style.dash), width: lineWidth(shown) + (emphasis === 'highlighted' ? 1 : 0), alpha: modality.opacity * (emphasis === 'dimmed' ? 0.12 : 1), modality, links: [] };
      batches.set(key, batch);
    }
    const { start, control, end } = curvePoints(link.source as Positioned, link.target as Positioned, link.curveOffset);
    const drawn = { link, start, control, end };
    batch.links.push(drawn);
    if (link.relationIds.length > 1) counts.push({ count: shown, at: midOf(drawn), colour: batch.colour, dimmed: emphasis === 'dimmed' });
    if (drawsSelected(link, selection)) selectedLine = drawn;
    if (drawsSelected(link, cursor)) cursorLine = drawn;
  }
  const trace = (line: Batch['links'][number]) => {
    context.moveTo(line.start.x, line.start.y);
    if (line.link.curveOffset === 0) context.lineTo(line.end.x, line.end.y);
    else context.quadraticCurveTo(line.control.x, line.control.y, line.end.x, line.end.y);
  };
  const halo = (line: Batch['links'][number] | null, colour: string, alpha: number, lineWidth: number) => {
    if (!line) return;
    context.beginPath();
    trace(line);
    context.globalAlpha = alpha;
    context.strokeStyle = colour;
    context.lineWidth = lineWidth;
    context.setLineDash([]);
    context.stroke();
  };
  halo(selectedLine, colours.text, 0.16, 10);
  halo(cursorLine, colours.focus, 0.35, 12);

  let linesInView = 0;
  for (const batches of batchesByEmphasis) for (const batch of batches.values()) linesInView += batch.links.length;
  const plain = scene.layoutMoving && linesInView > PLAIN_WHILE_MOVING_ABOVE_LINES;
  const arrowsShown = !plain && ARROW_LENGTH * screen >= (scene.layoutMoving ? ARROWS_WHILE_MOVING_FROM_PX : ARROWS_FROM_PX);
  const marksShown = !plain && 16 * screen >= 10;
  const orderedBatches = batchesByEmphasis.flatMap((batches) => [...batches.keys()].sort().map((key) => batches.get(key)!));
  for (const batch of orderedBatches) {
    context.globalAlpha = batch.alpha;
    context.strokeStyle = batch.colour;
    context.lineWidth = batch.width;
    // Dashes shorter than a couple of pixels cannot be told apart, and cut each line into hundreds
    // of pieces to rasterise (seconds a frame at 10,000 actors): zoomed out, lines are solid.
    context.setLineDash(!plain && batch.dash.length > 0 && Math.min(...batch.dash) * screen >= 2 ? batch.dash : []);
    inChunks(context, batch.links, trace, () => context.stroke());
    if (!arrowsShown) continue;
    // Arrowheads along the curve's last tangent: filled for what happened, hollow for what was only proposed.
    context.setLineDash([]);
    context.lineWidth = 1.6;
    context.lineJoin = 'round';
    context.fillStyle = batch.modality.arrow === 'filled' ? batch.colour : colours.background === 'transparent' ? '#ffffff' : colours.background;
    inChunks(context, batch.links, ({ control, end }) => {
      const dx = end.x - control.x;
      const dy = end.y - control.y;
      const length = Math.hypot(dx, dy) || 1;
      const ux = dx / length;
      const uy = dy / length;
      const baseX = end.x - ux * (ARROW_LENGTH - 1);
      const baseY = end.y - uy * (ARROW_LENGTH - 1);
      context.moveTo(end.x, end.y);
      context.lineTo(baseX - uy * 4.5, baseY + ux * 4.5);
      context.lineTo(baseX + uy * 4.5, baseY - ux * 4.5);
      context.lineTo(end.x, end.y);
    }, () => {
      context.fill();
      context.stroke();
    });
    if (!marksShown || !batch.modality.mark) continue;
    for (const line of batch.links) {
      // A group shows its count at its middle instead, as in SVG.
      if (line.link.relationIds.length > 1) continue;
      const mid = midOf(line);
      context.beginPath();
      context.arc(mid.x, mid.y, 8, 0, 2 * Math.PI);
      context.fillStyle = colours.background === 'transparent' ? '#ffffff' : colours.background;
      context.fill();
      context.stroke();
      context.fillStyle = colours.text;
      context.font = `700 12px ${colours.fontFamily}`;
      context.textAlign = 'center';
      context.textBaseline = 'middle';
      context.fillText(batch.modality.mark, mid.x, mid.y + 0.5);
    }
  }

  if (!plain) paintLineCounts(context, counts, { transform, pixelRatio, colours });
  context.setTransform(screen, 0, 0, screen, tx * pixelRatio, ty * pixelRatio);

  // Actors, batched by fill and emphasis: one path, one fill and one stroke a batch, however many
  // actors. Dimmed ones first, so those brought forward are on top.
  const shown: SimNode[] = [];
  for (const node of graph.nodes) if (visibility.actorIds.has(node.id) && inView(node)) shown.push(node);
  const emphasisById = new Map<SimNode, Emphasis>();
  for (const node of shown) emphasisById.set(node, emphasisOf('actors', node.id));
  const traceActor = (node: SimNode) => {
    const outline = kindOutline(index.actorsById.get(node.id)?.kind ?? node.kind);
    const { x, y } = node as { x: number; y: number };
    const r = node.radius;
    if (outline === 'circle') {
      context.moveTo(x + r, y);
      context.arc(x, y, r, 0, 2 * Math.PI);
      return;
    }
    context.moveTo(x + outline[0]![0] * r, y + outline[0]![1] * r);
    for (let i = 1; i < outline.length; i++) context.lineTo(x + outline[i]![0] * r, y + outline[i]![1] * r);
    // Back to the first corner by hand: closePath on a path of thousands of shapes costs more than all the rest.
    context.lineTo(x + outline[0]![0] * r, y + outline[0]![1] * r);
  };
  // Outlines thinner than a device pixel only blur a crowded overview.
  const outlined = 1.5 * screen >= 0.6;
  context.setLineDash([]);
  // Round joins and caps: shapes are closed by hand (see traceActor), and their last corner must look like the others.
  context.lineJoin = 'round';
  context.lineCap = 'round';
  for (const pass of ['dimmed', 'normal', 'highlighted'] as const) {
    const byTint = new Map<string, SimNode[]>();
    for (const node of shown) {
      if (emphasisById.get(node) !== pass) continue;
      const tint = tints.get(node.group) ?? UNGROUPED_TINT;
      const list = byTint.get(tint);
      if (list) list.push(node);
      else byTint.set(tint, [node]);
    }
    context.globalAlpha = pass === 'dimmed' ? 0.2 : 1;
    context.lineWidth = 1.5;
    context.strokeStyle = colours.nodeStroke;
    for (const [tint, nodes] of byTint) {
      context.fillStyle = tint;
      inChunks(context, nodes, traceActor, () => {
        context.fill();
        if (outlined) context.stroke();
      });
    }
  }
  // What stands out one by one: the selected actor's thick outline, pins dashed, the keyboard's ring.
  context.strokeStyle = colours.nodeStroke;
  for (const node of shown) {
    const selected = selection?.kind === 'actor' && selection.id === node.id;
    if (!selected && node.fx == null) continue;
    context.globalAlpha = emphasisById.get(node) === 'dimmed' ? 0.2 : 1;
    context.beginPath();
    traceActor(node);
    if (node.fx != null) {
      // A pinned actor's outline is dashed: the solid one is painted over first.
      context.setLineDash([]);
      context.lineWidth = 2;
      context.strokeStyle = colours.background === 'transparent' ? '#ffffff' : colours.background;
      context.stroke();
      context.setLineDash([3, 2]);
    } else context.setLineDash([]);
    context.lineWidth = selected ? 3.5 : 1.5;
    context.strokeStyle = colours.nodeStroke;
    context.stroke();
  }
  const cursorNode = cursor?.kind === 'actor' ? graph.nodeById.get(cursor.id) : undefined;
  if (cursorNode && visibility.actorIds.has(cursorNode.id)) {
    context.globalAlpha = 1;
    context.setLineDash([]);
    context.beginPath();
    context.arc(cursorNode.x!, cursorNode.y!, Math.max(cursorNode.radius + 4, 14), 0, 2 * Math.PI);
    context.lineWidth = 3;
    context.strokeStyle = colours.focus;
    context.stroke();
  }

  // Labels: 12 px on screen at any zoom, where they neither overlap nor cover an actor.
  context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  const forward = (node: SimNode) => emphasisById.get(node) === 'highlighted' || (selection?.kind === 'actor' && selection.id === node.id) || (cursor?.kind === 'actor' && cursor.id === node.id);
  paintLabels(context, {
    all: graph.nodes,
    shown,
    layoutMoving: scene.layoutMoving,
    forced: forward,
    dimmed: (node) => emphasisById.get(node) === 'dimmed',
    kindOf: (node) => index.actorsById.get(node.id)?.kind ?? node.kind,
    transform,
    width,
    height,
    fontFamily: colours.fontFamily,
    text: colours.text,
    halo: colours.background === 'transparent' ? 'rgba(255,255,255,0.8)' : colours.background,
  });
}
