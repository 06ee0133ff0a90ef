/**
 * Writes a dataset into a built page (embed.html, or the standalone explorer), so the page shows
 * that dataset wherever it is served, with nothing to fetch. The in-app download and
 * `npm run build:embed` both call this, so both write the same page. Pure: strings in, string out.
 */
import { INLINE_DATASET_ID } from './inlineDataset';

/**
 * JSON that cannot end the script element it sits in: every `<` (so no `</script>` and no `<!--`)
 * and the two line separators JavaScript once refused are written as \u escapes, which JSON.parse
 * reads back to the same characters.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The built page with `dataset` inside it: the JSON in a data script before the page's own
 * scripts, the page's title set to the dataset's, and the prerendered first frame (a picture of
 * the bundled map) taken out so it is never shown in its place. Any dataset the page already
 * carried is replaced. Throws when the page is not a built stancemap page.
 * @example selfContainedPage(readFileSync('dist/embed.html', 'utf8'), dataset)
 */
export function selfContainedPage(pageHtml: string, dataset: object): string {
  let html = removeElement(pageHtml, new RegExp(`<script type="application/json" id="${INLINE_DATASET_ID}">`), '</script>');
  const headEnd = html.search(/<script\b/i);
  if (headEnd < 0 || !/<div id="root">/.test(html)) throw new Error('this is not a built stancemap page: it has no script or no root element.');
  const dataScript = `<script type="application/json" id="${INLINE_DATASET_ID}">${jsonForScript(dataset)}</script>\n    `;
  // Slicing, not String.replace: a replacement string would read `$&` in the dataset as a pattern.
  html = html.slice(0, headEnd) + dataScript + html.slice(headEnd);
  const frame = /<template id="first-frame">[\s\S]*?<\/template>/.exec(html);
  if (frame) html = html.slice(0, frame.index) + '<template id="first-frame"></template>' + html.slice(frame.index + frame[0].length);
  const title = /<title>[^<]*<\/title>/.exec(html);
  const datasetTitle = (dataset as { title?: unknown }).title;
  if (title && typeof datasetTitle === 'string') html = html.slice(0, title.index) + `<title>${escapeText(datasetTitle)}</title>` + html.slice(title.index + title[0].length);
  return html;
}

function removeElement(html: string, start: RegExp, end: string): string {
  const found = start.exec(html);
  if (!found) return html;
  const close = html.indexOf(end, found.index);
  return close < 0 ? html : html.slice(0, found.index) + html.slice(close + end.length);
}
