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
  let html = pageHtml;
  const carried = findElement(html, new RegExp(`<script type="application/json" id="${INLINE_DATASET_ID}">[^<]*</script>\\s*`, 'g'));
  if (carried) html = html.slice(0, carried.index) + html.slice(carried.index + carried[0].length);
  const firstScript = findElement(html, /<script\b/g);
  if (!firstScript || !findElement(html, /<div id="root">/g)) throw new Error('this is not a built stancemap page: it has no script or no root element.');
  const dataScript = `<script type="application/json" id="${INLINE_DATASET_ID}">${jsonForScript(dataset)}</script>\n    `;
  // Slicing, not String.replace: a replacement string would read `$&` in the dataset as a pattern.
  html = html.slice(0, firstScript.index) + dataScript + html.slice(firstScript.index);
  const frame = findElement(html, /<template id="first-frame">[\s\S]*?<\/template>/g);
  if (frame) html = html.slice(0, frame.index) + '<template id="first-frame"></template>' + html.slice(frame.index + frame[0].length);
  const title = findElement(html, /<title>[^<]*<\/title>/g);
  const datasetTitle = (dataset as { title?: unknown }).title;
  if (title && typeof datasetTitle === 'string') html = html.slice(0, title.index) + `<title>${escapeText(datasetTitle)}</title>` + html.slice(title.index + title[0].length);
  return html;
}

/**
 * The first match of `pattern` (global) that is markup, not text inside a script or a style: a
 * one-file page inlines its code, and the code holds these same strings (the app writes them).
 */
function findElement(html: string, pattern: RegExp): RegExpExecArray | null {
  const rawText = rawTextRanges(html);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    const at = match.index;
    const inside = rawText.find(
      ([start, end]) =>
        at >= start &&
        // Stryker disable next-line EqualityOperator: a range ends where `</script` or `</style` begins, or at the page's end, where none of the patterns can match
        at < end,
    );
    if (!inside) return match;
    pattern.lastIndex = inside[1];
  }
  return null;
}

/** Where the contents of script and style elements lie: text the HTML parser reads up to the closing tag. */
function rawTextRanges(html: string): [start: number, end: number][] {
  const ranges: [number, number][] = [];
  const lower = html.toLowerCase();
  const open = /<(script|style)\b[^>]*>/gi;
  for (let match = open.exec(html); match; match = open.exec(html)) {
    const close = lower.indexOf(`</${match[1]!.toLowerCase()}`, open.lastIndex);
    // Stryker disable next-line EqualityOperator: the closing tag is looked for after an opening one, so it is never at 0
    const end = close < 0 ? html.length : close;
    ranges.push([open.lastIndex, end]);
    open.lastIndex = end;
  }
  return ranges;
}
