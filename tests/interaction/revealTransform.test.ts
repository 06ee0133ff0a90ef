import { describe, expect, it } from 'vitest';
import { revealTransform, visiblePart } from '../../src/interaction/revealTransform';

describe('visiblePart', () => {
  it('is the band of the map above a phone’s bottom sheet, within the window', () => {
    // The map runs from 100 to 700 in a window 844 tall; the sheet covers from 405 down.
    expect(visiblePart({ left: 0, top: 100, right: 390, bottom: 700 }, { left: 0, top: 0, right: 390, bottom: 844 }, { left: 0, top: 405, right: 390, bottom: 844 })).toEqual({ left: 0, top: 0, right: 390, bottom: 305 });
  });

  it('is the largest band around an overlay box in a corner', () => {
    // Above the box: 700 × 200 = 140,000 px²; right of it: 308 × 400 = 123,200 px².
    expect(visiblePart({ left: 0, top: 0, right: 700, bottom: 400 }, { left: 0, top: 0, right: 1000, bottom: 1000 }, { left: 8, top: 200, right: 392, bottom: 392 })).toEqual({ left: 0, top: 0, right: 700, bottom: 200 });
  });

  it('is the whole map in the window when the details are beside it', () => {
    expect(visiblePart({ left: 300, top: 200, right: 900, bottom: 700 }, { left: 0, top: 0, right: 1280, bottom: 720 }, { left: 900, top: 200, right: 1280, bottom: 720 })).toEqual({ left: 0, top: 0, right: 600, bottom: 500 });
  });
});

describe('revealTransform', () => {
  const visible = { left: 0, top: 0, right: 400, bottom: 400 };

  it('leaves the view alone when the target is in sight', () => {
    expect(revealTransform({ x: 0, y: 0, k: 1 }, { minX: 100, maxX: 140, minY: 100, maxY: 140 }, visible)).toBeNull();
  });

  it('moves the view no further than it takes to bring the target in, with the margin', () => {
    // The target's bottom at 540 must come up to 400 − 16 = 384: 156 px up, and no sideways move.
    expect(revealTransform({ x: 0, y: 0, k: 1 }, { minX: 100, maxX: 140, minY: 500, maxY: 540 }, visible)).toEqual({ x: 0, y: -156, k: 1 });
    // At scale 2 with the view moved: the target's left edge at 2 × −50 + 10 = −90 must go to 16.
    expect(revealTransform({ x: 10, y: 20, k: 2 }, { minX: -50, maxX: -40, minY: 10, maxY: 20 }, visible)).toEqual({ x: 116, y: 20, k: 2 });
  });

  it('zooms out only when the target is larger than the visible part', () => {
    // 736 wide into 400 − 2 × 16 = 368 px: half the scale, its left edge then at 16.
    const view = revealTransform({ x: 0, y: 0, k: 1 }, { minX: 0, maxX: 736, minY: 0, maxY: 10 }, visible)!;
    expect(view.k).toBe(0.5);
    expect(view.x).toBeCloseTo(16, 10);
  });
});
