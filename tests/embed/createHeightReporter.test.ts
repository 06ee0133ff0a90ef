import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHeightReporter } from '../../src/embed/createHeightReporter';

function fakeFrame(height: () => number) {
  const frames: FrameRequestCallback[] = [];
  const postMessage = vi.fn();
  const cancelled: number[] = [];
  const view = {
    parent: { postMessage },
    location: { href: 'https://maps.example/embed.html?select=actor:russia' },
    requestAnimationFrame: (callback: FrameRequestCallback) => frames.push(callback),
    cancelAnimationFrame: (id: number) => cancelled.push(id),
  } as unknown as Window;
  const element = { getBoundingClientRect: () => ({ height: height() }) } as HTMLElement;
  return { view, element, postMessage, frames, cancelled, runFrame: () => frames.splice(0).forEach((callback) => callback(0)) };
}

/** A ResizeObserver the test triggers by hand, as the browser would when the element's size changes. */
function fakeResizeObserver() {
  const observers: { callback: () => void; observed: unknown[]; disconnected: boolean }[] = [];
  vi.stubGlobal(
    'ResizeObserver',
    class {
      entry: (typeof observers)[number];
      constructor(callback: () => void) {
        this.entry = { callback, observed: [], disconnected: false };
        observers.push(this.entry);
      }
      observe(element: unknown) {
        this.entry.observed.push(element);
      }
      disconnect() {
        this.entry.disconnected = true;
      }
    },
  );
  return { observers, resize: () => observers.forEach((observer) => observer.callback()) };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createHeightReporter', () => {
  it('posts the three messages on the first frame, rounded up', () => {
    const frame = fakeFrame(() => 640.2);
    createHeightReporter(frame.view, frame.element);
    expect(frame.postMessage).not.toHaveBeenCalled();
    frame.runFrame();
    expect(frame.postMessage.mock.calls).toEqual([
      [{ type: 'stancemap:resize', height: 641 }, '*'],
      [{ sentinel: 'amp', type: 'embed-size', height: 641 }, '*'],
      [{ context: 'iframe.resize', src: 'https://maps.example/embed.html?select=actor:russia', height: 641 }, '*'],
    ]);
  });

  it('posts the smallest height there is, 1 px', () => {
    const frame = fakeFrame(() => 0.4);
    createHeightReporter(frame.view, frame.element);
    frame.runFrame();
    expect(frame.postMessage.mock.calls[0]).toEqual([{ type: 'stancemap:resize', height: 1 }, '*']);
  });

  it('stays quiet outside a frame', () => {
    const frame = fakeFrame(() => 640);
    const topWindow = { ...frame.view } as Window & { parent: Window };
    (topWindow as { parent: unknown }).parent = topWindow;
    createHeightReporter(topWindow, frame.element);
    frame.runFrame();
    expect(frame.postMessage).not.toHaveBeenCalled();
  });

  it('posts again when the height changes, once a frame, never for the same height or for none', () => {
    let height = 640;
    const frame = fakeFrame(() => height);
    const { observers, resize } = fakeResizeObserver();
    createHeightReporter(frame.view, frame.element);
    expect(observers[0]!.observed).toEqual([frame.element]);
    frame.runFrame();
    const posted = () => frame.postMessage.mock.calls.filter(([message]) => message.type === 'stancemap:resize').map(([message]) => message.height);
    expect(posted()).toEqual([640]);
    // Three changes before the next frame: one frame asked for, one message with the last height.
    height = 700;
    resize();
    resize();
    height = 720;
    resize();
    expect(frame.frames).toHaveLength(1);
    frame.runFrame();
    expect(posted()).toEqual([640, 720]);
    // The same height, and a height of 0 (the embed hidden), say nothing.
    resize();
    frame.runFrame();
    height = 0;
    resize();
    frame.runFrame();
    expect(posted()).toEqual([640, 720]);
    height = 1;
    resize();
    frame.runFrame();
    expect(posted()).toEqual([640, 720, 1]);
  });

  it('stops observing, and drops a frame it asked for, when destroyed', () => {
    const frame = fakeFrame(() => 640);
    const { observers } = fakeResizeObserver();
    const reporter = createHeightReporter(frame.view, frame.element);
    reporter.destroy();
    expect(observers[0]!.disconnected).toBe(true);
    expect(frame.cancelled).toEqual([1]);
    // Destroyed after its frame ran, there is nothing to cancel.
    const later = fakeFrame(() => 640);
    const laterReporter = createHeightReporter(later.view, later.element);
    later.runFrame();
    laterReporter.destroy();
    expect(later.cancelled).toEqual([]);
  });
});
