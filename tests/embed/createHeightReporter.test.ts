import { describe, expect, it, vi } from 'vitest';
import { createHeightReporter } from '../../src/embed/createHeightReporter';

function fakeFrame(height: () => number) {
  const frames: FrameRequestCallback[] = [];
  const postMessage = vi.fn();
  const view = {
    parent: { postMessage },
    location: { href: 'https://maps.example/embed.html?select=actor:russia' },
    requestAnimationFrame: (callback: FrameRequestCallback) => frames.push(callback),
    cancelAnimationFrame: () => {},
  } as unknown as Window;
  const element = { getBoundingClientRect: () => ({ height: height() }) } as HTMLElement;
  return { view, element, postMessage, runFrame: () => frames.splice(0).forEach((callback) => callback(0)) };
}

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

  it('stays quiet outside a frame', () => {
    const frame = fakeFrame(() => 640);
    const topWindow = { ...frame.view } as Window & { parent: Window };
    (topWindow as { parent: unknown }).parent = topWindow;
    createHeightReporter(topWindow, frame.element);
    frame.runFrame();
    expect(frame.postMessage).not.toHaveBeenCalled();
  });
});
