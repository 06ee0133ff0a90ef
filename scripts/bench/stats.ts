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
