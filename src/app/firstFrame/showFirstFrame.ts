/**
 * Puts the prerendered first frame (renderFirstFrame, at build time) on screen while the app's
 * script is still loading: the map of the bundled dataset appears as soon as the page's HTML has
 * arrived. Only for the page as it opens with no query or fragment; a deep link, another dataset
 * or a mode shows something else, which the app draws itself. The frame is inert (no clicks, no
 * focus, not read out) until the app renders in its place (replaceFirstFrame.ts).
 *
 * This is the first-frame script's whole code: it imports nothing, so that the bundler cannot
 * fold it into the app's chunk.
 */
export function showFirstFrame(document: Document, { embedPage }: { embedPage: boolean }): boolean {
  const window = document.defaultView;
  const template = document.getElementById('first-frame');
  const root = document.getElementById('root');
  if (!window || window.location.search || window.location.hash || !(template instanceof window.HTMLTemplateElement) || !template.content.firstChild || !root || root.firstChild) return false;
  // The frame speaks English: a reader whose browser asks first for another language the
  // interface speaks (interfaceLanguage.ts) gets the app in it, without the frame.
  const language = (window.navigator.language ?? 'en').toLowerCase().split('-')[0]!;
  if (language !== 'en' && (import.meta.env.INTERFACE_LOCALES ?? 'en').split(',').includes(language)) return false;
  // Drawn with every actor or in blocs for one size of view: shown only where the app opens alike
  // (MapStoreProvider's blocsForView; the area is roomForLabels' viewArea, which this script may not import).
  const { innerWidth: width, innerHeight: height } = window;
  if (width * Math.max(height, width * 0.75) < Number(template.dataset.blocsBelow) !== (template.dataset.blocs === 'all')) return false;
  // What applyPageFlags (src/embed/embedOptions.ts) sets for a page without a query, set here
  // before the frame is shown so that a dark page is never shown light first.
  const html = document.documentElement;
  html.dataset.theme = typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  html.toggleAttribute('data-embed', embedPage);
  root.setAttribute('inert', '');
  root.setAttribute('data-first-frame', 'prerendered');
  const frame = template.content.cloneNode(true) as DocumentFragment;
  // Styles go through the CSSOM, which a strict Content-Security-Policy allows (inertMarkup).
  for (const element of frame.querySelectorAll<HTMLElement | SVGElement>('[data-style]')) {
    element.style.cssText = element.getAttribute('data-style')!;
    element.removeAttribute('data-style');
  }
  root.append(frame);
  window.requestAnimationFrame(() => window.performance.mark('stancemap:first-frame'));
  return true;
}

/**
 * The explorer's first-frame script is async: it runs as soon as it has arrived, not after the
 * stylesheet and the deferred scripts before it, so the frame is in the page when the stylesheet
 * arrives and is drawn in the next frame. Arriving early, it may find the template not yet parsed;
 * it then waits for the end of parsing (readyState "interactive", which comes before the app's
 * deferred script runs, unlike DOMContentLoaded). Arriving late, after the app has rendered, it
 * finds the root filled and shows nothing.
 */
export function showFirstFrameWhenParsed(document: Document, options: { embedPage: boolean }) {
  if (document.readyState !== 'loading') showFirstFrame(document, options);
  else document.addEventListener('readystatechange', () => showFirstFrame(document, options), { once: true });
}
