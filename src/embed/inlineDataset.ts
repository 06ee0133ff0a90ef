/**
 * A page that carries its own dataset (a self-contained embed page, a downloaded offline file)
 * holds it as JSON in `<script type="application/json" id="stancemap-data">`: data the browser
 * never runs, read here in place of the dataset the build bundled. selfContainedPage.ts writes it.
 */
export const INLINE_DATASET_ID = 'stancemap-data';

/** The name a page's own dataset goes by in messages. */
export const INLINE_DATASET_NAME = 'the dataset inside this page';

/**
 * The dataset the page carries, not yet trusted (parseDataset checks it), or `null` when the page
 * carries none. Text that is not JSON comes back as `undefined`, which the validator reports.
 * @example const inline = readInlineDataset(document); if (inline) mountPage(App, { data: inline.data, … })
 */
export function readInlineDataset(document: Document): { data: unknown } | null {
  const element = document.getElementById(INLINE_DATASET_ID);
  if (!element || element.tagName !== 'SCRIPT' || element.getAttribute('type') !== 'application/json') return null;
  try {
    // Stryker disable next-line StringLiteral: an element's text is never null; either text is not JSON
    return { data: JSON.parse(element.textContent ?? '') };
  } catch {
    return { data: undefined };
  }
}
