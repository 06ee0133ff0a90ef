/**
 * The canvas map's actor labels: the same rule as the SVG map's (placeLabels), at the same size on
 * screen (12 px, times presentation's label scale) whatever the zoom. Runs every drawing, so it
 * considers at most LABEL_CANDIDATES actors in view, the most connected first (and always what is
 * brought forward), and keeps off the shapes of at most SHAPE_OBSTACLES actors in view where it can
 * (on a dense map, it cannot: there a label may lie over shapes, never over a label). A canvas
 * picks an actor by its shape, not by what is drawn on top, so labels keep off shapes only, not
 * off the wider pointer targets the SVG map's labels avoid.
 */
import { textDirection } from '../../../model/textDirection';
import { placeLabels, type LabelCandidate } from '../../../layout/placeLabels';
import type { SimNode } from '../../../layout/simulationGraph';
import type { ActorKind } from '../../../model/vocabulary';
import { LABEL_FONT_PX, LABEL_GAP_EM, LABEL_LINE_EM, LABEL_PADDING_EM, shapeExtent } from '../labelGeometry';

const LABEL_CANDIDATES = 400;
const SHAPE_OBSTACLES = 3000;
/** While the layout moves the actors, fewer: labels in motion are hard to read anyway. */
const MOVING_LABEL_CANDIDATES = 100;
const MOVING_SHAPE_OBSTACLES = 1000;
/** The first baseline below the top of a label's box, in ems (styles.css says the same). */
const BASELINE_EM = 0.92;

export interface LabelScene {
  /** Every actor of the map, and those in view and visible. */
  all: readonly SimNode[];
  shown: readonly SimNode[];
  layoutMoving: boolean;
  /** Whether an actor is brought forward (selected, its neighbours, hovered, focused) or faded. */
  forced: (node: SimNode) => boolean;
  dimmed: (node: SimNode) => boolean;
  kindOf: (node: SimNode) => ActorKind;
  transform: { x: number; y: number; k: number };
  width: number;
  height: number;
  fontFamily: string;
  text: string;
  halo: string;
}

// Widths of label lines, by font and text: measuring text costs more than drawing it.
const widths = new Map<string, number>();
function lineWidth(context: CanvasRenderingContext2D, font: string, line: string) {
  const key = `${font}\u0000${line}`;
  let width = widths.get(key);
  if (width === undefined) {
    if (widths.size > 20_000) widths.clear();
    context.font = font;
    widths.set(key, (width = context.measureText(line).width));
  }
  return width;
}

// The actors of a map, the most connected first (radius grows with relations), then by id, as
// placeLabels orders them: sorted once per map, not once per drawing.
const rankings = new WeakMap<readonly SimNode[], SimNode[]>();
function ranked(all: readonly SimNode[]) {
  let order = rankings.get(all);
  if (!order) rankings.set(all, (order = [...all].sort((a, b) => b.radius - a.radius || (a.id < b.id ? -1 : 1))));
  return order;
}

const fontOf = (kind: ActorKind, px: number, family: string) => `${kind === 'person' || kind === 'government-body' ? 500 : 600} ${px}px ${family}`;

/** Draws the labels that fit; expects the context in CSS pixels (the pixel ratio applied). */
export function paintLabels(context: CanvasRenderingContext2D, scene: LabelScene) {
  const { shown, forced, dimmed, kindOf, transform, width, height, fontFamily } = scene;
  const { x: tx, y: ty, k } = transform;
  const fontPx = LABEL_FONT_PX * (shown[0]?.labelScale ?? 1);
  const inView = new Set(shown);
  const maxLabels = scene.layoutMoving ? MOVING_LABEL_CANDIDATES : LABEL_CANDIDATES;
  const maxShapes = scene.layoutMoving ? MOVING_SHAPE_OBSTACLES : SHAPE_OBSTACLES;
  const candidates: LabelCandidate[] = [];
  const byId = new Map<string, SimNode>();
  let rank = 0;
  for (const node of ranked(scene.all)) {
    if (!inView.has(node)) continue;
    const isForced = forced(node);
    const asLabel = isForced || rank < maxLabels;
    rank++;
    if (!asLabel && rank > maxShapes) continue;
    const kind = kindOf(node);
    const font = fontOf(kind, fontPx, fontFamily);
    byId.set(node.id, node);
    candidates.push({
      id: node.id,
      x: tx + k * node.x!,
      y: ty + k * node.y!,
      shape: shapeExtent(kind, node.radius * k),
      width: asLabel ? Math.max(...node.labelLines.map((line) => lineWidth(context, font, line))) : 0,
      height: node.labelLines.length * LABEL_LINE_EM * fontPx,
      priority: node.radius - (dimmed(node) ? 1000 : 0),
      forced: isForced,
      shapeOnly: !asLabel,
    });
  }
  // Zoomed in on a dense map the shapes leave no room between them: a label may then lie over
  // shapes, never over another label.
  const placed = placeLabels(candidates, { width, height, gap: LABEL_GAP_EM * fontPx, padding: LABEL_PADDING_EM * fontPx, overShapes: true });
  context.setLineDash([]);
  context.textBaseline = 'alphabetic';
  context.lineJoin = 'round';
  context.lineWidth = 3.5 * (fontPx / LABEL_FONT_PX);
  context.strokeStyle = scene.halo;
  context.fillStyle = scene.text;
  for (const [id, { side, box }] of placed) {
    const node = byId.get(id)!;
    context.globalAlpha = dimmed(node) ? 0.2 : 1;
    context.font = fontOf(kindOf(node), fontPx, fontFamily);
    // textAlign left and right are absolute: the direction only orders a label's letters.
    context.direction = textDirection(node.labelLines[0] ?? '');
    context.textAlign = side === 'right' ? 'left' : side === 'left' ? 'right' : 'center';
    const x = side === 'right' ? box.x0 : side === 'left' ? box.x1 : (box.x0 + box.x1) / 2;
    node.labelLines.forEach((line, i) => {
      const y = box.y0 + (BASELINE_EM + i * LABEL_LINE_EM) * fontPx;
      context.strokeText(line, x, y);
      context.fillText(line, x, y);
    });
  }
  context.globalAlpha = 1;
}
