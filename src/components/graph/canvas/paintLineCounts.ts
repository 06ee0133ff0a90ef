/**
 * The "×n" badge at the middle of a grouped line, drawn as the SVG map draws it (RelationEdge):
 * a rounded box edged in the stance's colour, a drawn ×, the count. Its text is 12 px on screen
 * once zoomed in to full size and shrinks with the map below that; under COUNT_FROM_PX it is left
 * out, as a mark too small to read (a fitted large map has hundreds of groups).
 */
import type { Point } from '../../../layout/edgeGeometry';
import type { MapColours } from './paintMap';

export interface LineCount {
  count: number;
  /** The line's middle, in map units. */
  at: Point;
  colour: string;
  dimmed: boolean;
}

const COUNT_FONT_PX = 12;
/** The least size of a count's text, in CSS pixels, that is drawn. */
export const COUNT_FROM_PX = 10;

/** The size of a count's text on screen at scale k, in CSS pixels. */
export const countFontPx = (k: number) => COUNT_FONT_PX * Math.min(1, k);

/** Draws the counts; leaves the context in CSS pixels (the pixel ratio applied). */
export function paintLineCounts(context: CanvasRenderingContext2D, counts: readonly LineCount[], { transform, pixelRatio, colours }: { transform: { x: number; y: number; k: number }; pixelRatio: number; colours: MapColours }) {
  const fontPx = countFontPx(transform.k);
  if (counts.length === 0 || fontPx < COUNT_FROM_PX) return;
  const scale = fontPx / COUNT_FONT_PX;
  context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  context.setLineDash([]);
  context.lineWidth = 1.6 * scale;
  context.lineCap = 'round';
  context.font = `700 ${fontPx}px ${colours.fontFamily}`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  const background = colours.background === 'transparent' ? '#ffffff' : colours.background;
  for (const { count, at, colour, dimmed } of counts) {
    const x = transform.x + transform.k * at.x;
    const y = transform.y + transform.k * at.y;
    const width = (20 + 7 * String(count).length) * scale;
    const height = 18 * scale;
    context.globalAlpha = dimmed ? 0.2 : 1;
    context.beginPath();
    context.roundRect(x - width / 2, y - height / 2, width, height, height / 2);
    context.fillStyle = background;
    context.fill();
    context.strokeStyle = colour;
    context.stroke();
    // The × is drawn, not typed, as in SVG: few fonts agree on its size.
    const left = x - width / 2 + 6 * scale;
    context.beginPath();
    context.moveTo(left, y - 3 * scale);
    context.lineTo(left + 6 * scale, y + 3 * scale);
    context.moveTo(left + 6 * scale, y - 3 * scale);
    context.lineTo(left, y + 3 * scale);
    context.strokeStyle = colours.text;
    context.stroke();
    context.fillStyle = colours.text;
    context.fillText(String(count), x + 5 * scale, y + 0.5 * scale);
  }
  context.globalAlpha = 1;
}
