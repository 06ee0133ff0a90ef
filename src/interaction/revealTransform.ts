/**
 * Where the view moves so that a selection is not hidden under its own details (a phone's bottom
 * sheet, an embed's overlay box) or off screen: pure geometry, in screen pixels.
 */
import type { Bounds } from '../layout/edgeGeometry';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

const area = (rect: Rect) => Math.max(0, rect.right - rect.left) * Math.max(0, rect.bottom - rect.top);

function intersect(a: Rect, b: Rect): Rect {
  return { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
}

/**
 * The part of the map a reader sees: the map's box within the window, less whatever covers it
 * (the largest free band above, below, left or right of the covering box). All in client
 * coordinates; the result is relative to the map's top left corner.
 */
export function visiblePart(map: Rect, window: Rect, covering: Rect | null): Rect {
  const shown = intersect(map, window);
  let free = shown;
  const covered = covering ? intersect(shown, covering) : null;
  if (covered && area(covered) > 0) {
    const bands = [
      { ...shown, bottom: covered.top },
      { ...shown, top: covered.bottom },
      { ...shown, right: covered.left },
      { ...shown, left: covered.right },
    ];
    free = bands.reduce((best, band) => (area(band) > area(best) ? band : best));
  }
  return { left: free.left - map.left, top: free.top - map.top, right: free.right - map.left, bottom: free.bottom - map.top };
}

/**
 * The view that brings `target` (map units) inside `visible` (screen pixels relative to the map)
 * with `margin` to spare, moving as little as it can; null when it is there already. The view
 * zooms out only when the target is larger than the visible part at the present scale.
 */
export function revealTransform(view: ViewTransform, target: Bounds, visible: Rect, margin = 16): ViewTransform | null {
  const room = { left: visible.left + margin, top: visible.top + margin, right: visible.right - margin, bottom: visible.bottom - margin };
  const roomWidth = room.right - room.left;
  const roomHeight = room.bottom - room.top;
  if (roomWidth <= 0 || roomHeight <= 0) return null;
  const width = target.maxX - target.minX;
  const height = target.maxY - target.minY;
  const k = Math.min(view.k, width > 0 ? roomWidth / width : Infinity, height > 0 ? roomHeight / height : Infinity);
  // At this scale, where the target would be with the present translation kept about its centre.
  const centreX = (target.minX + target.maxX) / 2;
  const centreY = (target.minY + target.maxY) / 2;
  const screenCentre = { x: view.x + view.k * centreX, y: view.y + view.k * centreY };
  let x = screenCentre.x - k * centreX;
  let y = screenCentre.y - k * centreY;
  const shift = (low: number, high: number, roomLow: number, roomHigh: number) => (low < roomLow ? roomLow - low : high > roomHigh ? roomHigh - high : 0);
  x += shift(x + k * target.minX, x + k * target.maxX, room.left, room.right);
  y += shift(y + k * target.minY, y + k * target.maxY, room.top, room.bottom);
  if (k === view.k && Math.abs(x - view.x) < 0.5 && Math.abs(y - view.y) < 0.5) return null;
  return { x, y, k };
}
