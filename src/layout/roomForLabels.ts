/**
 * Whether a map opens with every actor or in blocs (model/blocs.ts): every actor where each label
 * has room at its 12 px, blocs where it has not (a phone, a small embed), so that the first view
 * reads rather than knots. A force layout leaves most of its view empty between clusters, so the
 * labels are given a fifth of it: the bundled map's 29 labels need 135,000 px², which a
 * 1024×768 view holds and a 720×600 embed does not. Pure, so the app and the first frame the
 * build prerenders (src/app/firstFrame/) decide alike.
 */
import { labelLines } from './labelLines';

/** The share of the view that labels may take. */
export const LABEL_SHARE = 0.2;
// 12 px type (components/graph/labelGeometry.ts): ~0.55 em a character, 1.17 em a line, padding
// around the label, and the shape above it.
const CHAR_PX = 6.6;
const LINE_PX = 14;
const PADDING_PX = 6;
const SHAPE_PX = 24;

/**
 * The area a map has on a window of this size, in CSS px². At least three quarters as tall as it
 * is wide: an embed's frame grows to its content, so its first height (often a placeholder's
 * 150 px) says nothing.
 */
export const viewArea = (width: number, height: number) => width * Math.max(height, width * 0.75);

/** The least view, in CSS px², in which every one of these actors' labels has room. */
export function viewAreaForEveryLabel(names: readonly string[]): number {
  let area = 0;
  for (const name of names) {
    const lines = labelLines(name);
    area += (Math.max(...lines.map((line) => line.length)) * CHAR_PX + PADDING_PX) * (lines.length * LINE_PX + PADDING_PX + SHAPE_PX);
  }
  return Math.round(area / LABEL_SHARE);
}

/**
 * The window area, in CSS px², under which a map of these actors opens in blocs: 0 for a map that
 * has no bloc, or that is drawn on a canvas (which draws no bloc's count yet). The app (its store's
 * provider) and the first frame the build prerenders both compare `viewArea` with it.
 */
export function areaOpeningInBlocs(actors: readonly { name: string; partOf?: string }[], drawnOnCanvas: boolean): number {
  return !drawnOnCanvas && actors.some((actor) => actor.partOf) ? viewAreaForEveryLabel(actors.map((actor) => actor.name)) : 0;
}
