import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { interpolateZoom } from '../../src/interaction/interpolateZoom';

// vite.config.ts points `d3-interpolate` at the stand-in, so the real one is opened by its path.
const REAL = pathToFileURL(fileURLToPath(new URL('../../node_modules/d3-interpolate/dist/d3-interpolate.mjs', import.meta.url))).href;

describe('interpolateZoom, the stand-in for d3-interpolate', () => {
  it('moves and zooms as d3’s does, duration included', async () => {
    const real = ((await import(/* @vite-ignore */ REAL)) as typeof import('d3-interpolate')).interpolateZoom;
    const cases: [[number, number, number], [number, number, number]][] = [
      [[0, 0, 100], [300, -200, 40]],
      [[50, 50, 80], [50, 50, 400]],
      [[-10, 20, 960], [500, 500, 960]],
    ];
    for (const [from, to] of cases) {
      const mine = interpolateZoom(from, to);
      const theirs = real(from, to);
      expect(mine.duration).toBeCloseTo(theirs.duration, 9);
      for (const t of [0, 0.25, 0.5, 0.9, 1]) {
        mine(t).forEach((value, i) => expect(value).toBeCloseTo(theirs(t)[i]!, 9));
      }
    }
  });
});
