import { describe, expect, it } from 'vitest';
import { recognizeTaps, TAP_MAX_MS, type PointerSample } from '../../src/interaction/recognizeTaps';

const touch = (pointerId: number, clientX: number, clientY: number, timeStamp: number): PointerSample => ({ pointerId, pointerType: 'touch', clientX, clientY, timeStamp });

describe('recognizeTaps', () => {
  it('answers a tap with the point the finger touched, and knows the click that follows it', () => {
    const taps = recognizeTaps();
    taps.down(touch(1, 100, 200, 0));
    expect(taps.up(touch(1, 104, 203, 120))).toEqual({ clientX: 100, clientY: 200 });
    // The browser's click, moved by touch adjustment, is not answered a second time.
    expect(taps.clickFollowsTap({ pointerType: 'touch', timeStamp: 300 })).toBe(true);
    expect(taps.clickFollowsTap({ pointerType: 'mouse', timeStamp: 300 })).toBe(false);
    expect(taps.clickFollowsTap({ pointerType: 'touch', timeStamp: 5000 })).toBe(false);
  });

  it('does not take a swipe, a long press or a pinch for a tap', () => {
    const taps = recognizeTaps();
    taps.down(touch(1, 100, 200, 0));
    expect(taps.up(touch(1, 100, 240, 150)), 'a swipe').toBeNull();
    taps.down(touch(1, 100, 200, 1000));
    expect(taps.up(touch(1, 100, 200, 1000 + TAP_MAX_MS + 1)), 'a long press').toBeNull();
    taps.down(touch(1, 100, 200, 5000));
    taps.down(touch(2, 180, 260, 5010));
    expect(taps.up(touch(2, 180, 260, 5100)), 'a pinch’s second finger').toBeNull();
    expect(taps.up(touch(1, 100, 200, 5110)), 'a pinch’s first finger').toBeNull();
    // After the pinch, one finger taps again.
    taps.down(touch(3, 50, 50, 6000));
    expect(taps.up(touch(3, 50, 50, 6080))).toEqual({ clientX: 50, clientY: 50 });
  });

  it('leaves mouse and pen presses, and cancelled touches, to the click', () => {
    const taps = recognizeTaps();
    taps.down({ ...touch(1, 10, 10, 0), pointerType: 'mouse' });
    expect(taps.up({ ...touch(1, 10, 10, 50), pointerType: 'mouse' })).toBeNull();
    taps.down(touch(2, 10, 10, 100));
    taps.cancel(touch(2, 10, 10, 150));
    expect(taps.up(touch(2, 10, 10, 160))).toBeNull();
    expect(taps.clickFollowsTap({ pointerType: 'touch', timeStamp: 200 })).toBe(false);
  });
});
