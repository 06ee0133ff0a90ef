/** Medians and comparisons of bench figures. Pure. */

/** The median of the figures that were measured; null when none was. */
export function median(values: readonly (number | null | undefined)[]): number | null {
  const sorted = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * How stancemap compares with a reference, read one way for every figure: above 1 means
 * stancemap is better. For costs (times, bytes, heap) that is reference ÷ stancemap; for rates
 * (frames per second) stancemap ÷ reference.
 */
export function advantage(stancemap: number | null, reference: number | null, better: 'lower' | 'higher'): number | null {
  if (stancemap === null || reference === null) return null;
  const [numerator, denominator] = better === 'lower' ? [reference, stancemap] : [stancemap, reference];
  if (denominator === 0) return numerator === 0 ? 1 : null;
  return numerator / denominator;
}

/** Frames per second over a window, from the times of the animation frames (ms); null for a window too short to say. */
export function framesPerSecond(frameTimes: readonly number[], from: number, to: number, shortestMs = 100): number | null {
  if (!(to - from >= shortestMs)) return null;
  const count = frameTimes.filter((time) => time > from && time <= to).length;
  return (count * 1000) / (to - from);
}

/** A count of drawn frames read at some moments: [time (ms), frames drawn so far]. */
export type PaintedSample = readonly [number, number];

/**
 * Frames per second that reached the screen. A page that draws in a worker (stancemap's canvas
 * map) counts its drawings, and the page's animation frames say nothing of them: its count is
 * used when it has one in the window, the animation frames otherwise (pages that draw in them).
 */
export function drawnFramesPerSecond(frameTimes: readonly number[], painted: readonly PaintedSample[], from: number, to: number, shortestMs = 100): number | null {
  const inWindow = painted.filter(([time]) => time >= from && time <= to);
  if (inWindow.length < 2) return framesPerSecond(frameTimes, from, to, shortestMs);
  const [firstTime, firstCount] = inWindow[0]!;
  const [lastTime, lastCount] = inWindow[inWindow.length - 1]!;
  if (!(lastTime - firstTime >= shortestMs)) return null;
  return ((lastCount - firstCount) * 1000) / (lastTime - firstTime);
}
