/**
 * The host page's side of the height protocol (embed.js). It resizes stancemap iframes, and
 * nothing else: a message counts only if it comes from the window of an iframe marked
 * `data-stancemap` and has exactly the expected shape; the height is clamped; nothing navigates.
 */

export const MIN_HEIGHT = 200;
export const MAX_HEIGHT = 5000;
export const IFRAME_SELECTOR = 'iframe[data-stancemap]';

/**
 * The height a message asks for, clamped, or null when the message is not a stancemap resize.
 * @example readResizeMessage({ type: 'stancemap:resize', height: 640 }) // 640
 */
export function readResizeMessage(data: unknown): number | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  // Own properties only: a prototype cannot smuggle in a type or a height.
  const type = Object.getOwnPropertyDescriptor(data, 'type')?.value;
  const height = Object.getOwnPropertyDescriptor(data, 'height')?.value;
  if (type !== 'stancemap:resize' || typeof height !== 'number' || !Number.isFinite(height)) return null;
  return Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height)));
}

/**
 * Listens for resize messages in a host page; returns the function that stops listening.
 * @example installEmbedHost(window)
 */
export function installEmbedHost(view: Window): () => void {
  const handleMessage = (event: MessageEvent) => {
    if (!event.source) return;
    const height = readResizeMessage(event.data);
    if (height === null) return;
    for (const iframe of view.document.querySelectorAll<HTMLIFrameElement>(IFRAME_SELECTOR)) {
      if (iframe.contentWindow === event.source) {
        iframe.style.height = `${height}px`;
        return;
      }
    }
  };
  view.addEventListener('message', handleMessage);
  return () => view.removeEventListener('message', handleMessage);
}
