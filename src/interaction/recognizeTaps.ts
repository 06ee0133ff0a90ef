/**
 * Touch taps, recognised from pointer events rather than from the click that follows them.
 * Chromium's touch adjustment moves a tap's click to the "best" clickable element near the finger,
 * judged by bounding boxes; on a map of crossing diagonal lines that is often a neighbour's line or
 * label. Pointer events keep the point the finger touched, so the map picks from that point itself.
 */

/** How far a finger may drift, in CSS pixels, and still tap (Android's touch slop is 8 dp). */
export const TAP_SLOP_PX = 10;
/** Longer than this is a press, not a tap (a slow machine's touchend still counts well within it). */
export const TAP_MAX_MS = 1000;
/** The click a browser sends after a tap arrives within this time of it. */
const CLICK_AFTER_TAP_MS = 1000;

/** The parts of a pointer event the recogniser reads (a DOM PointerEvent has them all). */
export interface PointerSample {
  pointerId: number;
  pointerType: string;
  clientX: number;
  clientY: number;
  timeStamp: number;
}

export interface TapRecognizer {
  down(event: PointerSample): void;
  /** The point tapped, if this pointerup ends a tap. */
  up(event: PointerSample): { clientX: number; clientY: number } | null;
  cancel(event: PointerSample): void;
  /** Whether a click is the one the browser sends after a tap already answered. */
  clickFollowsTap(event: { pointerType?: string; timeStamp: number }): boolean;
}

export function recognizeTaps(): TapRecognizer {
  const touches = new Map<number, PointerSample>();
  // A second finger makes a pinch, and neither finger taps.
  let pinching = false;
  let lastTapAt = -Infinity;
  const release = (pointerId: number) => {
    touches.delete(pointerId);
    if (touches.size === 0) pinching = false;
  };
  return {
    down(event) {
      if (event.pointerType !== 'touch') return;
      touches.set(event.pointerId, event);
      if (touches.size > 1) pinching = true;
    },
    up(event) {
      const start = touches.get(event.pointerId);
      const wasPinching = pinching;
      release(event.pointerId);
      if (!start || wasPinching) return null;
      if (Math.hypot(event.clientX - start.clientX, event.clientY - start.clientY) > TAP_SLOP_PX) return null;
      if (event.timeStamp - start.timeStamp > TAP_MAX_MS) return null;
      lastTapAt = event.timeStamp;
      return { clientX: start.clientX, clientY: start.clientY };
    },
    cancel(event) {
      release(event.pointerId);
    },
    clickFollowsTap(event) {
      return event.pointerType === 'touch' && event.timeStamp - lastTapAt < CLICK_AFTER_TAP_MS;
    },
  };
}
