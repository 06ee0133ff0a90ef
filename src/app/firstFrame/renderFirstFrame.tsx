/**
 * Build time, in Node: the explorer's and the embed's first frame on the bundled dataset, as
 * static HTML. The build puts it in the page's `<template id="first-frame">`, and showFirstFrame
 * puts it on screen before the app's script has loaded; the app then renders in its place.
 * React escapes all dataset text here, as it does in the browser.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { PrerenderContext } from '../../components/prerender';
import { formatIssue } from '../../model/validationIssue';
import { parseDataset } from '../../model/parseDataset';
import { App } from '../App';
import { BUNDLED_DATASET, BUNDLED_DATASET_NAME } from '../bundledDataset';
import { EmbedApp } from '../EmbedApp';
import { EMBED_DATASET, EMBED_DATASET_NAME } from '../embedDataset';

export type FirstFramePage = 'explorer' | 'embed';

export function renderFirstFrame(page: FirstFramePage): string {
  // The pages trust the dataset they carry (bundledDataset.ts); the build does not.
  const checked = checkedHere(page === 'embed' ? EMBED_DATASET : BUNDLED_DATASET);
  return inertMarkup(renderToStaticMarkup(
    <PrerenderContext.Provider value={true}>
      {page === 'embed' ? <EmbedApp data={EMBED_DATASET} checked={checked} sourceName={EMBED_DATASET_NAME} embedPage /> : <App data={BUNDLED_DATASET} checked={checked} sourceName={BUNDLED_DATASET_NAME} />}
    </PrerenderContext.Provider>,
  ));
}

function checkedHere(raw: unknown) {
  const result = parseDataset(raw);
  const problems = result.ok ? result.warnings : [...result.errors, ...result.warnings];
  if (problems.length > 0) throw new Error(`${BUNDLED_DATASET_NAME} must be valid without a warning, as the pages trust it: ${problems.slice(0, 5).map(formatIssue).join('; ')}`);
  return result;
}

/**
 * The frame is inert until the app replaces it: names, descriptions, tooltips and tab stops
 * would go unused, so they are left out (a third of its size). Attributes the styles select on
 * (aria-pressed, aria-selected, aria-current, role) stay; inline styles become `data-style`.
 * React escapes every quote in text and attribute values, so an attribute here always ends at
 * the next quote, and no text can look like one.
 */
export function inertMarkup(html: string): string {
  return (
    html
      .replace(/ (?:aria-(?:label|labelledby|describedby|description|roledescription|controls|haspopup|autocomplete|expanded)|title|tabindex)="[^"]*"/g, '')
      // A strict Content-Security-Policy (style-src 'self') refuses style attributes in markup,
      // not styles set by script: showFirstFrame sets these through the CSSOM.
      .replace(/ style="/g, ' data-style="')
  );
}
