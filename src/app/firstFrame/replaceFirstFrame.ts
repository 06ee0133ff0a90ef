/** The app's side of the prerendered first frame that showFirstFrame put on screen. */

/** Whether the page shows a prerendered first frame that the app is to replace. */
export const showsFirstFrame = (root: HTMLElement) => root.getAttribute('data-first-frame') === 'prerendered';

/** The app has rendered in its place (React clears its container when it first commits): the page is live. */
export function firstFrameReplaced(root: HTMLElement) {
  root.removeAttribute('inert');
  root.removeAttribute('data-first-frame');
}
