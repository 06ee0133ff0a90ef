/**
 * Build time, in Node: the explorer's and the embed's first frame on the bundled dataset, as
 * static HTML. The build puts it in the page's `<template id="first-frame">`, and showFirstFrame
 * puts it on screen before the app's script has loaded; the app then renders in its place.
 * React escapes all dataset text here, as it does in the browser.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { PrerenderContext, type PrerenderedView } from '../../components/prerender';
import { areaOpeningInBlocs, viewArea } from '../../layout/roomForLabels';
import { CANVAS_ABOVE_ACTORS } from '../../components/graph/chooseRenderer';
import type { Dataset } from '../../model/datasetSchema';
import { formatIssue } from '../../model/validationIssue';
import { parseDataset } from '../../model/parseDataset';
import { App } from '../App';
import { BUNDLED_DATASET, BUNDLED_DATASET_NAME, checkedByTheBuild } from '../bundledDataset';
import { EmbedApp } from '../EmbedApp';
import { EMBED_DATASET, EMBED_DATASET_NAME } from '../embedDataset';

export type FirstFramePage = 'explorer' | 'embed';

/**
 * The view each page's frame is drawn for: the explorer's a laptop's (the benchmark's 1280×800),
 * the embed's an article column's. The frame is shown only where a reader's window would open the
 * map alike, with every actor or in blocs (firstFrameAttributes, showFirstFrame).
 */
export const FIRST_FRAME_VIEWS: Record<FirstFramePage, PrerenderedView> = { explorer: { width: 1280, height: 800 }, embed: { width: 720, height: 600 } };

export function renderFirstFrame(page: FirstFramePage): string {
  // The pages trust the dataset they carry (bundledDataset.ts); the build does not. embed.html's
  // copy is the bundled file less what it never shows, so the whole file is checked.
  const bundled = checkedHere(BUNDLED_DATASET);
  const checked = page === 'embed' ? checkedByTheBuild(EMBED_DATASET) : bundled;
  return inertMarkup(renderToStaticMarkup(
    <PrerenderContext.Provider value={FIRST_FRAME_VIEWS[page]}>
      {page === 'embed' ? <EmbedApp data={EMBED_DATASET} checked={checked} sourceName={EMBED_DATASET_NAME} embedPage /> : <App data={BUNDLED_DATASET} checked={checked} sourceName={BUNDLED_DATASET_NAME} />}
    </PrerenderContext.Provider>,
  ));
}

/**
 * The template's attributes: `data-blocs`, whether the frame shows blocs (`all`) or every actor
 * (`none`), and `data-blocs-below`, the window area (CSS px²) under which the app opens in blocs.
 */
export function firstFrameAttributes(page: FirstFramePage): string {
  const { actors } = (page === 'embed' ? EMBED_DATASET : BUNDLED_DATASET) as Dataset;
  const below = areaOpeningInBlocs(actors, actors.length > CANVAS_ABOVE_ACTORS);
  const { width, height } = FIRST_FRAME_VIEWS[page];
  // The comparison the app makes (MapStoreProvider's blocsForView).
  return ` data-blocs="${viewArea(width, height) < below ? 'all' : 'none'}" data-blocs-below="${below}"`;
}

function checkedHere(raw: unknown) {
  const result = parseDataset(raw);
  const problems = result.ok ? result.warnings : [...result.errors, ...result.warnings];
  if (problems.length > 0) throw new Error(`${BUNDLED_DATASET_NAME} must be valid without a warning, as the pages trust it: ${problems.slice(0, 5).map(formatIssue).join('; ')}`);
  return result;
}

/**
 * The frame is inert until the app replaces it: names, descriptions, tooltips and tab stops
 * would go unused, so they are left out (a third of its size), and so are the ids that address
 * lines and what the painter moves (nothing clicks or moves the frame: 1.3 kB gzip). Its lines
 * are written to the unit, not the tenth: the frame is drawn near scale 1, where half a unit
 * is half a pixel, and the app redraws them exactly. Actors keep their tenths and ids (the app
 * shapes the frame's drawing to its box from them). Attributes the styles select on
 * (aria-pressed, aria-selected, aria-current, role) stay; inline styles become `data-style`.
 * React escapes every quote in text and attribute values, so an attribute here always ends at
 * the next quote, and no text can look like one.
 */
export function inertMarkup(html: string): string {
  const toUnits = (numbers: string) => numbers.replace(/-?\d+\.\d+/g, (number) => String(Math.round(Number(number))));
  return (
    html
      .replace(/ (?:aria-(?:label|labelledby|describedby|description|roledescription|controls|haspopup|autocomplete|expanded)|title|tabindex|data-relation-ids?)="[^"]*"/g, '')
      // The app's own links (a passage, presentation) go nowhere while the frame is inert: an empty
      // address keeps them drawn as links (0.14 kB gzip of index.html).
      .replace(/ href="\?[^"]*"/g, ' href=""')
      .replace(/ data-geometry="" d="([^"]*)"/g, (_, d: string) => ` d="${toUnits(d)}"`)
      .replace(/ data-status-mark="" transform="([^"]*)"/g, (_, transform: string) => ` transform="${toUnits(transform)}"`)
      // A strict Content-Security-Policy (style-src 'self') refuses style attributes in markup,
      // not styles set by script: showFirstFrame sets these through the CSSOM.
      .replace(/ style="/g, ' data-style="')
  );
}
