import { heightMessages } from './heightMessages';

export interface HeightReporter {
  destroy(): void;
}

/**
 * Tells the parent page how tall the embed is: on first paint and whenever the height changes,
 * at most once per animation frame, never twice for the same height. Does nothing outside a frame.
 * @example createHeightReporter(window, document.querySelector('.embed')!)
 */
export function createHeightReporter(view: Window, element: HTMLElement): HeightReporter {
  if (view.parent === view) return { destroy() {} };
  let lastHeight = -1;
  let frame = 0;
  const report = () => {
    frame = 0;
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === lastHeight || height === 0) return;
    lastHeight = height;
    for (const message of heightMessages(height, view.location.href)) view.parent.postMessage(message, '*');
  };
  const schedule = () => {
    if (frame === 0) frame = view.requestAnimationFrame(report);
  };
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);
  observer?.observe(element);
  schedule();
  return {
    destroy() {
      observer?.disconnect();
      if (frame !== 0) view.cancelAnimationFrame(frame);
    },
  };
}
